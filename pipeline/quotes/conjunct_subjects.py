"""The subject of a second main clause after "und" that the parse hung on the object
before it: "Die Firma meldete Rekordzahlen und Konzernchef X sagte, …". The parse reads
"Konzernchef X" as a conjunct of "Rekordzahlen", leaves the speech verb (a conjunct of
"meldete") with no subject of its own, and the mention walks to the first clause's
subject ("Die Firma"). When a finite verb in a conjunct of an earlier verb has no subject
by the parse and a noun phrase runs from a coordinating conjunction right up to it, that
phrase takes the verb's first place: it is the subject, unless the model reads it as
accusative or dative ("… und den Bericht kritisierte", a verb-final clause with its object)
or it is a preposition's phrase. "… und sagte, …" (no phrase) keeps the shared subject.

>>> conjunct_subject(ctx, doc[8])   # "Die Firma meldete Rekordzahlen und Konzernchef X sagte"  # doctest: +SKIP
(5, 8)
"""

from __future__ import annotations

from spacy.symbols import CCONJ
from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span

#: cases of a phrase that is an object, not the subject
OBJECT_CASES = frozenset({"Acc", "Dat"})


def conjunct_subject(ctx: DocContext, verb: Token) -> Span | None:
    """The noun phrase between "und" and the finite verb of ``verb``'s clause (see the
    module docstring), or None."""
    chain = labels.verb_chain(verb)
    head = next((h for v in chain if (h := labels.coordination_head(v)) is not None), None)
    if head is None or head.i >= verb.i:
        return None
    if any(True for v in chain for _ in labels.children_with(v, "subject")):
        return None
    finite = next((v for v in chain if labels.morph_has(v, labels.FINITE_FEATURE)), None)
    if finite is None or finite.i <= head.i + 2:
        return None
    doc = verb.doc
    np = ctx.ph.np_backward(doc, finite.i, head.i + 1, True)
    if np is None or doc[np[0] - 1].pos != CCONJ:
        return None
    toks = doc[np[0] : np[1]]
    if any(labels.is_adposition(t) or t.is_punct for t in toks):
        return None
    if any(_object_case(t) for t in toks):
        return None
    return np


def _object_case(t: Token) -> bool:
    """Does the model read ``t`` as accusative or dative only?"""
    cases = set(labels.morph_values(t, "Case"))
    return bool(cases) and cases <= OBJECT_CASES
