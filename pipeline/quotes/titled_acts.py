"""A speech act whose sentence holds a quoted name or title is a reported speech act all the
same.

"Seit gestern fordert die „Neue Rechte“ den Rücktritt des Präsidenten", "Die Organisation
fordert einen „Management Plan“ für die Region", "Er rief zum „Heiligen Krieg“ auf": the
frames make a reported row only for a clause with no quotation marks, since quoted words
are mostly the speaker's own (then the quotation is the row). Here the rules rate the
quoted phrase low as a quotation (below ``min_rule_confidence``: a name, a title, a scare
quote) and it is a fragment (no finite verb); the act is reported as it would be without
the marks: one reported row over the sentence (from :func:`~.reported.reported_start`),
when the unit's speech verb reports acts (``reported`` in its ``kinds``), its act holds
(:func:`~.reported.speech_act`) and no other row lies in the unit.

Train: F1 .8483 -> .8491 (tp +7, pred +11), attributed .7410 -> .7417, reported recall
.465 -> .488. 10kGNAD rows (quotation marks are mostly stripped there): 0-499 none changed,
500-999 one row added (a posting that reported a police operation: the act right, its
mention cut at the marks). Measured and dropped: a reported row around every quoted phrase
a speech act frames as the speaker's words ("nannte ihn einen „wahren Patrioten“"; train
+56 rows, 13 right: the gold gives most of them as the direct phrase only).

>>> titled_acts(ctx)   # a reported row for each such sentence  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import Cue, DocContext, Quote
from .reported import reported_start, speech_act

#: the roles of a verb that heads a subordinate clause (with a marker: "wenn", "weil")
SUBORDINATE_ROLES = ("relative_clause",)


def titled_acts(ctx: DocContext) -> None:
    """Add a reported row over each sentence whose only quotations are low-rated fragments
    of a speech act that reports (see the module docstring)."""
    settings = ctx.kit.settings
    if not ctx.parsed or not settings.get("reported", True):
        return
    gate = settings.get("min_rule_confidence", 0.0)
    by_unit: dict[int, list[Quote]] = {}
    for q in ctx.quotes:
        by_unit.setdefault(q.unit, []).append(q)
    for ui, qs in by_unit.items():
        if not all(_low_fragment(ctx, q, gate) for q in qs):
            continue
        q = next((q for q in qs if q.cue and q.speaker), None)
        cue = _reporting_cue(ctx, q) if q is not None else None
        u = ctx.units[ui]
        if cue is None or not _main_act(ctx, q, cue):
            continue
        if not speech_act(ctx, u, u.end, cue, u.start, q.speaker):
            continue
        rule = f"verb:{cue.lemma}+reported"
        start = reported_start(ctx, u, u.start, cue)
        row = Quote("reported", [(start, u.end)], 0.55, rule, ui, q.speaker, list(q.cue), cue.lemma)
        ctx.quotes.append(row)


def _low_fragment(ctx: DocContext, q: Quote, gate: float) -> bool:
    """``q`` is a direct quote the rules rate below ``gate``, with no finite verb."""
    if not (q.direct and q.kind == "direct") or q.confidence >= gate:
        return False
    return not any(ctx.finite_verbs(a, b) for a, b in q.parts)


def _main_act(ctx: DocContext, q: Quote, cue: Cue) -> bool:
    """The cue is the act of a main clause and the quoted phrase no name it gives or
    content it announces: not a verb of ``naming_lemmas`` without its preposition ("nennt
    sich „…“", "die Modelle „…“ nennt"), no relative or marked clause ("wenn sie … hinweist"),
    no colon before the quotation ("gab bekannt: „…“"), a speaker mention with a noun or
    pronoun in it (not an article cut off by the marks: "Der „…“")."""
    w, doc = ctx.w, ctx.doc
    if cue.lemma in w.naming_lemmas and cue.preposition is None:
        return False
    verb = cue.verb
    if labels.has_role(verb, *SUBORDINATE_ROLES) or next(
        labels.children_with(verb, "marker"), None
    ):
        return False
    if any(ctx.table.texts[a - 1] == ":" for a, _ in q.parts if a > 0):
        return False
    return any(not labels.is_article(doc[m]) for m in range(*q.speaker))


def _reporting_cue(ctx: DocContext, q: Quote) -> Cue | None:
    """The verb cue of ``q`` in its unit when it reports speech acts."""
    at = q.cue[0][0]
    for cue in ctx.cues_by_unit[q.unit]:
        if cue.start == at and cue.verb is not None and "reported" in cue.kinds:
            return cue
    return None
