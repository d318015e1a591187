"""Headline quotes: a quote in the text's first sentences without a speaker that the body
repeats ("„In Luxemburg kein System der Steuerhinterziehung erfunden“ – …" and later "Ich
habe in Luxemburg kein System der Steuerhinterziehung … erfunden, sagte Juncker") takes the
speaker mention of the body's quote (rule piece ``+headline_repeat``) and is rated a
statement when it holds a verb (:data:`REPEAT_CONFIDENCE`; not a name such as „Reporter
ohne Grenzen“).

Titles and teasers quote a sentence the article gives in full further down; the words of
the headline are nearly all in it. Without such a repeat the quote stays without a speaker.

>>> headline_speakers(ctx)   # sets q.speaker in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import VERB_POS, DocContext, Quote

#: quotes in this many first units of the text are headline or teaser quotes
HEAD_UNITS = 3
#: at least this many words of four letters or more make a headline quote comparable
MIN_WORDS = 3
#: the share of the headline's words the body's quote must contain
MIN_SHARE = 0.75
RULE_MARK = "+headline_repeat"
#: the rule rating of a headline quote the body repeats: a statement, however short or
#: unframed it looks (the marks rule rates a bare quote in a title below the engine's gate)
REPEAT_CONFIDENCE = 0.6


def headline_speakers(ctx: DocContext) -> None:
    """Give speakerless headline quotes the speaker of the body quote that repeats them."""
    heads = [
        q for q in ctx.quotes if q.unit < HEAD_UNITS and q.speaker is None and not q.speaker_chars
    ]
    if not heads:
        return
    body = [q for q in ctx.quotes if q.speaker is not None and q.unit >= 1]
    for q in heads:
        best = body_repeat(ctx, q, body)
        if best is not None:
            q.speaker = best.speaker
            q.rule += RULE_MARK
            if _has_verb(ctx, q):  # a sentence, not a name the body repeats
                q.confidence = max(q.confidence, REPEAT_CONFIDENCE)


def body_repeat(ctx: DocContext, q: Quote, body: list[Quote]) -> Quote | None:
    """The quote of ``body`` after ``q`` that holds the largest share (at least
    :data:`MIN_SHARE`; the last of equals) of ``q``'s words, or None; a headline quote of
    fewer than :data:`MIN_WORDS` words has none."""
    words = _words(ctx, q)
    if len(words) < MIN_WORDS:
        return None
    best, share = None, MIN_SHARE
    for r in body:
        if r.start <= q.end:
            continue
        s = len(words & _words(ctx, r)) / len(words)
        if s >= share:
            best, share = r, s
    return best


def _has_verb(ctx: DocContext, q: Quote) -> bool:
    """Does a part of ``q`` hold a verb or an auxiliary?"""
    pos = ctx.table.pos
    return any(pos[i] in VERB_POS for a, b in q.parts for i in range(a, b))


def _words(ctx: DocContext, q: Quote) -> set[int]:
    """The lower-case word ids of the quote's parts, words of four letters or more."""
    lower, texts = ctx.table.lower, ctx.table.texts
    return {
        lower[i]
        for a, b in q.parts
        for i in range(a, b)
        if len(texts[i]) >= 4 and texts[i].isalpha()
    }
