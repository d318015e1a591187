"""Title and teaser rows: archives that join an article's lines (10kGNAD) print the title,
the teaser and the dateline before the body in one paragraph ("ZTE-Chef Schuster: Bis 2020
wird 5G kommen. Der Konzern plant … Wien – Der chinesische …"). The title and the teaser
sum up the article; the body gives the statements they announce with their frames. A
statement that ends before the text's first dateline (:attr:`.units.Unit.dateline`) in the
text's first paragraph is a title or teaser line, no statement of its own.

>>> teaser_rows(ctx)   # drops quotes of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext


def teaser_rows(ctx: DocContext) -> None:
    """Drop the quotes that end before the text's first dateline, when text precedes it."""
    first = next((u for u in ctx.units if u.dateline), None)
    if first is None or first.start == 0 or first.paragraph != ctx.units[0].paragraph:
        return  # a text that opens with its dateline, or a dash in a later paragraph
    ctx.quotes[:] = [q for q in ctx.quotes if q.end > first.start]
