"""A role written as a coordinated compound ("Kinder- und Jugendanwalt", "Landes- und
Gemeindeverbandschef"): the first half ends in a hyphen that stands for the shared second
part, and the parse takes it for a verb particle, so a subject after its verb stops before it
("sagt Vorarlbergs Kinder- und Jugendanwalt Michael Rauch" read as "Vorarlbergs", a
place). A mention followed by such a truncated word, a coordinator and a noun phrase runs on
through the noun phrase (the role and the name after it).

>>> coordinated_role(ctx, (7, 8))   # "… sagt Vorarlbergs Kinder- und Jugendanwalt Michael Rauch."  # doctest: +SKIP
(7, 13)
"""

from __future__ import annotations

from .context import DocContext, Span
from .words import word_ids


def truncated_word(text: str) -> bool:
    """A first half of a coordinated compound: letters ending in a hyphen ("Kinder-")."""
    return len(text) > 2 and text.endswith("-") and text[:-1].replace("-", "").isalpha()


def coordinated_role(ctx: DocContext, sp: Span) -> Span:
    """``sp`` run on through a coordinated compound role right after it (see the module
    docstring), else ``sp``."""
    doc = ctx.doc
    k = sp[1]
    if k + 2 >= len(doc) or not truncated_word(doc[k].text) or not doc[k].text[:1].isupper():
        return sp
    if ctx.table.lower[k + 1] not in word_ids(ctx.w.source_coordinators):
        return sp
    end = doc[k].sent.end
    np = ctx.ph.np_forward(doc, k + 2, end, True, True)
    if np is None or ctx.in_marks(sp[0], np[1]):
        return sp
    return (sp[0], np[1])
