"""A quote whose span runs over its own frame at the end: "Ob jeder Lkw kontrolliert werde,
ließ der Minister offen." taken whole, with the speaker mention "der Minister" inside it.

A continuation of a whole sentence takes its speaker from the sentence
when the parse missed the frame after the comma (a verb the tagger misreads, "lies" for
"ließ"; a frame verb that is no cue, "formuliert", "stellte … in Abrede"). When the quote's
own speaker mention follows the last comma of its span right after one finite verb (and at
most an adverb), and only a few words without a verb follow the mention to the end, that
clause is the frame: the quote ends before the comma (it stays a continuation: as a new
statement of its own, a sentence the rules rated too low to keep would come back). A
relative or other clause after the comma ("…, die von X nicht aufzubringen sind") starts
with no finite verb and stays; a sentence that opens with a prepositional phrase ("Auf
Anfragen, ob …, reagierte er nicht") tells what the speaker did.

>>> inner_frames(ctx)   # rewrites ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADP, ADV, AUX, PART, VERB

from .context import DocContext, Quote
from .first_person import is_finite

#: at most this many words (no verb) follow the speaker mention to the end ("offen", "in
#: Abrede"; "…, stellt X etwas gewagte Behauptungen auf" has an object of its own)
MOST_AFTER = 2
#: the rule piece of such a quote
RULE = "inner_frame"


def inner_frames(ctx: DocContext) -> None:
    """End quotes before a frame of their own at their end (module doc)."""
    if ctx.table is None or not ctx.pos:
        return
    for q in ctx.quotes:
        if q.nested or q.kind != "continuation" or q.speaker is None:
            continue
        if q.speaker_chars is not None or ctx.table.pos[q.start] == ADP:
            continue  # "Auf Anfragen, ob …, reagierte er nicht": the writer's
        verb = _frame_verb(ctx, q)
        if verb is None:
            continue
        a, _b = q.parts[-1]
        q.parts[-1] = (a, verb - 1)
        q.rule += "+" + RULE


def _frame_verb(ctx: DocContext, q: Quote) -> int | None:
    """The finite verb right after the last comma of ``q`` that frames ``q``'s own speaker
    mention at the end of ``q`` (module doc), or None."""
    a, b = q.parts[-1]
    s0, s1 = q.speaker
    if not a < s0 < s1 <= b:
        return None
    t = ctx.table
    commas = [m for m in range(a, s0) if t.texts[m] == ","]
    if not commas or commas[-1] <= a + 1:
        return None
    verb = commas[-1] + 1
    if t.pos[verb] not in (VERB, AUX) or not is_finite(ctx, verb):
        return None
    if any(t.pos[m] not in (ADV, PART) for m in range(verb + 1, s0)) or s0 - verb > 2:
        return None
    rest = [m for m in range(s1, b) if not ctx.doc[m].is_punct]
    if len(rest) > MOST_AFTER or any(t.pos[m] in (VERB, AUX) for m in rest):
        return None
    if any(t.texts[m] == "," for m in range(s1, b)):
        return None
    return verb
