"""What a passive speech verb is said of is no speaker: the subject of the passive.

"Als Gründe wurden Stress und Gruppendruck genannt", "einer Revision des Chips, der
nachgesagt wurde, …", "wie bei der Präsentation angekündigt wurde": the mention the rules
took is the subject of the cue verb's passive (or a phrase the parse made one), a thing
said or spoken of, and a passive with no "von"-agent names no one who speaks. The row keeps
no speaker: a wrong name is worse than none. A mention that names someone (a person, a
body, a pronoun) stays ("Er wurde zitiert"), but not for a verb whose object is the one
spoken to ("wird er gefragt", "wurde die Regierung aufgefordert": the addressee).

>>> passive_mentions(ctx)   # such mentions go  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import DocContext, Quote
from .mentions import speakerish


def passive_mentions(ctx: DocContext) -> None:
    """Drop a mention that names no one and is the subject of the cue verb's passive."""
    if not ctx.parsed:
        return
    for q in ctx.quotes:
        if q.speaker is not None and q.cue and _said_of(ctx, q):
            q.speaker = None


def _said_of(ctx: DocContext, q: Quote) -> bool:
    """Is the mention's head word the subject of a passive whose participle is a cue word
    of ``q`` ("wurden … genannt"), with a form of "werden" in the chain and no agent, and
    does the mention name no one or is the verb's object the addressee ("gefragt")?"""
    doc, sp = ctx.doc, q.speaker
    heads = [doc[k] for k in range(*sp) if not sp[0] <= doc[k].head.i < sp[1]]
    if len(heads) != 1 or q.cue_lemma in ctx.w.citing_lemmas:
        return False
    if speakerish(ctx, sp) and q.cue_lemma not in ctx.w.addressee_object_lemmas:
        return False  # "Er wurde zitiert"; but "wird er gefragt" is the one asked
    head = heads[0]
    while labels.has_role(head, "conjunct") and head.head.i != head.i:
        head = head.head  # "wurden Entspannung, Gruppendruck und Geschmack genannt"
    if head.head.i == head.i or not labels.is_passive_subject(head):
        return False
    verb = labels.lexical_verb(head.head)
    if not any(a <= verb.i < b for a, b in q.cue) or labels.clause_agent(verb) is not None:
        return False  # not the cue's verb: "Die Sichtweise X', wonach es … geben werde"
    # a form of "werden" in the chain: the parse labels "war … ausgegangen" passive too
    return any(t.lower_ in ctx.w.passive_auxiliaries for t in labels.verb_chain(verb)[1:])
