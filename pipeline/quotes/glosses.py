"""The writer's gloss after a dash at the end of a statement: not part of what was said.

"Mikl-Leitner betonte, dass die Türkei als sicheres Herkunftsland deklariert werden muss
– eine Anspielung auf die Menschenrechtslage dort: Zuletzt hat …" -- after the dash the
writer names what the words allude to (``gloss_nouns``: "eine Anspielung auf", "ein
Seitenhieb gegen", "ein Wink an"), and the statement ends before the dash. A dash before
other words ("– und zwar noch heuer", "– eine Ökonomie des Wissens") stays, and so does
a part that holds quotation marks.

>>> glosses(ctx)   # trims ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import DocContext, Quote

#: a part keeps at least this many tokens before the dash, else it stays as it is
MIN_LEFT = 3
#: the gloss noun comes within this many tokens after the article ("eine deutliche Spitze")
NOUN_REACH = 3


def glosses(ctx: DocContext) -> None:
    """End each quote before a dash that opens the writer's gloss."""
    for q in ctx.quotes:
        if q.direct or q.kind == "direct" or not q.parts:
            continue
        for i, (a, b) in enumerate(q.parts):
            dash = _gloss_dash(ctx, q, a, b)
            if dash is not None:
                q.parts = q.parts[:i] + [(a, dash)]
                break


def _gloss_dash(ctx: DocContext, q: Quote, a: int, b: int) -> int | None:
    """The first dash in part ``a``..``b`` (no quotation marks in it) followed by an
    indefinite article and a gloss noun."""
    if ctx.in_marks(a, b):
        return None
    doc, w = ctx.doc, ctx.w
    for d in range(a + MIN_LEFT, b - 2):
        if doc[d].text not in labels.DASHES or doc[d + 1].lower_ not in w.indefinite_articles:
            continue
        reach = range(d + 2, min(b, d + 2 + NOUN_REACH))
        if any(doc[k].lower_ in w.gloss_nouns for k in reach):
            return d
    return None
