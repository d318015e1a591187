"""Candidate entities that the rules find on their own, and the demonym spans.

What the rules find (rule ids in parentheses):

- aliases of organisations, places, well-known persons and other names (``org:<id>``,
  ``place:<id>``, ``person:<id>``, ``misc:<id>``: currencies, indices, events), matched as
  case-sensitive token phrases; place names also in the genitive ("Moskaus"). Ambiguous
  aliases ("Union", "Bild", "Essen", "Halle") need a model entity on the same tokens
  (places also: a preposition "in/nach/aus/bei" right before).
- hyphen compounds whose first part is an organisation alias and last part an org head
  ("OVKS-Bündnis", "Nato-Allianz": ``org_compound:<id>``); other compounds ("NATO-Gipfel",
  "EU-Staaten") are *not* organisation mentions (GermEval calls them ORGpart).
- organisation heads with their field ("Institut für molekulare Pathogenese") or a name
  before them ("Rowohlt-Verlag", ``org.head``).
- company names before a legal form ("Flughafen Wien AG": ``org.legal_form``); sports
  clubs ("1. FC Köln", ``org.club``); universities ("Universität Gießen",
  "Justus-Liebig-Universität", ``org.institution``).
- places from the GeoNames gazetteer (``"gazetteer": true`` records of ``places.jsonl``,
  ``place:geonames.<cc>``: DACH places >= 1,000 inhabitants, elsewhere >= 15,000; they
  never relabel or trim a model entity); streets ("Schwanitzstraße", ``place.street``);
  saints' places ("St. Gallen", "St . Nikolauskapelle", ``place.saint``).
- MISC: named wars ("Dreißigjährigen Krieg", ``misc.war``), web addresses
  (``misc.url``), a maker + model code ("Audi A3", ``misc.product``).
- persons: a title or a compound ending in a title suffix before capitalised words
  ("Präsident Kassym-Schomart Tokajew", "Handelsminister Gref", ``person.title``), a
  known first name before capitalised words (``person.first_name``; ~8,000 first names and
  ~10,000 surnames generated from faker by ``data/scripts/build_names.py``), a known surname
  or its genitive alone, with no other name word next to it and no article before it
  ("prognostiziert Steiner", "Luthers", ``person.surname``), a surname with a foreign
  ending ("Demirović", ``person.surname_suffix``), a known first name alone, not after
  "St."/"Sankt" and not before a capital (``person.first_name_alone``), a name particle
  after Frau/Herr/Dr./a title ("Frau von Saher"), and name propagation ("Putin" after
  "Wladimir Putin" is PER with canonical_name "Wladimir Putin", ``person.propagated``).
  These person rules relabel a model LOC/ORG/MISC on exactly their tokens as PER
  ("Katharina Sieverding" tagged ORG); a title inside a non-PER model span makes the name
  after it a person ("Erfurts Trainer Karsten Baumann" -> PER "Karsten Baumann",
  ``person.title_in_span``, in :mod:`pipeline.entities.repairs`).

Demonyms (``doc.spans["demonyms"]``): adjectives, genitives and country prefixes
("russische", "Kasachstans", "US-Präsident") with ``country_code`` and ``canonical_name``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from .lexicon import record_attrs
from .ordinary import counted_noun
from .output import underscore_key
from .tables import TRIM_POS, DocWords, EntityTables

#: Model codes after a maker's name: "A3", "360", "S800", "Il-86", "GTX".
_MODEL_CODE = re.compile(r"(?=.*\d)[A-Z]{0,4}-?\d{1,4}[A-Za-z]{0,3}")
#: A model generation in Roman numerals after a model code ("RX100 IV").
_GENERATION = re.compile(r"I{2,3}|IV|VI{0,3}|IX|X")


@dataclass(slots=True)
class Cand:
    """A candidate entity: token range, label, attributes and where it came from."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    source: str = "rules"
    rule: str | None = None
    ambiguous: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start

    def relabel(self, doc: Doc, label: str, rule: str, entity_type: str) -> None:
        """Make this a ``label`` entity without a registry id (its text as its name)."""
        self.label, self.rule = label, rule
        self.attrs = {
            "canonical_id": None,
            "canonical_name": doc[self.start : self.end].text,
            "country_code": None,
            "entity_type": entity_type,
        }


