"""The possessor's name before the speaker's noun: "…, sagte Badawis nach Kanada geflüchtete
Ehefrau Ensaf Haidar." A name in the genitive ("Badawis", "Merkels") before an attribute
and a noun is the possessor, not the speaker; the parse may split the phrase into two
subjects and the first (the possessor) wins. A mention after the verb that is one name
ending in the genitive -s, followed within a few words (no punctuation) by a common noun
that is a subject of the same verb, runs on to that noun's phrase ("Badawis nach Kanada
geflüchtete Ehefrau Ensaf Haidar"); the noun is the speaker.

>>> possessed_phrase(ctx, doc[5], (6, 7), span_of)   # "…, sagte Badawis … Ehefrau Ensaf Haidar."  # doctest: +SKIP
(6, 13)
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span

#: words between the possessor and its noun ("nach Kanada geflüchtete")
MAX_ATTRIBUTE_WORDS = 5


def possessed_phrase(
    ctx: DocContext, verb: Token, sp: Span, span_of: Callable[[Token], Span]
) -> Span:
    """``sp`` run on to the phrase of the noun the genitive name at ``sp`` belongs to (see
    the module docstring), else ``sp``."""
    doc = ctx.doc
    if sp[1] - sp[0] != 1 or sp[0] <= verb.i or not _genitive_name(doc[sp[0]]):
        return sp
    subjects = {c.i for v in labels.verb_chain(verb) for c in labels.children_with(v, "subject")}
    for k in range(sp[1], min(len(doc), sp[1] + MAX_ATTRIBUTE_WORDS + 1)):
        t = doc[k]
        if t.is_punct or t.is_space or t.is_quote or ctx.inside[k] >= 0:
            return sp
        if k in subjects and t.pos_ == "NOUN" and t.text[:1].isupper():
            end = span_of(t)[1]
            return (sp[0], end) if end > k else sp
    return sp


def _genitive_name(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text.endswith("s") and t.is_alpha and t.text[:1].isupper()


def possessor_attribute(ctx: DocContext, k: int, end: int) -> bool:
    """Does the preposition at ``k`` open a participle attribute between a genitive name
    before it and its noun ("Badawis nach Kanada geflüchtete Ehefrau")? A lower-case word
    right before a capitalised common noun, with no article or punctuation from ``k`` on,
    closes the attribute; "Hans im Interview mit der Zeitung" has none."""
    doc = ctx.doc
    if k < 1 or not _genitive_name(doc[k - 1]):
        return False
    for j in range(k + 1, min(end, k + MAX_ATTRIBUTE_WORDS + 1) - 1):
        t, nxt = doc[j], doc[j + 1]
        if t.is_punct or ctx.ph.is_det(t, ctx.pos):
            return False
        if t.is_lower and t.is_alpha and nxt.pos_ == "NOUN" and nxt.text[:1].isupper():
            return True
    return False


#: apostrophes of the genitive of names ending in a hissing sound ("Kurz' Sprecher")
GENITIVE_APOSTROPHES = frozenset({"'", "\u2019"})


def apostrophe_possessed(ctx: DocContext, sp: Span) -> Span:
    """A mention cut at a name's apostrophe genitive ("Kurz' Sprecher", "Strauss' Witwe",
    "Alexis' Anwalt": the parse takes "Kurz" or "Witwe" alone) holds name, apostrophe and
    the noun: the mention is the possessed noun's phrase, and the resolver decides, as for
    "Merkels Sprecher", whether the name speaks. An apostrophe with space before it or none
    after it (a quotation mark) is no genitive."""
    doc = ctx.doc
    a, b = sp
    if a >= 2 and _apostrophe_after_name(ctx, a - 1):
        a -= 2
    if b + 1 < len(doc) and _apostrophe_after_name(ctx, b):
        k = b + 1
        while k < min(len(doc), b + 1 + MAX_ATTRIBUTE_WORDS) and doc[k].pos_ == "ADJ":
            k += 1
        t = doc[k] if k < len(doc) else None
        if t is not None and t.pos_ in ("NOUN", "PROPN") and t.is_alpha and not t.ent_type_:
            b = k + 1  # "Marx' Familie": the parse may tag the noun as a name
    if any(ctx.inside[m] >= 0 for m in range(a, b)):
        return sp
    return (a, b)


def _apostrophe_after_name(ctx: DocContext, k: int) -> bool:
    """Is token ``k`` a genitive apostrophe right after a capitalised name ending in a
    hissing sound (``apostrophe_genitive_endings``), with a space after it and a
    capitalised word next?"""
    doc, endings = ctx.doc, ctx.w.apostrophe_genitive_endings
    if not endings or k < 1 or k + 1 >= len(doc) or doc[k].text not in GENITIVE_APOSTROPHES:
        return False
    name, nxt = doc[k - 1], doc[k + 1]
    return (
        not name.whitespace_
        and bool(doc[k].whitespace_)
        and name.is_alpha
        and name.text[:1].isupper()
        and name.text.endswith(endings)
        and nxt.text[:1].isupper()
    )
