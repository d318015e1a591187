"""A plural subject after its verb that the parse took for the object: "Auf die Frage, ob
…, antworteten die Eltern, dass …". With a phrase fronted before the finite verb, the
subject follows the verb; the tagger marks "die Eltern" accusative (the article is
nominative or accusative) and the parse hangs it on the verb as its object, so the
speaker is lost. A finite verb in the third person plural with no subject in its chain,
followed by a plural noun phrase that no dative or accusative-only word opens ("den",
"ihren"), has that phrase as its subject: a finite verb needs one, and the number agrees.

>>> plural_subject(ctx, doc[10], (11, 13))   # "…, antworteten die Eltern, dass …"  # doctest: +SKIP
True
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span


def plural_subject(ctx: DocContext, verb: Token, sp: Span) -> bool:
    """Is the phrase ``sp`` right after the finite plural ``verb`` its subject, though the
    parse made it an object (see the module docstring)?"""
    if not _finite_plural(verb) or sp[0] != verb.i + 1:
        return False
    if any(True for v in labels.verb_chain(verb) for _ in labels.children_with(v, "subject")):
        return False
    doc = ctx.doc
    if doc[sp[0]].lower_ in ctx.w.object_determiners:
        return False
    heads = [t for t in doc[sp[0] : sp[1]] if t.pos_ in ("NOUN", "PROPN")]
    return bool(heads) and labels.morph_values(heads[-1], "Number") == ["Plur"]


def _finite_plural(verb: Token) -> bool:
    return (
        labels.morph_has(verb, labels.FINITE_FEATURE)
        and labels.morph_values(verb, "Number") == ["Plur"]
        and labels.morph_values(verb, "Person") == ["3"]
    )
