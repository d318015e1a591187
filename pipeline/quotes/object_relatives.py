"""A demand's object with its relative clause: "X forderte Zugang zu Dokumenten, die
über die Affäre Aufschluss geben könnten" reports the demand, and the Konjunktiv II of a
modal in the relative clause ("könnten", "würden") is part of what is demanded, not a
claim of its own. The row that held only the relative clause (a reported act whose
Konjunktiv clause was taken for what was said) starts at the object of the cue verb the
clause belongs to ("Zugang zu Dokumenten, die …"). A Konjunktiv I there stays the content
("berichtete von einem Zeugen, der den Mann gesehen habe").

Words are data: ``relative_starts``, ``prepositions`` and ``object_konj2_modal_forms``.

>>> object_relatives(ctx)  # rewrites the parts of ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote

#: the rule tail of a reported act whose Konjunktiv clause became the content (frames)
CLAUSE_RULE = "+reported_clause"


def object_relatives(ctx: DocContext) -> None:
    """Start the rows of a demand's relative clause at the object (see the module doc)."""
    if not ctx.parsed:
        return
    for q in ctx.quotes:
        start = _object_start(ctx, q)
        if start is not None:
            q.parts[0] = (start, q.parts[0][1])


def _object_start(ctx: DocContext, q: Quote) -> int | None:
    if q.kind != "indirect" or CLAUSE_RULE not in q.rule or len(q.parts) != 1 or not q.cue:
        return None
    doc, w = ctx.doc, ctx.w
    a, b = q.parts[0]
    r = a + 1 if doc[a].lower_ in w.prepositions and a + 1 < b else a
    if doc[r].lower_ not in w.relative_starts:
        return None
    if not any(doc[k].lower_ in w.object_konj2_modal_forms for k in range(r, b)):
        return None
    verbs = [doc[i] for x, y in q.cue for i in range(x, y) if labels.is_verbal(doc[i])]
    if len(verbs) != 1:
        return None
    top = _under(doc[r].head.head, verbs[0])
    if top is None or not verbs[0].i < top.left_edge.i < a:
        return None
    start = top.left_edge.i
    while start < a and doc[start].pos_ == "ADV":
        start += 1  # "forderte zudem Zugang …": the adverb is the frame's
    if start >= a or any(ctx.inside[m] >= 0 for m in range(start, b)):
        return None
    return start


def _under(t: Token, verb: Token) -> Token | None:
    """The child of ``verb`` that ``t`` hangs on (``t`` itself when it is one), else None."""
    while t.head.i != t.i:
        if t.head.i == verb.i:
            return t
        t = t.head
    return None
