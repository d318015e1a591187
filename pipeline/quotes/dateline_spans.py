"""Statements that start after a dateline: archives that join an article's lines
(10kGNAD) print the teaser, the dateline and the body as one paragraph ("Polizei
ermittelt nach Brand. Graz – In einem Lagerhaus ist Feuer ausgebrochen. Das teilte die
Polizei mit."). What the body's first sentences report ("Das teilte die Polizei mit": the
sentences before it in the paragraph, :func:`.content.anaphoric`) is the body's, never the
teaser's above the dateline.

A part of a statement that holds a whole dateline unit (:attr:`.units.Unit.dateline`)
starts after the last one it holds, when words are left after it.

>>> dateline_spans(ctx)   # trims ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Span

#: a part keeps at least this many tokens after the dateline, else it stays as it is
MIN_LEFT = 3


def dateline_spans(ctx: DocContext) -> None:
    """Start the parts of ``ctx.quotes`` that run over a dateline after it."""
    starts = {u.end: u.start for u in ctx.units if u.dateline}
    if not starts:
        return
    ends = list(starts)
    for q in ctx.quotes:
        q.parts = [_after(a, b, ends, starts) for a, b in q.parts]


def _after(a: int, b: int, ends: list[int], starts: dict[int, int]) -> Span:
    """Part ``a``..``b`` from after the last dateline it holds whole."""
    held = [e for e in ends if a <= starts[e] and e + MIN_LEFT <= b]
    return (max(held), b) if held else (a, b)
