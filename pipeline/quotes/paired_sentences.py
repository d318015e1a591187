"""Paired sentences: "Ich habe ihm meine Brille angeboten. Aber auch das hat er nicht
gesehen, sagte X." -- an unmarked quote of two sentences whose frame follows the second.

The frame after a sentence that opens with "Und" or "Aber" (``paired_openers``) takes only
that sentence; the sentence before it in the same paragraph is the first half of the same
words when it speaks in the first or second person (``speaking_person_forms``: the writer
of a news report does not say "ich" or "wir"), holds no quotation marks, no reported-speech
mood and no other quote. The quote then runs over both sentences.

When the framed sentence itself speaks in the person ("Klar ist, dass die Aufklärung
Vorrang hat. Aber wir kümmern uns auch darum, …, sagte der Sprecher."), the sentence before
needs no person of its own: it is in the present tense (the writer narrates in the past)
and reads as nobody's told-of fact (no "er"/"sie", no role noun, no named entity, no number:
:func:`.spoken_runs.told_of`, :func:`.spoken_runs._factual`).
A framed sentence in the person without "Und"/"Aber" takes the sentence before only when
that is a verbless judgement ("Nichts, worüber man sich Sorgen machen muss. Hoffentlich bin
ich bald fit, schrieb der Stürmer."; :func:`_verbless`) of that kind.

>>> paired_sentences(ctx)   # widens quotes of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote
from .spoken_runs import _factual, present_tense, told_of
from .words import word_ids


def paired_sentences(ctx: DocContext) -> None:
    """Widen each framed second sentence over its first-person first half."""
    if word_ids(ctx.w.paired_openers):
        ctx.widen_back(_first_half)


def _first_half(ctx: DocContext, q: Quote) -> tuple[int, int] | None:
    """The sentence before ``q`` that begins its words, or None."""
    if q.direct or q.kind != "indirect" or q.speaker is None or len(q.parts) != 1 or not q.cue:
        return None
    a, b = q.parts[0]
    if min(s for s, _ in q.cue) < b or q.unit < 1:
        return None  # the frame comes first: its words follow it
    before = ctx.unit_before(q.unit)
    if before is None or a != ctx.units[q.unit].start:
        return None
    s, e = before.start, before.end
    if ctx.in_marks(s, e) or ctx.any_mood(s, e):
        return None
    opened = ctx.table.lower[a] in word_ids(ctx.w.paired_openers)
    if opened and ctx.speaks_in_person(s, e):
        return s, e
    if not opened and not _verbless(ctx, s, e):
        return None
    tensed = not opened or present_tense(ctx, s, e)  # a verbless one: its verb-final clause
    if not ctx.speaks_in_person(a, b) or not tensed:
        return None
    return None if told_of(ctx, s, e) or _factual(ctx, s, e) else (s, e)


def _verbless(ctx: DocContext, s: int, e: int) -> bool:
    """Is the sentence ``s``..``e`` a main clause without a verb: no finite verb at all ("Kein
    Grund zur Sorge."), or none before its only comma and a verb-final clause after it
    ("Nichts, worüber man sich Sorgen machen muss.") in the present tense? The short judgement a speaker opens
    with, not a sentence of the writer's report. (By word order: the parse of such fragments
    is unreliable.)"""
    doc = ctx.doc
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    commas = [m for m in range(s, e) if doc[m].text == ","]
    if not commas:
        return not ctx.finite_verbs(s, e)
    if len(commas) > 1 or ctx.finite_verbs(s, commas[0]):
        return False
    return e - 1 in ctx.finite_verbs(commas[0], e) and present_tense(ctx, e - 1, e)
