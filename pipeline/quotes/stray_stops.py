"""Stray stops: "Bis dahin wird sich die Geschwindigkeit verdreifachen. Ohne 5G, sagte
Schuster." -- a full stop the writer (or the archive) set inside one statement leaves the
frame after a fragment with no verb.

Words framed after them that open their sentence and hold no verb, pronoun or
reported-speech mood at all (an adverbial phrase of at most :data:`MAX_FRAGMENT` tokens
that opens with a preposition, an adverb or a particle: "Ohne 5G") say nothing on their
own: they end the sentence before, when that one is in the same paragraph, holds no quotation marks, no
quote and no cue of its own, and speaks in the present tense (not the writer's past:
"Der Verein stieg ab. Leider nicht, sagte Huber."). The quote then runs over both.

>>> stray_stops(ctx)   # widens quotes of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADP, ADV, AUX, PART, PRON, VERB

from .context import DocContext, Quote
from .spoken_runs import present_tense

#: parts of speech a verbless adverbial fragment opens with ("Ohne 5G", "Nicht ohne Grund")
ADVERBIAL_OPENERS = frozenset({ADP, ADV, PART})
#: the most tokens of a verbless fragment that ends the sentence before
MAX_FRAGMENT = 4


def stray_stops(ctx: DocContext) -> None:
    """Widen each verbless fragment framed after it over the sentence it ends."""
    if ctx.table is None or not ctx.pos:
        return
    ctx.widen_back(_sentence_ended)


def _sentence_ended(ctx: DocContext, q: Quote) -> tuple[int, int] | None:
    """The sentence before ``q`` that the fragment ``q`` ends, or None."""
    if q.direct or q.kind != "indirect" or len(q.parts) != 1 or not q.cue or q.unit < 1:
        return None
    a, b = q.parts[0]
    pos = ctx.table.pos
    if min(s for s, _ in q.cue) < b or a != ctx.units[q.unit].start or b - a > MAX_FRAGMENT:
        return None
    if pos[a] not in ADVERBIAL_OPENERS or ctx.any_mood(a, b):
        return None  # "Es komme vor", "Das Niveau aber steige": a clause the tagger missed
    if any(pos[m] in (VERB, AUX, PRON) for m in range(a, b)):
        return None
    before = ctx.unit_before(q.unit)
    if before is None or before.dateline or ctx.cues_by_unit[q.unit - 1]:
        return None
    s, e = before.start, before.end
    if ctx.in_marks(s, e) or not present_tense(ctx, s, e):
        return None
    return s, e