def covered(spans: Iterable[Cand | Span]) -> set[int]:
    """The token indices inside ``spans`` (candidates or spaCy spans). Built afresh by each
    pass: passes change the candidate list, so the set cannot be kept."""
    return {i for c in spans for i in range(c.start, c.end)}


def owners(cands: Iterable[Cand]) -> dict[int, Cand]:
    """Token index -> the candidate covering it (the later one where two overlap)."""
    return {i: c for c in cands for i in range(c.start, c.end)}


def rule_cands(
    tables: EntityTables,
    doc: Doc,
    person_rules: bool = True,
    words: DocWords | None = None,
    ents: tuple[Span, ...] | None = None,
) -> list[Cand]:
    """Every candidate the rules find in ``doc`` (``words``: its token texts, see
    :class:`~pipeline.entities.tables.DocWords`, shared by all passes; ``ents``: the
    model's ``doc.ents``)."""
    words = DocWords(tables, doc) if words is None else words
    strings = tables.nlp.vocab.strings
    model_tokens = covered(doc.ents if ents is None else ents)
    matches = [(strings[m], s, e) for m, s, e in tables.matcher(doc)]
    out = alias_cands(tables, doc, words, matches, model_tokens)
    out.extend(gazetteer_cands(tables, doc, words, model_tokens))
    out.extend(spaced_alias_cands(tables, words))
    out.extend(org_compound_cands(tables, words))
    out.extend(sports_code_cands(tables, words))
    out.extend(legal_form_cands(tables, doc, words))
    out.extend(pattern_cands(tables, doc, words))
    out.extend(institution_cands(tables, doc, words))
    out.extend(url_and_product_cands(tables, doc, words, matches))
    if person_rules:
        out.extend(person_cands(tables, doc, words))
    works = work_cands(tables, doc, words)
    if works:  # "das Spiel Mario Maker": no person or organisation inside a title
        inside = {i for w in works for i in range(w.start, w.end)}
        out = [
            c
            for c in out
            if not (c.start in inside and c.label in ("PER", "ORG") and ":" not in (c.rule or ""))
        ]
        known = {(c.start, c.end) for c in out if ":" in (c.rule or "")}
        works = [w for w in works if (w.start, w.end) not in known]  # the registry knows better
    return out + works


def org_compound_cands(tables: EntityTables, words: DocWords) -> list[Cand]:
    """'OVKS-Bündnis', 'Nato-Allianz': an organisation alias + hyphen + an org head."""
    out: list[Cand] = []
    for i in words.at("hyphen"):
        first, _, rest = words[i].partition("-")
        key = tables.org_first.get(first)
        if key and rest.rsplit("-", 1)[-1] in tables.org_heads:
            label, attrs, _ = tables.entries[key]
            out.append(Cand(i, i + 1, label, dict(attrs), "rules", f"org_compound:{key[4:]}"))
    return out


def spaced_alias_cands(tables: EntityTables, words: DocWords) -> list[Cand]:
    """'Casinos  Austria', 'Karl  Schwarzenberg': an unambiguous two-word registry alias
    written with two spaces (a space token between its words, which the phrase matcher
    does not skip), with the record's label and attributes."""
    out: list[Cand] = []
    n = len(words)
    for i in words.at("space"):
        key = tables.word_pairs.get((words[i - 1], words[i + 1])) if 0 < i < n - 1 else None
        if key is not None:
            label, attrs, rule = tables.entries[key]
            out.append(Cand(i - 1, i + 2, label, dict(attrs), "rules", rule))
    return out


def sports_code_cands(tables: EntityTables, words: DocWords) -> list[Cand]:
    """'Pirmin Zurbriggen (SUI)': an IOC code (``sports_codes``) in brackets is its country,
    with the country record's attributes and rule id."""
    out: list[Cand] = []
    for i in words.at("sports_code"):
        if 0 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")":
            rec = tables.country_prefix[tables.sports_codes[words[i]]]
            attrs = record_attrs(rec)
            out.append(Cand(i, i + 1, "LOC", attrs, "rules", f"place:{rec['id']}"))
    return out


