"""A speech verb's participle in a row of participles tells of an act, it frames nothing.

"Ein Schüler hat einen Fehler in der App entdeckt, gemeldet und eine Belohnung erhalten."
-- "gemeldet" is one of three things he did, listed as participles under one auxiliary; the
words before its comma are no report. A cue that is a participle right after a comma, with
a participle right before that comma and a comma or a coordinator right after it, goes. A
frame after what is said has a finite verb (", meldete die Polizei"), so it stays.

>>> participle_rows(ctx)   # drops cues from ctx.cues_by_unit  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import Cue, DocContext
from .words import word_ids

COMMA = ","


def participle_rows(ctx: DocContext) -> None:
    """Drop the verb cues that stand in a row of participles (see the module doc)."""
    if not ctx.pos:
        return
    for ui, cues in enumerate(ctx.cues_by_unit):
        kept = [c for c in cues if not _in_row(ctx, c, ctx.units[ui].end)]
        if len(kept) != len(cues):
            ctx.cues_by_unit[ui] = kept


def _in_row(ctx: DocContext, c: Cue, end: int) -> bool:
    """Is the cue a participle between ", " after a participle and a comma or coordinator?"""
    v = c.verb
    if v is None or c.after != v.i + 1 or not labels.is_participle(v):
        return False
    i, texts, doc = v.i, ctx.table.texts, ctx.doc
    if i < 2 or i + 1 >= end or texts[i - 1] != COMMA:
        return False
    joins = texts[i + 1] == COMMA or ctx.table.lower[i + 1] in word_ids(ctx.w.coordinators)
    return joins and labels.is_participle(doc[i - 2])
