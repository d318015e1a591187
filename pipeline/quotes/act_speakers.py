"""The speaker of a speech act told noun first ("*Kritik* übt Verfassungsjurist Martin Gruber
…", "*Lob* kommt von der Opposition."): the noun is the subject, the one who speaks stands
after the verb. The Konjunktiv sentences after such a sentence say those words (see
:mod:`.orphans`), so their speaker is that person, not the noun. :func:`describes` tells
whether a sentence tells of a speech act without its words at all ("fand lobende *Worte*").

>>> act_speaker(ctx, told, subject)   # the person after the verb, or None  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Span
from .mentions import speakerish, tidy
from .words import word_ids

MAX_ACT_NOUN = 3  # words of the noun phrase of the act ("Scharfe Kritik", "Viel Lob")


def act_speaker(ctx: DocContext, told: int, sp: Span | None) -> Span | None:
    """The one who speaks in unit ``told`` when its subject ``sp`` is a speech-act noun of
    the list ``speech_act_words`` right before the finite verb: the noun phrase after the
    verb, past adverbs and a preposition of the list ``act_source_prepositions`` ("kommt
    von der Opposition"), when it names someone who speaks; else None."""
    if sp is None or told < 0 or ctx.table is None or sp[1] - sp[0] > MAX_ACT_NOUN:
        return None
    doc, w, lower = ctx.doc, ctx.w, ctx.table.lower
    end = ctx.units[told].content_end(doc)
    v = sp[1]
    if lower[v - 1] not in word_ids(w.speech_act_words) or v >= end:
        return None
    if doc[v].pos_ not in ("VERB", "AUX") or ctx.inside[v] >= 0:
        return None
    j = v + 1
    while j < end and lower[j] in word_ids(w.adverbial_starts):
        j += 1
    if j < end and lower[j] in word_ids(w.act_source_prepositions):
        j += 1
    np = ctx.ph.np_forward(doc, j, end, ctx.pos, after_verb=True) if j < end else None
    if np is None or any(ctx.inside[m] >= 0 for m in range(*np)):
        return None
    np = tidy(ctx, np)
    return np if np is not None and speakerish(ctx, np) else None


def describes(ctx: DocContext, j: int) -> bool:
    """Does unit ``j`` tell of a speech act without its words: a word of the list
    ``speech_act_words`` outside quotation marks ("fand lobende *Worte*", "übte *Kritik*",
    "zeigte sich *zufrieden*")?"""
    if j < 0 or ctx.table is None:
        return False
    u, lower = ctx.units[j], ctx.table.lower
    words = word_ids(ctx.w.speech_act_words)
    return any(lower[k] in words and ctx.inside[k] < 0 for k in range(u.start, u.end))
