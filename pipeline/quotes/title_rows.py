"""Unattributed title and teaser quotes: archives that join an article's lines (10kGNAD)
print the title and the teaser before the dateline of the first paragraph ("„Service für
Zuwanderer“: Wichtigste Informationen … Wien – …"). A headline attribution ("Nagl: „…“",
"Tsipras: „…“", "…, sagt X") is a statement the issue wants; a quote there that only its
marks found (no speaker, no speech frame, no clause it is a phrase of) and no label before
it in its sentence names a thing ("„Initiative Religion ist Privatsache“: Eltern haben …",
"„Service für Zuwanderer“: Wichtigste Informationen …") and is no statement: judges count
such title rows as none. A quoted phrase of a headline clause stays ("Polizeichef
„gleichsam ein Fels in der Brandung“": the round-19 rows).

>>> title_rows(ctx)   # drops quotes of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote

#: the mark of a label before a title's quote ("Leitl: „…“")
LABEL_MARK = ":"
#: what joins a rule's pieces: a quote whose rule has none only its marks found
RULE_PIECES = "+"


def title_rows(ctx: DocContext) -> None:
    """Drop the quotes before the text's first dateline that nothing attributes."""
    first = next((u for u in ctx.units if u.dateline), None)
    if first is None or first.start == 0 or first.paragraph != ctx.units[0].paragraph:
        return  # a text that opens with its dateline, or a dash in a later paragraph
    ctx.quotes[:] = [q for q in ctx.quotes if q.end > first.start or _attributed(ctx, q)]


def _attributed(ctx: DocContext, q: Quote) -> bool:
    """Has the title quote a speaker, a speech frame, a rule piece besides its marks' or a
    label before it in its unit?"""
    if q.speaker is not None or q.speaker_chars or q.cue or RULE_PIECES in q.rule:
        return True
    a = ctx.units[q.unit].start
    return any(ctx.doc[m].text == LABEL_MARK for m in range(a, q.start))
