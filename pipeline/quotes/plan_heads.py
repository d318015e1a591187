"""Which statements a "sollen" sentence goes on with: a plan or a demand holds an infinitive
that a modal, "werden" or "zu" governs ("kündigte an, die Schule *zu reformieren*", "will
… *bauen*", "… *beginnen* solle"). The tagger also calls a participle after a perfect
auxiliary ("Demnach sind die Kosten … *angestiegen*") or a finite plural at the end of a
clause ("wonach die Autos breiter *werden*") an infinitive: such a statement reports facts,
and "Heuer sollen es zwei Milliarden sein." after it is the writer's forecast.

>>> governed_infinitive(ctx, q)   # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote

#: the STTS tag of an infinitive with "zu" inside ("auszubauen")
ZU_INFINITIVE_TAG = "VVIZU"


def governed_infinitive(ctx: DocContext, q: Quote) -> bool:
    """Does ``q`` hold an infinitive with "zu" or with an auxiliary other than a perfect
    one (``perfect_auxiliaries``: "haben", "sein") in its verb chain?"""
    doc = ctx.doc
    return any(
        labels.is_infinitive(doc[k]) and _governed(ctx, doc[k])
        for a, b in q.parts
        for k in range(a, b)
    )


def _governed(ctx: DocContext, t: Token) -> bool:
    """Is the infinitive ``t`` governed: "zu" before it or inside it, a verb it completes
    ("vom Band laufen *lassen*", an auxiliary "werden") that is no perfect auxiliary, or a
    modal or "werden" in its chain?"""
    if t.tag_ == ZU_INFINITIVE_TAG or ctx.g.infinitive_clause(ctx.doc, max(0, t.i - 1), t.i + 1):
        return True
    perfect = ctx.w.perfect_auxiliaries
    if labels.has_role(t, "clausal_object", "auxiliary") and t.head.i != t.i:
        # TIGER hangs a participle under its perfect auxiliary ("sind … angestiegen")
        return not (labels.is_auxiliary(t.head) and t.head.lemma_.lower() in perfect)
    return any(
        v.i != t.i and labels.is_auxiliary(v) and v.lemma_.lower() not in perfect
        for v in labels.verb_chain(t)
    )
