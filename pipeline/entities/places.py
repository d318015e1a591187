"""Places, persons and products the model tags ORG (issue 11, round 12c): labels by the
text around a name, not by the name. :func:`listed_places` applies both rules in one pass,
outside sports news (where a town names its club: "das Match bei Wiener Neustadt").

- Lists: an ORG without a registry id right after a place, person or MISC of a list (a
  comma or a conjunction between them), the item after it, if any, of the same label
  ("Kos, Rhodos, Chios oder Lesbos"; "Barbara Markovic, Fiston Mwanza Mujila, Johannes
  Schrettle"; "Google Fit, Google+, Google Earth"; "The Division und Enemy Front"), or at
  the start of a list after a preposition with a place and a third item after it ("in
  einer Reihe mit Wiener Neustadt, Sankt Pölten, Krems und Waidhofen"), has the label of
  the list (rules ``place.listed``, ``person.listed``, ``misc.listed``); a person only of
  name words, no common noun.
- Mentions: a one-word ORG without a registry id whose word the model tags LOC or PER
  elsewhere in the article (no rule, registry id or company noun before a mention calls
  it an organisation: "die Firma Häusle") has that label ("nach Gabčíkovo" beside "in
  dem slowakischen Dorf Gabčíkovo"; "Erna und das Mariedl"; rules ``place.mentioned``,
  ``person.mentioned``).

Only ORGs found by the model alone (no rule set them) with no organisation head among
their words. Measured on 10kGNAD test rows 0-499 against bff385a (read row by row in the
articles, 2026-12-05): 18 rows relabelled, 18 right (Wiener Neustadt in a list of towns,
"Bezirk Wien-Umgebung", Lesbos 3x, Gabčíkovo 4x, Fiston Mwanza Mujila, Araminta, Mariedl
4x, Guo, Google+, Enemy Front), none worse.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .candidates import Cand
from .tables import DocWords, EntityTables
from .teams import sports_article

#: the labels a model ORG takes from its list or its other mentions, with their types
_TYPES = {"LOC": "other", "PER": "person", "MISC": "other"}
_RULES = {"LOC": "place", "PER": "person", "MISC": "misc"}
#: the labels a one-word model ORG takes from the other mentions of its word
_MENTIONED = frozenset({"LOC", "PER"})
#: the tags of a preposition (with an article): "mit", "zur"
_PREPOSITIONS = frozenset({"APPR", "APPRART"})
#: the tag of a coordinating conjunction: "und", "oder"
_CONJUNCTION = "KON"


def listed_places(
    tables: EntityTables,
    doc: Doc,
    final: list[Cand],
    words: DocWords,
    company_noun: Callable[[str], bool],
) -> None:
    """Relabel the model ORGs of a list of places or persons and the one-word ones the model
    names LOC or PER elsewhere (not a word that follows a ``company_noun`` anywhere)."""
    orgs = [c for c in final if _bare_org(tables, words, c)]
    if not orgs or sports_article(tables, words):
        return
    others = _mentioned(tables, final, words, orgs, company_noun)
    by_start = {c.start: c for c in final}
    by_end = {c.end: c for c in final}
    for c in orgs:
        text = _text(words, c)
        label = others.get(text, "") if c.length == 1 else ""
        rule = "mentioned"
        if not label:
            label, rule = _list_label(doc, c, by_start, by_end), "listed"
        if label == "PER" and not all(_name_word(tables, w) for w in text.split()):
            continue
        if label:
            c.relabel(doc, label, f"{_RULES[label]}.{rule}", _TYPES[label])


def _mentioned(
    tables: EntityTables,
    final: list[Cand],
    words: DocWords,
    orgs: list[Cand],
    company_noun: Callable[[str], bool],
) -> dict[str, str]:
    """The label of the one-word ORGs of ``orgs`` that the model tags LOC or PER elsewhere,
    by their word; none that an ORG of a rule or a registry id, or a company noun before a
    mention, calls an organisation."""
    lone = {words[c.start] for c in orgs if c.length == 1}
    others: dict[str, str] = {}
    for c in final:
        if c.label in _MENTIONED and c.rule is None and c.length == 1 and words[c.start] in lone:
            others.setdefault(words[c.start], c.label)
    for c in final:
        if c.length != 1 or words[c.start] not in others:
            continue
        if (c.label == "ORG" and not _bare_org(tables, words, c)) or (
            c.start > 0 and company_noun(words[c.start - 1])
        ):
            del others[words[c.start]]
    return others


def _name_word(tables: EntityTables, word: str) -> bool:
    return tables.namelike_word(word) and word not in tables.common_nouns


def _text(words: DocWords, c: Cand) -> str:
    return " ".join(words[c.start : c.end])


def _bare_org(tables: EntityTables, words: DocWords, c: Cand) -> bool:
    """A model ORG with no registry id nor rule, no organisation head among its words."""
    if c.label != "ORG" or c.rule is not None or c.attrs.get("canonical_id"):
        return False
    return not any(words[k] in tables.org_head_nouns for k in range(c.start, c.end))


def _list_label(doc: Doc, c: Cand, by_start: dict[int, Cand], by_end: dict[int, Cand]) -> str:
    """The label of the places or persons of the list ``c`` is in; "" if none: an item
    before ``c`` (and the one after it, if any, of the same label), or at the start of a
    list after a preposition, a place and a third item after it ("mit Wiener Neustadt,
    Sankt Pölten, Krems")."""
    n = len(doc)
    left = by_end.get(c.start - 1) if c.start > 0 and _joint(doc[c.start - 1]) else None
    right = by_start.get(c.end + 1) if c.end < n and _joint(doc[c.end]) else None
    if left is not None:
        same = right is None or right.label == left.label
        return left.label if same and left.label in _TYPES else ""
    if right is None or right.label != "LOC" or c.start == 0:
        return ""
    if doc[c.start - 1].tag_ not in _PREPOSITIONS or right.end + 1 >= n:
        return ""
    third = doc[right.end + 1]
    return "LOC" if _joint(doc[right.end]) and third.text[:1].isupper() else ""


def _joint(tok) -> bool:
    """A comma or a coordinating conjunction between two items of a list."""
    return tok.text == "," or tok.tag_ == _CONJUNCTION
