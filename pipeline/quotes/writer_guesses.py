"""The writer's guess at the end of a continuation: a relative clause on the whole sentence
(``clause_relatives`` after a comma, or ``embedded_clause_openers`` after a verb and a comma) whose verb is the modal of a guess after an
infinitive at the clause's end (``guess_modals``: "Hintergrund sei die Absatzschwäche des größten Kunden, *womit
Apple gemeint sein dürfte*"): the writer's aside to the statement, cut from its span.

>>> without_guess(ctx, (a, b))   # the span up to the comma before the aside  # doctest: +SKIP
"""

from __future__ import annotations

from spacy import symbols

from .context import DocContext, Span
from .words import word_ids

#: part-of-speech ids of the infinitive before the modal ("gemeint *sein* dürfte")
VERB_IDS = frozenset({symbols.VERB, symbols.AUX})


def without_guess(ctx: DocContext, span: Span) -> Span:
    """``span`` without a trailing aside of the writer's guess (see the module)."""
    if not ctx.w.guess_modals or ctx.table is None:
        return span
    doc, lower = ctx.doc, ctx.table.lower
    a, b = span
    k = b - 1
    while k > a and doc[k].is_punct:
        k -= 1  # the clause's last word
    if lower[k] not in word_ids(ctx.w.guess_modals) or doc[k - 1].pos not in VERB_IDS:
        return span  # "…, was sie dürften": no infinitive before the modal
    c = next((c for c in range(k - 1, a, -1) if _opens(ctx, c)), None)
    if c is None or any(ctx.moods[m] == 2 for m in range(c + 1, k)):
        return span  # a Konjunktiv I in the clause: still the speaker's
    return (a, c)


def _opens(ctx: DocContext, c: int) -> bool:
    """Does the comma ``c`` open a relative clause on the clause before it: "womit"
    (``clause_relatives``), or "was" (``embedded_clause_openers``) right after a verb
    ("geplant gewesen, *was*"; not "nichts, was")?"""
    doc, lower = ctx.doc, ctx.table.lower
    if doc[c].text != "," or c + 1 >= len(doc):
        return False
    if lower[c + 1] in word_ids(ctx.w.clause_relatives):
        return True
    return lower[c + 1] in word_ids(ctx.w.embedded_clause_openers) and doc[c - 1].pos in VERB_IDS
