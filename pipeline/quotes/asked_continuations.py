"""A Konjunktiv sentence whose only frame is a stative passive of a verb of asking goes on
with the statement before it: "…, argumentierte X. Die Ministerin *sei gefordert*, die
Hilfe anzufordern." The one asked ("die Ministerin") does not speak
(:mod:`.stative_passives`), so the cue row of "gefordert" has no speaker; in the
reported-speech mood right after a statement with a speaker in its paragraph (also across
one sentence with no row of its own) the sentence is that speaker's words: the row becomes
a continuation of the statement, the whole sentence. "Die Ministerin ist gefordert, …" (the
indicative: the writer's) and a sentence with no statement before keep their rows.

>>> release_asked(ctx, by_unit, moods)   # such cue rows become continuations  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote
from .stative_passives import asked_subject

#: the rule of such a continuation, and its confidence before scoring (a Konjunktiv I
#: continuation's: :func:`.continuations._mood_confidence`)
ASKED_RULE = "continuation:konjunktiv+asked"
ASKED_CONFIDENCE = 0.75


def release_asked(ctx: DocContext, by_unit: dict[int, list[Quote]], moods: list[int]) -> None:
    """Make the cue rows of units in the Konjunktiv (``moods``) whose only rows are stative
    passives of a verb of asking with no speaker continuations of the statement before
    (:func:`_statement_before`): the whole sentence, that statement's speaker."""
    for ui, qs in by_unit.items():
        if not qs or moods[ui] <= 0 or not all(_asked_row(ctx, q) for q in qs):
            continue
        head = _statement_before(ctx, by_unit, ui)
        if head is None:
            continue
        q = qs[0]
        u = ctx.units[ui]
        q.kind, q.rule, q.parts = "continuation", ASKED_RULE, [(u.start, u.end)]
        q.confidence, q.cue, q.cue_lemma = ASKED_CONFIDENCE, [], None
        q.take_speaker(head)
        drop = {id(o) for o in qs[1:]}
        by_unit[ui] = [q]
        ctx.quotes = [o for o in ctx.quotes if id(o) not in drop]


def _statement_before(ctx: DocContext, by_unit: dict[int, list[Quote]], ui: int) -> Quote | None:
    """The last quote with a speaker of unit ``ui - 1`` in the paragraph of ``ui``, or of
    unit ``ui - 2`` with a sentence of no row of its own between (the statement's words in
    the indicative, "…, argumentierte X. Das ist der Unterschied. Die Ministerin sei …")."""
    para = ctx.units[ui].paragraph
    for back in (1, 2):
        j = ui - back
        if j < 0 or ctx.units[j].paragraph != para:
            return None
        said = [q for q in by_unit.get(j, []) if q.speaker is not None]
        if said:
            return max(said, key=lambda q: q.end)
        if by_unit.get(j):
            return None
    return None


def _asked_row(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` a cue row with no speaker whose cue is the participle of a stative passive
    of a verb of asking ("sei gefordert")?"""
    if q.direct or q.speaker is not None or not q.cue or not ctx.parsed:
        return False
    return any(asked_subject(ctx, t) for a, b in q.cue for t in ctx.doc[a:b])