def alias_cands(
    tables: EntityTables,
    doc: Doc,
    words: DocWords,
    matches: list[tuple[str, int, int]],
    model_tokens: set[int],
) -> list[Cand]:
    """Registry aliases (``matches``: key, start, end of the phrase matcher); an ambiguous
    one needs a model entity on it (a place also: a place preposition or class noun
    before it)."""
    out: list[Cand] = []
    for key, start, end in matches:
        label, attrs, rule = tables.entries[key]
        # the alias text only for records with ambiguous aliases (a span per match is slow)
        amb = key in tables.ambiguous_keys and (key, doc[start:end].text) in tables.ambiguous
        if amb:
            supported = any(i in model_tokens for i in range(start, end))
            if (
                key.startswith("place:")
                and start > 0
                and (
                    words[start - 1] in tables.place_prepositions
                    or words[start - 1] in tables.place_class  # "im Bezirk Baden"
                )
            ):
                supported = True
            if not supported or (
                end - start == 1
                and label == "LOC"
                and counted_noun(tables, doc[start], words, True)
            ):
                continue  # "nach zwei Siegen": a counted noun, not the town
        if end - start == 1 and label == "ORG" and tables.adjective_use(doc[start]):
            continue
        out.append(Cand(start, end, label, dict(attrs), "rules", rule, ambiguous=amb))
    return out


def gazetteer_cands(
    tables: EntityTables, doc: Doc, words: DocWords, model_tokens: set[int]
) -> list[Cand]:
    """Gazetteer places (looked up by their first word) with evidence that they are places."""
    out: list[Cand] = []
    n = len(words)
    for i in words.at("gazetteer"):
        here: dict[int, tuple[str, ...]] = {}  # the words at i, one tuple per name length
        for name, key in tables.gazetteer[words[i]]:
            end = i + len(name)
            found = here.get(end)
            if found is None:
                found = here[end] = tuple(words[i:end])
            if end <= n and found == name:
                label, attrs, rule = tables.entries[key]
                if not _gazetteer_evidence(tables, words, i, attrs, model_tokens):
                    continue
                attrs = dict(attrs, canonical_name=doc[i:end].text)
                out.append(Cand(i, end, label, attrs, "rules", rule))
    return out


def _gazetteer_evidence(
    tables: EntityTables, words: list[str], i: int, attrs: dict[str, Any], model_tokens: set[int]
) -> bool:
    """Whether a gazetteer name at token ``i`` is a place: not the genitive of a known
    name ("Apples" is Apple's, not the Swiss village), and outside ``home_countries`` only
    with a model entity or a place preposition ("Kant" alone is the philosopher, not the
    town in Kyrgyzstan)."""
    t = words[i]
    if t.endswith("s") and t[:-1] in tables.known_words:
        return False
    if attrs.get("country_code") in tables.home_countries:
        return True
    return i in model_tokens or (i > 0 and words[i - 1] in tables.place_prepositions)


