"""A claim or view noun (or a plan or idea noun, ``so_plan_noun_endings``: "…, so das
Konzept, …") set off by "so" after the statement ("…, so der Vorwurf.", "…, so
der Tenor.", "…, so die überwiegende Meinung."): the noun says what kind of statement it is,
not who makes it. With nothing naming whose it is, the mention is no speaker (the speaker is
the one named before, or nobody); with a genitive after it ("so das Verdikt vieler Nutzer")
the mention runs on through the owner. A report or document ("so der Bericht") and a noun
with an owner inside the mention ("so der Vorwurf der Staatsanwaltschaft") stay speakers,
and so does one with a possessive ("so sein Vorwurf": the name resolver takes the owner the
possessive points to, roles.jsonl ``utterance_nouns.claim``).

>>> so_claim(ctx, (8, 10))   # "…, so der Vorwurf."  # doctest: +SKIP
None
"""

from __future__ import annotations

from .. import labels
from .context import DocContext, Span
from .words import word_ids


def _after_so(ctx: DocContext, a: int) -> bool:
    """Does a "so" after punctuation (``speaker_so_words``, ``speaker_so_after``) stand right
    before token ``a``?"""
    w = ctx.w
    return (
        a >= 2
        and ctx.table.lower[a - 1] in word_ids(w.speaker_so_words)
        and ctx.doc[a - 2].text in w.speaker_so_after
    )


def so_claim(ctx: DocContext, sp: Span) -> Span | None:
    """``sp``, the mention run on through a genitive owner, or None (module docstring)."""
    doc, a, b = ctx.doc, sp[0], sp[1]
    endings = ctx.w.so_claim_noun_endings + ctx.w.so_plan_noun_endings
    if not endings or not _after_so(ctx, a):
        return sp
    content = [
        t
        for t in doc[a:b]
        if t.is_alpha and not ctx.ph.is_det(t, ctx.pos) and not ctx.ph.is_adjish(t, ctx.pos)
    ]
    if len(content) != 1 or not content[0].lower_.endswith(endings):
        return sp
    if any(labels.is_possessive(t) for t in doc[a:b]):
        return sp  # "so sein Vorwurf": the owner speaks
    if b < len(doc) and labels.morph_values(doc[b], "Case") == [labels.GENITIVE]:
        owner = ctx.ph.np_forward(doc, b, doc[a].sent.end, ctx.pos)
        if owner is not None and not ctx.in_marks(a, owner[1]):
            return (a, owner[1])  # "so das Verdikt vieler Nutzer"
    return None
