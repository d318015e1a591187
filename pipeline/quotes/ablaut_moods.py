"""Konjunktiv II forms of strong verbs read as such: a singular with an ablaut or umlaut
stem and none of the listed Konjunktiv II endings ("Der Sieger *träfe* dann auf X", "Dem Plan
*stünde* nichts im Weg", ``ablaut_konj2_singulars``) gets the tagger's subjunctive
but reads as a Konjunktiv I by its letters (:meth:`.lang.de.GermanGrammar.mood`: only
"-te", "-äre", "-ürde" endings make a Konjunktiv II). It is the mood of a condition or the
writer's conjecture as often as of a report, as "käme" and "gäbe" are: the continuations
step rates it like them (:func:`.continuations._mood_confidence`), and it starts no
Konjunktiv I orphan. The plurals ("stünden", "kämen") stay: the plural Konjunktiv II stands
in for the Konjunktiv I plural, which looks like the indicative. Right after a framed
statement with a speaker, in its paragraph, the form goes on with what was said ("…, wie er
versicherte. Das Zentrum *läge* mitten im Ort.") and stays as the tagger read it.

>>> ablaut_moods(ctx, outside)   # mood 2 -> 1 for those forms  # doctest: +SKIP
"""

from __future__ import annotations

from bisect import bisect_right

from .context import DocContext
from .words import word_ids

KONJUNKTIV_ONE = 2  # the moods of :meth:`.lang.de.GermanGrammar.mood`
KONJUNKTIV_TWO = 1


def ablaut_moods(ctx: DocContext, outside: list[int]) -> None:
    """Set ``outside`` (and ``ctx.moods``) from Konjunktiv I to Konjunktiv II for the
    ``ablaut_konj2_singulars`` forms."""
    if ctx.table is None:
        return
    forms, lower = word_ids(ctx.w.ablaut_konj2_singulars), ctx.table.lower
    starts = [u.start for u in ctx.units]
    after = _after_statement(ctx)
    for k, mood in enumerate(outside):
        if mood == KONJUNKTIV_ONE and lower[k] in forms:
            if bisect_right(starts, k) - 1 in after:
                continue  # "…, wie er versicherte. Das Zentrum läge …": what he said
            outside[k] = ctx.moods[k] = KONJUNKTIV_TWO


def _after_statement(ctx: DocContext) -> set[int]:
    """The units with no quote right after a unit with a framed quote with a speaker, in
    its paragraph (the quotes so far are the framed ones: continuations come later)."""
    units = ctx.units
    quoted = {q.unit for q in ctx.quotes}
    said = {q.unit for q in ctx.quotes if q.speaker is not None}
    return {
        ui + 1
        for ui in said
        if ui + 1 < len(units)
        and ui + 1 not in quoted
        and units[ui + 1].paragraph == units[ui].paragraph
    }
