"""A source phrase inside a relative or adverbial clause speaks for that clause alone.

"Die Berichte der Beobachtungsstelle, die nach eigenen Angaben über Informanten verfügt,
sind schwer zu überprüfen.": "nach eigenen Angaben" frames the relative clause ("die … über
Informanten verfügt"); the main clause around it is the writer's. Likewise "Nachdem man
laut X „…“ helfen kann, suchen die Forscher …" (an adverbial clause) and "…, ein Sprengsatz
wurde gefunden, der laut Polizei gesprengt werden konnte" (the row starts at "der"). A row
cued by a source preposition (``source_prepositions``: "laut", "nach Angaben", "zufolge")
whose clause is such a subordinate clause keeps only the words of that clause.

>>> subordinate_sources(ctx)   # source rows end (and start) at their clause  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote

MAX_CLIMB = 4  # steps from the source word up to the verb of its clause
ARGUMENT_ROLES = ("subject", "object", "clausal_object")


def subordinate_sources(ctx: DocContext) -> None:
    """Cut each row cued by a source preposition to the relative or adverbial clause that
    holds the preposition (:func:`_subordinate_clause`), when the row reaches past it."""
    if not ctx.parsed:
        return
    preps = ctx.w.source_prepositions
    for q in ctx.quotes:
        if q.direct or not q.cue or not q.from_pattern:
            continue
        at = q.cue[0][0]
        if ctx.doc[at].lower_ not in preps:
            continue
        bounds = _subordinate_clause(ctx, at)
        if bounds is not None:
            _cut(q, *bounds)


def _cut(q: Quote, a: int, b: int) -> None:
    """Keep the parts of ``q`` inside tokens ``[a, b)``; leave ``q`` when none would stay."""
    parts = [(max(s, a), min(e, b)) for s, e in q.parts if max(s, a) < min(e, b)]
    if parts and sum(e - s for s, e in parts) > 1:
        q.parts = parts


def _subordinate_clause(ctx: DocContext, at: int) -> tuple[int, int] | None:
    """Tokens ``[a, b)`` of the relative or adverbial clause the source word at ``at``
    stands in: the first verb up the parse, or a verb its verb group or coordination hangs
    on ("der … gefunden hatte und nun laut X … könnte"), whose words open such a clause
    (:func:`_opens`) and close it (:func:`_closed`); None in a main clause or one that is
    the subject or an object of another ("Was das bedeutet, hängt laut X davon ab")."""
    for verb in _clause_verbs(ctx.doc[at]):
        if verb.head.i == verb.i or labels.has_role(verb, *ARGUMENT_ROLES):
            return None  # a main clause; a clause that is the subject or object ("Was …")
        found = _clause_of(ctx, verb, at)
        if found is not None:
            return found
    return None


def _clause_of(ctx: DocContext, verb: Token, at: int) -> tuple[int, int] | None:
    """Tokens ``[a, b)`` of ``verb``'s words without the punctuation around them, when
    they hold ``at`` and open and close a subordinate clause; else None."""
    doc, a, b = ctx.doc, verb.left_edge.i, verb.right_edge.i + 1
    while a < at and doc[a].is_punct:
        a += 1
    while b > at + 1 and doc[b - 1].is_punct:
        b -= 1
    if not a <= at < b or not _opens(ctx, a) or not _closed(ctx, b):
        return None
    return a, b


def _opens(ctx: DocContext, a: int) -> bool:
    """Does a subordinate clause open at ``a``: a relative pronoun, alone or after a
    preposition ("laut der das Militär …"), or a subordinating conjunction, after a
    comma, a dash or at the start of the sentence (a parse that hangs more on the clause
    opens elsewhere)?"""
    doc = ctx.doc
    if a > 0 and not doc[a - 1].is_punct and not doc[a].is_sent_start:
        return False
    first = doc[a + 1] if labels.is_adposition(doc[a]) and a + 1 < len(doc) else doc[a]
    if labels.is_relative_pronoun(first) or labels.opens_relative_clause(first):
        return True
    # "nachdem", "weil", "auch wenn"; not "dass", "ob" (what was said) nor "wie" (a frame)
    if doc[a].pos_ == "ADV" and a + 1 < len(doc):
        a += 1
    return doc[a].lower_ in ctx.w.adverbial_subordinators


def _closed(ctx: DocContext, b: int) -> bool:
    """Does the clause end at ``b``: punctuation or the end of the text follows?"""
    return b >= len(ctx.doc) or ctx.doc[b].is_punct


def _clause_verbs(tok: Token) -> Iterator[Token]:
    """The first verb up the parse from ``tok``, then the verbs its verb group and
    coordination hang on, up to the first that plays another role."""
    for _ in range(MAX_CLIMB):
        if tok.head.i == tok.i:
            return
        tok = tok.head
        if labels.is_verbal(tok):
            break
    if not labels.is_verbal(tok):
        return
    yield tok
    while tok.head.i != tok.i and labels.is_verbal(tok.head):
        if not labels.has_role(tok, "verb_group", "conjunct"):
            return
        tok = tok.head
        yield tok
