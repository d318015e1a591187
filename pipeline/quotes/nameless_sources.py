"""Chain heads that pass on no speaker: a statement whose source names no one who speaks
("*Dem Vernehmen nach* …", "*Spekulationen* zufolge": :func:`names_no_one`) or whose speech
verb names no one who made a statement (a relative pronoun, the agent of a narrative passive:
:func:`no_statement`).

>>> no_statement(ctx, quote)   # True: the continuations after it have no speaker  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import DocContext, Quote, Span
from .mentions import NOUN_IDS, PERSON_LABELS, someone
from .words import word_ids

VERB_RULE = "verb:"  # the rule id prefix of a speech-verb frame


def names_no_one(ctx: DocContext, sp: Span | None) -> bool:
    """Does the mention ``sp`` name no one who speaks: every noun in it one of the list
    ``no_one_nouns`` ("dem Vernehmen", "Spekulationen", "Gerüchten") and not someone (a
    person, a speaking body, a person noun or a pronoun: :func:`.mentions.someone`)? A
    mention with no noun ("Demnach", "wonach") is left to the speaker step, which reads
    what it points to; a document ("dem Bericht") names where the statement stands."""
    if sp is None:
        return False
    nouns = [t for t in ctx.doc[sp[0] : sp[1]] if t.pos in NOUN_IDS]
    words = ctx.w.no_one_nouns
    return bool(nouns) and all(t.lower_ in words for t in nouns) and not someone(ctx, sp)


def no_statement(ctx: DocContext, q: Quote) -> bool:
    """Does the chain head ``q`` name no one who made a statement? A relative pronoun (the
    speech verb is in a relative clause of a narrative sentence: "eines von sechs Ländern,
    die die Fragen nicht beantwortet haben"), or, after a speech verb, a prepositional object
    or agent ("wurde Unternehmen von den Finanzbehörden mitgeteilt", "wie bei der Konferenz
    vereinbart"); the source of a source pattern ("laut X", "hieß es aus X") and a fronted
    origin phrase ("Aus EU-Kreisen verlautete") speak."""
    sp = q.speaker
    if sp is None or ctx.table is None:
        return False
    lower, doc = ctx.table.lower, ctx.doc
    if (
        sp[0] > 0
        and doc[sp[0]].pos_ == "PRON"
        and doc[sp[0] - 1].is_punct
        and lower[sp[0]] in word_ids(ctx.w.relative_starts)
    ):
        return True  # "…, die die Fragen nicht beantwortet haben"
    if not (q.kind == "speech-act" or q.rule.startswith(VERB_RULE)) or sp[0] == 0:
        return False
    if _act_object(ctx, q, sp):
        return True  # "X wies Kritik an Y zurück. Allerdings gebe es …": not "Kritik"
    before = lower[sp[0] - 1]
    if before in word_ids(ctx.w.document_prepositions):
        return False  # "In dem Bericht wird beklagt, …": the document is the source
    if before in word_ids(ctx.w.agent_prepositions):
        # "wurde von Minister X als unrealistisch bezeichnet": a named person as the agent
        # of a speech verb made the statement; a body as agent of a narrative passive did
        # not ("wurde Unternehmen von den Finanzbehörden mitgeteilt, …")
        return not any(doc[m].ent_type_ in PERSON_LABELS for m in range(*sp))
    return before in word_ids(ctx.w.prepositions) and before not in word_ids(
        ctx.kit.roles.origin_prepositions
    )


def _act_object(ctx: DocContext, q: Quote, sp: Span) -> bool:
    """Is the mention ``sp`` between the speech verb of ``q`` and its particle its object:
    a bare singular noun, no article, no name, naming no one, that the model reads as
    accusative only ("X wies *Kritik* wegen … zurück", the parse taking the object for the
    subject)? What follows is the act's subject's, never the object's (round 36: hc 1079
    row 36; "behaupten Vertraute", "appellierte Ban" are subjects)."""
    if len(q.cue) < 2 or not q.cue[0][0] < sp[0] < q.cue[-1][0]:
        return False  # the object stands between the verb and its particle
    toks = ctx.doc[sp[0] : sp[1]]
    nouns = [t for t in toks if t.pos in NOUN_IDS]
    if not nouns or nouns[0].i != sp[0] or someone(ctx, sp):
        return False  # "meldete die Nachrichtensite": an article may be a subject's
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in toks):
        return False
    head = nouns[0]
    if any(e.label_ in PERSON_LABELS and head.text in e.text for e in ctx.doc.ents):
        return False  # "appellierte Ban, …" after "Ban Ki Moon": a name
    cases = set(labels.morph_values(head, "Case"))
    numbers = labels.morph_values(head, "Number")
    return bool(cases) and cases <= {"Acc"} and numbers == ["Sing"]
