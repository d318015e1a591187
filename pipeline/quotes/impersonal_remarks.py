"""The writer's impersonal remark, not a statement: a speech verb in the infinitive under
the verb of letting with the reflexive pronoun ("Eines lässt sich schon sagen: …", "Was
sich über die Wähler sagen lässt: …", "So viel lässt sich festhalten: …") says what can
be said, and nobody says it. A quote framed that way with no speaker mention is dropped;
a speaker's own frame around such words keeps its quote ("Der Minister sagte, darüber
lasse sich nichts sagen"), and so does a frame that names who speaks.

Words are data: ``letting_verb_forms`` (the forms of the verb of letting) and
``reflexive_pronouns``.

>>> impersonal_remarks(ctx)  # rewrites ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote

#: kinds whose frame is a verb of the sentence (quotes in marks keep their own evidence)
FRAMED_KINDS = frozenset({"indirect", "reported"})


def impersonal_remarks(ctx: DocContext) -> None:
    """Drop the quotes framed by an impersonal "lässt sich sagen" (see the module doc)."""
    if not ctx.parsed:
        return
    ctx.quotes = [q for q in ctx.quotes if not _impersonal(ctx, q)]


def _impersonal(ctx: DocContext, q: Quote) -> bool:
    if q.kind not in FRAMED_KINDS or q.nested or q.speaker is not None or not q.cue:
        return False
    if q.speaker_chars is not None:
        return False
    verbs = [ctx.doc[i] for a, b in q.cue for i in range(a, b) if labels.is_verbal(ctx.doc[i])]
    return len(verbs) == 1 and _let_reflexive(ctx, verbs[0])


def _let_reflexive(ctx: DocContext, verb: Token) -> bool:
    """Is ``verb`` the infinitive next to a form of the verb of letting (its head or its
    child) that has the reflexive pronoun in its clause ("lässt sich … sagen")?"""
    if "Inf" not in labels.morph_values(verb, "VerbForm"):
        return False
    w = ctx.w
    near = [verb.head, *verb.children]
    lets = [t for t in near if t.i != verb.i and t.lower_ in w.letting_verb_forms]
    for let in lets:
        around = [*let.children, *verb.children]
        if any(t.lower_ in w.reflexive_pronouns for t in around):
            return True
    return False
