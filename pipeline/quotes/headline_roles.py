"""Headline quotes framed by a bare role: "„Wir bleiben hart“: Kanzler lehnt Kompromiss ab"
names the speaker only by a role word ("Kanzler", "Ministerin"), which no later step can
resolve to a person. When the body repeats the quote ("„Wir bleiben hart“, sagte Horn"),
the headline quote takes the speaker mention of the body's quote, as a speakerless headline
quote does (:mod:`.headlines`), provided the body's speaker names a person.

A mention counts as a bare role when every word of it is an article or a word of the role
lexicon (a role, or a compound that ends in one) and no word is part of a person entity.

>>> headline_roles(ctx)   # sets q.speaker in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Span
from .headlines import HEAD_UNITS, RULE_MARK, body_repeat
from .mentions import PERSON_LABELS


def headline_roles(ctx: DocContext) -> None:
    """Give headline quotes whose speaker is a bare role the person of the body's repeat."""
    heads = [
        q
        for q in ctx.quotes
        if q.direct and q.unit < HEAD_UNITS and q.speaker is not None and _bare_role(ctx, q.speaker)
    ]
    if not heads:
        return
    body = [
        q
        for q in ctx.quotes
        if q.speaker is not None and q.unit >= 1 and q.direct and _names_person(ctx, q.speaker)
    ]
    for q in heads:
        best = body_repeat(ctx, q, body)
        if best is not None:
            q.speaker = best.speaker
            q.rule += RULE_MARK


def _bare_role(ctx: DocContext, sp: Span) -> bool:
    """Is the mention only role words (and articles), naming no person?"""
    toks = ctx.doc[sp[0] : sp[1]]
    if _names_person(ctx, sp):
        return False
    roles = ctx.kit.roles
    words = [t for t in toks if not ctx.ph.is_det(t, ctx.pos)]
    return bool(words) and all(
        (m := roles.lookup(t.text)) is not None and m.kind == "role" for t in words
    )


def _names_person(ctx: DocContext, sp: Span | None) -> bool:
    """Does a word of the mention belong to a person entity?"""
    return sp is not None and any(t.ent_type_ in PERSON_LABELS for t in ctx.doc[sp[0] : sp[1]])
