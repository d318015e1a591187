"""An outlet's own findings are the writer's narration, not someone's statement.

"Und dieses Mal sollen nach Informationen des STANDARD rund 30.000 Euro verschwunden
sein.", "Laut STANDARD-Infos war es schwierig, …", "STANDARD-Recherchen zufolge …": the
source phrase names the outlet whose text is read (``own_outlets``, in capitals or as a web
address, so "der Standard" as a norm is not taken) with a noun of its own findings
(``own_reporting_nouns``). What follows is what the writer found out, and the hand checks
of derStandard rows count it as no statement. A row cued by a source phrase of that kind
goes, and so do the rows that take their speaker from it (as the last step: a continuation
does not run on over the writer's sentence); an answer "auf STANDARD-Anfrage" (someone
else's words) and the interview questions credited to the outlet stay.

Train (Wikinews, whose own reporting never names itself): unchanged.

>>> drop_own_reporting(ctx)   # such rows leave ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote

HYPHEN = "-"


def drop_own_reporting(ctx: DocContext) -> None:
    """Drop the source-phrase rows of ``ctx.quotes`` whose source is the outlet's own
    findings, and the rows that take their speaker from them (the writer's reporting goes
    on: "Nach STANDARD-Infos … . Bei Ö3 könnten es bis zu drei Prozentpunkte sein.")."""
    if not ctx.w.own_outlets:
        return
    own = {q.speaker for q in ctx.quotes if _own_reporting(ctx, q)}
    if own:
        ctx.quotes = [q for q in ctx.quotes if q.direct or q.speaker not in own]


def _own_reporting(ctx: DocContext, q: Quote) -> bool:
    """Do the cue and the mention of the source-phrase row ``q`` name the outlet and a
    noun of its findings ("nach Informationen des STANDARD", "laut STANDARD-Infos")?"""
    if q.direct or q.speaker is None or not q.from_pattern:
        return False
    spans = [*q.cue, q.speaker]
    pieces = [p for a, b in spans for t in ctx.doc[a:b] for p in t.text.split(HYPHEN) if p]
    outlet = any(p.lower() in ctx.w.own_outlets and _written_as_name(p) for p in pieces)
    return outlet and any(p.lower() in ctx.w.own_reporting_nouns for p in pieces)


def _written_as_name(piece: str) -> bool:
    """Is ``piece`` written as the outlet's name: in capitals or as a web address?"""
    return piece.isupper() or "." in piece
