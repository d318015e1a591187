"""Whitespace tokens at the edges of a sentence. A text with a double space between two
sentences ("… aus.  Sie sieht darin …", common in derStandard archives) gives the second
sentence a whitespace token as its first token: scans that read a word by its position in
the sentence (the fronted subject, "Sie" capitalised inside a sentence as a polite form, the
opening word) start after it (:func:`past_spaces`), and a quote that takes the whole
sentence does not begin or end with it (:func:`trim_space_edges`).

>>> past_spaces(doc, u.start, u.end)   # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from .context import DocContext


def past_spaces(doc: Doc, a: int, b: int) -> int:
    """The first token at or after ``a`` (before ``b``) that is no whitespace token."""
    while a < b and doc[a].is_space:
        a += 1
    return a


def before_spaces(doc: Doc, a: int, b: int) -> int:
    """The end ``b`` moved back over the whitespace tokens before it (not before ``a``)."""
    while b > a and doc[b - 1].is_space:
        b -= 1
    return b


def strip_spaces(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """The range ``a``-``b`` without the whitespace tokens at its edges (empty when it holds
    nothing else: then ``a == b``)."""
    a = past_spaces(doc, a, b)
    return a, before_spaces(doc, a, b)


def trim_space_edges(ctx: DocContext) -> None:
    """Every part of every quote without the whitespace tokens at its edges (a part of
    whitespace only stays as it is)."""
    doc = ctx.doc
    for q in ctx.quotes:
        parts = []
        for a, b in q.parts:
            a2, b2 = strip_spaces(doc, a, b)
            parts.append((a2, b2) if a2 < b2 else (a, b))
        q.parts = parts
