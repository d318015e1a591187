"""The speaker a bare speech act noun comes from: "Lob kam auch von der Opposition: „…“",
"Kritik kam aus der Wirtschaft: …". The subject of the frame is the speech act itself (a
``speech_act_words`` noun with no article); who speaks is the phrase after the verb that a
preposition of origin opens (``speech_act_origins``: "von", "aus"), past adverbs, when it
names someone. Any other frame keeps its mention.

>>> origin_of_act(ctx, 3, (7, 9))   # "Lob kam auch von der Opposition: „…“"  # doctest: +SKIP
(4, 6)
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import ADV

from .context import VERB_POS, DocContext, Span

#: words between the verb and the preposition (adverbs: "auch", "prompt")
REACH = 3


def origin_of_act(
    ctx: DocContext, v: int, b: int, someone: Callable[[DocContext, Span], bool]
) -> Span | None:
    """The phrase of origin after the verb at ``v`` (before ``b``) that names someone
    (``someone``), when the word before the verb is a bare speech act noun; else None."""
    doc = ctx.doc
    if v < 1 or doc[v - 1].lower_ not in ctx.w.speech_act_words:
        return None
    j = v + 1
    while j < min(b, v + 1 + REACH) and ctx.table.pos[j] == ADV:
        j += 1
    if j >= b or doc[j].lower_ not in ctx.w.speech_act_origins or ctx.inside[j] >= 0:
        return None
    np = ctx.ph.np_forward(doc, j + 1, b, ctx.pos, after_verb=True)
    if np is None or any(ctx.inside[m] >= 0 for m in range(*np)):
        return None
    return np if someone(ctx, np) else None


def bare_act(ctx: DocContext, sp: Span) -> bool:
    """Is the mention ``sp`` one bare speech act noun before its verb ("Kritik kam aus der
    Wirtschaft: …"): the act, not who speaks (the frame has no speaker then unless its
    origin or a subject after the verb names someone)?"""
    doc = ctx.doc
    if sp[1] - sp[0] != 1 or sp[1] >= len(doc) or ctx.table.pos[sp[1]] not in VERB_POS:
        return False
    t = doc[sp[0]]
    return t.pos_ == "NOUN" and t.lower_ in ctx.w.speech_act_words
