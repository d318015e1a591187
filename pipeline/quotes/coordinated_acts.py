"""A clause coordinated with the speech act is no content of it.

"Die Umweltschützer warnten vor einer Gefahr, und scheinen nun recht zu behalten": the
clause after the comma opens with a coordinator (``coordinators``) and its finite verb is
a conjunct of the cue's verb with no subject of its own, so it goes on with the same subject
(the writer's narration or assessment), not what was said. When that verb is no speech verb
(no cue in the clause) and not in the reported-speech mood, the quote is the speech act
before the comma: a reported row from the start of the sentence (no row when the quote
has no speaker before the comma). A clause with its own
subject ("…, und die Regierung prüft …") or a Konjunktiv ("…, und es sei zu spät") stays.

>>> coordinated_acts(ctx)   # "warnten vor X, und scheinen …": the act is the row  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote
from .spaces import before_spaces
from .words import word_ids

#: the rule suffix of a quote the speech act before a coordinated clause became
RULE_SUFFIX = "+coordinated_act"

#: the rule's own confidence of a reported act (that of ``frames``' reported rows)
ACT_CONFIDENCE = 0.55


def coordinated_acts(ctx: DocContext) -> None:
    """Turn each indirect quote whose content is a clause coordinated with its cue's verb
    into the reported act before it, or drop it when it has no speaker (module
    docstring)."""
    if not ctx.parsed:
        return
    kept: list[Quote] = []
    for q in ctx.quotes:
        comma = None
        if q.kind == "indirect" and len(q.parts) == 1 and q.cue:
            comma = _coordinated_comma(ctx, q)
        if comma is None or _act_row(ctx, q, comma):
            kept.append(q)
    ctx.quotes[:] = kept


def _act_row(ctx: DocContext, q: Quote, comma: int) -> bool:
    """Make ``q`` the reported act before ``comma`` when its speaker mention stands there;
    False when it has none (a reported act needs its speaker, as in ``frames``)."""
    start = ctx.units[q.unit].start
    if q.speaker is None or not start <= q.speaker[0] < comma:
        return False
    q.kind, q.confidence = "reported", ACT_CONFIDENCE
    q.parts = [(start, before_spaces(ctx.doc, start, comma))]
    q.rule += RULE_SUFFIX
    return True


def _coordinated_comma(ctx: DocContext, q: Quote) -> int | None:
    """The comma before ``q``'s content when that content is a clause coordinated with the
    cue's verb (module docstring), else None."""
    a, b = q.parts[0]
    texts, lower = ctx.table.texts, ctx.table.lower
    cue_end = max(e for _, e in q.cue)
    if a < 2 or a <= cue_end or texts[a - 1] != "," or ctx.in_marks(a, b):
        return None
    if lower[a] not in word_ids(ctx.w.coordinators):
        return None
    verb = _cue_verb(ctx, q)
    finite = ctx.finite_verbs(a, b)
    if verb is None or not finite or ctx.any_mood(a, b) or _has_cue(ctx, q, a, b):
        return None
    first = ctx.doc[finite[0]]
    if _conjunct_of(first) != verb.i or _own_subject(first):
        return None
    return a - 1


def _cue_verb(ctx: DocContext, q: Quote) -> Token | None:
    """The lexical verb of ``q``'s cue, or None."""
    for cue in ctx.cues_by_unit[q.unit]:
        if cue.verb is not None and any(s <= cue.verb.i < e for s, e in q.cue):
            return labels.lexical_verb(cue.verb)
    return None


def _has_cue(ctx: DocContext, q: Quote, a: int, b: int) -> bool:
    """A cue of ``q``'s unit stands in ``a``..``b`` (the clause has a speech verb)."""
    return any(a <= cue.start < b for cue in ctx.cues_by_unit[q.unit])


def _conjunct_of(t: Token) -> int | None:
    """The token id of the verb whose conjunct ``t``'s clause is (through its lexical
    verb or its own link), else None."""
    for v in (t, labels.lexical_verb(t)):
        head = labels.coordination_head(v)
        if head is not None:
            return labels.lexical_verb(head).i
    return None


def _own_subject(t: Token) -> bool:
    """Verb ``t`` (or a verb of its chain) has a subject of its own."""
    chain = labels.verb_chain(labels.lexical_verb(t)) + [t]
    return any(True for v in chain for _ in labels.children_with(v, "subject"))
