"""A source phrase inside a sentence framed at its end ("Sie sollen laut Informationen aus
Ungarn erst morgen eintreffen, so Pangl."): the trailing frame's speaker relays what the
source said; the row ends before the frame and the frame's speaker speaks.

Found by the source phrase's pattern cue ("laut X"), the row ran over the trailing frame
(", so Pangl" inside the quote) and gave the inner source as the speaker.
"""

from __future__ import annotations

from .context import Cue, DocContext, Quote
from .mentions import so_speaker


def relayed_sources(ctx: DocContext) -> None:
    """Cut each pattern row that runs over a trailing source frame of its sentence at the
    frame's comma, and give it the frame's speaker."""
    doc = ctx.doc
    for q in ctx.quotes:
        if not q.from_pattern or q.direct or not q.parts:
            continue
        frame = _trailing_frame(ctx, q)
        if frame is None:
            continue
        u = ctx.units[q.unit]
        end = u.content_end(doc)
        sp = so_speaker(ctx, frame.start - 1, end)
        if sp is None or any(_verb(doc[k]) for k in (frame.end, *range(sp[1], end))):
            continue  # "Selbst wenn …, so fällt der Sender …": a clause, no frame
        comma = frame.start - 1
        parts = [(a, min(b, comma)) for a, b in q.parts if a < comma]
        if not parts:
            continue
        q.parts, q.speaker, q.speaker_chars = parts, sp, None
        q.cue, q.cue_lemma = [(frame.start, frame.end)], frame.lemma
        q.rule += "+relayed"


def _trailing_frame(ctx: DocContext, q: Quote) -> Cue | None:
    """A cue of the row's unit, inside its last part, after a comma, whose pattern frames
    the content before it with the speaker after it, and whose speaker ends the sentence."""
    doc = ctx.doc
    for c in ctx.cues_by_unit[q.unit]:
        pattern = c.pattern or {}
        if pattern.get("content") != "before" or pattern.get("speaker") != "after":
            continue
        if not q.start < c.start - 1 < q.end or doc[c.start - 1].text != ",":
            continue
        if (c.start, c.end) in q.cue or any(a > c.start for a, _ in q.parts):
            continue  # the row's own frame, or one set in between its parts
        if ctx.inside[c.start] >= 0:
            continue
        return c
    return None


def _verb(t) -> bool:
    """A verb or auxiliary by its tag."""
    return t.pos_ in ("VERB", "AUX")
