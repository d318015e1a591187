"""The subject of a stative passive of a verb of asking: "Die Innenministerin sei
gefordert, die Assistenzleistung anzufordern." The participle of a verb whose person object
is asked (``stative_patient_lemmas``: "gefordert", "aufgerufen", "gebeten") with a finite
form of "sein" (``stative_auxiliaries``) and no passive "werden" makes the one asked the
subject; it does not speak. The parse reads many such clauses as active ("sei" a perfect
auxiliary), so the speaker step takes that subject for the speaker. "Er ist überzeugt,
dass …" (no verb of asking) and "Sie hat gefordert" (a perfect with "haben") keep theirs.

>>> asked_subject(ctx, doc[3])   # "Die Innenministerin sei gefordert, …"  # doctest: +SKIP
True
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote, Span


def asked_subject(ctx: DocContext, verb: Token) -> bool:
    """Is ``verb`` the participle of a stative passive of a verb of asking (module
    docstring), so that its subject is the one asked?"""
    w = ctx.w
    if verb.lemma_ not in w.stative_patient_lemmas or not labels.is_participle(verb):
        return False
    chain = labels.verb_chain(verb)[1:]
    if any(t.lower_ in w.passive_auxiliaries for t in chain):
        return False
    return any(t.lower_ in w.stative_auxiliaries for t in chain)


def asked_mention(ctx: DocContext, q: Quote, sp: Span) -> bool:
    """Is the mention ``sp`` the subject of a cue participle of a stative passive of a verb
    of asking ("Die Innenministerin sei gefordert": the one asked)?"""
    if not ctx.parsed or not q.cue:
        return False
    for a, b in q.cue:
        for t in ctx.doc[a:b]:
            if not asked_subject(ctx, t):
                continue
            subj = labels.clause_subject(t)
            if subj is None:
                subj = next(labels.children_with(t, "subject"), None)
            if subj is not None and sp[0] <= subj.i < sp[1]:
                return True
    return False
