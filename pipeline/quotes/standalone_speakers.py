"""Step 5 of the engine (after the mentions are tidied): a quoted sentence with no frame
and no speaker goes on with the quote right before it.

"„Das Leiden geht weiter“, so letztere. „Durch Hitze wird es noch verstärkt.“": the
speaker of the first quote is found only when the mentions are tidied (the "so" speaker),
after the direct quotes took theirs; the second quote, standalone, goes on with it.

>>> standalone_speakers(ctx)   # sets speakers of direct quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote

#: the rule ending of a quoted sentence with no frame that found no speaker before
STANDALONE = "+standalone"
#: sentences between the quote and the one before it that it may go on with
MAX_UNIT_GAP = 1


def standalone_speakers(ctx: DocContext, any_kind: bool = False) -> None:
    """Give each standalone direct quote with no speaker the speaker of the quote right
    before it in the same paragraph (at most :data:`MAX_UNIT_GAP` sentences back), when
    that quote is a direct one or, with ``any_kind`` (after the continuations), any quote
    ("…, sei er zu dem Schluss gekommen, dass … „Ich bin davon überzeugt, …“")."""
    for q in ctx.quotes:
        if not (q.direct and q.speaker is None and q.rule.endswith(STANDALONE)):
            continue
        before = _quote_before(ctx, q)
        if before is None or before.speaker is None or not (any_kind or before.direct):
            continue
        q.speaker, q.speaker_chars = before.speaker, before.speaker_chars
        q.rule += "+late_inherit"


def _quote_before(ctx: DocContext, q: Quote) -> Quote | None:
    """The quote that ends last before ``q`` starts, in its paragraph and at most
    :data:`MAX_UNIT_GAP` sentences back (nested fragments do not count)."""
    para = ctx.units[q.unit].paragraph
    best: Quote | None = None
    for o in ctx.quotes:
        if o is q or o.nested or o.end > q.start or o.confidence < 0.5:
            continue
        if q.unit - o.unit > MAX_UNIT_GAP or ctx.units[o.unit].paragraph != para:
            continue
        if best is None or o.end > best.end:
            best = o
    return best
