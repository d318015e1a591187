"""A fronted dative medium before the cue verb and the person named right after it.

Class (res36b, round 36): a medium or body the speaker told something to, fronted with a
relative clause, taken for the speaker: "Der SZ, die das Gespräch am Freitag veröffentlicht,
sagte X nun, er habe …". The parse then gives the verb no subject and hangs the name after
the verb as its object. An article that may be dative (``ambiguous_dative_articles``)
before a noun that a feminine or plural relative pronoun (``feminine_relative_pronouns``)
takes up after a comma cannot be the subject's: the person named right after the finite
verb speaks. Only when the parse found no subject, and only a person's name (not a noun).
Measured: 10kGNAD rows 0-999 and Wikinews train, see the res36b report.

>>> dative_front_subject(ctx, verb)   # "Der SZ, die …, sagte Huber nun, …" -> Huber  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span

#: the tokens from the fronted article to its relative pronoun: article, noun, comma
RELATIVE_OFFSET = 3


def dative_front_subject(ctx: DocContext, verb: Token) -> Span | None:
    """The person's name right after the finite verb of ``verb``'s chain when a dative
    phrase with a relative clause stands before it; else None."""
    chain = labels.verb_chain(verb)
    first = min(t.i for t in chain)
    doc = verb.doc
    if first + 1 >= len(doc):
        return None
    head = doc[first + 1]
    person = labels.PERSON_ENTITY_LABELS
    role = head.ent_type_ not in person and head.pos_ in ("NOUN", "PROPN")
    name = doc[first + 2] if role and first + 2 < len(doc) else head
    if name.ent_type_ not in person:
        return None  # a name, or a role noun and a name ("sagte Ministerin X")
    if head.head.i not in {v.i for v in chain} and name.head.i not in {v.i for v in chain}:
        return None
    if not _dative_before(ctx, verb.sent.start, first):
        return None
    end = name.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return (head.i, end)


def _dative_before(ctx: DocContext, start: int, first: int) -> bool:
    """Is there, between ``start`` and the finite verb at ``first``, an article that may be
    dative, a noun, a comma and a feminine or plural relative pronoun ("Der SZ, die")?"""
    doc, w = ctx.doc, ctx.w
    for k in range(start, first - RELATIVE_OFFSET):
        rel = doc[k + RELATIVE_OFFSET]
        if (
            doc[k].lower_ in w.ambiguous_dative_articles
            and doc[k + 1].pos_ in ("NOUN", "PROPN")
            and doc[k + 2].text == ","
            and rel.lower_ in w.feminine_relative_pronouns
            and "Rel" in labels.morph_values(rel, "PronType")
        ):
            return True
    return False
