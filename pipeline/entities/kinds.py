"""What kind of thing a span is, from the words around it (issue 11, round 12): labels the
model gets wrong by class, not by name.

:func:`referees`: a role abbreviation of a match box (``role_abbreviations``: "SR" =
Schiedsrichter) at the start of an entity is no part of the name; the rest is the person
("Lavanttal-Arena, 3.100, SR Kolleger" -> PER "Kolleger"); the abbreviation alone right
before a person is no entity.

:func:`kin_persons`: a one-word place or organisation right after a kinship noun, also a
compound of one (``kinship``, ``kinship_heads``: "sein Zwillingsbruder Lech") is a person.

:func:`named_things`: the names of spacecraft, ships, missions and malware after their
class noun (``thing_class``, compounds ending in ``thing_heads``: "der Landeroboter Philae",
"die Raumsonde Rosetta", "der EU-Mission Sophia", "der Verschlüsselungstrojaner Locky") are
MISC without the class noun, and so is every other mention of the same word (or its
genitive, "Philaes") in the text.

:func:`model_products`: a model ORG without a registry id that has a model code in it or
right after it ("Panasonic Lumix G7", "DJI Phantom 3 Professional", "Dell XPS 13") is a
product (MISC), its span over the code and a generation after it ("G9 X"); so is one word in
Apple's camel case ("iCloud", "iPhones").

:func:`party_members`: a party's adjective after a masculine article ("Der Grüne Peter
Pilz", "Der Linke hält ...") is a member of the party, no row of the party.

:func:`neuter_products`: a PER of two words or more after a neuter article is a product
("Das OnePlus Two"). :func:`article_nouns`: a one-word city after an article no city takes
is none ("in den Bergen" is no Bergen in Norway).

:func:`mass_nouns`: a one-word place of ``mass_nouns`` without an article before it is the
mass noun, no entity: right after a preposition without an article ("auf Sonne warten",
"von Sonne und Wind": sunshine; "von der Sonne", "zur Sonne" stay).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .candidates import _GENERATION, Cand
from .tables import DocWords, EntityTables
from .teams import sports_article

#: a model code with a letter and a digit: "G7", "RX100", "970M", "MT6795" (a full stop of
#: the sentence may be glued: "Z4.")
_LETTER_CODE = re.compile(r"(?=[^.]*\d)(?=[^.]*[A-Z])[A-Z]{0,4}\d{1,5}[A-Z]{0,3}\.?")
#: a model number after a name of two words or more ("Dell XPS 13"), no year
_NUMBER_CODE = re.compile(r"\d{1,3}")
#: Apple's camel case of products: "iCloud", "iPhones", "iPad"
_CAMEL_PRODUCT = re.compile(r"i[A-Z][a-z]+")
#: labels the model gives products and vehicles
_THING_LABELS = frozenset({"ORG", "PER", "LOC"})
#: the tag of a preposition without an article ("auf", not "zur"): "auf Sonne warten"
_PLAIN_PREPOSITION = "APPR"


def kinds(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> list[Cand]:
    """The passes of the module, in order (see there)."""
    final = referees(tables, doc, final, words)
    kin_persons(tables, doc, final, words)
    named_things(tables, doc, final, words)
    model_products(tables, doc, final, words)
    neuter_products(tables, doc, final, words)
    final = mass_nouns(tables, doc, final, words)
    return party_members(tables, article_nouns(tables, final, words), words)


def referees(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> list[Cand]:
    """'SR Kolleger': the role abbreviation leaves the span, the name is a person; an entity
    of the abbreviation alone right before a person is dropped ("SR" + PER "Schärer")."""
    persons = {c.start for c in final if c.label == "PER"}
    out = []
    for c in final:
        if words[c.start] not in tables.role_abbreviations:
            out.append(c)
            continue
        if c.length == 1 and c.end in persons:
            continue  # "SR Schärer": the role, not Saarländischer Rundfunk
        if c.length > 1 and tables.namelike_word(words[c.start + 1]):
            c.start += 1
            c.relabel(doc, "PER", "person.role_abbreviation", "person")
        out.append(c)
    return out


def _kinship_noun(tables: EntityTables, word: str) -> bool:
    """'Bruder', 'Zwillingsbruder', 'Halbschwester' (no company's 'Tochter')."""
    if word in tables.company_class or not word[:1].isupper():
        return False
    return word in tables.kinship or word.lower().endswith(tables.kinship_heads)


def kin_persons(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'sein Zwillingsbruder Lech': a one-word LOC/ORG after a kinship noun is a person."""
    for c in final:
        if c.length != 1 or c.start == 0 or c.label not in ("LOC", "ORG"):
            continue
        if _kinship_noun(tables, words[c.start - 1]) and tables.namelike_word(words[c.start]):
            c.relabel(doc, "PER", "person.kinship", "person")


def _thing_noun(tables: EntityTables, word: str) -> bool:
    """'Raumsonde', 'Landeroboter', 'ESA-Mission', 'Trojaner': a class noun of a thing."""
    if word in tables.thing_class or word.rpartition("-")[2] in tables.thing_class:
        return True
    return word[:1].isupper() and word.lower().endswith(tables.thing_heads)


def named_things(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'der Landeroboter Philae', 'Raumsonde Rosetta', 'Trojaner Locky': MISC without the
    class noun, and the other mentions of the same word (or its genitive) with it."""
    names: set[str] = set()
    for c in final:
        if c.label not in _THING_LABELS or c.attrs.get("canonical_id") and c.label != "PER":
            continue
        if c.length == 2 and _thing_noun(tables, words[c.start]):
            c.start += 1  # "Landeroboter Philae": the class noun is no part of the name
        elif c.length != 1 or c.start == 0 or not _thing_noun(tables, words[c.start - 1]):
            continue
        if not tables.namelike_word(words[c.start]):
            continue
        c.relabel(doc, "MISC", "misc.thing_class", "other")
        names.add(words[c.start])
    if not names:
        return
    for c in final:
        if c.length != 1 or c.label not in _THING_LABELS or c.attrs.get("canonical_id"):
            continue
        word = words[c.start]
        stem = word[:-1] if word.endswith("s") and word[:-1] in names else word
        if stem in names:
            c.relabel(doc, "MISC", "misc.thing_class", "other")
            c.attrs["canonical_name"] = stem


def _product_span(tables: EntityTables, words: DocWords, c: Cand, sports: bool) -> int:
    """End of the product ``c`` names (0: no product): a letter code in the span, or a model
    code right after a name of two words or more, then a generation ("G9 X")."""
    n = len(words)
    end = c.end
    if not _coded(tables, words, c, sports):
        after = words[end] if end < n else ""
        if c.length < 2 or not (
            _LETTER_CODE.fullmatch(after) or (_NUMBER_CODE.fullmatch(after) and not sports)
        ):
            return 0
        if end + 1 < n and words[end + 1] in tables.common_nouns:
            return 0  # "HTC Vive 200 Dollar": digits that count a noun
        end += 1
    if end < n and _GENERATION.fullmatch(words[end]):
        end += 1
    return end


def _coded(tables: EntityTables, words: DocWords, c: Cand, sports: bool) -> bool:
    """A letter code in the span ("Lumix G7"), or outside sports news digits inside it when
    its first word is no ordinary noun ("GTX 980 M", "DJI Phantom 3 Professional"; not
    "Formel 1", nor the age of "Damals war Schickhofer 33")."""
    if any(_LETTER_CODE.fullmatch(words[k]) for k in range(c.start, c.end)):
        return True
    if sports or words[c.start] in tables.common_nouns:
        return False
    return any(_NUMBER_CODE.fullmatch(words[k]) for k in range(c.start + 1, c.end - 1))


def model_products(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'Panasonic Lumix G7', 'Dell XPS 13', 'iCloud': model ORGs of products are MISC."""
    sports: bool | None = None
    taken = {k for c in final for k in range(c.start, c.end)}
    for c in final:
        if c.label != "ORG" or c.attrs.get("canonical_id") or c.rule is not None:
            continue
        if c.length == 1 and _CAMEL_PRODUCT.fullmatch(words[c.start]):
            c.relabel(doc, "MISC", "misc.product", "other")
            continue
        if sports is None:
            sports = sports_article(tables, words)
        end = _product_span(tables, words, c, sports)
        if end and not any(k in taken for k in range(c.end, end)):
            c.end = end
            c.relabel(doc, "MISC", "misc.product", "other")


def mass_nouns(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> list[Cand]:
    """'auf Sonne warten': a one-word place of ``mass_nouns`` right after a preposition
    without an article is none."""
    if not tables.mass_nouns:
        return final
    return [c for c in final if not _mass_noun(tables, doc, words, c)]


def _mass_noun(tables: EntityTables, doc: Doc, words: DocWords, c: Cand) -> bool:
    if c.length != 1 or words[c.start] not in tables.mass_nouns or c.label != "LOC":
        return False
    return c.start > 0 and doc[c.start - 1].tag_ == _PLAIN_PREPOSITION


def party_members(tables: EntityTables, final: list[Cand], words: DocWords) -> list[Cand]:
    """'Der Grüne Peter Pilz', 'Der Linke hält ...': a party's adjective in the strong form
    after a masculine article (``member_articles``) is a member, a nominal mention of a
    person, no row of the party ("der Linken", "die Grünen" stay)."""
    if not tables.member_articles:
        return final
    return [c for c in final if not _party_member(tables, words, c)]


def _party_member(tables: EntityTables, words: DocWords, c: Cand) -> bool:
    if c.length != 1 or c.start == 0 or c.attrs.get("entity_type") != "party":
        return False
    return words[c.start].endswith("e") and words[c.start - 1] in tables.member_articles


#: the tag of an article (not the relative pronoun "das": "ein Manifest, das Varoufakis ...")
_ARTICLE_TAG = "ART"


def neuter_products(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'Zum Vergleich: Das OnePlus Two war ...': a PER of two words or more right after a
    neuter article (``neuter_articles``) is a product (a person takes no neuter article);
    not after a comma nor with a first name (the relative pronoun "das" tagged an article)."""
    for c in final:
        if c.label != "PER" or c.length < 2 or c.start == 0 or c.attrs.get("canonical_id"):
            continue
        if tables.given_name(words[c.start]) or (c.start > 1 and words[c.start - 2] == ","):
            continue  # "ein Manifest, das Yanis Varoufakis ...": a relative pronoun
        before = doc[c.start - 1]
        if before.text in tables.neuter_articles and before.tag_ == _ARTICLE_TAG:
            c.relabel(doc, "MISC", "misc.product", "other")


def article_nouns(tables: EntityTables, final: list[Cand], words: DocWords) -> list[Cand]:
    """'in den Bergen': a one-word city right after an article no city name takes
    (``no_city_articles``) is a plural noun (or a name particle), no place."""
    if not tables.no_city_articles:
        return final
    return [c for c in final if not _article_noun(tables, words, c)]


def _article_noun(tables: EntityTables, words: DocWords, c: Cand) -> bool:
    if c.length != 1 or c.start == 0 or c.label != "LOC":
        return False
    return c.attrs.get("entity_type") == "city" and words[c.start - 1] in tables.no_city_articles
