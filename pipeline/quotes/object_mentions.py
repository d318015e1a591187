"""An authored work after the cue verb taken for the speaker: "…, pflegt den Garten,
schreibt sogar Gedichte für seine Frau." The frame has no subject of its own, and the noun
after the verb is what is written, not who writes. A mention after a cue verb whose head
the parse makes that verb's object and whose noun is a work (``work_noun_endings``:
"Gedichte", "ein Buch") is no speaker, when it holds no entity. The parse calls many a
speaker after the verb an object ("schrieb Mussawi", "wie Menschenrechtsorganisationen
betonen", "sagte einem Reporter der Zeitung die Ministerin"): those stay.

>>> work_object(ctx, q, (18, 19))   # "…, schreibt sogar Gedichte für seine Frau."  # doctest: +SKIP
True
"""

from __future__ import annotations

from .. import labels
from .context import DocContext, Quote, Span


def work_object(ctx: DocContext, q: Quote, sp: Span) -> bool:
    """Is ``sp`` an authored work the quote's cue verb takes as its object (module
    docstring)?"""
    if not ctx.parsed or not q.cue or sp[0] < q.cue[0][1]:
        return False
    toks = ctx.doc[sp[0] : sp[1]]
    heads = [t for t in toks if not sp[0] <= t.head.i < sp[1]]
    if len(heads) != 1 or not labels.has_role(heads[0], "object"):
        return False
    head = heads[0]
    if not any(a <= head.head.i < b for a, b in q.cue) or any(t.ent_type_ for t in toks):
        return False
    return head.pos_ == "NOUN" and head.lower_.endswith(ctx.w.work_noun_endings)
