"""Unmarked speech between two statements of one speaker: sentences with no quote of their
own between a statement and a later one of the same speaker mention, in one paragraph, are
that speaker's words ("Spielerisch sei es ein anderes Match gewesen. *Der erste Satz war
gut. Indem ich ihn breakte, hatte ich die Kontrolle.* Nun bin ich froh, meinte Thiem.").

Archives that strip quotation marks (10kGNAD) print a direct quote of several sentences with
its frame after the last one only, or between reported sentences of the same speaker. The
sentences between are taken when the later statement opens its sentence (its frame follows
it, or it is a continuation of the whole sentence), at most :data:`MOST_BETWEEN` of them,
each with nothing of its own (no cue, no quotation marks, no question, no lead-in, no frame,
no other person named nor the speaker by name: :func:`.first_person.may_go_on`), and one of
them speaks in the first person (a pronoun or a singular possessive: "meine stärkste
Partie"). Before a statement framed after its words, the run from its first sentence in the
first person is the start of that statement; before a continuation (reported speech goes on
after the run), the sentences in the first person right after the first statement go on
with it, each as a continuation: a sentence without one ends them ("Seit Mai warten die
Forscher." is the writer's).

>>> speech_between(ctx)   # widens and adds ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import DET, NOUN, PROPN

from .. import labels
from .context import DocContext, Quote
from .first_person import (
    CONFIDENCE,
    first_person_word,
    framed_speech,
    last_statements,
    lends,
    may_go_on,
    sentence_of,
)

#: at most this many sentences between the two statements are taken
MOST_BETWEEN = 3
#: the rule of a sentence added as a continuation
RULE = "continuation:between"
#: the morphology of a possessive of the first person singular ("mein", "meine")
OWN_FEATURES = ("Poss=Yes", "Person=1", "Number[psor]=Sing")


def speech_between(ctx: DocContext) -> None:
    """Give the sentences between two statements of one speaker to it (module doc)."""
    if ctx.table is None or not ctx.pos:
        return
    last = last_statements(ctx)
    first = _first_statements(ctx)
    ui = 1
    while ui < len(ctx.units) - 1:
        j = ui
        while j < len(ctx.units) and j not in last:
            j += 1
        if j > ui and ui - 1 in last and j in first and j - ui <= MOST_BETWEEN:
            _take(ctx, last[ui - 1], first[j], range(ui, j))
        ui = j + 1


def _first_statements(ctx: DocContext) -> dict[int, Quote]:
    """Unit -> the statement that starts first in it (nested quotes left out)."""
    first: dict[int, Quote] = {}
    for q in ctx.quotes:
        if not q.nested and (q.unit not in first or q.start < first[q.unit].start):
            first[q.unit] = q
    return first


def _take(ctx: DocContext, before: Quote, after: Quote, run: range) -> None:
    """Give the sentences of ``run`` to the speaker of ``before`` and ``after``."""
    if not _one_speaker(ctx, before, after):
        return
    paragraph = ctx.units[after.unit].paragraph
    if ctx.units[before.unit].paragraph != paragraph:
        return
    if not all(may_go_on(ctx, after, ui) for ui in run):
        return
    own = [ui for ui in run if _first_person(ctx, ui)]
    if not own:
        return
    if after.kind == "continuation" and after.start == ctx.units[after.unit].start:
        # reported speech goes on after: the speaker's own words end at the last sentence
        # in the first person of those right after ``before``
        for ui in run:
            if ui not in own:
                break
            sentence_of(ctx, ui, before, CONFIDENCE, RULE)
    elif framed_speech(ctx, after):
        # the speech framed after starts at the first sentence in the first person
        _a, b = after.parts[0]
        after.parts[0] = (ctx.units[own[0]].start, b)


def _one_speaker(ctx: DocContext, before: Quote, after: Quote) -> bool:
    """Do ``before`` and ``after`` have one speaker: the same mention, or mentions that
    share a name or noun ("Thiem" … "meinte Thiem")?"""
    if before.speaker is None or after.speaker is None or not lends(ctx, before):
        return False
    if before.speaker == after.speaker:
        return True
    t = ctx.table

    def words(sp: tuple[int, int]) -> set[str]:
        return {t.texts[m] for m in range(*sp) if t.pos[m] in (PROPN, NOUN)}

    return bool(words(before.speaker) & words(after.speaker))


def _first_person(ctx: DocContext, ui: int) -> bool:
    """Does unit ``ui`` speak in the first person (a pronoun, or "mein")?"""
    u = ctx.units[ui]
    doc = ctx.doc
    for m in range(u.start, u.content_end(doc)):
        if first_person_word(ctx, m):
            return True
        if ctx.table.pos[m] == DET and all(labels.morph_has(doc[m], f) for f in OWN_FEATURES):
            return True
    return False
