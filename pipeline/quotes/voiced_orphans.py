"""The speaker of an orphan that follows the speaker's own words in the first person: a
Konjunktiv sentence with no statement right before it (:mod:`.orphans`) whose sentence
before is unmarked speech in the first person with no row of its own ("…, sagt die
Forscherin X. Ich halte das für einen Nebenschauplatz. Dadurch *lasse* sich … nicht
mindern."). The writer of a news text does not speak as "ich"/"wir": the words are the last
statement's, and so is the Konjunktiv sentence after them. Between that statement and the
orphan only such first-person sentences and rows with no speaker stand, all in one
paragraph; a statement whose speaker names no one lends nothing.

>>> voiced_speaker(ctx, ch, ui)   # the statement's speaker mention, or None  # doctest: +SKIP
"""

from __future__ import annotations

from .chain_heads import Chain, has_row
from .context import DocContext, Quote, Span
from .first_person import lends, voiced

#: how many sentences back the statement may end, the first-person one included
MAX_BACK = 3


def voiced_speaker(ctx: DocContext, ch: Chain, ui: int) -> Span | None:
    """The speaker of the statement before the first-person sentence right before unit
    ``ui`` (see the module doc), or None."""
    units, para = ctx.units, ctx.units[ui].paragraph
    rows: dict[int, list[Quote]] = {}
    for q in ctx.quotes:
        if q.unit < ui and not q.nested:
            rows.setdefault(q.unit, []).append(q)
    voices = []
    for j in range(ui - 1, max(-1, ui - 1 - MAX_BACK), -1):
        if units[j].paragraph != para or units[j].dateline:
            return None
        said = [q for q in rows.get(j, []) if q.speaker is not None]
        if said:
            last = max(said, key=lambda q: q.end)
            if not voices or not lends(ctx, last):
                return None
            return last.speaker if all(voiced(ctx, last, k) for k in voices) else None
        if not rows.get(j) and not has_row(ch, j):
            voices.append(j)
    return None
