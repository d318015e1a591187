"""Frames that name no one: a sentence adverb before a bare participle ("*Ehrlich gesagt:*
…") or a pronoun of no one ("Dann kann *niemand* behaupten, dass …").

The parser takes a sentence adverb that opens a sentence for the subject of the participle
after it (the tagger even for a name: "Vereinfacht"), and a quote finds it as its speaker
mention. A participle with no finite verb before it in its sentence, right after a one-word
mention that is no entity and right before a colon, is no frame at all, only a manner of
speaking ("Vereinfacht gesagt: …"): the quote goes. (A one-word adverb mention of a
continuation, "Konkret bedeutet das: …", is left: the tagger tags names such as "Kurz" or
"Thurner" as adjectives, and "demnach" is resolved to its source later.)

A frame whose subject is one pronoun of no one (``nobody_pronouns``: "niemand", "keiner")
tells that nothing was said: the quote goes.

>>> no_one_mentions(ctx)   # rewrites ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import DET, PRON

from .. import labels
from .context import DocContext, Quote
from .words import word_ids


def no_one_mentions(ctx: DocContext) -> None:
    """Drop or re-attach quotes whose speaker mention names no one (module doc)."""
    if ctx.table is None or not ctx.pos:
        return
    nobody = word_ids(ctx.w.nobody_pronouns)
    kept: list[Quote] = []
    for q in ctx.quotes:
        if q.kind != "continuation" and (_said_by_nobody(ctx, q, nobody) or _manner(ctx, q)):
            continue
        kept.append(q)
    ctx.quotes[:] = kept


def _said_by_nobody(ctx: DocContext, q: Quote, nobody: frozenset[str]) -> bool:
    """Is a pronoun of no one (``nobody``: string ids) the speaker mention or a dependent
    of the cue ("Dann kann niemand behaupten, dass …"; the tagger often takes "niemand" for
    an adverb)?"""
    t = ctx.table
    sp = q.speaker
    if sp is not None and sp[1] - sp[0] == 1 and t.lower[sp[0]] in nobody:
        return t.pos[sp[0]] != DET
    if sp is not None or not q.cue:
        return False
    doc = ctx.doc
    verbs = [doc[m] for a, b in q.cue for m in range(a, b)]
    return any(c.lower in nobody and c.pos != DET and c.i < v.i for v in verbs for c in v.children)


def _manner(ctx: DocContext, q: Quote) -> bool:
    """Is the cue of ``q`` a bare participle right after a one-word mention that is no
    entity, right before a colon, with no finite verb between the sentence's start and the
    cue ("Ehrlich gesagt:", "Vereinfacht gesagt: …"): a manner of speaking, no frame (the
    tagger takes the adverb for a name)?"""
    sp = q.speaker
    if not q.cue or sp is None or sp[1] - sp[0] != 1 or q.speaker_chars is not None:
        return False
    c = q.cue[0][0]
    if c != sp[1] or not labels.is_participle(ctx.doc[c]):
        return False
    if ctx.table.pos[sp[0]] in (PRON, DET) or ctx.doc[sp[0]].ent_type_:
        return False
    if c + 1 >= len(ctx.doc) or ctx.table.texts[c + 1] != ":":
        return False  # "Kremb behauptet, …": a frame the tagger reads as a participle
    u = ctx.units[q.unit]
    finite = labels.FINITE_FEATURE
    return not any(labels.morph_has(ctx.doc[k], finite) for k in range(u.start, c + 1))
