"""A quoted sentence signed by a person's name in brackets right after it is that person's.

"„Der Krieg der Zukunft kennt keine Fronten.“ (Enzensberger)": an essay quotes its
authorities the way a book of quotations does. The brackets hold nothing but the name (a
person entity of at most :data:`MAX_NAME_WORDS` capitalised words, or one word that ends
a person entity elsewhere in the text) and close the sentence: "(SPÖ)", "(APA)", "(Bild)" are no persons, and
"„…“ (Müller) sagte …" goes on with a sentence of its own.

>>> signature(ctx, start, end)   # the name's span or None  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Span
from .phrases import SENT_END

MAX_NAME_WORDS = 4
PERSON_LABELS = frozenset({"PER", "PERSON"})
#: the tagger takes a lone surname for a noun as often as for a proper noun
NAME_POS = ("PROPN", "NOUN")


def signature(ctx: DocContext, s: int, e: int) -> Span | None:
    """The name in brackets right after the quoted sentence ``s``..``e`` (module doc)."""
    doc = ctx.doc
    if doc[e - 2].text not in SENT_END or e + 2 >= len(doc) or doc[e].text != "(":
        return None
    close = next(
        (k for k in range(e + 1, min(e + 2 + MAX_NAME_WORDS, len(doc))) if doc[k].text == ")"), None
    )
    if close is None or close == e + 1:
        return None
    words = doc[e + 1 : close]
    if not all(
        t.pos_ in NAME_POS and t.text.replace("-", "").isalpha() and t.text[:1].isupper()
        for t in words
    ):
        return None
    if any(t.text.isupper() for t in words) or not _person(ctx, words):
        return None
    after = doc[close + 1] if close + 1 < len(doc) else None
    if after is not None and not (
        after.is_space or after.is_sent_start or after.text[:1].isupper() or after.text in SENT_END
    ):
        return None
    return (e + 1, close)


def _person(ctx: DocContext, words) -> bool:
    """Do the bracketed words name a person: a person entity, or (the tagger knows no lone
    surname: "(Enzensberger)") the last word of a person entity elsewhere in the text?"""
    if any(t.ent_type_ in PERSON_LABELS for t in words):
        return True
    if len(words) != 1:
        return False
    word = words[0].text
    return any(x.label_ in PERSON_LABELS and x[-1].text == word for x in ctx.ents())
