"""The one asked is no speaker: "Die Aktivisten forderten Passanten auf, …".

After a verb of asking whose accusative object is the one spoken to
(``addressee_object_lemmas``, ``stative_patient_lemmas``: "auffordern", "bitten",
"aufrufen", …), a bare noun (no article, no name: "Passanten", "Autofahrer") is that object.
Two parses take it for the speaker:

- the mention runs from the subject after the verb into the object ("Am Montag forderten
  die Aktivisten Passanten auf": the parse hangs "Passanten" on the verb as its object):
  the mention ends before the bare noun;
- the mention is the bare noun alone, and a noun phrase with an article opens the sentence
  right before the verb ("Die Aktivisten forderten Passanten auf", the parse lost the
  subject): that phrase is the speaker (the verb stands second, the bare noun after it is
  no subject the article phrase could be the object of).

A mention with an article ("forderte die Polizei auf") or a name stays.

>>> asked_objects(ctx)   # rewrites speaker mentions of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import DocContext, Quote, Span
from .object_tails import bare_noun
from .spaces import past_spaces


def asked_objects(ctx: DocContext) -> None:
    """Rewrite the mentions of ``ctx.quotes`` that are the one asked (module doc)."""
    if not ctx.parsed or not ctx.pos:
        return
    lemmas = set(ctx.w.addressee_object_lemmas) | set(ctx.w.stative_patient_lemmas)
    for q in ctx.quotes:
        if q.speaker is None or q.nested or q.cue_lemma not in lemmas or not q.cue:
            continue
        q.speaker = _speaker(ctx, q, q.speaker)


def _speaker(ctx: DocContext, q: Quote, sp: Span) -> Span:
    """The speaker's mention for ``sp`` (module doc), else ``sp``."""
    doc, a, b = ctx.doc, sp[0], sp[1]
    verb = q.cue[0][0]
    last = doc[b - 1]
    if a <= verb or not bare_noun(last) or doc[verb].pos_ not in ("VERB", "AUX"):
        return sp
    if b - a >= 3 and ctx.ph.is_det(doc[a], ctx.pos) and not ctx.ph.is_det(doc[b - 2], True):
        if last.head.i == verb and labels.has_role(last, "object"):
            return (a, b - 1)  # "forderten die Aktivisten | Passanten auf"
        return sp
    if b - a != 1 or a != verb + 1:
        return sp
    return _fronted_subject(ctx, q, verb) or sp


def _fronted_subject(ctx: DocContext, q: Quote, verb: int) -> Span | None:
    """The noun phrase with an article that opens the unit right before ``verb``."""
    doc = ctx.doc
    u = ctx.units[q.unit]
    s = past_spaces(doc, u.start, u.end)
    if s >= verb or not ctx.ph.is_det(doc[s], ctx.pos) or labels.is_possessive(doc[s]):
        return None
    np = ctx.ph.np_forward(doc, s, verb, ctx.pos)
    if np is None or np[1] != verb or np[1] - np[0] < 2:
        return None
    return None if ctx.in_marks(np[0], np[1]) else np
