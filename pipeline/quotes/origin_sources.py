"""Speakers: an origin phrase after a cue with no subject, past the adverbials the frame
puts before it ("hieß es zu Mittag in Brüssel aus der EU-Kommission, dass …" -> "der
EU-Kommission"; "…, verlautete am Donnerstag aus Kreisen der OPCW.").

The cue patterns look right after the cue; this step, for a quote left with no speaker,
reads on to the first origin preposition (roles group ``origin``) before punctuation or
what is said, within :data:`ORIGIN_REACH` words; its phrase must name someone who speaks
(not a reason: "aus Mangel an Beweisen").
"""

from __future__ import annotations

from collections.abc import Callable

from .context import DocContext, Quote, Span

#: how many words after the cue the origin preposition may stand
ORIGIN_REACH = 8


def origin_after_cue(
    ctx: DocContext, q: Quote, speaks: Callable[[DocContext, Span], bool]
) -> Span | None:
    """The noun phrase of an origin preposition after the quote's cue when ``speaks`` says it
    names someone who speaks (:func:`~.mentions.speakerish`), else None."""
    if not q.cue or not ctx.kit.roles.origin_prepositions:
        return None
    doc, u = ctx.doc, ctx.units[q.unit]
    said = {k for a, b in q.parts for k in range(a, b)}
    start = q.cue[-1][1]
    end = min(u.end, start + ORIGIN_REACH)
    stop = next((k for k in range(start, end) if doc[k].is_punct or k in said), end)
    for k in range(start, stop - 1):
        if doc[k].lower_ in ctx.kit.roles.origin_prepositions:
            np = ctx.ph.np_loose(doc, k + 1, stop, ctx.pos)
            # "aus der EU-Kommission", not a reason ("aus Mangel an Beweisen")
            return np if np is not None and speaks(ctx, np) else None
    return None
