"""A frame in the reported-speech mood goes on with the statement before: "Die
Staatsanwaltschaft gibt an, X werde belastet. *Dieser behaupte*, X sei …": the sentence
whose own speech verb is in the Konjunktiv is what the statement before reports, frame and
all -- a continuation of that statement's speaker, not a quote of "Dieser".

The frame opens its sentence (no clause before its verb: not "Wie X berichtet, habe …"), its
finite verb is in the reported-speech mood, its content follows it, and the sentence right
before in the paragraph holds a quote. Needs the parse.

>>> reported_frames(ctx)   # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import DocContext, Quote

#: the rule suffix of a frame turned into a continuation
RULE = "+reported_frame"
#: marks that end a clause before the frame's cue: the frame does not open the unit
BREAKS = frozenset({",", ":"})


def reported_frames(ctx: DocContext) -> None:
    """Turn each frame in the reported-speech mood after a quote into a continuation."""
    if not ctx.parsed:
        return
    for i, q in enumerate(ctx.quotes):
        if q.kind != "indirect" or not q.cue or not _opens_unit(ctx, q):
            continue
        before = _quote_before(ctx, q.unit)
        if before is None:
            continue
        u = ctx.units[q.unit]
        end = u.end if q.end >= u.content_end(ctx.doc) else q.end
        c = Quote("continuation", [(u.start, end)], q.confidence, q.rule + RULE, q.unit)
        c.take_speaker(before)
        ctx.quotes[i] = c
        ctx.unit_speaker[q.unit] = (before.speaker, c)


def _opens_unit(ctx: DocContext, q: Quote) -> bool:
    """The frame's cue stands in the clause that opens the unit (no comma or colon before
    it; the colon: run36b, 10kGNAD row 664), before the content, and
    its finite verb (the cue when the parse finds none) is in the reported-speech mood."""
    u, cue = ctx.units[q.unit], q.cue[0][0]
    if not u.start < cue < q.start or any(ctx.doc[m].text in BREAKS for m in range(u.start, cue)):
        return False  # not after a lead-in's colon either ("Vor Gericht schilderte X den Ablauf: 2010 sei …")
    chain = labels.verb_chain(ctx.doc[cue])
    finite = [t for t in chain if labels.morph_has(t, labels.FINITE_FEATURE)] or chain
    return finite[0].i < q.start and bool(ctx.konj(finite[0]))


def _quote_before(ctx: DocContext, ui: int) -> Quote | None:
    """The last quote of the unit right before ``ui`` in the same paragraph."""
    if ctx.unit_before(ui) is None:
        return None
    before = [q for q in ctx.quotes if q.unit == ui - 1 and q.kind != "frame"]
    return max(before, key=lambda q: q.end) if before else None