def _title_link(tables: EntityTables, doc: Doc, i: int) -> bool:
    """'Bridge of Spies', 'Der Name der Rose': a ``title_links`` word between capitals."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in tables.title_links
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


#: class_kind -> (label, rule, entity_type) of the names after a class noun
_CLASSES = {
    "work": ("MISC", "misc.work", "work"),
    "media": ("ORG", "org.media_class", "media"),
    "org": ("ORG", "org.class_noun", "other"),
}

_OPENING_QUOTES = {"„", '"', "“", "«", "»", "‚", "'"}


def work_cands(tables: EntityTables, doc: Doc, words: DocWords) -> list[Cand]:
    """'die Serie Breaking Bad', 'das Spiel „Mario Maker“' (MISC, ``misc.work``), 'die
    Sportzeitung Olé' (ORG media, ``org.media_class``), 'die Band The Prodigy' (ORG,
    ``org.class_noun``): the capitalised words (or the quoted words) after a class noun of
    ``work_class`` / ``media_class`` / ``org_class`` (or its genitive)."""
    out: list[Cand] = []
    for i in words.at("work"):
        span = work_title(tables, doc, words, i)
        if span is not None:
            label, rule, kind = _CLASSES[tables.class_kind(words[i])]
            out.append(Cand(*span, label, {"entity_type": kind}, "rules", rule))
    return out


def work_title(tables: EntityTables, doc: Doc, words: DocWords, i: int) -> tuple[int, int] | None:
    """The tokens of the name after the class noun at ``i`` (see :func:`work_cands`)."""
    n = len(doc)
    if words[i] in tables.first_names and not (i > 0 and words[i - 1] in tables.articles):
        return None  # "Roman Abramowitsch", not "den Roman Jakob von Gunten"
    kind = _CLASSES[tables.class_kind(words[i])][2]
    j = i + 1
    quoted = j < n and words[j] in _OPENING_QUOTES
    start = j + 1 if quoted else j
    end = start
    while end < n and end - start < 6:
        t = words[end]
        if quoted:
            if t in _OPENING_QUOTES or t in ("“", "”", "«", "»", "‘", "'", '"'):
                break
        elif (
            not (
                t[:1].isupper()
                or (end > start and t[:1].isdigit())
                or (kind != "other" and _title_link(tables, doc, end))  # "Palmers in Wien"
            )
            or t in tables.name_stop
            or tables.is_title(t)
        ):
            break
        end += 1
    closed = quoted and end < n and end - start < 6  # the quotes close: the whole title
    while end > start and doc[end - 1].is_lower and not closed:  # '"Alles wird gut"'
        end -= 1
    if kind != "work":  # "Nachrichtensender Skai in Athen"; not "Festival Rock in Vienna"
        end = _place_tail(tables, words, start, end)
    if (
        end > start
        and not (kind == "other" and end - start > 1 and words[start] in tables.first_names)
        and words[start][:1].isupper()
        and not (not quoted and end - start == 1 and _plain_noun(tables, doc[start]))
        and not (not quoted and end - start == 1 and _cut_noun(tables, doc, start))
        and not (not quoted and end - start == 1 and _clause_start(doc, start, end))
    ):  # "die Studie Daten zeigt": one ordinary noun unquoted names no work
        if (
            kind == "other"
            and not quoted
            and end - start > 1
            and genitive_adjective(tables, doc, start)
        ):
            return i, end  # "der Verband Deutscher Versicherungskaufleute": the whole name
        return start, end
    return None


def genitive_adjective(tables: EntityTables, doc: Doc, k: int) -> bool:
    """'Deutscher', 'Österreichischer' in "Verband Deutscher Versicherungskaufleute": an
    adjective of a people in -er after a class noun continues the name with it."""
    w = doc[k].text
    return w.endswith("er") and w in tables.demonyms  # not "Islamischer Staat"


def _clause_start(doc: Doc, start: int, end: int) -> bool:
    """'der Kurzfilm Alles wird gut' (unquoted): a pronoun before a lower-case word starts a
    title that is a clause, whose end the text does not mark (no row rather than "Alles")."""
    return end < len(doc) and doc[end].is_lower and doc[start].pos_ in ("PRON", "DET")


def _place_tail(tables: EntityTables, words: DocWords, start: int, end: int) -> int:
    """The end of a name after a class noun without a place preposition and a known place
    at its end ("Skai in Athen" -> "Skai"; "Palmers in Wien" -> "Palmers")."""
    for k in range(start + 1, end - 1):
        if words[k] in tables.place_prepositions and " ".join(words[k + 1 : end]) in (
            tables.gaz_words
        ):
            return k
    return end


def _cut_noun(tables: EntityTables, doc: Doc, i: int) -> bool:
    """'Entwicklungsorganisation Brot für die Welt': an ordinary noun with a preposition
    (no place preposition: not "Skai in Athen") and an article after it starts a longer
    name; the noun alone is none."""
    return (
        doc[i].text in tables.common_nouns
        and i + 2 < len(doc)
        and doc[i + 1].tag_ == "APPR"
        and doc[i + 1].is_lower
        and doc[i + 1].text not in tables.place_prepositions
        and doc[i + 2].tag_ == "ART"
    )


def _plain_noun(tables: EntityTables, tok) -> bool:
    """An ordinary noun or noun compound the registry does not know ("Daten",
    "Abstiegszone", "Login-Methode"), tagged ``NOUN`` where there is a tagger (not "die
    Serie Narcos")."""
    w = tok.text
    if w in tables.lexicon_words or (tok.doc.has_annotation("POS") and tok.pos_ != "NOUN"):
        return False
    return w in tables.common_nouns or tables.noun_compound(w) or tables.two_nouns(w)


def legal_form_cands(tables: EntityTables, doc: Doc, words: DocWords) -> list[Cand]:
    """'Rundreise Touristik GmbH', 'nanoresins AG': names before a legal form are ORG."""
    out: list[Cand] = []
    for i in words.at("legal"):
        if i == 0:
            continue
        tok = doc[i]
        j = tok.i
        while j > 0 and tok.i - j < 4:
            prev = doc[j - 1]
            if (
                prev.text in tables.name_stop
                or prev.text in tables.titles
                or not prev.text[:1].isalnum()
            ):
                break
            if prev.is_lower and (j < tok.i or prev.pos_ in TRIM_POS or prev.is_stop):
                break  # only the word right before the legal form may be lowercase
            j -= 1
        while j < tok.i - 1 and doc[j].text in tables.company_class:  # "Firma X AG"
            j += 1
        if j < tok.i and doc[j].text not in ("Co.", "&"):
            out.append(
                Cand(j, tok.i + 1, "ORG", {"entity_type": "company"}, "rules", "org.legal_form")
            )
    return out


def pattern_cands(tables: EntityTables, doc: Doc, words: DocWords) -> list[Cand]:
    """Clubs ("1. FC Köln"), universities ("Universität Gießen"), named wars
    ("Dreißigjährigen Krieg") and streets ("Schwanitzstraße")."""
    out: list[Cand] = []
    n = len(doc)
    for i in words.at("pattern"):
        t = words[i]
        head = t in tables.institution_heads or (
            "-" in t and t.rsplit("-", 1)[1] in tables.institution_heads and t[:1].isupper()
        )
        if t in tables.club_prefixes or head:
            j = i + 1
            limit = 1 if head else 3  # "Universität Freiburg" (not "... Freiburg Jura")
            while j < n and j - i <= limit and tables.name_part(doc[j], club=not head):
                j += 1
            if head and j == i + 1 and "-" not in t:
                continue  # "die Universität" alone is no name
            start = i - 1 if i > 0 and words[i - 1] == "1." else i
            rule = "org.institution" if head else "org.club"
            out.append(Cand(start, j, "ORG", {"entity_type": "other"}, "rules", rule))
        elif (
            t in tables.newspaper_heads
            and i > 0
            and words[i - 1][:1].isupper()  # not "die britische Zeitung"
            and (
                words[i - 1] in tables.adjectives
                or words[i - 1] in tables.newspaper_adjectives
                or (words[i - 1].endswith("er") and words[i - 1][:-2] in tables.gaz_words)
            )
        ):  # "Lübecker Nachrichten", "Frankfurter Allgemeine Zeitung"
            j = i + 1
            while j < n and words[j] in tables.newspaper_heads:
                j += 1
            out.append(Cand(i - 1, j, "ORG", {"entity_type": "media"}, "rules", "org.newspaper"))
        elif t in tables.saints and i + 1 < n:
            # "St. Gallen", "St . Nikolauskapelle", "Sankt Augustin": a place or church
            j = i + 1
            if words[j] == "." and not t.endswith("."):
                j += 1
            if j < n and words[j][:1].isupper() and words[j] not in tables.name_stop:
                out.append(Cand(i, j + 1, "LOC", {"entity_type": "city"}, "rules", "place.saint"))
        elif (
            t.endswith(("krieg", "kriegs", "krieges", "Krieg", "Kriegs", "Krieges"))
            and i > 1
            and words[i - 1][:1].isupper()
            and words[i - 1].endswith(("e", "en", "er", "es"))
            and words[i - 1] not in tables.name_stop
            and words[i - 1] not in tables.common_nouns
        ):  # "im Dreißigjährigen Krieg", "des Spanischen Erbfolgekrieges"
            out.append(Cand(i - 1, i + 1, "MISC", {"entity_type": "event"}, "rules", "misc.war"))
        elif (
            t[:1].isupper()
            and t.lower().endswith(tables.street_suffixes)
            and not t.lower().startswith(tables.street_suffixes)
            and t not in tables.common_nouns
        ):
            out.append(Cand(i, i + 1, "LOC", {"entity_type": "street"}, "rules", "place.street"))
    return out


def url_and_product_cands(
    tables: EntityTables, doc: Doc, words: DocWords, matches: list[tuple[str, int, int]]
) -> list[Cand]:
    """Web addresses ("stern.de", "www.yasni.de") and a company name followed by a
    model code ("Audi A3", "Xbox 360") are MISC (GermEval OTH); so is a company or media
    name followed by capitalised words that are no known name, ordinary noun or title
    ("Google Earth", "Amazon Prime", "Sky Go", "Google Now on Tap": ``misc.product_name``)."""
    out: list[Cand] = []
    makers = sorted(
        {
            (s, e, tables.entries[key][1].get("entity_type"))
            for key, s, e in matches
            if tables.entries[key][1].get("entity_type") in ("company", "media")
        }
    )
    for i in words.at("url"):
        out.append(Cand(i, i + 1, "MISC", {"entity_type": "other"}, "rules", "misc.url"))
    for s, e, kind in makers:
        code = words[e] if e < len(words) else ""
        if (
            kind == "company"
            and _MODEL_CODE.fullmatch(code)
            and not (
                code.isdigit() and len(code) == 4  # a year
            )
        ):
            out.append(Cand(s, e + 1, "MISC", {"entity_type": "other"}, "rules", "misc.product"))
            continue
        if (
            kind == "company"
            and code in tables.gaz_words
            and code not in tables.country_prefix
            and code[:1].isupper()
        ):  # "Magna Steyr": a company and a town (no country) are its plant, an organisation
            out.append(Cand(s, e + 1, "ORG", {"entity_type": "company"}, "rules", "org.branch"))
            continue
        end = _product_end(tables, words, e)
        if end > e:
            if (
                end < len(words)
                and _MODEL_CODE.fullmatch(words[end])
                and not _counted(tables, words, end)
            ):
                end += 1  # "Galaxy S6"
                if end < len(words) and (
                    _product_word(tables, words[end]) or _GENERATION.fullmatch(words[end])
                ):
                    end += 1  # "Galaxy S7 Edge", "RX100 IV": a model name or generation
            if words[e - 1].endswith("s") and words[e - 1][:-1] in tables.lexicon_words:
                s = e  # "Samsungs Galaxy S6": the maker's genitive is no part of the name
            out.append(Cand(s, end, "MISC", {"entity_type": "other"}, "rules", "misc.product_name"))
    return out


def _counted(tables: EntityTables, words: DocWords, i: int) -> bool:
    """'liegt HTC Vive 200 Dollar über ...': digits before an ordinary noun count it."""
    return words[i].isdigit() and i + 1 < len(words) and words[i + 1] in tables.common_nouns


def _product_word(tables: EntityTables, w: str) -> bool:
    """A capitalised word that may name a product after its maker: no known name, place,
    person's word, ordinary noun (or compound), title, legal form or company word; a
    hyphen word too if its last part is lower-case or one ("Cyber-shot")."""
    head, dash, tail = w.rpartition("-")
    if dash and head.isalpha() and tail.isalpha():
        return (tail.islower() or _product_word(tables, tail)) and _product_word(tables, head)
    return (
        w[:1].isupper()
        and w.isalpha()
        and not w.isupper()
        and w not in tables.lexicon_words
        and w not in tables.gaz_words  # "Magna Steyr": the company's plant, no product
        and w not in tables.person_words
        and w not in tables.first_names
        and w not in tables.surnames
        and w not in tables.common_nouns
        and w not in tables.name_stop
        and w not in tables.legal_forms
        and w not in tables.company_class
        and w not in tables.org_heads
        and w not in tables.org_head_nouns
        and w not in tables.product_stop
        and not tables.is_title(w)
        and not tables.noun_compound(w)
        and not w.endswith(tables.noun_suffixes)
    )


def _product_end(tables: EntityTables, words: DocWords, e: int) -> int:
    """End of the product name after a maker's name ending at ``e`` (``e``: none)."""
    j = e
    n = len(words)
    while j < n and j - e < 4:
        if _product_word(tables, words[j]):
            j += 1
        elif (
            j > e
            and words[j] in tables.title_links
            and j + 1 < n
            and _product_word(tables, words[j + 1])
        ):
            j += 2  # "Google Now on Tap"
        else:
            break
    return j


def institution_cands(tables: EntityTables, doc: Doc, words: DocWords) -> list[Cand]:
    """'Institut für molekulare Pathogenese', 'Bundesministerium für Bildung': an
    organisation head + "für" + its field (nouns, lowercase adjectives, "und", "der") is
    one ORG; 'Rowohlt-Verlag': name (no ordinary noun) + hyphen + head."""
    out: list[Cand] = []
    n = len(doc)
    for i in words.at("institution"):
        t = words[i]
        if "-" in t[1:-1] and t[:1].isupper():
            head = t.rsplit("-", 1)[1]
            generic = i > 0 and doc[i - 1].is_lower and doc[i - 1].pos_ in ("ADJ", "NUM")
            if (
                head in tables.org_head_nouns
                and t.split("-", 1)[0] not in tables.common_nouns
                and not generic  # "das erste PHC-Zentrum": a kind of centre, no name
            ):
                out.append(Cand(i, i + 1, "ORG", {"entity_type": "other"}, "rules", "org.head"))
            continue
        if (
            t not in tables.org_head_nouns
            or i + 2 >= n
            or words[i + 1] not in tables.institution_links
        ):
            continue
        j = i + 2
        last = None
        while j < n and j - i <= 6:
            w = doc[j]
            if w.text[:1].isupper() and w.text not in tables.name_stop and not w.is_punct:
                last = j
            elif _loose_article(doc, j, last):
                break  # "Institut für Wirtschaftsforschung die Prognose gesenkt"
            elif not (
                w.is_lower
                and (
                    w.text in tables.field_words
                    or w.pos_ == "ADJ"
                    or w.text.endswith(("e", "en", "er", "es"))
                )
            ):
                break
            j += 1
        if last is not None:
            start = i - 1 if i > 0 and _name_adjective(tables, doc[i - 1]) else i
            out.append(Cand(start, last + 1, "ORG", {"entity_type": "other"}, "rules", "org.head"))
    return out


#: the tags of the words after which an article belongs to the field of an institution:
#: a preposition ("für die Wissenschaften") or a conjunction ("und der Künste")
_FIELD_ARTICLE_AFTER = frozenset({"APPR", "APPRART", "KON"})


def _loose_article(doc: Doc, j: int, last: int | None) -> bool:
    """An article after the field's noun (``last``) that is no genitive ("der", "des":
    "Institut für Geschichte der Medizin") ends the name: it starts the next phrase."""
    tok = doc[j]
    if tok.tag_ != "ART" or last != j - 1 or doc[j - 1].tag_ in _FIELD_ARTICLE_AFTER:
        return False
    return "Gen" not in tok.morph.get("Case")


def person_cands(tables: EntityTables, doc: Doc, words: DocWords) -> list[Cand]:
    out: list[Cand] = []
    n = len(doc)
    # a class noun of a work ends a name: "Tom McCarthys Enthüllungsdrama Spotlight"
    works = words.works()
    namelike = tables.namelike_word
    for i in words.at("title_or_first"):
        t = words[i]
        if tables.is_title(t) and t not in tables.no_title_rule:
            j = i + 1
            while (
                j < n
                and j - i <= 4
                and j not in works
                and (
                    namelike(words[j])
                    or (
                        j > i + 1
                        and j + 1 < n
                        and namelike(words[j + 1])
                        and (
                            words[j] in tables.name_particles
                            or words[j] in tables.particle_articles
                            and words[j - 1] in tables.article_particles
                        )
                    )
                )
            ):
                j += 1
            if j > i + 1 and words[j - 1] not in tables.name_particles:
                out.append(
                    Cand(i + 1, j, "PER", {"entity_type": "person"}, "rules", "person.title")
                )
        elif t in tables.first_names and i + 1 < n:
            j = i + 1
            while j < n and j - i <= 4 and j not in works:
                if namelike(words[j]) or tables.surname_like(words[j]):
                    j += 1
                elif words[j].isspace() and j + 1 < n and namelike(words[j + 1]):
                    j += 2  # "Rupert  Wolff": a double space inside the name
                elif _initial(words[j]) and j + 1 < n and namelike(words[j + 1]):
                    j += 1  # "Philip K. Dick": an initial inside the name
                elif (
                    words[j].isspace() and j + 2 < n and _initial(words[j + 1])
                ):  # "Philip  K. Dick"
                    j += 2
                elif (
                    words[j] in tables.name_particles
                    and j + 1 < n
                    and namelike(words[j + 1])
                    and not (  # "Matti von Robert Walser": "von" is "by"
                        words[j] in tables.article_particles and tables.given_name(words[j + 1])
                    )
                    and all(w in tables.first_names for w in words[i:j])
                ):  # a particle only right after first names: not "Eric Cantona zu United"
                    j += 2  # "Otto von Bismarck"
                else:
                    break
            if j == i + 1:
                continue
            out.append(Cand(i, j, "PER", {"entity_type": "person"}, "rules", "person.first_name"))
    for i in words.at("person_list"):
        t = words[i]
        if t in tables.surnames or (t.endswith("s") and len(t) > 4 and t[:-1] in tables.surnames):
            rule = "person.surname"  # "Steiner", genitive "Luthers"
        elif t.endswith(tables.surname_suffixes) and len(t) > 5:
            rule = "person.surname_suffix"
        elif (
            t in tables.first_names
            and len(t) > 3
            and not tables.saint(doc[i])
            and not (i + 1 < n and words[i + 1][:1].isupper())
        ):  # "mit Sven", not "Rüdiger Kauf" (a surname that is also a noun)
            rule = "person.first_name_alone"
        else:
            continue
        tok = doc[i]
        if tables.lone_name(tok) and _person_evidence(tables, doc, tok):
            out.append(Cand(i, i + 1, "PER", {"entity_type": "person"}, "rules", rule))
    return out


def _initial(w: str) -> bool:
    """'K.', 'J.': a capital letter and a dot."""
    return len(w) == 2 and w[0].isupper() and w[1] == "."


def _person_evidence(tables: EntityTables, doc: Doc, tok) -> bool:
    """A name-list word alone is a person only with evidence: with a tagger, a model
    entity on it (not after a place preposition: "an der Mur", "in Kant") or a verb right
    before or after it ("sagte Steiner", "Steiner prognostiziert");
    a title, a first name or a later full name are found by the other person rules."""
    if tok.i > 0 and (
        doc[tok.i - 1].text in tables.place_class or doc[tok.i - 1].text in tables.name_heads
    ):
        return False  # "auf der Insel Kos", "die Gemeinde Moser", "die Villa Kerry"
    if not doc.has_annotation("POS"):
        return True
    if tok.ent_type_ and not (tok.i > 0 and doc[tok.i - 1].text in tables.place_prepositions):
        return True  # the model found a name here ("der junge Paul", tagged LOC)
    return any(0 <= k < len(doc) and doc[k].pos_ in ("VERB", "AUX") for k in (tok.i - 1, tok.i + 1))


def demonym_spans(tables: EntityTables, doc: Doc, words: DocWords | None = None) -> list[Span]:
    """Demonym adjectives and genitives ("russische", "Kasachstans") and country prefixes
    ("US-Präsident") as DEMONYM spans with ``country_code`` and ``canonical_name``."""
    out: list[Span] = []
    words = DocWords(tables, doc) if words is None else words
    demonyms = tables.demonyms
    data = doc.user_data
    for i in words.at("demonym"):
        t = words[i]
        rec = demonyms.get(t)
        rule = f"demonym:{rec['id']}" if rec else None
        if rec is None and "-" in t and not t.startswith("-"):
            prefix = t.split("-", 1)[0]
            crec = tables.country_prefix.get(prefix)
            if crec and t.split("-", 1)[1][:1].isupper():
                rec = {
                    "country_code": crec["country_code"],
                    "canonical_name": crec["canonical_name"],
                }
                rule = f"demonym.prefix:{crec['id']}"
        if rec is None:
            continue
        span = Span(doc, i, i + 1, label="DEMONYM")
        s, e = span.start_char, span.end_char  # Span._ values, written as spaCy keeps them
        data[underscore_key("country_code", s, e)] = rec["country_code"]
        data[underscore_key("canonical_name", s, e)] = rec["canonical_name"]
        data[underscore_key("entity_rule", s, e)] = rule
        out.append(span)
    return out


def _name_adjective(tables: EntityTables, tok) -> bool:
    """'das Deutsche Zentrum für ...', 'die Österreichische Akademie der ...': a capitalised
    adjective before an organisation head belongs to the name."""
    t = tok.text
    return (
        t[:1].isupper()
        and t.lower().endswith(("e", "er", "es", "en"))
        and t not in tables.name_stop
        and (tok.pos_ == "ADJ" if tok.doc.has_annotation("POS") else t not in tables.common_nouns)
    )
