"""A dative right after the cue verb taken for its subject: "…, sagte dem Sender am Montag
ein Sprecher." The parse makes "dem Sender" the subject and the speaker after the adverbials
its object. A mention opened by a dative article or possessive (``dative_determiners``)
right after a cue verb is the one spoken to: the speaker is the noun phrase that follows
past adverbs and prepositional phrases in the same clause when it names someone, else the
row keeps no speaker (the addressee is none).

>>> subject_after_addressee(ctx, q, (6, 8), someone)   # "…, sagte dem Sender am Montag ein Sprecher."  # doctest: +SKIP
(10, 12)
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import ADP, ADV

from .context import VERB_POS, DocContext, Quote, Span
from .words import word_ids

#: words between the addressee and the speaker (adverbs, prepositional phrases)
REACH = 8


def _after_cue_verb(ctx: DocContext, q: Quote, a: int) -> bool:
    """Does a cue verb of ``q`` stand right before token ``a`` (past whitespace)?"""
    k = a - 1
    while k > 0 and ctx.doc[k].is_space:
        k -= 1
    return any(s <= k < e for s, e in q.cue) and ctx.table.pos[k] in VERB_POS


def subject_after_addressee(
    ctx: DocContext, q: Quote, sp: Span, someone: Callable[[DocContext, Span], bool]
) -> Span | None:
    """``sp``, the speaker after the addressee ``sp``, or None (module docstring)."""
    doc, lower, pos = ctx.doc, ctx.table.lower, ctx.table.pos
    datives = word_ids(ctx.w.dative_determiners)
    if (
        not ctx.pos
        or not q.cue
        or lower[sp[0]] not in datives
        or not _after_cue_verb(ctx, q, sp[0])
    ):
        return sp
    j = sp[0] + 1
    while j < sp[1] and ctx.ph.is_adjish(doc[j], True):
        j += 1
    j += 1  # past the addressee's noun: "dem STANDARD Bürgermeister X" ran on into the name
    end = min(doc[sp[0]].sent.end, j + REACH)
    while j < end and not doc[j].is_punct and ctx.inside[j] < 0:
        if pos[j] == ADP:  # "am Montag", "im Interview"
            np = ctx.ph.np_forward(doc, j + 1, end, True)
            j = np[1] if np is not None else j + 1
            continue
        if pos[j] == ADV or doc[j].is_space:
            j += 1
            continue
        np = ctx.ph.np_forward(doc, j, end, True, after_verb=True)
        if np is not None and lower[np[0]] not in datives and someone(ctx, np):
            return np
        break
    return None
