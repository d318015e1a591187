"""A pronoun whose antecedent is a speaking body: "Der Konzern rechnet mit einem Verlust, wie er
am Dienstag mitteilte", "Die Lufthansa streicht Flüge, wie sie mitteilte", "Das Unternehmen
baut Stellen ab, wie es bekanntgab".

The body is the subject of a clause before the pronoun, in its sentence or the one before,
of the pronoun's grammatical gender: an organisation entity, a body noun of the lexicon
("Konzern", "Ärztekammer"), a class noun ("Firma") or a place's body ("Die Stadt Wien"). A
person subject nearer to the pronoun, or a person beside the body as another argument of its
verb, ends the search (the person is meant: "Der Konzern verliert. Chef X ist besorgt. Er
sagte …"); the subject of a subordinate clause is passed ("Wenn Apple käme, hatte er
gesagt"). A subject inside the pronoun's own quote counts only in narration with a source
clause (indicative, no quotation marks: "X rechnet mit …, wie er mitteilte"); in Konjunktiv
the subject is what is talked about ("Der Verein sei pleite, sagte er": someone of the club).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.labels import has_role, morph_has, morph_values, verb_chain

from .lexicon import RoleLexicon

#: entity labels of a body
BODY_LABELS = frozenset({"ORG"})
#: entity labels of a person
PERSON_LABELS = frozenset({"PER", "PERSON"})
_GENDERS = {"Masc": "m", "Fem": "f", "Neut": "n"}
#: opening quotation marks: words in them are someone's own, no narration
_MARKS = frozenset('"„“«»‚')

QuotePart = Callable[[int], "tuple[int, int] | None"]


def body_subject(
    tok: Token,
    gender: str,
    lex: RoleLexicon,
    quote_part: QuotePart,
    own_quote: tuple[int, int] | None,
) -> Token | None:
    """The head of the body subject the pronoun ``tok`` (of ``gender``) refers to, or None."""
    doc = tok.doc
    sent = tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[start : tok.i]):
        if not has_role(t, "subject") or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if not _readable(t, quote_part, own_quote) or _subordinate(t):
            continue  # "Wenn Apple auf Volvo zukäme, hatte er gesagt": a condition's subject
        if _person(t, lex):
            return None
        found = body_gender(t, lex)
        if found is None:
            continue  # a thing ("Die Zahl der Flüge sinkt"): not who speaks
        if _plural(t) or _person_beside(t, lex):
            return None
        return t if found == gender else None
    return None


def _person_beside(t: Token, lex: RoleLexicon) -> bool:
    """Does a person stand beside the body as another argument of its verb ("Ein Sprecher des
    Rates sagte dem Sender, …": the parse may make the sender the subject)?"""
    verbs = verb_chain(t.head)
    return any(
        c.i != t.i and has_role(c, "subject", "object") and _person(c, lex)
        for v in verbs
        for c in v.children
    )


def _readable(t: Token, quote_part: QuotePart, own_quote: tuple[int, int] | None) -> bool:
    """Is the subject narration: outside every quote, or in the pronoun's own quote when that
    has no quotation marks and its verb is indicative?"""
    part = quote_part(t.idx)
    if part is None:
        return True
    if own_quote is None or not own_quote[0] <= part[0] < own_quote[1]:
        return False
    if t.doc.text[own_quote[0] : own_quote[0] + 1] in _MARKS:
        return False
    return not any(morph_has(v, "Mood=Sub") for v in verb_chain(t.head))


def _subordinate(t: Token) -> bool:
    """Is the subject's clause opened by a subordinating conjunction ("wenn", "dass", "ob")?"""
    return any(has_role(c, "marker") for v in verb_chain(t.head) for c in v.children)


def _person(t: Token, lex: RoleLexicon) -> bool:
    """A subject that names a person: a person's name or a role noun."""
    if t.ent_type_ in PERSON_LABELS:
        return True
    m = lex.lookup(t.text)
    return m is not None and m.kind == "role"


def body_gender(t: Token, lex: RoleLexicon) -> str | None:
    """The grammatical gender of a body noun or organisation name ``t``, else None (no body,
    or no gender told)."""
    m = lex.lookup(t.text)
    noun = m is not None and m.kind == "org"
    low = t.lower_
    before = _noun_before_name(t, lex)
    if before is not None:  # "Der Versicherer Allianz": the noun before the name tells
        return body_gender(before, lex) or _noun_gender(before, lex)
    if (
        not noun
        and t.ent_type_ not in BODY_LABELS
        and not any(low.endswith(n) for n in lex.class_nouns)
        and low not in lex.place_bodies
        and not _name_after(t)
    ):
        return None
    if noun and not _has_article(t, lex) and m.record.get("gender"):
        return m.record["gender"]
    return _noun_gender(t, lex)


def _has_article(t: Token, lex: RoleLexicon) -> bool:
    return any(c.i < t.i and c.lower_ in lex.article_gender for c in t.children)


def _noun_gender(t: Token, lex: RoleLexicon) -> str | None:
    """The gender the article of ``t`` tells, else the one its morphology tells."""
    det = next((c for c in t.children if c.i < t.i and c.lower_ in lex.article_gender), None)
    if det is not None:
        return lex.article_gender[det.lower_]
    g = morph_values(t, "Gender")
    return _GENDERS.get(g[0]) if len(g) == 1 else None


def _name_after(t: Token) -> bool:
    """Is a common noun followed by an organisation's name that the parse hangs into it
    ("Der Autobauer VW", "Der Hersteller Bosch"): the noun is that body's class?"""
    if t.pos_ != "NOUN" or t.ent_type_ or t.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.i + 1]
    return nxt.ent_type_ in BODY_LABELS and nxt.ent_iob_ == "B" and nxt.head.i == t.i


def _noun_before_name(t: Token, lex: RoleLexicon) -> Token | None:
    """The common noun right before an organisation's name ``t`` in its phrase ("Der
    Versicherer Allianz" when the parse makes the name the head), not a person's role."""
    if t.ent_type_ not in BODY_LABELS or t.ent_iob_ != "B" or t.i == 0:
        return None
    prev = t.doc[t.i - 1]
    if prev.pos_ != "NOUN" or prev.ent_type_ or prev.head.i != t.i or _person(prev, lex):
        return None
    return prev


def _plural(t: Token) -> bool:
    return "Plur" in morph_values(t, "Number")


def subject_phrase(t: Token) -> Span:
    """The subject's name phrase: its words up to the noun, the entity the noun is part of, and
    the names right after it ("Der Autobauer VW", "Das Institut für Höhere Studien") and a
    genitive attribute ("Die Fraktion der Grünen"); not a phrase after it ("der Bundesstaat
    bis Olympia")."""
    doc = t.doc
    end = t.i + 1
    ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
    if ent is not None:
        end = ent.end
    while end <= t.right_edge.i and (doc[end].ent_type_ or doc[end].pos_ == "PROPN"):
        end += 1
    for c in t.children:  # "Die Fraktion der Grünen": a genitive attribute names the body
        if c.i >= end and "Gen" in morph_values(c, "Case") and c.pos_ in ("NOUN", "PROPN"):
            end = max(end, c.right_edge.i + 1)
    comma = next((x.i for x in doc[t.i : end] if x.text == ","), end)
    return doc[t.left_edge.i : comma]
