"""A source mention ends where the statement's own noun phrase begins.

After "laut" or "nach Angaben" the source is one noun phrase in the dative (with a genitive
attribute, a name after a role), and the words after it are the statement's: "Der Vertrag
schließt laut Filzmaier Aufträge von Parteien aus", "Die Firma zahlte laut Anklage Gelder
an Politiker", "Im Vorjahr war laut Jahresbericht ein Rückgang zu verzeichnen", "Der
Verband ist dort laut den Salzburger Nachrichten der größte Schulsponsor". A mention that
runs on over such words ("Filzmaier Aufträge", "den Salzburger Nachrichten der größte
Schulsponsor") ends before the first of them, and they go back to the statement. A new
noun phrase starts at

- a common noun in no name that the parse hangs outside the mention, right after a noun
  ("Filzmaier Aufträge"); when the parse hangs that noun on it, only after a noun of a
  report or a text (``report_noun_endings``, ``text_noun_endings``: "Anklage Gelder"),
  not a name or role that owns it ("Straches Pinnwand", "Prieths Anwalt"); before any punctuation in
  the mention ("externen Quellen (zum Beispiel Expertenbefragungen)" stays);
- an article right after a noun that cannot open a genitive attribute
  (``non_genitive_articles``: "die", "ein", "dem"; "laut einer Studie der Uni" stays);
- an article of both a genitive and a masculine nominative
  (``nominative_genitive_articles``: "der") before a common noun the tagger reads as a
  masculine nominative ("der größte Schulsponsor": a genitive would be "des"), not a
  named body ("nach Angaben der Tagesschau", "laut einer Pressemitteilung der ALA").

Train: unchanged (F1 .8464, attributed .7385, speakers 2019/2314). 10kGNAD rows 0-999:
10 rows changed, 9 better (mention and statement apart), 1 worse ("laut Herausgeber
Activision": an unknown name after a role noun).

A mention of one report noun that the parse ended before its genitive attribute ("laut
*Angaben* ihrer Witwen, die …": the attribute in neither mention nor statement) runs on over
it.

>>> source_overruns(ctx)   # mentions end, statements start, at the statement's words  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote
from .spaces import before_spaces

#: the parts of speech after the determiner of a genitive attribute, and of its last word
GENITIVE_TAGS = frozenset({"ADJ", "NOUN", "PROPN"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})

#: the morphology of a masculine nominative noun
NOMINATIVE, MASCULINE = "Case=Nom", "Gender=Masc"


def source_phrase_rows(ctx: DocContext) -> Iterator[Quote]:
    """The rows a source phrase found ("laut Polizei …", "nach Angaben der Armee …"): cued by a
    source preposition, with the speaker mention after it."""
    preps = ctx.w.source_prepositions
    for q in ctx.quotes:
        if q.direct or not q.cue or q.speaker is None or not q.from_pattern:
            continue
        at = q.cue[0][0]
        if ctx.doc[at].lower_ in preps and q.speaker[0] > at:
            yield q


def source_overruns(ctx: DocContext) -> None:
    """End the mention of each row cued by a source preposition before the statement's
    own noun phrase (:func:`_overrun`) and give those words back to the statement."""
    if not ctx.parsed:
        return
    for q in source_phrase_rows(ctx):
        cut = _overrun(ctx, *q.speaker)
        if cut is not None:
            _give_back(ctx, q, cut)
        else:
            _left_genitive(ctx, q)


def _left_genitive(ctx: DocContext, q: Quote) -> None:
    """A mention of one report noun ("laut *Angaben* ihrer Witwen, die …") runs on over the
    genitive attribute the parse left between it and the next comma, outside the
    statement: a determiner that can open a genitive (not ``non_genitive_articles``),
    adjectives, then nouns."""
    doc, w = ctx.doc, ctx.w
    s, e = q.speaker
    if e - s != 1 or not doc[s].lower_.endswith(w.report_noun_endings):
        return
    k = e
    while k < len(doc) and not doc[k].is_punct and not any(a <= k < b for a, b in q.parts):
        k += 1
    words = doc[e:k]
    if len(words) < 2 or words[0].pos_ != "DET" or words[0].lower_ in w.non_genitive_articles:
        return
    if all(t.pos_ in GENITIVE_TAGS for t in words[1:]) and words[-1].pos_ in NOUN_TAGS:
        q.speaker = (s, k)


def _overrun(ctx: DocContext, a: int, b: int) -> int | None:
    """The first token of mention ``[a, b)`` that opens a noun phrase of its own after a
    noun, before any punctuation (see the module docstring); None when the mention is one
    phrase."""
    doc = ctx.doc
    for i in range(a + 1, b):
        prev, tok = doc[i - 1], doc[i]
        if tok.is_punct:
            return None
        if not labels.is_nominal(prev):
            continue
        if _new_noun(ctx, tok, prev, a, b) or _new_article(ctx, tok, b):
            return i
    return None


def _new_noun(ctx: DocContext, tok: Token, prev: Token, a: int, b: int) -> bool:
    """Does common noun ``tok`` after noun ``prev`` open a phrase of its own: in no name,
    hung by the parse outside ``[a, b)``, and, when the parse hangs ``prev`` on it, after
    a noun of a report or a text ("Anklage Gelder", "Medienberichten Informationen"), not a
    name or role that owns it ("Straches Pinnwand", "Herausgeber Activision")?"""
    if tok.pos_ != "NOUN" or tok.ent_type_ or a <= tok.head.i < b:
        return False
    if prev.head.i != tok.i:
        return True
    w = ctx.w
    return prev.lower_.endswith(w.report_noun_endings + w.text_noun_endings)


def _new_article(ctx: DocContext, tok: Token, b: int) -> bool:
    """Does article ``tok`` open a phrase that is no genitive attribute?"""
    if tok.lower_ in ctx.w.non_genitive_articles and labels.is_article(tok):
        return True
    if tok.lower_ not in ctx.w.nominative_genitive_articles:
        return False
    noun = next((t for t in tok.doc[tok.i + 1 : b] if labels.is_nominal(t)), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return False  # "nach Angaben der Tagesschau": a named body is a genitive attribute
    return labels.morph_has(noun, NOMINATIVE) and labels.morph_has(noun, MASCULINE)


def _give_back(ctx: DocContext, q: Quote, cut: int) -> None:
    """End ``q``'s mention at ``cut`` (before the spaces there) and add the tokens after it
    to the statement, joined to a part that starts right where the mention ended."""
    a, b = q.speaker
    q.speaker = (a, before_spaces(ctx.doc, a + 1, cut))
    parts = sorted(q.parts + [(cut, b)])
    joined = [parts[0]]
    for s, e in parts[1:]:
        if s <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(e, joined[-1][1]))
        else:
            joined.append((s, e))
    q.parts = joined
