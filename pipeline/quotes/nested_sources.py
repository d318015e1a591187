"""A quoted fragment inside a mixed quote whose clause names its own source before it:
"Wie die Zeitung berichtete, soll laut der Studie nur jeder zweite Zahler „verbesserte
Bedingungen“ erwarten", "bei dem es sich seiner Meinung nach um einen „Angriff“ handle":
the words in quotation marks are the study's, his -- the nearer source, not the outer
frame's speaker.

The source is a source pattern (``fragment_source_patterns``: "laut", "nach Angaben der
…", "gemäß", "unter Berufung auf"; ``fragment_owner_patterns``: "seiner Meinung nach")
inside the mixed quote, before the fragment, with no comma between them (the same
clause); its noun phrase follows the pattern (a bare "nach Polizeiangaben" names no one
after it and is left alone) or, for "seiner Meinung nach", is the pattern's own
possessive.

>>> inner_source(ctx, q, start)   # doctest: +SKIP
(Cue(...), (12, 15))
"""

from __future__ import annotations

from .context import Cue, DocContext, Quote, Span


def inner_source(ctx: DocContext, q: Quote, start: int) -> tuple[Cue, Span] | None:
    """The last source pattern of ``q``'s unit inside ``q`` before the fragment at
    ``start``, in its clause, with its speaker span; None when there is none."""
    found = None
    for cue in ctx.cues_by_unit[q.unit]:
        rec = cue.pattern
        if rec is None or not (q.start <= cue.start and cue.end <= start):
            continue
        if _comma_between(ctx, cue.end, start):
            continue
        speaker = _speaker(ctx, cue, start)
        if speaker is not None:
            found = (cue, speaker)
    return found


def _comma_between(ctx: DocContext, a: int, b: int) -> bool:
    """A comma outside quotation marks between tokens ``a`` and ``b``."""
    return any(ctx.doc[k].text == "," and ctx.inside[k] < 0 for k in range(a, b))


def _speaker(ctx: DocContext, cue: Cue, start: int) -> Span | None:
    """The source the pattern ``cue`` names: the noun phrase after it (before ``start``)
    for ``fragment_source_patterns``, the possessive before its cue word for
    ``fragment_owner_patterns``."""
    rid, doc = cue.pattern["id"], ctx.doc
    if rid in ctx.w.fragment_owner_patterns:
        ms = cue.start - int(cue.pattern.get("cue_start") or 0)
        return (ms, cue.start) if cue.start > ms else None
    if rid not in ctx.w.fragment_source_patterns:
        return None
    if cue.pattern.get("source_in_match") and not ctx.ph.is_det(doc[cue.end], ctx.pos):
        return None  # "nach Polizeiangaben": the match names the source, none after it
    return ctx.ph.np_loose(doc, cue.end, start, ctx.pos)
