"""The group a plural "sie" speaker refers back to.

"Botaniker der Uni Wien haben neue Arten entdeckt. Sie fanden heraus, dass …": a plural
"sie" (by its own morphology or its plural finite verb) refers to the group of people or
bodies named as the subject of a clause in the nearest sentence (its own or the two before)
that names one; the speaker's name is what the group's phrase resolves to, else the phrase
itself ("Botaniker der Uni Wien"); "Ihnen zufolge …" does the same, and a pronoun subject
with a partitive genitive names the genitive's group ("Einige der Spieler"). A thing as subject ("die Zahlen", "die U-Bahnlinien") is
no group and is passed over: a speech verb needs someone who speaks. Two different groups
in that sentence, or coordinated subjects before the pronoun in its own ("X, Y und Z
wollen …, wie sie ankündigten"), leave it unresolved (:func:`group_before`).

>>> group_before(doc, doc[14], lex, part_of)  # "Botaniker"  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.labels import (
    FINITE_FEATURE,
    PERSON_ENTITY_LABELS,
    has_role,
    morph_has,
    morph_values,
)

#: entity labels of a body that may speak as a group ("Die Wiener Grünen warnten")
GROUP_ENTITY_LABELS = frozenset({"ORG", "NORP"})
#: how many sentences before the pronoun's own a group may stand
SENTENCES_BACK = 2
#: the longest phrase taken as a group's name (words)
MAX_PHRASE_WORDS = 8


def group_before(
    doc: Doc,
    tok: Token,
    lex,
    part_of: Callable[[int], object],
    speakers: frozenset[int] = frozenset(),
) -> Token | None:
    """The head noun of the one group the plural pronoun ``tok`` refers to, or None (no
    group in reach, or two different ones in the nearest sentence that names any, or
    several coordinated subjects before it in its own sentence: "X, Y und Z wollen …, wie
    sie ankündigten"). ``part_of(char)``: the quote part a char offset lies in (or None);
    a group in the pronoun's sentence inside other quoted words than the pronoun's is not
    meant ("Egoistische Spieler wurden gewählt, berichten sie"). ``speakers``: token
    indices of the speaker mentions met so far, groups as a clause's subject is ("…, so die
    Forscher")."""
    if not doc.has_annotation("SENT_START") or not doc.has_annotation("DEP"):
        return None
    own = part_of(tok.idx)
    sent, end = tok.sent, tok.i
    if any(_other_subject(t, lex) for t in doc[sent.start : end]):
        return None
    for back in range(SENTENCES_BACK + 1):
        found = [
            g
            for t in doc[sent.start : end]
            if (t.i in speakers or _subject(t))
            and _group_noun(g := _partitive(t), lex)
            and (back or part_of(g.idx) in (None, own))
        ]
        if found:
            return found[-1] if len({t.lower_ for t in found}) == 1 else None
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        end = sent.end
    return None


def _partitive(t: Token) -> Token:
    """The noun a pronoun subject takes its part of ("Einige der Spieler": "Spieler"), else
    ``t`` itself."""
    if t.pos_ not in ("PRON", "DET"):
        return t
    return next(
        (c for c in t.children if c.i > t.i and c.pos_ == "NOUN" and has_role(c, "noun_modifier")),
        t,
    )


def _other_subject(t: Token, lex) -> bool:
    """A subject before the pronoun in its own sentence that is several but no group noun:
    coordinated ("X und Y wollen") or plural by its verb ("Minister X, Präsident Y und
    Präsident Z wollen …, wie sie ankündigten"): the pronoun means them."""
    if not has_role(t, "subject") or t.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(has_role(c, "conjunct") for c in t.children):
        return True
    return _plural(t) and not _group_noun(t, lex)


def _group_noun(t: Token, lex) -> bool:
    """A plural noun that names people or bodies: a plural person noun ("Aktivisten"), a
    person noun or role whose plural looks the same ("Forscher", "Ermittler"), a body of
    the lexicon ("Behörden") or a body the recogniser tags."""
    if t.pos_ not in ("NOUN", "PROPN") or not _plural(t):
        return False
    nxt = next((w for w in t.doc[t.i + 1 : t.i + 3] if not w.is_space), None)
    if nxt is not None and nxt.ent_type_ in PERSON_ENTITY_LABELS:
        return False  # "Gitarrist Dino Cazares, Bassist …": persons, each introduced
    if t.ent_type_ in GROUP_ENTITY_LABELS or lex.plural_person(t.text):
        return True
    m = lex.lookup(t.text)
    if m is not None:
        return m.kind in ("role", "org")
    return lex.noun_gender(t.text, trust_masculine=True) is not None


def _plural(t: Token) -> bool:
    """Plural by the noun's or its determiner's morphology (either: the tagger often calls
    "die" singular), else by the finite verb nearest to it in its sentence (it calls a bare
    "Botaniker" singular)."""
    det = next((c for c in t.children if c.i < t.i and c.pos_ == "DET"), None)
    if any(w is not None and "Plur" in morph_values(w, "Number") for w in (t, det)):
        return True
    verbs = [v for v in t.sent if morph_has(v, FINITE_FEATURE)]
    if not verbs:
        return False
    verb = min(verbs, key=lambda v: abs(v.i - t.i))
    return morph_values(verb, "Number") == ["Plur"]


def _subject(t: Token) -> bool:
    """A clause's subject (or a conjunct of one) hung on the verb itself: not a noun inside
    another noun's phrase ("im Fachblatt The British Medical Journal"), not a predicate
    noun ("sind Kinder")."""
    if any(has_role(c, "auxiliary") for c in t.children):
        return False
    base = t.head if has_role(t, "conjunct") else t
    if base.head.i != base.i and base.head.pos_ not in ("VERB", "AUX"):
        return False
    return has_role(base, "subject")


def group_phrase(doc: Doc, head: Token, lex) -> Span:
    """The group's phrase: the head noun's words up to a comma or a relative clause,
    without a leading article or particle ("die Ermittler des LKA" -> "Ermittler des
    LKA")."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    verbs = [t.i for t in doc[start : head.i] if t.pos_ in ("VERB", "AUX")]
    start = verbs[-1] + 1 if verbs else start
    for t in doc[head.i : end]:
        if t.text in (",", "(", ":") or (t.i > head.i and t.pos_ in ("VERB", "AUX")):
            end = t.i
            break
    while start < head.i and (
        doc[start].is_space
        or doc[start].pos_ in ("DET", "ADV", "PART", "CCONJ", "PUNCT")
        or doc[start].lower_ in lex.function_words
    ):
        start += 1
    end = min(end, start + MAX_PHRASE_WORDS)
    while end > head.i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ"):
        end -= 1
    return doc[start:end]
