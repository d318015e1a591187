"""Asked speakers: "Gefragt, wann er zurücktrete, antwortete der Parteichef: „Nie.“" -- the
one who answers speaks, not the person named in the question.

A quote whose speaker mention lies in a question before its cue (opened by a participle of
being asked or a preposition and a question noun, the question after a comma: see
:mod:`.question_topics`), the cue right after the comma that ends the question, takes the
noun phrase right after the cue verb when it names someone ("antwortete der Parteichef",
"sagte Müller"); with none there the mention stays ("…, sagte sie": the parse found the
subject already).

>>> asked_speakers(ctx)   # re-points speaker mentions of ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote
from .mentions import someone
from .question_topics import asked_part
from .stance_frames import subject_after_verb
from .words import word_ids


def asked_speakers(ctx: DocContext) -> None:
    """Move the speaker of each quote framed after a question to the one who answers."""
    nouns = word_ids(ctx.w.question_topic_nouns)
    if not nouns or not ctx.unit_of:
        return
    for q in ctx.quotes:
        if q.cue and q.speaker:
            _answerer(ctx, q, nouns)


def _answerer(ctx: DocContext, q: Quote, nouns: frozenset[int]) -> None:
    """Set ``q``'s speaker to the subject after its cue when its mention is in the
    question before the cue."""
    c, e = min(q.cue)
    if c < 1 or e - c != 1 or q.speaker[1] > c or ctx.table.texts[c - 1] != ",":
        return
    unit = ctx.units[ctx.unit_of[c]]
    if q.speaker[0] < unit.start or not asked_part(ctx, (unit.start, c - 1), nouns):
        return
    sp = subject_after_verb(ctx, c, unit.end)
    if sp is not None and someone(ctx, sp) and all(ctx.inside[m] < 0 for m in range(*sp)):
        q.speaker = sp
