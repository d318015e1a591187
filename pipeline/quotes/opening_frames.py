"""A continuation whose sentence opens with a frame of its own: "Sie möchte von der
Ministerin wissen, wie der Name bekannt geworden sei." is a question asked by "Sie"; the
reported words are the clause after the comma, not the frame before it.

A continuation takes a whole sentence in the Konjunktiv. When the sentence opens with a
personal pronoun in the nominative, no "es", as the subject of a modal and an infinitive
with no Konjunktiv I that end at the first comma ("Sie möchte … wissen", "Er will wissen"), and the clause after that comma opens with "ob",
"dass" (``asked_clause_openers``) or a question word and holds the Konjunktiv, the main clause
is the frame: the quote is
the clause after the comma, an indirect one with the main clause's last verb as its cue.

>>> opening_frames(ctx)   # rewrites ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import AUX, PRON, VERB
from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote
from .words import word_ids

#: morphology: a personal pronoun, the subjunctive, the present tense, the nominative,
#: the neuter, the infinitive
PERSONAL = "PronType=Prs"
SUBJUNCTIVE = "Mood=Sub"
PRESENT = "Tense=Pres"
NOMINATIVE = "Case=Nom"
NEUTER = "Gender=Neut"
INFINITIVE = "VerbForm=Inf"
#: the rule piece of such a quote
RULE = "opening_frame"


def opening_frames(ctx: DocContext) -> None:
    """Cut the frame off the start of continuations (module doc)."""
    if ctx.table is None or not ctx.pos:
        return
    for q in ctx.quotes:
        if q.kind != "continuation" or q.nested or q.speaker is None or len(q.parts) != 1:
            continue
        comma = _frame_end(ctx, q)
        if comma is None:
            continue
        a, b = q.parts[0]
        verbs = [m for m in range(a, comma) if ctx.table.pos[m] == VERB]
        q.parts[0] = (comma + 1, b)
        q.kind = "indirect"
        if verbs:
            q.cue = [(verbs[-1], verbs[-1] + 1)]
            q.cue_lemma = ctx.table.lemma[verbs[-1]]
        q.rule += "+" + RULE


def _reported(token: Token) -> bool:
    """Is ``token`` a Konjunktiv I (present subjunctive; "möchte" is a past one)?"""
    return labels.morph_has(token, SUBJUNCTIVE) and labels.morph_has(token, PRESENT)


def _frame_end(ctx: DocContext, q: Quote) -> int | None:
    """The comma that ends the frame opening ``q`` (module doc), or None."""
    a, b = q.parts[0]
    doc, t = ctx.doc, ctx.table
    if a != ctx.units[q.unit].start or t.pos[a] != PRON or not labels.morph_has(doc[a], PERSONAL):
        return None
    # the subject, a person ("Sie", "Er"), not "Ihm" nor an empty "Es"
    if not labels.morph_has(doc[a], NOMINATIVE) or labels.morph_has(doc[a], NEUTER):
        return None
    commas = [m for m in range(a, b) if t.texts[m] == ","]
    if not commas:
        return None
    c = commas[0]
    head = c + 1
    openers = word_ids(ctx.w.asked_clause_openers) | word_ids(ctx.w.question_words)
    if head >= b or t.lower[head] not in openers:
        return None
    before = range(a + 1, c)
    # a Konjunktiv I in it reports the asking ("Sie habe gefragt, ob …"): all reported
    if any(_reported(doc[m]) for m in before):
        return None
    # a modal and an infinitive ("möchte … wissen", "will wissen"), not a Konjunktiv of
    # the speech itself ("Er baue darauf, dass …")
    if not any(t.pos[m] == AUX and labels.morph_has(doc[m], labels.FINITE_FEATURE) for m in before):
        return None
    if not any(t.pos[m] == VERB and labels.morph_has(doc[m], INFINITIVE) for m in before):
        return None
    if not any(labels.morph_has(doc[m], SUBJUNCTIVE) for m in range(head, b)):
        return None
    return c
