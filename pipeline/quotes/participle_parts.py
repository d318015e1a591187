"""Participle parts: "Darauf angesprochen, meinte der Minister, man werde die Vorwürfe
prüfen." -- a participle phrase before the cue is how the speaker came to speak, not a part
of what is said.

The parse can take the phrase that opens the sentence ("Darauf angesprochen", "Mit den
Vorwürfen konfrontiert", "Auf die Zahlen angesprochen") for a clause the verb frames
after it, and give the quote two parts around the frame, the phrase and the clause after
the cue. When that first part ends at the comma right before the cue, holds no quotation
marks, no reported-speech mood and no finite verb and is a participle phrase
(:func:`.phrase_frames.participle_phrase`: opened by a preposition, a pronominal adverb
or a participle of being asked), the part goes; the clause after the cue stays the quote.
A quote with the phrase as its only part is :mod:`.phrase_frames`' case.

>>> participle_parts(ctx)   # narrows quotes of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote
from .phrase_frames import participle_phrase

#: the fewest tokens of a participle phrase ("Darauf angesprochen")
MIN_PHRASE = 2


def participle_parts(ctx: DocContext) -> None:
    """Drop the participle phrase before the cue from each quote that has a part after it."""
    if ctx.table is None or not ctx.pos or not ctx.parsed:
        return
    for q in ctx.quotes:
        first = _phrase_part(ctx, q)
        if first is not None:
            q.parts = [p for p in q.parts if p != first]


def _phrase_part(ctx: DocContext, q: Quote) -> tuple[int, int] | None:
    """``q``'s first part when it is a participle phrase that opens the sentence and ends
    at the comma right before the cue, with another part after the cue; else None."""
    if q.direct or q.kind != "indirect" or len(q.parts) < 2 or not q.cue:
        return None
    a, b = min(q.parts)
    c = min(s for s, _ in q.cue)
    if c != b + 1 or ctx.table.texts[b] != "," or a != ctx.units[q.unit].start:
        return None
    if b - a < MIN_PHRASE or not all(s > c for s, _ in q.parts if (s, _) != (a, b)):
        return None
    if ctx.in_marks(a, b) or ctx.any_mood(a, b) or not participle_phrase(ctx, a, b):
        return None
    return (a, b)
