"""Step 6 of the engine: overlaps -- keep the more confident of two overlapping quotes;
a direct quote may stay inside an indirect one (mixed quotes), and a speaker is never part
of what is said.

>>> kept = resolve_overlaps(ctx.quotes)   # doctest: +SKIP
"""

from __future__ import annotations

from .context import Quote

KINDS = ("direct", "indirect", "mixed", "continuation", "reported")


def _nested(q: Quote, k: Quote) -> bool:
    """Is the shorter of two overlapping quotes a direct quote inside the other?"""
    inner, outer = (q, k) if (q.end - q.start) <= (k.end - k.start) else (k, q)
    return (
        inner.direct and outer.start <= inner.start and inner.end <= outer.end and not outer.direct
    )


def resolve_overlaps(quotes: list[Quote]) -> list[Quote]:
    """The quotes to output, in text order (working kinds such as frames dropped)."""
    quotes = [q for q in quotes if q.kind in KINDS]
    for q in quotes:
        # a speaker is never part of what is said (reported acts span their whole clause)
        if (
            q.speaker is not None
            and q.kind not in ("reported", "continuation")
            and any(a < q.speaker[1] and q.speaker[0] < b for a, b in q.parts)
        ):
            q.speaker = None
    quotes.sort(key=lambda q: (-q.confidence, q.start))
    kept: list[Quote] = []
    for q in quotes:
        if all(not (q.start < k.end and k.start < q.end) or _nested(q, k) for k in kept):
            kept.append(q)
    kept.sort(key=lambda q: (q.start, -q.end))
    return kept
