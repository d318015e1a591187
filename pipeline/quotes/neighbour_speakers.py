"""Speakers a quote with none takes from the statement next to it, in one paragraph.

Backward: a Konjunktiv sentence with no speaker right before a statement whose frame comes
after its content goes on into that statement ("Bis Ende Jänner *werde* man auf Signale
achten. Aber dann muss man realistisch sein, *so Ulamec*." -> Ulamec says both).

Forward: a "further" connective and a cue that names no source ("*Weiter hieß es*: …",
"*Zudem hieß es*, …"), or such a cue after its content ("Die Drohne stamme von der
Koalition, *hieß es*."), go on with the speaker of the statement right before.

Verdicts (run36b): an orphan one or two sentences after a sentence of judgement with no
quote ("Für heuer *attestieren die Forscher* dem Land ein Nullwachstum. <the
writer's sentence>. Angesichts … *komme* dies überraschend.") takes the verdict's subject
(``verdict_lemmas``; train unchanged, 10kGNAD rows 0-999: one orphan named, hc 1079 Q18).

>>> neighbour_speakers(ctx, rows)   # fills in q.speaker of quotes with none  # doctest: +SKIP
"""

from __future__ import annotations

from spacy import symbols

from .. import labels
from .context import DocContext, Quote, Span
from .mentions import parse_speaker, speakerish
from .nameless_sources import names_no_one
from .spaces import past_spaces
from .words import word_ids

ORPHAN_RULE = "continuation:konjunktiv+orphan:"  # the rule id prefix of an orphan
BY_CUE_POS = frozenset({symbols.PRON, symbols.PUNCT})  # "es" and punctuation by the cue


def neighbour_speakers(ctx: DocContext) -> None:
    """Give a speaker to orphans before a trailing frame and to "Weiter hieß es" quotes:
    the speaker of the statement next to them when it names someone who speaks. An orphan
    with a cue of its own ("…, erwarten die Volkswirte") is no one else's."""
    by_unit: dict[int, list[Quote]] = {}
    for q in ctx.quotes:
        if not q.nested and q.confidence >= 0.5:
            by_unit.setdefault(q.unit, []).append(q)
    for ui, quotes in by_unit.items():
        for q in quotes:
            if q.speaker is not None or q.speaker_chars is not None:
                continue
            if q.rule.startswith(ORPHAN_RULE) and not ctx.cues_by_unit[ui]:
                src = _trailing_statement(ctx, by_unit, ui + 1)
                if src is None:
                    q.speaker = _verdict_speaker(ctx, by_unit, ui)
            elif _further_hearsay(ctx, q) or _sourceless(ctx, q):
                # "Die Drohne stamme von der Koalition, hieß es.": a sourceless cue goes on
                # with the named statement right before it
                src = _statement(ctx, by_unit, ui - 1, ui)
            elif _reported_frame(ctx, q):
                # "…, wie der Beirat begründet. Es gab keine Anträge. Also *sei* anzunehmen,
                # dass …": a frame in the reported mood goes on with the statement before,
                # as a continuation would (any speaker its frame found)
                src = _statement(ctx, by_unit, ui - 1, ui)
                if src is None and ui - 1 not in by_unit:
                    src = _statement(ctx, by_unit, ui - 2, ui)
                if src is not None and not names_no_one(ctx, src.speaker):
                    q.take_speaker(src)
                continue
            else:
                src = None
            if src is not None and _names_someone(ctx, src.speaker):
                q.take_speaker(src)


def _names_someone(ctx: DocContext, sp: Span) -> bool:
    """Does the mention name someone who speaks, or a proper name ("Rabmer-Kollers")? Not
    a thing ("das abschließende Statement") nor an adverb ("demnach")."""
    doc = ctx.doc
    return speakerish(ctx, sp) or any(doc[k].pos == symbols.PROPN for k in range(*sp))


def _same_paragraph(ctx: DocContext, a: int, b: int) -> bool:
    units = ctx.units
    return 0 <= a < len(units) and 0 <= b < len(units) and units[a].paragraph == units[b].paragraph


