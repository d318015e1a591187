"""A sentence that is only a subordinate clause ("*Etwa wenn* in Volksschulen besonders
aggressiv geworben wird."): no main clause of its own, it adds an example, a condition or a
reason to the sentence before. Right after a statement it is part of that statement, so the
continuations step (:mod:`.continuations`) goes on with it and on after it ("Er würde manche
Arten von Werbung verbieten. Etwa wenn … . Derzeit würde sich das Ministerium …").

>>> bare_clause(ctx, unit)   # True: the unit is one subordinate clause  # doctest: +SKIP
"""

from __future__ import annotations

from spacy import symbols

from .. import labels
from .context import DocContext
from .own_frames import QUESTION_MARK, VERB_POS
from .spaces import past_spaces
from .units import Unit
from .words import word_ids

MAX_LEAD = 2  # adverbs before the conjunction ("Etwa wenn", "Vor allem weil")
#: part-of-speech ids of the words that may stand before the conjunction ("vor allem")
LEAD_POS = frozenset({symbols.ADV, symbols.PART, symbols.ADP, symbols.DET})


def bare_clause(ctx: DocContext, u: Unit) -> bool:
    """Is unit ``u`` one subordinate clause: a ``fragment_conjunctions`` word first or after
    at most :data:`MAX_LEAD` adverbs, that marks the word heading the unit (no main
    clause: "Etwa wenn in Volksschulen geworben wird."; not "Wenn …, würde …") and whose
    finite verbs all stand last (:func:`_verb_last`), no question and no word in quotation
    marks?"""
    if not ctx.parsed or ctx.table is None:
        return False
    doc, lower = ctx.doc, ctx.table.lower
    end = u.content_end(doc)
    if end < u.end and doc[end].text == QUESTION_MARK:
        return False
    if ctx.in_marks(u.start, u.end):
        return False
    conj = word_ids(ctx.w.fragment_conjunctions)
    a = past_spaces(doc, u.start, end)  # "…  Etwa wenn …": not the double space
    k = next((k for k in range(a, min(a + MAX_LEAD + 1, end)) if lower[k] in conj), None)
    if k is None or any(doc[m].pos not in LEAD_POS for m in range(a, k)):
        return False
    head = doc[k].head  # the verb, or the predicate of a copula ("weil … beschädigt sind")
    heads_unit = head.head.i == head.i or not u.start <= head.head.i < u.end
    if not heads_unit or not labels.has_role(doc[k], "marker"):
        return False
    return all(_verb_last(ctx, m, end) for m in range(k + 1, end))


def _verb_last(ctx: DocContext, m: int, end: int) -> bool:
    """Is token ``m``, if a finite verb, last in its clause (punctuation or the sentence end
    after it), as in a subordinate clause? A finite verb with words after it is second in a
    main clause the parse missed ("Weil …, *können* die Angaben nicht …")."""
    t = ctx.doc[m]
    if t.pos not in VERB_POS or not labels.morph_has(t, labels.FINITE_FEATURE):
        return True
    return m + 1 >= end or ctx.doc[m + 1].is_punct
