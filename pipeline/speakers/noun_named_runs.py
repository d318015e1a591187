"""Names right after a person noun that the entity recogniser missed or mislabelled.

"der Investor Kelvin Darrow", "bei dem Arbeitsmarktexperten August Bruckner", "der
Abgeordnete Luis Pardo", "Regierungschef Jón Einar Sveinsson": a singular person
noun (a role, or a noun with a person's ending) is followed by the proper nouns of a name,
which the recogniser left untagged or took for a place or a miscellaneous name. Such a run
is a person's name (:meth:`pipeline.speakers.resolve.DocIndex._person_spans`), so that a
later "er"/"sie" finds the person instead of an earlier one.

Not a run: a body's name (any word tagged as an organisation), a single word the recogniser
tagged (a place: "der Bürgermeister Wiens") or one after a noun whose ending things share
("der Netzbetreiber Telmax"), a run that is one place entity as a whole, common nouns, a
plural noun before it, a bare noun after a preposition ("in Grazer Justizkreisen"), a
measure ("zehn Liter Wasser").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .resolve import DocIndex

#: at most this many proper nouns make the name
MAX_NAME_WORDS = 3
#: labels a misread name may carry (a place, a miscellaneous name) besides none
_MISREAD = frozenset({"", "LOC", "MISC"})


def noun_named_runs(index: DocIndex, taken: set[int]) -> list[Span]:
    """The name runs right after person nouns, outside the tokens ``taken`` by names found
    otherwise (person entities, runs after titles)."""
    doc = index.doc
    out: list[Span] = []
    for i in range(len(doc) - 1):
        if doc[i + 1].pos_ != "PROPN" or not _owner(index, doc[i]):
            continue
        j = i + 1
        while j < len(doc) and j - i <= MAX_NAME_WORDS and _name_word(index, doc[j], taken):
            j += 1
        if j > i + 1 and j < len(doc) and _surname_noun(index, doc[j], taken):
            j += 1  # "August Bruckner": a tagger calls a surname a common noun
        if j == i + 1 or (j < len(doc) and doc[j].pos_ == "PROPN"):
            continue  # no run, or a longer run of proper nouns (a title, a body)
        run = doc[i + 1 : j]
        if _plain_name(run) and (len(run) > 1 or _person_only(index, doc[i])):
            out.append(run)
            taken.update(range(run.start, run.end))
    return out


def _owner(index: DocIndex, tok: Token) -> bool:
    """A singular common noun of a person ("Investor", "Arbeitsmarktexperten"; a tagger
    may call a hyphenated one a proper noun: "SPÖ-Politiker")."""
    if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and "-" in tok.text[1:-1]):
        return False
    if tok.ent_type_ or "Plur" in tok.morph.get("Number"):
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].pos_ == "ADP":
        return False  # "in Grazer Justizkreisen": a bare place word, no person's noun
    if any(c.pos_ == "NUM" for c in tok.children):
        return False  # "zehn Liter Wasser": a measure
    if index._plural_noun(tok) and not _singular_article(tok):
        return False  # "Experten Peter Huber und …" may be several; "dem Experten" is one
    m = index.lex.lookup(tok.text)
    if m is not None:
        return m.kind == "role"
    # "dem Arbeitsmarktexperten": the weak ending of a singular's other cases
    stems = (tok.text, tok.text[:-1]) if tok.text.endswith("en") else (tok.text,)
    return any(index.lex.noun_gender(w, trust_masculine=True) for w in stems)


def _person_only(index: DocIndex, noun: Token) -> bool:
    """A role, or a noun with an ending only persons have ("-experte", not the "-er" of
    "Netzbetreiber"): only then is one untagged word after it a name."""
    m = index.lex.lookup(noun.text)
    if m is not None:
        return m.kind == "role"
    low = noun.text.lower()
    return any(low.endswith(suffix) for suffix in index.lex.person_suffixes)


def _singular_article(noun: Token) -> bool:
    dets = [c for c in noun.children if c.i < noun.i and c.pos_ == "DET"]
    return len(dets) == 1 and dets[0].morph.get("Number") == ["Sing"]


def _name_word(index: DocIndex, tok: Token, taken: set[int]) -> bool:
    return (
        tok.i not in taken
        and tok.pos_ == "PROPN"
        and tok.ent_type_ in _MISREAD
        and index._namelike(tok)
    )


def _surname_noun(index: DocIndex, tok: Token, taken: set[int]) -> bool:
    """The last word of a name a tagger calls a common noun: in the entity the name opens,
    or untagged, unknown to the lexicon and met again in the text (a name recurs)."""
    if tok.i in taken or tok.pos_ != "NOUN" or not tok.text[:1].isupper():
        return False
    if index.lex.lookup(tok.text) is not None or tok.i + 1 >= len(index.doc):
        return False
    nxt = index.doc[tok.i + 1]
    if nxt.pos_ in ("NOUN", "PROPN"):
        return False
    if tok.ent_iob_ == "I":
        return tok.ent_type_ in _MISREAD
    return not tok.ent_type_ and index._recurs(tok)


def _plain_name(run: Span) -> bool:
    """Untagged words, or a run not one place as a whole; one word only when untagged."""
    labels = {t.ent_type_ for t in run}
    if len(run) == 1:
        return labels == {""}
    one_place = run[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in run[1:])
    return not (labels == {"LOC"} and one_place)
