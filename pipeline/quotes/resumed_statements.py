"""Resumed statements: "Die Lage sei ernst, sagte der Minister, aber man habe sie im Griff."
-- a frame between the two main clauses of one statement; the quote goes on after it.

An indirect quote of one part whose frame (cue and speaker, no other finite verb) follows
it and ends at a comma takes the rest of its sentence as a second part when that rest is a
main clause of the same speaker:

- it opens with a conjunction of ``resumed_clause_openers`` ("aber", "doch", "und", …)
  followed by a word that is no finite verb ("…, sagte er, und verließ den Saal" goes on
  with the frame's subject: the writer's narration), or with no conjunction at all;
- it is in the reported-speech mood when the first part is ("…, sagte der Minister, aber
  die Opposition widersprach" is the writer's), or, after an unmarked quote in the
  indicative, it is in the present tense with a conjunction and one of the two parts
  speaks in the first or second person ("Wir haben gekämpft, sagte er, aber jetzt werden
  auch die Reichen zahlen");
- it is no relative or adverbial clause ("…, der seit 2019 im Amt ist", "…, bevor er
  abreiste"), holds no cue, quotation mark or other quote.

Wikinews gold makes such a statement one quote of two parts, like "„A“, sagte er, „B“".

>>> resumed_statements(ctx)   # widens quotes of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import DocContext, Quote
from .spoken_runs import present_tense
from .words import word_ids

#: at most this many tokens from the end of the first part to the comma after the frame
FRAME_TOKENS = 12


def resumed_statements(ctx: DocContext) -> None:
    """Give each indirect quote interrupted by its frame the second half after the frame."""
    if not word_ids(ctx.w.resumed_clause_openers):
        return
    taken = {k for q in ctx.quotes for a, b in q.parts for k in range(a, b)}
    for q in ctx.quotes:
        rest = _rest(ctx, q)
        if rest is not None and not any(k in taken for k in range(*rest)):
            q.parts = [q.parts[0], rest]
            taken.update(range(*rest))


def _rest(ctx: DocContext, q: Quote) -> tuple[int, int] | None:
    """The main clause after the frame of ``q`` that goes on with its words, or None."""
    if q.direct or q.kind != "indirect" or len(q.parts) != 1 or not q.cue or q.speaker is None:
        return None
    a, b = q.parts[0]
    comma = _frame_end(ctx, q, b)
    if comma is None:
        return None
    end = ctx.units[q.unit].end
    while end > comma + 1 and (ctx.doc[end - 1].is_punct or ctx.doc[end - 1].is_space):
        end -= 1
    s = comma + 1
    if end - s < 2 or ctx.in_marks(s, end) or _cued(ctx, q.unit, s, end):
        return None
    return (s, end) if _same_statement(ctx, (a, b), s, end) else None


def _frame_end(ctx: DocContext, q: Quote, b: int) -> int | None:
    """The comma that ends the frame right after the first part (ending at ``b``): the cue
    and the speaker lie between, no other finite verb, no other punctuation; else None."""
    texts, unit = ctx.table.texts, ctx.units[q.unit]
    cue_at = {k for x, y in q.cue for k in range(x, y)}
    sa, sb = q.speaker
    if min(cue_at) < b or sa < b:
        return None
    m = b + 1 if b < unit.end and texts[b] == "," else b
    if m == b:
        return None  # the first part must end at the comma before the frame
    for k in range(m, min(unit.end, b + FRAME_TOKENS)):
        if texts[k] == "," and ctx.inside[k] < 0:
            inner = set(ctx.finite_verbs(m, k)) - cue_at
            return k if k >= sb and max(cue_at) < k and not inner else None
        if ctx.doc[k].is_punct and texts[k] not in (".",):
            return None
    return None


def _cued(ctx: DocContext, ui: int, s: int, e: int) -> bool:
    """Does a cue of unit ``ui`` or another quote lie in ``s``..``e``?"""
    if any(s <= c.start < e for c in ctx.cues_by_unit[ui]):
        return True
    return any(x < e and s < y for o in ctx.quotes for x, y in o.parts)


def _same_statement(ctx: DocContext, first: tuple[int, int], s: int, e: int) -> bool:
    """Is ``s``..``e`` a main clause that goes on with the words of ``first``?"""
    doc, lower = ctx.doc, ctx.table.lower
    head = doc[s]
    if lower[s] in word_ids(ctx.w.subordinators) or labels.is_relative_pronoun(head):
        return False
    if labels.is_article(head) and labels.opens_relative_clause(head):
        return False  # "der" tagged as an article ("man" may hang under the speaker too)
    opened = lower[s] in word_ids(ctx.w.resumed_clause_openers)
    guessed = _mood_words(ctx, first, s, e)
    finite = ctx.finite_verbs(s, e) or guessed
    if not finite or (opened and finite[0] == s + 1 and s + 1 not in guessed):
        return False  # "…, und verließ den Saal": the frame's subject goes on
    if ctx.any_mood(*first):
        return bool(guessed)
    if not opened or ctx.any_mood(s, e) or not present_tense(ctx, s, e):
        return False
    return ctx.speaks_in_person(*first) or ctx.speaks_in_person(s, e)


def _mood_words(ctx: DocContext, first: tuple[int, int], s: int, e: int) -> list[int]:
    """The tokens of ``s``..``e`` in the reported-speech mood when ``first`` is in it too:
    the verb the parse took for something else ("…, sagte X am Montag, man brauche
    Neuwahlen", "brauche" tagged an adjective) is finite all the same (round 36: the
    second clause after a frame was lost; train unchanged)."""
    if not ctx.any_mood(*first):
        return []
    marked = [m for m in range(s, e) if ctx.moods[m]]
    if marked or not ctx.parsed:
        return marked
    # "…, man rechne mit …": the "-e" form right after the subject (:mod:`.subject_moods`)
    k = ctx.g.second_e_verb(ctx.doc, s, e)
    return [] if k is None or ctx.inside[k] >= 0 else [k]
