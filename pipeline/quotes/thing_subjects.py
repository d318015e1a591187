"""A quoted phrase in a Konjunktiv sentence whose pronoun subject is the thing the sentence
before talks about is the words of that sentence's subject, not of the pronoun.

"Die Abgeordnete X kritisierte den Entwurf. Er sei „ein Rückschritt“.": "Er" is the draft
(masculine like "Entwurf", unlike the woman who speaks); the phrase is the Abgeordnete's.
"Die Gewerkschaft lehnt die Reform ab. Sie sei „ein Angriff …“": "Sie" fits "Reform" as
well as "Gewerkschaft"; the one who speaks is the sentence's subject either way. The
pronoun counts when a noun of the sentence before other than its subject that names no
one agrees with it in gender and number; a pronoun that can only be the subject ("Der
Trainer lobte die Mannschaft. Er sei „stolz“" — "Mannschaft" is feminine) keeps its
mention, and so does a quote a statement before took (:mod:`.reported_fragments`).

>>> thing_subjects(ctx)   # sets speakers of quoted phrases  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote, Span
from .mentions import person_word, span_of, speakerish, tidy

#: the rule piece of a quoted phrase with no frame (:func:`.direct._phrase`)
PHRASE = "+phrase"
#: the grammar's mood of a Konjunktiv I form (:meth:`~.context.DocContext.konj`)
KONJUNKTIV_I = 2
THING_POS = ("NOUN",)


def thing_subjects(ctx: DocContext) -> None:
    """Give each unframed quoted phrase whose er/sie subject may be a thing of the sentence
    before the subject of that sentence (module doc)."""
    if not ctx.parsed:
        return
    for q in ctx.quotes:
        if not q.direct or q.cue or q.nested or not q.rule.endswith(PHRASE):
            continue
        sp = _sentence_subject(ctx, q)
        if sp is not None:
            q.speaker, q.speaker_chars = sp, None
            q.rule += "+thing_subject"


def _sentence_subject(ctx: DocContext, q: Quote) -> Span | None:
    """The subject of the sentence before ``q``'s one when ``q``'s speaker is an er/sie of
    its own reported sentence that a thing there may be; else None."""
    sp, ui = q.speaker, q.unit
    if sp is None or sp[1] - sp[0] != 1 or ui == 0:
        return None
    pron = ctx.doc[sp[0]]
    u, pu = ctx.units[ui], ctx.units[ui - 1]
    if pron.lower_ not in ctx.w.third_person_pronouns or not u.start <= sp[0] < q.start:
        return None
    if pu.paragraph != u.paragraph or not _reported(ctx, u.start, u.end):
        return None
    root = next((t for t in ctx.doc[pu.start : pu.end] if t.head.i == t.i), None)
    subj = next(labels.children_with(root, "subject"), None) if root is not None else None
    if (
        subj is None
        or subj.pos_ == "PRON"
        or any(ctx.inside[k] >= 0 for k in range(pu.start, pu.end))
    ):
        return None
    prev = tidy(ctx, span_of(subj))
    if prev is None or not speakerish(ctx, prev):
        return None
    things = [
        t
        for t in ctx.doc[pu.start : pu.end]
        if t.pos_ in THING_POS and not prev[0] <= t.i < prev[1] and not t.ent_type_
    ]
    return prev if any(_agrees(pron, t, ctx) for t in things) else None


def _reported(ctx: DocContext, start: int, end: int) -> bool:
    """A word outside quotation marks in the Konjunktiv I."""
    return any(ctx.moods[k] == KONJUNKTIV_I and ctx.inside[k] < 0 for k in range(start, end))


def _agrees(pron: Token, noun: Token, ctx: DocContext) -> bool:
    """May ``pron`` stand for the thing ``noun`` (same gender and number; no person noun)?"""
    if person_word(ctx, noun.text):
        return False
    number = labels.morph_values(noun, "Number")
    if "Plur" in number:  # the tagger calls "Sie seien" singular as often as not
        return "Plur" in labels.morph_values(pron, "Number") or _feminine(pron)
    gender = labels.morph_values(pron, "Gender")
    return bool(gender) and "Sing" in number and gender == labels.morph_values(noun, "Gender")


def _feminine(pron: Token) -> bool:
    """Is ``pron`` a feminine singular form, which reads the same as the plural ("sie")?"""
    return "Fem" in labels.morph_values(pron, "Gender")
