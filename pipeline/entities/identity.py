"""One entity, one id: acronyms introduced in parentheses, person ids and ``entity_id``.

The id scheme (documented in the README, section "Entity ids"):

- ``canonical_id`` is the registry's id: a Wikidata QID where the registry knows one,
  ``newsx:<slug>`` for registry entries without a QID, ``iso:<CC>`` for countries without
  one. A PER with no registry entry gets ``newsx:person:<slug>``, the slug of its full name
  in the document (``canonical_name``: "Messi" after "Lionel Messi" ->
  ``newsx:person:lionel-messi``), so ``groupby("canonical_id")`` keeps every person.
  Other entities without a registry entry (gazetteer places, one-off companies) have no
  ``canonical_id``.
- ``entity_id`` joins the mentions of one entity in a document: ``ent:`` + the first 12
  hex digits of the SHA-1 of ``<canonical_id>`` or, without one, of
  ``<label>|<normalised canonical_name or text>``. The same names give the same id in
  every document of a run (and across runs).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from spacy.tokens import Doc

from .candidates import Cand
from .names import nominative
from .tables import EntityTables, doc_words, where

#: Endings of names whose -s is part of the nominative: a genitive -s never follows them.
NOMINATIVE_S = ("ss", "us", "xs", "zs", "ais", "ois")  # not "ys", "is", "os": "McCarthys", "Renzis"
#: Prefix of the person ids made from names (not from the registry).
PERSON_PREFIX = "newsx:person:"
#: A post-nominal genitive -s follows a consonant ("Stronachs"); after a vowel it is
#: usually part of the name ("Tsipras", "Morales").
VOWELS = frozenset("aeiouyäöüáéíóú")
#: An acronym in parentheses: two or more letters/digits, at least two of them capitals.
_ACRONYM = re.compile(r"(?=(?:.*[^\W\d_&]){2})(?=(?:.*[A-ZÄÖÜ]){2})[\w&.-]{2,12}")


@lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    """'Lionel Messi' -> 'lionel-messi', 'Jörg Kukies' -> 'jörg-kukies' (letters kept)."""
    return re.sub(r"[\W_]+", "-", name.casefold()).strip("-")


def entity_key(label: str, canonical_id: str | None, name: str) -> str:
    """What ``entity_id`` hashes: the canonical id, else label and normalised name."""
    if canonical_id:
        return canonical_id
    return f"{label}|{' '.join(name.casefold().split())}"


@lru_cache(maxsize=1 << 16)
def entity_id(key: str) -> str:
    """``ent:`` + 12 hex digits of SHA-1 of ``key`` (stable across documents and runs)."""
    return "ent:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _abbreviates(short: str, name: str) -> bool:
    """'FPÖ' of 'Freiheitliche Partei Österreichs', 'KBA' of 'Kraftfahrt-Bundesamt': the
    same first letter and every letter in order in the name (not 'SUI' of 'FC Basel')."""
    letters = [ch for ch in short.casefold() if ch.isalpha()]
    text = name.casefold()
    if not letters or not text.startswith(letters[0]):
        return False
    pos = 0
    for ch in letters:
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _named_body(doc: Doc, c: Cand) -> bool:
    """A model LOC of two words or more that no class noun right before names as a thing
    ("des Front National (FN)"; not "der Teilchenbeschleuniger Large Hadron Collider")."""
    return (
        c.label == "LOC"
        and c.rule is None
        and c.length >= 2
        and not (c.start > 0 and doc[c.start - 1].pos_ in ("NOUN", "PROPN"))
    )


def _initials(short: str, name: str) -> bool:
    """'NTU' of 'Technische Universität Nanyang': the initials of the name's capitalised
    words in another order (an English acronym of a German name)."""
    first = sorted(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    return len(short) >= 2 and short.isupper() and sorted(short) == first


def acronyms(
    tables: EntityTables, doc: Doc, final: list[Cand], words: list[str] | None = None
) -> list[Cand]:
    """'Freiheitliche Partei Österreichs (FPÖ)': the acronym in parentheses after an ORG,
    and every later mention of it, is that ORG (same attributes, ``org.acronym``); a model
    LOC of two words or more with its acronym after it is an ORG too ("des Front National
    (FN)"), and the letters may be the name's initials in another order ("Technischen
    Universität Nanyang (NTU)")."""
    intro: dict[str, Cand] = {}
    words = doc_words(doc) if words is None else words
    n = len(words)
    for c in final:
        k = c.end
        if (
            k + 2 < n
            and words[k] == "("
            and words[k + 2] == ")"
            and (c.label == "ORG" or _named_body(doc, c))
            and (c.length >= 2 or "-" in words[c.start])  # "Kraftfahrt-Bundesamt (KBA)"
            and _ACRONYM.fullmatch(words[k + 1])
            and words[k + 1] not in intro
        ):
            name = doc[c.start : c.end].text
            if _abbreviates(words[k + 1], name) or _initials(words[k + 1], name):
                c.label = "ORG"  # "des Front National (FN)" (model LOC): a named body
                intro[words[k + 1]] = c
    if not intro:
        return final
    occupied = {i: c for c in final for i in range(c.start, c.end)}
    out = list(final)
    for src in intro.values():
        text = doc[src.start : src.end].text
        name = src.attrs.get("canonical_name") or nominative(tables, doc, src.start, src.end)
        if name != text:  # "der Europäischen Menschenrechtskonvention (EMRK)"
            src.attrs["canonical_name"] = name
    for i in where(words, intro):
        text = words[i]
        src = intro.get(text)
        if src is None or src.start <= i < src.end:
            continue
        tok = doc[i]
        attrs = dict(src.attrs)
        attrs.setdefault("canonical_name", doc[src.start : src.end].text)
        c = occupied.get(tok.i)
        if c is None:
            new = Cand(tok.i, tok.i + 1, "ORG", attrs, "rules", "org.acronym")
            out.append(new)
            occupied[tok.i] = new
        elif c.length == 1 and not c.attrs.get("canonical_id"):
            c.label, c.attrs, c.rule = "ORG", attrs, c.rule or "org.acronym"
    return sorted(out, key=lambda c: c.start)


def trim_class_nouns(tables: EntityTables, doc: Doc, final: list[Cand]) -> list[Cand]:
    """'Forensiker Havranek' -> 'Havranek': an ordinary noun (no first name, no person's word)
    at the start of a PER of two or more words without a registry id is not part of the
    name, nor a hyphenated compound noun or (after two words) an ordinary noun at its end.
    Runs before later mentions take the full name."""
    for c in final:
        while (
            c.label == "PER"
            and c.length >= 2
            and not c.attrs.get("canonical_id")
            and doc[c.start].text in tables.common_nouns
            and doc[c.start].text not in tables.first_names
            and doc[c.start].text not in tables.person_words
            and tables.namelike(doc[c.start + 1])
        ):
            c.start += 1
            c.attrs.pop("canonical_name", None)
        while (
            c.label == "PER"
            and c.length >= 2
            and not c.attrs.get("canonical_id")
            and "-" in doc[c.end - 1].text
            and tables.class_noun(doc[c.end - 1])
            and doc[c.end - 1].text not in tables.surnames
            # "Ulrike Rabmer-Koller": after a lone first name a double surname
            and not (c.length == 2 and doc[c.start].text in tables.first_names)
        ):  # "Wilhelm Blasko Convenience-Fertiggerichte": a hyphen compound noun ends no name
            c.end -= 1
            c.attrs.pop("canonical_name", None)
        while (
            c.label == "PER"
            and (c.length >= 3 or (c.length == 2 and _genitive_word(tables, doc[c.start].text)))
            and not c.attrs.get("canonical_id")
            and doc[c.end - 1].text not in tables.surnames
            and tables.class_noun(doc[c.end - 1])
            and tables.namelike(doc[c.end - 2])
        ):  # "zu Alain Resnais Film", "Hanns Eislers Filmmusik", "Sarkozys Wahlkampfbudget":
            # an ordinary noun after a name (after one word only after a genitive)
            c.end -= 1
            c.attrs.pop("canonical_name", None)
    return final


def _genitive_word(tables: EntityTables, word: str) -> bool:
    """'Sarkozys', 'Chelseas': a word in -s that is no first name ("Chris") nor nominative -s."""
    return (
        word.endswith("s")
        and not word.endswith(NOMINATIVE_S)
        and word not in tables.first_names
        and word not in tables.surnames
    )


def _genitive(tables: EntityTables, doc: Doc, c: Cand, word: str) -> bool:
    """'Steven Spielbergs Thriller', 'im Magna-Konzern Frank Stronachs unter': a name's last
    word in the genitive (-s, the word no known first name or surname, a noun after it or,
    post-nominal, a common noun right before the name that is no title and no noun of a
    person)."""
    if (
        not word.endswith("s")
        or word.endswith(NOMINATIVE_S)  # "Gudenus", "Griss" are no genitives
        or len(word) <= 4
        or word in tables.first_names
        or word in tables.surnames
    ):
        return False
    nxt = c.end
    while nxt < len(doc) and doc[nxt].is_space:  # "Ray Kurzweils  Theorien" (two spaces)
        nxt += 1
    if nxt < len(doc) and doc[nxt].text[:1].isupper() and doc[nxt].pos_ in ("NOUN", "PROPN"):
        return True
    if c.start == 0 or c.length < 2 or word[-2] in VOWELS:  # "die Regierung Alexis Tsipras"
        return False
    before = doc[c.start - 1]
    return (
        before.pos_ == "NOUN"
        and before.text[:1].isupper()
        and not tables.is_title(before.text)
        and before.text not in tables.person_words
        # "die Qualifikantin Kiki Bertens": a noun of a person before a name is an apposition
        and not before.text.lower().endswith(tables.person_noun_endings)
    )


def person_names(
    tables: EntityTables, doc: Doc, final: list[Cand], words: list[str] | None = None
) -> None:
    """Give every PER a ``canonical_name`` and a ``canonical_id``.

    A lone surname that is the last word of exactly one longer PER of the document (also
    before it: "Messi ... Lionel Messi") takes that person's name; a genitive takes the name
    of the same person without the -s ("Steiners" after "Steiner", "Ernst Kaltenbrunners"
    -> "Ernst Kaltenbrunner"); a lone known first name the first word of exactly one longer
    PER ("Roger" after "Roger Federer"; not before a capitalised word); a lone surname of a
    registry person after a demonym of the person's country the registry person ("der
    britische Premierminister Cameron"); otherwise the name is the text. Registry persons
    keep their ids, and a lone name joined to one takes its id.
    """
    pers = [c for c in final if c.label == "PER"]
    _split_pairs(doc, pers)
    _shared_surnames(tables, doc, pers)
    named = _names(tables, doc, pers, words)
    longer: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    ids: dict[str, str] = {}  # full name -> registry id ("Angela" after "Angela Merkel")
    surnames = tables.registry_surnames
    named = [
        _registry_part(tables, c, name, last)
        if last in surnames and " " in name
        else (c, name, last)
        for c, name, last in named
    ]
    for c, name, last in named:
        if " " in name:
            longer.setdefault(last, set()).add(name)
            firsts.setdefault(name.split(" ", 1)[0], set()).add(name)
            if c.attrs.get("canonical_id"):
                ids.setdefault(name, c.attrs["canonical_id"])
    for c, name, last in named:
        if c.length == 1 and not c.attrs.get("canonical_id"):
            if len(longer.get(last, ())) == 1:
                name = next(iter(longer[last]))
            elif (
                last in tables.first_names
                and len(firsts.get(last, ())) == 1
                # "Klimaexperte Martin Kaiser" (the PER "Martin"): not Martin Schulz
                and not (c.end < len(doc) and doc[c.end].text[:1].isupper())
            ):
                name = next(iter(firsts[last]))  # "Roger" after "Roger Federer"
            if name in ids:
                c.attrs["canonical_id"] = ids[name]
            elif name == last:
                c.attrs.update(_registry_surname(tables, doc, c))
                name = c.attrs.get("canonical_name") or name
        c.attrs["canonical_name"] = name
        if not c.attrs.get("canonical_id"):
            c.attrs["canonical_id"] = PERSON_PREFIX + slug(name)


def _registry_part(tables: EntityTables, c: Cand, name: str, last: str) -> tuple[Cand, str, str]:
    """'Tayyip Erdoğan': a name of two words or more without an id whose words are all
    words of the one registry person ending in its last word is that person (its id and
    name: "Recep Tayyip Erdoğan")."""
    keys = tables.registry_surnames.get(last, ()) if " " in name else ()
    if len(keys) != 1 or c.attrs.get("canonical_id"):
        return c, name, last
    attrs = tables.entries[keys[0]][1]
    full = attrs.get("canonical_name") or ""
    if full != name and set(name.split()) <= set(full.split()):
        c.attrs.update({k: v for k, v in attrs.items() if v is not None})
        return c, full, last
    return c, name, last


def _split_pairs(doc: Doc, pers: list[Cand]) -> None:
    """'Reyna/Schmitz' (two players sharing a place in a line-up) names two persons: a lone
    'Schmitz' that took that name keeps its own (and no id made from the pair)."""
    for c in pers:
        name = c.attrs.get("canonical_name") or ""
        if "/" in name and "/" not in doc[c.start : c.end].text:
            c.attrs.pop("canonical_name", None)
            if (c.attrs.get("canonical_id") or PERSON_PREFIX).startswith(PERSON_PREFIX):
                c.attrs.pop("canonical_id", None)


def _shared_surnames(tables: EntityTables, doc: Doc, pers: list[Cand]) -> None:
    """'Anna und Jörg Winger', 'Joel und Ethan Coen': a lone known first name right before
    'und' and a PER of two words or more that starts with a first name shares that person's
    surname (canonical name "Anna Winger"); registry persons keep theirs."""
    by_start = {c.start: c for c in pers}
    for c in pers:
        nxt = by_start.get(c.end + 1)
        if (
            c.length != 1
            or nxt is None
            or nxt.length < 2
            or c.attrs.get("canonical_id")
            or doc[c.end].text != "und"
            or doc[c.start].text not in tables.first_names
            or doc[nxt.start].text not in tables.first_names
        ):
            continue
        surname = doc[nxt.start + 1 : nxt.end].text
        if surname[:1].isupper():
            c.attrs["canonical_name"] = f"{doc[c.start].text} {surname}"


#: How many tokens before a lone surname a demonym of the person's country may stand
#: ("der britische Premierminister Cameron").
DEMONYM_REACH = 3


def _registry_surname(tables: EntityTables, doc: Doc, c: Cand) -> dict[str, str | None]:
    """'der britische Premierminister Cameron': the attributes of the one registry person
    whose name ends in the lone surname and whose country a demonym (or country prefix:
    "US-Präsident") in the :data:`DEMONYM_REACH` tokens before names; else none."""
    keys = tables.registry_surnames.get(doc[c.start].text, ())
    if len(keys) != 1:
        return {}
    attrs = tables.entries[keys[0]][1]
    for tok in doc[max(0, c.start - DEMONYM_REACH) : c.start]:
        rec = tables.demonyms.get(tok.text)
        if rec is None and "-" in tok.text:
            rec = tables.country_prefix.get(tok.text.split("-", 1)[0])
        if rec is not None and rec.get("country_code") == attrs.get("country_code"):
            return {k: v for k, v in attrs.items() if v is not None}
    return {}


def _plain_s(tables: EntityTables, doc: Doc, pers: list[Cand], words: list[str] | None) -> set[str]:
    """Last words in -s that are the nominative: written where they are no genitive
    ("Vija Celmins stellt aus") and never without the -s in the document (not
    "Heinz-Christian Straches" of an article that also writes "Strache")."""
    ends = {doc[c.end - 1].text for c in pers if doc[c.end - 1].text.endswith("s")}
    if not ends:
        return set()
    stems = {w[:-1] for w in ends}
    stems &= set(doc_words(doc) if words is None else words)  # "Strache" ... "Straches"
    return {
        doc[c.end - 1].text
        for c in pers
        if doc[c.end - 1].text in ends
        and doc[c.end - 1].text[:-1] not in stems
        and not _genitive(tables, doc, c, doc[c.end - 1].text)
    }


def _names(
    tables: EntityTables, doc: Doc, pers: list[Cand], words: list[str] | None
) -> list[tuple[Cand, str, str]]:
    """(cand, name, last word without genitive -s) of every PER: a genitive -s goes
    ("Ernst Kaltenbrunners" -> "Ernst Kaltenbrunner"), unless the article writes the same
    word with -s where it is no genitive ("Vija Celmins stellt aus ... Celmins Kunst")."""
    lasts = {doc[c.end - 1].text for c in pers}
    plain = _plain_s(tables, doc, pers, words)
    named: list[tuple[Cand, str, str]] = []
    for c in pers:
        last = doc[c.end - 1].text
        name = " ".join((c.attrs.get("canonical_name") or doc[c.start : c.end].text).split())
        if last.endswith("s") and last[:-1] in lasts and last not in plain:
            last = last[:-1]  # "Steiners" after "Steiner"
        word = name.rsplit(" ", 1)[-1]
        registry = not (c.attrs.get("canonical_id") or PERSON_PREFIX).startswith(PERSON_PREFIX)
        if (
            word.endswith("s")
            and not registry  # a registry person keeps the registry's name
            and word not in plain
            and (word[:-1] in lasts or _genitive(tables, doc, c, word))
        ):
            name = name[:-1]  # "Ernst Kaltenbrunners" -> "Ernst Kaltenbrunner"
        named.append((c, name, last))
    return named


def entity_ids(doc: Doc, final: list[Cand]) -> list[str]:
    """The ``entity_id`` of each candidate (same order)."""
    out = []
    for c in final:
        name = c.attrs.get("canonical_name") or doc[c.start : c.end].text
        out.append(entity_id(entity_key(c.label, c.attrs.get("canonical_id"), name)))
    return out
