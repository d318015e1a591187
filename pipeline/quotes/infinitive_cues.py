"""A speech verb with a bare infinitive hung on it in its clause says nothing.

"Geht es nach Bunge, heißt es nun auf die nächste Aufwärtsbewegung warten." -- "heißt es
… warten" is "one has to wait", no report of words, and the clause before the comma is no
statement. A finite cue verb (or the verb of a cue pattern, "heißt es") whose clause, after it and before the next clause break,
holds an infinitive without "zu" that the parse hangs on the verb frames nothing: the cue
goes. Not a cue that is an infinitive itself ("Er ließ mitteilen"), not an infinitive with
"zu" or before one ("Er kündigte an, kommen zu wollen", "Dieser behauptete belegen zu
können"), not an infinitive past a comma, a coordinator ("verwies auf X und möchte nichts
ausschließen"), inside quotation marks or after "als"/"wie" ("bezeichnete er als verlogen").

>>> infinitive_cues(ctx)   # drops cues from ctx.cues_by_unit  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import VERB_POS, Cue, DocContext
from .frames import CLAUSE_BREAK
from .words import word_ids

#: the STTS tag of an infinitive with "zu" inside it ("abzuwarten")
ZU_INFINITIVE_TAG = "VVIZU"


def infinitive_cues(ctx: DocContext) -> None:
    """Drop the verb cues with a bare infinitive in their clause (see the module doc)."""
    if not ctx.pos or not ctx.parsed:
        return
    for ui, cues in enumerate(ctx.cues_by_unit):
        kept = [c for c in cues if not _bare_infinitive(ctx, c, ctx.units[ui].end)]
        if len(kept) != len(cues):
            ctx.cues_by_unit[ui] = kept


def _bare_infinitive(ctx: DocContext, c: Cue, end: int) -> bool:
    """Does the finite cue verb of ``c`` have an infinitive without "zu" hung on it after
    it, before the next clause break or ``end``?"""
    v = c.verb if c.verb is not None else _pattern_verb(ctx, c)
    if v is None or labels.is_infinitive(v) or not labels.morph_has(v, labels.FINITE_FEATURE):
        return False
    texts, lower = ctx.table.texts, ctx.table.lower
    markers, joins = word_ids(ctx.w.infinitive_markers), word_ids(ctx.w.coordinators)
    predicative = word_ids(ctx.w.predicative_particles) | word_ids(ctx.w.as_words)
    for m in range(c.after, end):
        if texts[m] in CLAUSE_BREAK or lower[m] in joins or ctx.inside[m] >= 0:
            return False  # another clause, or quoted words ("schrieben „Wir verbrennen …“")
        t = ctx.doc[m]
        if ctx.table.pos[m] not in VERB_POS or not t.is_alpha or not labels.is_infinitive(t):
            continue  # "im ZDF-heute journal", "zum Branchendienst meedia.de": no verb
        if t.tag_ == ZU_INFINITIVE_TAG:
            continue
        if lower[m - 1] in markers or (m + 1 < end and lower[m + 1] in markers):
            continue  # "zu warten", "behauptete belegen zu können"
        if lower[m - 1] in predicative:
            continue  # "bezeichnete er als verlogen": a predicative the tagger calls a verb
        if t.head.i == v.i:
            return True
    return False


def _pattern_verb(ctx: DocContext, c: Cue):
    """The first verb among the words of a pattern cue ("heißt es"), or None."""
    for a, b in c.pieces:
        for m in range(a, b):
            if ctx.table.pos[m] in VERB_POS:
                return ctx.doc[m]
    return None