def _trailing_statement(ctx: DocContext, by_unit: dict[int, list[Quote]], ui: int) -> Quote | None:
    """The statement of unit ``ui`` (right after an orphan, in its paragraph) whose content
    opens the sentence and whose speaker is named after it (", so Ulamec."), else None."""
    if not _same_paragraph(ctx, ui - 1, ui):
        return None
    u = ctx.units[ui]
    start = past_spaces(ctx.doc, u.start, u.end)
    for q in by_unit.get(ui, []):
        if q.speaker is None or q.start - start > 1:
            continue
        if q.speaker[0] >= min(b for _, b in q.parts):
            return q
    return None


def _statement(ctx: DocContext, by_unit: dict[int, list[Quote]], ui: int, at: int) -> Quote | None:
    """The quote of unit ``ui`` with a speaker, in the paragraph of unit ``at``, else None."""
    if not _same_paragraph(ctx, ui, at):
        return None
    named = [q for q in by_unit.get(ui, []) if q.speaker is not None]
    return max(named, key=lambda q: q.end - q.start) if named else None


def _sourceless(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` said by a cue that names no source and follows its content ("…, hieß es.",
    "…, heißt es demnach.")? One before it ("Bisher hieß es, …", "Wie es hieß, …") looks
    back to another time or source more often than it goes on."""
    if not q.cue or q.cue_lemma not in ctx.w.sourceless_cue_lemmas:
        return False
    return q.cue[0][0] >= q.end


def _further_hearsay(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` said by a sourceless cue right after a "further" connective that opens its
    sentence, with nothing else before its content ("Weiter hieß es: …")?"""
    if not q.cue or q.cue_lemma not in ctx.w.sourceless_cue_lemmas:
        return False
    doc, u = ctx.doc, ctx.units[q.unit]
    start = past_spaces(doc, u.start, u.end)
    if q.start <= start or doc[start].lower not in word_ids(ctx.w.further_openers):
        return False
    cue = {k for a, b in q.cue for k in range(a, b)}
    return all(k in cue or doc[k].pos in BY_CUE_POS for k in range(start + 1, q.start))


def _reported_frame(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` an indirect quote whose frame before it names no one, is itself in the
    reported-speech mood and is no perfect or passive (``others_voice_auxiliaries``): "Also
    *sei* anzunehmen, dass …", "Man *müsse* davon ausgehen, dass …" -- the reasoning of the
    source quoted before goes on (round 36, hc 1079 row 12)?"""
    if q.direct or q.kind != "indirect" or not q.cue or q.speaker_chars is not None:
        return False
    u = ctx.units[q.unit]
    if q.cue[0][0] >= q.start:
        return False
    others = word_ids(ctx.w.others_voice_auxiliaries)
    if any(ctx.table.lemma[k] in others for k in range(u.start, q.start)):
        return False  # "werde behauptet", "habe man angenommen": others' words told of
    return any(ctx.moods[k] and ctx.inside[k] < 0 for k in range(u.start, q.start))


def _verdict_speaker(ctx: DocContext, by_unit: dict[int, list[Quote]], ui: int) -> Span | None:
    """Class run36b (a lead-in that is no speech verb): the subject of a sentence of
    judgement (``verdict_lemmas``: "Für heuer attestieren die Ökonomen der Region kaum mehr
    als Stagnation.") one unit before an orphan, or two when the one between is the
    writer's (no quote, no cue, no reported mood), in its paragraph, when it names
    someone who speaks; else None. (The verb may be a cue that made no quote.)"""
    if not ctx.parsed:
        return None
    for back in (1, 2):
        vi = ui - back
        if not _same_paragraph(ctx, vi, ui) or vi in by_unit:
            return None
        u = ctx.units[vi]
        sp = _verdict_subject(ctx, u.start, u.end)
        if sp is not None:
            return sp
        if ctx.cues_by_unit[vi] or ctx.any_mood(u.start, u.end):
            return None
    return None


def _verdict_subject(ctx: DocContext, a: int, b: int) -> Span | None:
    """The subject of the main verb of ``a``..``b`` when its lemma is one of judgement
    (``verdict_lemmas``) and it names someone who speaks, else None."""
    doc, verdicts = ctx.doc, ctx.w.verdict_lemmas
    for m in range(a, b):
        t = doc[m]
        if t.head.i != m or t.pos not in (symbols.VERB, symbols.AUX):
            continue
        verb = labels.lexical_verb(t)
        if verb.lemma_ not in verdicts:
            return None
        sp = parse_speaker(ctx, verb)
        if sp is not None and a <= sp[0] and sp[1] <= b and speakerish(ctx, sp):
            return sp
        return None
    return None
