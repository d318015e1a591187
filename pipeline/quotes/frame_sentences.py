"""A frame as a sentence of its own after the words it frames: "Er könne sich vorstellen,
aufzuhören. *Sagt der Sänger.*" -- the sentence before is what was said, and its cue is
"Sagt", not a verb inside the speech.

Feature writers set the frame apart for effect. A sentence that is nothing but a speech verb
cue followed by its speaker mention (one to :data:`MOST_MENTION` words: a name, a
description, a personal pronoun) frames the whole sentence before it, in the same
paragraph, when that sentence holds no quotation marks: the rows the rules made inside that
sentence give way to one indirect quote of it with this frame's cue and speaker.

>>> frame_sentences(ctx)   # rewrites ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADJ, DET, NOUN, PRON, PROPN

from .context import Cue, DocContext, Quote, Span
from .first_person import names_someone

#: a speaker mention of such a frame has at most this many words
MOST_MENTION = 4
#: the parts of speech of its words
MENTION_POS = frozenset({ADJ, DET, NOUN, PRON, PROPN})
#: the rule piece of such a quote
RULE = "own_sentence"


def frame_sentences(ctx: DocContext) -> None:
    """Give the sentence before a frame sentence to that frame (module doc)."""
    if ctx.table is None or not ctx.pos:
        return
    for ui in range(1, len(ctx.units)):
        frame = _frame(ctx, ui)
        if frame is None or not _framed(ctx, ui - 1):
            continue
        cue, speaker = frame
        said = ctx.units[ui - 1]
        ctx.quotes[:] = [q for q in ctx.quotes if q.unit not in (ui - 1, ui) or q.nested]
        q = Quote(
            "indirect",
            [(said.start, said.content_end(ctx.doc))],
            cue.confidence,
            f"{cue.rule}+after+{RULE}",
            ui - 1,
            speaker,
            list(cue.pieces),
            cue.lemma,
        )
        ctx.quotes.append(q)


def _frame(ctx: DocContext, ui: int) -> tuple[Cue, Span] | None:
    """The cue and speaker mention of unit ``ui`` when it is nothing but them."""
    u = ctx.units[ui]
    start = u.start
    while start < u.end and (ctx.doc[start].is_punct or ctx.doc[start].is_space):
        start += 1
    end = u.content_end(ctx.doc)
    cues = [c for c in ctx.cues_by_unit[ui] if c.start == start and c.verb is not None]
    if len(cues) != 1 or end < u.end and ctx.table.texts[end] != ".":
        return None
    cue = cues[0]
    a = cue.after
    if not 0 < end - a <= MOST_MENTION:
        return None
    if any(ctx.table.pos[m] not in MENTION_POS for m in range(a, end)):
        return None
    speaker = (a, end)
    if end - a == 1 and ctx.table.pos[a] == PRON:
        return cue, speaker
    named = any(ctx.table.pos[m] == PROPN for m in range(a, end))
    return (cue, speaker) if named or names_someone(ctx, speaker) else None


def _framed(ctx: DocContext, ui: int) -> bool:
    """May unit ``ui`` be the words of the frame sentence after it: same paragraph, no
    dateline, no quotation marks, no question?"""
    u, nxt = ctx.units[ui], ctx.units[ui + 1]
    if u.paragraph != nxt.paragraph or u.dateline:
        return False
    if any(ctx.inside[m] >= 0 for m in range(u.start, u.end)):
        return False
    e = u.content_end(ctx.doc)
    return e > u.start and not (e < u.end and ctx.table.texts[e] == "?")
