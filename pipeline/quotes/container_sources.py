"""Speakers: a text the sentence before names, which a container adverb next to the cue
points back to ("Am Samstag veröffentlichte die Hamas ein neues Kampflied. Der Krieg ist
noch nicht vorbei, heißt es darin." -> "ein neues Kampflied").

The adverbs are the list ``container_adverbs``, the texts nouns ending in one of
``text_noun_endings`` ("Kampflied", "Expertenpapier", "Anfragebeantwortungen"), outside
quotation marks, in the sentence right before and in the same paragraph; the last one wins.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote, Span

#: how far from the cue the container adverb may stand ("heißt es darin", "wird darin
#: ausdrücklich gefordert")
ADVERB_REACH = 3


def container_source(ctx: DocContext, q: Quote) -> Span | None:
    """The text a container adverb next to the quote's cue points back to, else None."""
    if not q.cue or q.unit < 1 or not ctx.w.container_adverbs:
        return None
    if not _adverb_at_cue(ctx, q):
        return None
    u, before = ctx.units[q.unit], ctx.units[q.unit - 1]
    if before.paragraph != u.paragraph:
        return None
    doc, endings = ctx.doc, ctx.w.text_noun_endings
    nouns = [
        t
        for t in doc[before.start : before.end]
        if t.pos_ == "NOUN" and ctx.inside[t.i] < 0 and t.lower_.endswith(endings)
    ]
    return _noun_phrase(nouns[-1]) if nouns else None


def _adverb_at_cue(ctx: DocContext, q: Quote) -> bool:
    """Does a container adverb stand within reach of a cue piece, outside what is said?"""
    doc, u = ctx.doc, ctx.units[q.unit]
    inside = {k for a, b in q.parts for k in range(a, b)}
    for a, b in q.cue:
        for k in range(max(u.start, a - ADVERB_REACH), min(u.end, b + ADVERB_REACH)):
            if k not in inside and doc[k].lower_ in ctx.w.container_adverbs:
                return True
    return False


def _noun_phrase(noun: Token) -> Span:
    """The noun with the words before it that belong to it ("ein neues Kampflied")."""
    kids = [c for c in noun.children if c.i < noun.i and not labels.is_adposition(c)]
    left = min([c.left_edge.i for c in kids] + [noun.i])
    return (left, noun.i + 1)
