"""Step 5 of the engine (after the mentions are tidied): a quoted sentence with no frame
and no speaker goes on with the quote right before it.

"„Das Leiden geht weiter“, so letztere. „Durch Hitze wird es noch verstärkt.“": the
speaker of the first quote is found only when the mentions are tidied (the "so" speaker),
after the direct quotes took theirs; the second quote, standalone, goes on with it.

>>> standalone_speakers(ctx)   # sets speakers of direct quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote, quote_ending_before

#: the rule piece of a quoted sentence with no frame of its own (set by the direct quotes)
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
        q.take_speaker(before)
        q.rule += "+late_inherit"


def _quote_before(ctx: DocContext, q: Quote) -> Quote | None:
    """The quote that ends last before ``q`` starts, in its paragraph and at most
    :data:`MAX_UNIT_GAP` sentences back (nested fragments do not count)."""
    return quote_ending_before(
        ctx,
        ctx.quotes,
        q.start,
        q.unit,
        MAX_UNIT_GAP,
        lambda o: o is not q and not o.nested and o.confidence >= 0.5,
    )
