"""A subject after an object "es": "Zunächst sah es das Gericht als erwiesen an, dass …",
"Damit hält es die Regierung für nötig, …". The personal pronoun right after the finite
verb takes the object slot, and the parse, reading it as the expletive subject, makes the
noun phrase after it the object; the frame is left with no speaker. When the clause has no
subject by the parse (or only that pronoun), a pronoun of ``expletives`` follows the finite verb and a noun phrase
that names a speaker (a person or organisation name, a role or a speaking body) comes right
after it as the verb's object (not in a prepositional phrase), that noun phrase speaks. A thing there ("gab es die Meldung")
names no one and stays out.

>>> es_object_subject(ctx, verb)   # "… sah es das Gericht zunächst als erwiesen an, …"  # doctest: +SKIP
(5, 7)
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span


def es_object_subject(
    ctx: DocContext,
    verb: Token,
    names_speaker: Callable[[DocContext, Token], bool],
    span_of: Callable[[Token], Span],
) -> Span | None:
    """The noun phrase after an object pronoun that speaks (see the module docstring)."""
    chain = labels.verb_chain(verb)
    finite = next((v for v in chain if labels.morph_has(v, labels.FINITE_FEATURE)), None)
    doc = verb.doc
    k = None if finite is None else finite.i + 1
    if k is None or k + 1 >= len(doc) or doc[k].lower_ not in ctx.w.expletives:
        return None
    if doc[k].pos_ != "PRON" or labels.morph_values(doc[k], "PronType") != ["Prs"]:
        return None
    for v in chain:
        for c in labels.children_with(v, "object", "modifier"):
            if c.i <= k or not names_speaker(ctx, c) or _in_phrase(c):
                continue
            a, b = span_of(c)
            if a == k + 1 and not any(ctx.inside[m] >= 0 for m in range(a, b)):
                return (a, b)
    return None


def _in_phrase(t: Token) -> bool:
    """Is ``t`` the noun of a prepositional phrase ("für die Regierung")?"""
    return any(labels.has_role(c, "case") for c in t.children)
