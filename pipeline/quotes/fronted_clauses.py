"""Speech after a colon that opens with a subordinate clause goes on past its comma.

"Der Minister sagte: Wenn die Steuern steigen, verliert das Land seine Betriebe." -- the
"wenn" clause stands before the finite verb of its main clause ("verliert"), so the comma
after it closes the subordinate clause, not the statement. The frame's content cut
(:func:`.content.coordinated_end`: a comma and a finite verb in the indicative start a
main clause of the frame, "…, er sei unschuldig, erkannte das Gericht nicht an") cut such
statements in half: "Wenn die Steuern steigen" alone. Here the content after a colon
(rule ``+colon``) that opens with a subordinator or a w-word (``subordinators``,
``question_words``; after at most one adverb or conjunction: "Auch wenn …", "Und was …")
or with a noun and its relative clause ("Firmen, die betrügen, ist die Lizenz zu entziehen"),
whose clause ends in a verb right before the comma and whose comma a finite verb follows,
runs on to the end of its sentence -- unless a cue follows in the same sentence (the
trailing frame of what is said: "…: Wenn es regnet, sagte er, …").

>>> fronted_clauses(ctx)   # extends quotes in ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADV, CCONJ

from .. import labels
from .context import VERB_POS, DocContext
from .words import word_ids

#: the rule piece of a frame whose content follows a colon (:mod:`.frames`)
COLON_RULE = "colon"
COMMA = ","


def fronted_clauses(ctx: DocContext) -> None:
    """Extend the colon content cut after its fronted subordinate clause (module doc)."""
    if not ctx.pos:
        return
    for q in ctx.quotes:
        if q.direct or len(q.parts) != 1 or COLON_RULE not in q.rule.split("+"):
            continue
        a, b = q.parts[0]
        u = ctx.units[q.unit]
        end = u.content_end(ctx.doc)
        if b + 2 >= end or ctx.table.texts[b] != COMMA or ctx.inside[b] >= 0:
            continue
        if _fronted(ctx, a, b) and not _cue_after(ctx, q.unit, b):
            q.parts = [(a, end)]


def _fronted(ctx: DocContext, a: int, b: int) -> bool:
    """Do the words ``a``..``b`` form a subordinate clause (a subordinator or w-word first,
    a verb last), or a noun with its relative clause ("Banken, die betrügen"), before a
    finite verb right after the comma at ``b``?"""
    t = ctx.table
    if t.pos[b - 1] not in VERB_POS or not _finite(ctx, b + 1):
        return False
    k = a + 1 if t.pos[a] in (ADV, CCONJ) and b - a > 2 else a
    if t.lower[k] in word_ids(ctx.w.subordinators) | word_ids(ctx.w.question_words):
        return True
    commas = [m for m in range(a + 1, b) if t.texts[m] == COMMA]
    if len(commas) != 1 or t.lower[commas[0] + 1] not in word_ids(ctx.w.relative_pronouns):
        return False
    return not any(_finite(ctx, m) for m in range(a, commas[0]))


def _finite(ctx: DocContext, m: int) -> bool:
    """Is token ``m`` a finite verb?"""
    return ctx.table.pos[m] in VERB_POS and labels.morph_has(ctx.doc[m], labels.FINITE_FEATURE)


def _cue_after(ctx: DocContext, ui: int, b: int) -> bool:
    """Does a cue start after token ``b`` in unit ``ui``?"""
    return any(c.start > b for c in ctx.cues_by_unit[ui])
