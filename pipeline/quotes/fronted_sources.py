"""A source phrase that opens the sentence is all that stands before its finite verb.

German puts one phrase before the finite verb of a main clause. When a sentence opens with
a source phrase ("Laut …", "Nach Angaben …"), everything before the main clause's finite
verb belongs to that phrase, whatever the source phrase's own end was taken to be: "Laut
Oberst Franz Polzer vom Landeskriminalamt hatten die Piloten …", "Laut einem Bericht von
The Register sollen …", "Laut einem Artikel von „BBC News“, der sich auf … beruft, leben
…": what the source said starts at "hatten", "sollen", "leben", not at "vom
Landeskriminalamt" or "von The Register". Before the first comma no clause of the phrase
has begun: the first finite verb there is the main one, whatever the parse hangs it on
("Nach einem Dokument leben sie in Armut, leiden …": parsed as a clausal object). After a
comma, the finite verb of a relative or adverbial clause inside the phrase ("beruft") is no
main clause's, nor is a finite verb right before a comma, which ends a clause whatever the
parse made of it ("Nach Informationen des Blogs X, das seit Jahren … hat, wird …").

Train: 27 row spans closer to gold, none further; F1 at overlap 0.5 unchanged.

A mention of one report noun takes the genitive attribute that fills the rest of the phrase
("Laut *Angaben seiner Familie* ist …": the parse ended the mention at "Angaben" and the
words fell between mention and statement).

>>> fronted_sources(ctx)   # such rows start at the main clause's finite verb  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote

SUBORDINATE_ROLES = ("relative_clause", "adverbial_clause", "clausal_object")

#: the parts of speech after the determiner of a genitive attribute, and of its last word
GENITIVE_TAGS = frozenset({"ADJ", "NOUN", "PROPN"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
CLAUSE_END = ","


def fronted_sources(ctx: DocContext) -> None:
    """Start each row cued by a source preposition that opens its sentence unit at the
    first finite verb of the main clause in its first part, when the part starts before
    it (a rest of the source phrase). A row that lies within such a source phrase goes
    ("Nach Informationen des Blogs X, das … hat": no statement)."""
    if not ctx.parsed:
        return
    preps = ctx.w.source_prepositions
    phrases = []
    for q in ctx.quotes:
        if q.direct or not q.cue or q.speaker is None or not q.from_pattern:
            continue
        at = q.cue[0][0]
        if ctx.doc[at].lower_ not in preps or at != ctx.units[q.unit].start:
            continue
        _start_at_verb(ctx, q)
        phrases.append((at, q.parts[0][0]))
    if phrases:
        ctx.quotes = [q for q in ctx.quotes if not any(_within(q, p) for p in phrases)]


def _within(q: Quote, phrase: tuple[int, int]) -> bool:
    """Do all parts of ``q`` lie within the token range ``phrase``?"""
    return all(phrase[0] <= a and b <= phrase[1] for a, b in q.parts)


def _start_at_verb(ctx: DocContext, q: Quote) -> None:
    """Move the start of ``q``'s first part to its main clause's first finite verb."""
    a, b = q.parts[0]
    if a < q.speaker[1]:
        return
    doc = ctx.doc
    for v in ctx.finite_verbs(a, b):
        if not any(doc[k].text == CLAUSE_END for k in range(q.cue[0][0], v)):
            # no comma opens a clause of the phrase: the first finite verb is the main one,
            # whatever the parse hangs it on ("Nach einem Dokument leben sie …, leiden …")
            if v > a:
                _own_genitive(ctx, q, a, v)
                q.parts[0] = (v, b)
            return
        if v + 1 < len(doc) and doc[v + 1].text == CLAUSE_END:
            continue  # a verb before a comma ends a clause of the phrase ("…, das … hat, wird")
        if _main_clause(doc[v]):
            if v > a:
                q.parts[0] = (v, b)
            return


def _own_genitive(ctx: DocContext, q: Quote, a: int, v: int) -> None:
    """A mention of one report noun ("Laut *Angaben* seiner Familie ist …") runs on over the
    genitive attribute that fills the rest of the phrase, ``a``..``v``: a determiner that can
    open a genitive (not ``non_genitive_articles``), adjectives, then nouns ("seiner
    Familie", "ihrer Witwen"): whose report it is."""
    doc, w = ctx.doc, ctx.w
    s, e = q.speaker
    if e != a or e - s != 1 or not doc[s].lower_.endswith(w.report_noun_endings):
        return
    words = doc[a:v]
    if len(words) < 2 or words[0].pos_ != "DET" or words[0].lower_ in w.non_genitive_articles:
        return
    if all(t.pos_ in GENITIVE_TAGS for t in words[1:]) and words[-1].pos_ in NOUN_TAGS:
        q.speaker = (s, v)


def _main_clause(tok: Token) -> bool:
    """Is ``tok`` a word of the main clause: no verb above it heads a relative, adverbial
    or content clause?"""
    while tok.head.i != tok.i:
        if labels.has_role(tok, *SUBORDINATE_ROLES):
            return False
        tok = tok.head
    return True
