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
A quote with the phrase as its only part takes the clause after the comma that ends the
speaker instead ("Mit den Vorwürfen konfrontiert, sagte ein Sprecher, man weise alles
zurück": the parse hung the clause on the speaker), when it is in the reported-speech mood
or opens with a pronoun subject or "dass" (round 36); else it is :mod:`.phrase_frames`' case (no row).

>>> participle_parts(ctx)   # narrows quotes of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote
from .phrase_frames import opens_before_cue, participle_phrase
from .words import word_ids


def participle_parts(ctx: DocContext) -> None:
    """Drop the participle phrase before the cue from each quote that has a part after it."""
    if ctx.table is None or not ctx.pos or not ctx.parsed:
        return
    for q in ctx.quotes:
        first = _phrase_part(ctx, q)
        if first is not None:
            q.parts = [p for p in q.parts if p != first]
            continue
        clause = _clause_after(ctx, q)
        if clause is not None:
            q.parts = [clause]


def _phrase_part(ctx: DocContext, q: Quote) -> tuple[int, int] | None:
    """``q``'s first part when it is a participle phrase that opens the sentence and ends
    at the comma right before the cue, with another part after the cue; else None."""
    if q.direct or q.kind != "indirect" or len(q.parts) < 2 or not q.cue:
        return None
    a, b = min(q.parts)
    c = min(s for s, _ in q.cue)
    if not all(s > c for s, _ in q.parts if (s, _) != (a, b)):
        return None
    if not opens_before_cue(ctx, q, a, b) or not participle_phrase(ctx, a, b):
        return None
    return (a, b)


def _clause_after(ctx: DocContext, q: Quote) -> tuple[int, int] | None:
    """ "Mit den Vorwürfen konfrontiert, sagte ein Sprecher, man weise alles zurück.": the
    parse framed only the phrase before the cue -- the clause after the comma that ends
    the speaker is the quote, when it is in the reported-speech mood, has no quotation marks
    and no finite verb stands between the cue and the comma; else None."""
    if q.direct or q.kind != "indirect" or len(q.parts) != 1 or not q.cue:
        return None
    a, b = q.parts[0]
    if not opens_before_cue(ctx, q, a, b) or not participle_phrase(ctx, a, b):
        return None
    u = ctx.units[q.unit]
    after, end = max(e for _, e in q.cue), u.content_end(ctx.doc)
    k = next((m for m in range(after, end) if ctx.table.texts[m] == ","), end)
    if k + 2 >= end or ctx.finite_verbs(after, k) or ctx.in_marks(k + 1, end):
        return None
    # "man weise alles zurück": a Konjunktiv the tagger read as an adverb -- a clause that
    # opens with a pronoun subject or "dass" after the speaker is what was said all the same
    w = ctx.w
    opener = ctx.table.lower[k + 1] in word_ids(
        w.subject_pronouns | w.indefinite_subjects | w.that_words
    )
    return (k + 1, end) if ctx.any_mood(k + 1, end) or opener else None
