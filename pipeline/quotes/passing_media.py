"""A medium that only passes a statement on is no speaker when a speech verb names one.

"…, erinnert sich dieser laut der Zeitung.": the source phrase ("laut der Zeitung") says
where the words were printed; the subject of the speech verb between the content and the
source phrase ("dieser", "der Beamte", "Müller") is who speaks. Not when the verb cues a
direct quote: Wikinews gives that row the person and the source row the medium ("„…“,
sagte Raab laut Spiegel Online." is two rows there), and that stays.

>>> passing_media(ctx)   # the source rows' mentions become the verb's subject  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Span
from .mentions import speakerish
from .words import word_ids

MAX_SUBJECT = 6  # words of a subject between the verb and the source phrase


def passing_media(ctx: DocContext) -> None:
    """Give a row whose mention is the phrase of a source preposition ("laut der Zeitung")
    the subject of the speech verb right before the preposition, when the row is cued by
    that preposition or that verb and the verb cues no direct quote (that one keeps the
    person, the source row the medium); the verb and its subject leave the content."""
    cued = {k for q in ctx.quotes if q.direct for a, b in q.cue for k in range(a, b)}
    lower, preps = ctx.table.lower, word_ids(ctx.w.source_prepositions)
    for q in ctx.quotes:
        if q.speaker is None or not q.cue or q.direct:
            continue
        at = q.speaker[0] - 1
        if at <= q.start or lower[at] not in preps:
            continue
        found = _verb_and_subject(ctx, at, cued)
        if found is None or not (q.cue[0][0] in (at, found[0])):
            continue
        verb, q.speaker = found
        q.parts = [(a, min(b, verb - 1)) for a, b in q.parts if a < verb - 1]


def _verb_and_subject(ctx: DocContext, at: int, cued: set[int]) -> tuple[int, Span] | None:
    """The speech verb after a comma and its subject right before the source word at
    ``at`` ("…, erinnert sich dieser laut"), when the subject names someone or is a
    pronoun for someone and the verb cues no row of its own; else None."""
    doc, w = ctx.doc, ctx.w
    for verb in range(at - 2, max(at - MAX_SUBJECT - 3, 0), -1):
        if doc[verb].is_punct:
            return None
        if doc[verb - 1].text != "," or doc[verb].lower_ not in ctx.kit.verb_forms:
            continue
        if verb in cued:
            return None
        k = verb + 2 if doc[verb + 1].lower_ in w.reflexive_pronouns else verb + 1
        if not 0 < at - k <= MAX_SUBJECT:
            return None
        pronoun = at - k == 1 and doc[k].lower_ in w.third_person_pronouns | w.pointer_pronouns
        return (verb, (k, at)) if pronoun or speakerish(ctx, (k, at)) else None
    return None
