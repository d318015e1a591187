"""A reported speech act ends with its own clause.

A reported quote ("Die Behörde fordert einen Plan") took its whole sentence. When a second
main clause with a subject of its own follows the act's clause after a comma or semicolon,
the act ends before it: "Die Behörden gehen von einem Anschlag aus, ein Verfahren wurde
eingeleitet" (the writer's narration goes on), "Der Minister bezeichnete das Vorgehen als
seltsam, und die Kommission prüft …", "Die Regierung lehnte den Plan ab, während die
Opposition ihn begrüßte" (another party's act). The second clause opens with a word of
``act_clause_openers`` and hangs on the act's verb, or opens with no such word and is the
verb's conjunct or parataxis. A clause of narration opened by an adverb of sequence
(``act_sequence_adverbs``) right before a finite verb not in the reported-speech mood ends
the act whatever the parse hangs it on ("Der Verein rief die Leser auf, Hinweise zu
melden, anschließend prüfte er die Angaben": round 29; 10kGNAD rows 0-999: 1 row, better;
train unchanged). A relative clause ("fordert einen Plan, mit dem …", "nannte
das Heim, wo …"), a clause with no subject of its own ("… ab und kündigte …") and the rest
of a quote whose content stands before the cue ("X werde kommen, kündigte Y an, aber …":
what was said may go on) stay.

>>> act_clauses(ctx)   # reported acts end before a second clause  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import AUX, VERB
from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote
from .spaces import before_spaces
from .words import word_ids

#: the marks after which a second main clause may follow the act's clause
BREAKS = frozenset({",", ";"})

#: the parts of speech of a noun an article hangs on
NOUNS = frozenset({"NOUN", "PROPN"})


def act_clauses(ctx: DocContext) -> None:
    """End each reported quote of one part before a second clause (module docstring)."""
    if not ctx.parsed:
        return
    for q in ctx.quotes:
        if q.kind != "reported" or len(q.parts) != 1 or not q.cue:
            continue
        cut = _act_end(ctx, q)
        if cut is not None:
            q.parts = [(q.parts[0][0], cut)]


def _act_end(ctx: DocContext, q: Quote) -> int | None:
    """Where the act's clause of ``q`` ends before a second clause, or None."""
    heads = _act_heads(ctx, q)
    if not heads:
        return None
    a, b = q.parts[0]
    texts, inside = ctx.table.texts, ctx.inside
    first, last = min(s for s, _ in q.cue), max(e for _, e in q.cue)
    if any(texts[k] in BREAKS and inside[k] < 0 for k in range(a, first)):
        return None  # "X werde kommen, kündigte Y an, aber …": what was said may go on
    for k in range(last, b - 1):
        if texts[k] not in BREAKS or inside[k] >= 0 or _relative(ctx, k + 1):
            continue
        if _second_clause(ctx, k + 1, b, heads) or _sequence_clause(ctx, k + 1, b):
            return before_spaces(ctx.doc, a, k)
    return None


def _sequence_clause(ctx: DocContext, j: int, b: int) -> bool:
    """A main clause of narration starts at ``j`` (before ``b``): an adverb of sequence
    (``act_sequence_adverbs``) right before a finite verb ("…, anschließend prüften sie die
    Hinweise", "…, danach eröffnete er den Markt"), what was done next, whatever the parse
    hangs it on; not a verb in the reported-speech mood ("…, dann sei alles gut": the
    speaker's words go on)."""
    if j + 1 >= b or ctx.table.lower[j] not in word_ids(ctx.w.act_sequence_adverbs):
        return False
    return bool(ctx.finite_verbs(j + 1, j + 2)) and not ctx.any_mood(j + 1, j + 2)


def _relative(ctx: DocContext, k: int) -> bool:
    """Token ``k`` opens a relative clause (``relative_starts``; a pronoun, not the article
    of a noun after it: "…, die Opposition fordert")."""
    t = ctx.doc[k]
    if t.lower_ not in ctx.w.relative_starts:
        return False
    return not (t.head.i > t.i and t.head.pos_ in NOUNS)  # "der Konzern": an article


def _act_heads(ctx: DocContext, q: Quote) -> set[int]:
    """The token ids of the cue's verb chain (its verb and auxiliaries)."""
    pos = ctx.table.pos
    for a, b in q.cue:
        for m in range(a, b):
            if pos[m] in (VERB, AUX):
                verb = labels.lexical_verb(ctx.doc[m])
                return {t.i for t in labels.verb_chain(verb)} | {verb.i, m}
    return set()


def _second_clause(ctx: DocContext, j: int, b: int, heads: set[int]) -> bool:
    """A clause with its own subject starts at ``j`` (before ``b``) and hangs on the act's
    verb: after an opener of ``act_clause_openers`` by any relation, else as its conjunct
    or parataxis."""
    opened = ctx.table.lower[j] in word_ids(ctx.w.act_clause_openers)
    k = j
    while k < b and ctx.table.texts[k] not in BREAKS:
        t = ctx.doc[k]
        if ctx.table.pos[k] in (VERB, AUX) and _hangs_on(t, heads, opened) and _own_subject(t):
            return True
        k += 1
    return False


def _hangs_on(t: Token, heads: set[int], opened: bool) -> bool:
    """Verb ``t`` hangs on the act's verb: as a conjunct (over a coordinator) or
    parataxis, or by any relation after an opener."""
    first = labels.coordination_head(t)
    if first is not None and first.i in heads:
        return True
    if t.head.i not in heads or t.head.i == t.i:
        return False
    return opened or labels.has_role(t, "parataxis", "conjunct")


def _own_subject(t: Token) -> bool:
    """Verb ``t`` (or an auxiliary of its chain) has a subject of its own."""
    chain = labels.verb_chain(labels.lexical_verb(t)) + [t]
    return any(True for v in chain for _ in labels.children_with(v, "subject"))
