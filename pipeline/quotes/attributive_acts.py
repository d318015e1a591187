"""A speech verb that describes a noun reports no act.

A participle of a speech verb before its noun ("die als direkte Konkurrenten bezeichneten
Grazer", the tagger may read it as a finite verb) or set off after its noun by a comma ("Das
Objekt, genannt 2003 EL61, hat …") names or describes the thing; nobody is reported to have
said anything in the sentence. Such a reported quote is dropped: the verb's head is the
noun right after it, or the verb is a participle with no auxiliary right after a noun and a
comma. The noun before which the verb stands is a subject or object of another verb (a
name after the cue that the parse took for the verb's noun is its subject: "bezeichnete Conze
als fatal").

The participle of a verb of asking with "sein" and no "werden" (a stative passive:
"Derzeit sind andere Staaten gefordert", "Das Team ist gegen Porto gefordert") says that
someone is challenged or called upon; no act of asking is reported either.

>>> attributive_acts(ctx)   # reported quotes cued by an attribute are dropped  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote
from .stative_passives import asked_subject

#: the parts of speech of the noun an attribute describes
NOUNS = frozenset({"NOUN", "PROPN"})


#: the tag of a relative pronoun (STTS, both model kinds)
RELATIVE_TAG = "PRELS"


def attributive_acts(ctx: DocContext) -> None:
    """Drop the reported quotes whose cue is an attribute of a noun (module docstring)."""
    if not ctx.parsed:
        return
    ctx.quotes[:] = [q for q in ctx.quotes if not _attributive(ctx, q)]


def _attributive(ctx: DocContext, q: Quote) -> bool:
    """``q`` is a reported quote cued by one word that describes a noun, or by the
    participle of a stative passive of a verb of asking
    (:func:`~.stative_passives.asked_subject`: "Derzeit sind andere Staaten gefordert", "Das
    Team ist am Sonntag gegen Porto gefordert": someone is challenged, nobody asks)."""
    if q.kind != "reported" or len(q.cue) != 1 or q.cue[0][1] - q.cue[0][0] != 1:
        return False
    verb = ctx.doc[q.cue[0][0]]
    return (
        _before_noun(verb)
        or _after_noun(ctx, verb)
        or asked_subject(ctx, verb)
        or _relative_subject(ctx, verb)
    )


def _before_noun(verb: Token) -> bool:
    """The parse hangs the verb on the noun right after it, a subject or object of another
    verb ("die als Konkurrenten bezeichneten Grazer liegen …"; not a misparsed subject of
    the cue: "bezeichnete Conze als fatal")."""
    head = verb.head
    if head.i != verb.i + 1 or head.pos_ not in NOUNS:
        return False
    clause = head.head
    return (
        clause.i != head.i
        and clause.pos_ in ("VERB", "AUX")
        and labels.has_role(head, "subject", "object")
    )


def _after_noun(ctx: DocContext, verb: Token) -> bool:
    """A participle right after a noun and a comma with no auxiliary of its own after it
    ("Objekt, genannt"; TIGER may hang it on the sentence's auxiliary)."""
    i = verb.i
    if i < 2 or ctx.doc[i - 1].text != "," or ctx.doc[i - 2].pos_ not in NOUNS:
        return False
    if not labels.is_participle(verb):
        return False
    if any(True for _ in labels.children_with(verb, "auxiliary")):
        return False  # "…, genannt wurde auch X": a passive act
    return i + 1 >= len(ctx.doc) or not labels.is_auxiliary(ctx.doc[i + 1])


def _relative_subject(ctx: DocContext, verb: Token) -> bool:
    """The verb's subject is a relative pronoun right after a comma, before the verb: a
    relative clause the parse hung elsewhere ("Gutachten vorlegen, die mehr für einen
    Unfall von X sprachen"), which describes its noun (as frames' relative clauses)."""
    subj = labels.clause_subject(verb)
    if subj is None or subj.i == 0 or subj.i > verb.i:
        return False
    if ctx.doc[subj.i - 1].text != ",":
        return False
    return subj.tag_ == RELATIVE_TAG or labels.is_relative_pronoun(subj)
