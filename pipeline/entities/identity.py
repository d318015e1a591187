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

from .candidates import Cand, covered, owners
from .names import nominative
from .tables import DocWords, EntityTables, doc_words, where

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
    final = noun_acronyms(tables, doc, bracket_terms(tables, doc, final, words, intro), words)
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
            # "die Internet Watch Foundation (IWF)" recognised as "Watch Foundation": widen it
            if not (
                _abbreviates(words[k + 1], name)
                or _initials(words[k + 1], name)
                or _widen_to_acronym(doc, c, words[k + 1], occupied_before(final, c))
            ):
                continue
            c.label = "ORG"  # "des Front National (FN)" (model LOC): a named body
            intro[words[k + 1]] = c
    if not intro:
        return final
    occupied = owners(final)
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
            new = Cand(tok.i, tok.i + 1, src.label, attrs, "rules", "org.acronym")
            out.append(new)
            occupied[tok.i] = new
        elif c.length == 1 and (
            not c.attrs.get("canonical_id") or not src.attrs.get("canonical_id")
        ):
            # "der Slowenischen Staatsbahnen (SZ)": the text's own organisation, not the
            # registry's other sense of the letters (Süddeutsche Zeitung)
            registry = bool(c.attrs.get("canonical_id"))
            c.label, c.attrs = src.label, attrs
            c.rule = "org.acronym" if registry else c.rule or "org.acronym"
    return sorted(out, key=lambda c: c.start)


def occupied_before(final: list[Cand], c: Cand) -> int:
    """The end of the candidate before ``c`` (0 when none): how far ``c`` may grow left."""
    ends = [o.end for o in final if o.end <= c.start]
    return max(ends, default=0)


def _widen_to_acronym(doc: Doc, c: Cand, short: str, floor: int) -> bool:
    """Grow ``c`` left over up to two capitalised words when the grown name is what the
    acronym after it abbreviates ("Internet" + "Watch Foundation (IWF)"); True if it grew."""
    for start in range(c.start - 1, max(c.start - 3, floor - 1), -1):
        t = doc[start]
        if not t.text[:1].isupper() or t.pos_ in _FUNCTION_POS or not t.is_alpha:
            return False
        name = doc[start : c.end].text
        if _abbreviates(short, name):
            c.start = start
            c.attrs["canonical_name"] = name
            return True
    return False


#: Parts of speech that start no phrase before an acronym (articles, prepositions, pronouns).
_FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "ADV"})
#: How many capitalised words before an acronym in brackets make its phrase.
PHRASE_REACH = 4


def _bracket_phrase(tables: EntityTables, doc: Doc, words: list[str], k: int) -> int | None:
    """The first token of the capitalised phrase of two words or more right before the
    bracket at ``k`` that starts after a lower-case word and with an adjective ("der
    Slowenischen Staatsbahnen (", "der Nachhaltigen Entwicklungsziele ("), else None."""
    j = k
    while (
        j > 0
        and k - j < PHRASE_REACH
        and words[j - 1][:1].isupper()
        and words[j - 1].isalpha()
        and doc[j - 1].pos_ not in _FUNCTION_POS  # "Der Integrale Taktfahrplan (ITF)"
    ):
        j -= 1
    if k - j < 2 or doc[j].tag_ != "ADJA":
        return None
    if j > 0 and not (words[j - 1].islower() or doc[j - 1].pos_ == "DET"):
        return None
    return j


def _term(
    tables: EntityTables, doc: Doc, words: list[str], j: int, k: int, acro: Cand | None
) -> bool:
    """'der Integrale Taktfahrplan (ITF)', 'der Nachhaltigen Entwicklungsziele (Sustainable
    Development Goals ...)': capitalised adjectives and a German common noun, before its
    acronym (no registry id, the phrase's letters) or a MISC in the bracket."""
    if not _term_noun(tables, words[k - 1]) or any(doc[i].tag_ != "ADJA" for i in range(j, k - 1)):
        return False
    if acro is None:
        return k + 1 < len(doc) and doc[k + 1].ent_type_ == "MISC"
    phrase = doc[j:k].text
    return not acro.attrs.get("canonical_id") and _abbreviates(words[k + 1], phrase)


def noun_acronyms(
    tables: EntityTables, doc: Doc, final: list[Cand], words: list[str]
) -> list[Cand]:
    """'jenes Eisenbahnverkehrsunternehmen (EVU)': an acronym in brackets right after a
    determiner and one German common noun whose letters it takes abbreviates that noun,
    a kind of thing: it and its later mentions ("die EVUs") without a registry id are no
    names. After a definite article only if the text also uses the letters in the plural
    ("der Bundeswettbewerbsbehörde (BWB)" is one body)."""
    n = len(words)
    nouns: set[str] = set()
    for k in words.at("paren") if isinstance(words, DocWords) else where(words, ("(",)):
        if (
            2 <= k
            and k + 2 < n
            and words[k + 2] == ")"
            and doc[k - 2].pos_ == "DET"
            and words[k - 2].islower()
            # "der Bundeswettbewerbsbehörde (BWB)": a definite article names one body,
            # unless the text makes the letters a plural ("EVUs")
            and (doc[k - 2].morph.get("Definite") != ["Def"] or words[k + 1] + "s" in words)
            and _ACRONYM.fullmatch(words[k + 1])
            and _term_noun(tables, words[k - 1])
            and _abbreviates(words[k + 1], words[k - 1])
        ):
            nouns.update((words[k + 1], words[k + 1] + "s"))
    if not nouns:
        return final
    return [
        c
        for c in final
        if not (c.length == 1 and words[c.start] in nouns and not c.attrs.get("canonical_id"))
    ]


def bracket_terms(
    tables: EntityTables, doc: Doc, final: list[Cand], words: list[str], intro: dict[str, Cand]
) -> list[Cand]:
    """Phrases with their acronym in brackets. 'ein Sprecher der Slowenischen Staatsbahnen
    (SZ)': a capitalised phrase whose last word names an organisation
    (``org_noun_endings``) is an ORG, and the acronym after it that organisation, not the
    registry's other sense of the letters (Süddeutsche Zeitung); 'der Integrale Taktfahrplan
    (ITF)', 'der Nachhaltigen Entwicklungsziele (Sustainable Development Goals ...)': a
    phrase of another noun names a term, MISC, and so does its acronym. Fills ``intro``
    (acronym -> the phrase's candidate) for the later mentions."""
    by_start = {c.start: c for c in final}
    taken = covered(final)
    out = list(final)
    for k in words.at("paren") if isinstance(words, DocWords) else where(words, ("(",)):
        j = _bracket_phrase(tables, doc, words, k)
        if j is None:
            continue
        org = any(_org_noun(tables, w) for w in words[j:k])  # "Technischen Universität Nanyang"
        phrase = by_start.get(j)
        if phrase is not None and (phrase.end != k or phrase.attrs.get("canonical_id")):
            continue
        acro = by_start.get(k + 1) if k + 2 < len(words) and words[k + 2] == ")" else None
        if acro is not None and (acro.length != 1 or acro.label not in ("ORG", "MISC")):
            acro = None
        if phrase is None and (acro is None or (not org and acro.attrs.get("canonical_id"))):
            continue  # "die Präsidentin der Europäischen Kommission (EU)": no phrase entity
        if not org and not _term(tables, doc, words, j, k, acro if phrase is None else None):
            continue
        if phrase is None and org:
            if taken.intersection(range(j, k)) or not acro.attrs.get("canonical_id"):
                continue  # part of another entity, or no registry sense to undo
            phrase = Cand(j, k, "ORG", {}, "rules", "org.before_acronym")
            phrase.attrs["canonical_name"] = nominative(tables, doc, j, k)
            out.append(phrase)
        src = acro if phrase is None else phrase  # a term's acronym alone: "(ITF)" MISC
        if src is acro or not org:  # an organisation the model found keeps its attributes
            src.label = "ORG" if org else "MISC"
            src.attrs = {"canonical_name": nominative(tables, doc, j, k)}
        if acro is not None and _ACRONYM.fullmatch(words[k + 1]):
            if acro is not src:
                acro.label, acro.attrs, acro.rule = src.label, dict(src.attrs), "org.acronym"
            intro[words[k + 1]] = src
    return sorted(out, key=lambda c: c.start)


def trim_class_nouns(tables: EntityTables, doc: Doc, final: list[Cand]) -> list[Cand]:
    """'Forensiker Havranek' -> 'Havranek': an ordinary noun (no first name, no person's word)
    at the start of a PER of two or more words without a registry id is not part of the
    name, nor a hyphenated compound noun or (after two words) an ordinary noun at its end.
    Runs before later mentions take the full name. Organisations first
    (:func:`_class_orgs`)."""
    final = _class_orgs(tables, doc, final)
    for c in final:
        while (
            c.label == "PER"
            and c.length >= 2
            and not c.attrs.get("canonical_id")
            and doc[c.start].text in tables.common_nouns
            and doc[c.start].text not in tables.first_names
            and doc[c.start].text not in tables.person_words
            and not tables.capital_particle(doc[c.start])
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


def _org_noun(tables: EntityTables, word: str) -> bool:
    """'Staatsbahnen', 'Bank', 'Instituts': a noun (or its genitive) that names
    organisations."""
    low = word.lower()
    ends = tables.org_noun_endings
    return (
        low.endswith(ends)
        or (low.endswith("s") and low[:-1].endswith(ends))
        or (low.endswith("es") and low[:-2].endswith(ends))
        or word in tables.org_head_nouns
    )


def _term_noun(tables: EntityTables, word: str) -> bool:
    """'Taktfahrplan', 'Entwicklungsziele': a German common noun or compound of one."""
    return word in tables.common_nouns or tables.noun_compound(word) or tables.two_nouns(word)


def _class_orgs(tables: EntityTables, doc: Doc, final: list[Cand]) -> list[Cand]:
    """Class nouns run into organisation names (no registry id): 'Coach Neville' (model ORG)
    -> PER 'Neville' (a class noun before the surname of a full name of the text); 'auf
    Youtube Coverversionen' -> 'Youtube' (a name after a preposition before a plural
    common noun that names no organisation); 'der
    Billig-Tochter Germanwings' (ORG on the class noun alone) -> 'Germanwings'; 'der
    YPG-Miliz' keeps its span and is named by the acronym ('YPG', as a later 'YPG'); 'des
    Fußball-Bundesliga-Absteigers SC Wiener Neustadt' -> 'SC Wiener Neustadt'."""
    taken = covered(final)
    # surnames of the text's full names ("Gary Neville"): "Coach Neville" is that person
    surnames = {doc[c.end - 1].text for c in final if c.label == "PER" and c.length >= 2}
    for c in final:
        if c.label != "ORG" or c.attrs.get("canonical_id"):
            continue
        first, last = doc[c.start], doc[c.end - 1]
        if c.length == 2 and tables.class_noun(first) and last.text in surnames:
            c.start, c.label, c.attrs, c.rule = c.start + 1, "PER", {}, "person.after_class_noun"
        elif (
            c.length == 2
            and c.start > 0
            and doc[c.start - 1].pos_ == "ADP"  # "auf Youtube Coverversionen", no article
            and first.pos_ == "PROPN"
            and last.text in tables.common_nouns
            and first.tag_ != "ADJA"
            and last.morph.get("Number") == ["Plur"]
            and last.text.endswith("en")  # not "United Internet", "Krone Multimedia"
            and tables.class_noun(last)
            and not _org_noun(tables, last.text)
        ):
            c.end -= 1
            c.attrs.pop("canonical_name", None)
        elif c.length >= 2 and _genitive_class(tables, doc, c):
            # "des Fußball-Bundesliga-Absteigers SC Wiener Neustadt": the class noun goes
            c.start += 1
            c.attrs.pop("canonical_name", None)
        elif c.length == 1 and "-" in first.text:
            head, _, tail = first.text.rpartition("-")
            if tail.lower() in tables.acronym_class_heads and _ACRONYM.fullmatch(head):
                c.attrs["canonical_name"] = head  # "YPG-Miliz" -> "YPG"
            elif tables.class_noun(first) and c.end < len(doc):
                nxt = doc[c.end]
                if c.end in taken:
                    c.label = ""  # the name after it is an entity of its own: dropped
                elif nxt.pos_ == "PROPN" and tables.namelike(nxt) and not nxt.text.isupper():
                    c.start, c.end, c.rule = c.end, c.end + 1, "org.after_class_noun"
                    c.attrs.pop("canonical_name", None)
    return [c for c in final if c.label]


def _genitive_class(tables: EntityTables, doc: Doc, c: Cand) -> bool:
    """'des Fußball-Bundesliga-Absteigers SC Wiener Neustadt': an ordinary noun in the
    genitive (-s, after "des"/"eines") at the start of an ORG, before a name word or an
    acronym."""
    first, nxt = doc[c.start], doc[c.start + 1]
    return (
        c.start > 0
        and doc[c.start - 1].lower_ in ("des", "eines")
        and first.text.endswith("s")
        and tables.class_noun(first)
        and not _org_noun(tables, first.text)
        and (nxt.text.isupper() or tables.namelike(nxt))  # "Militärkommandos Steiermark" stays
    )


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
    word in the genitive (-s, the word no known first name or surname -- "Tom Hanks
    Regie-Debüt" keeps its -s --, the word without -s a known surname, a noun after it or,
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
    if word[:-1] in tables.surnames:  # "Wes Andersons filigranes ...": the list knows "Anderson"
        return True
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


def _plain_s(
    tables: EntityTables, doc: Doc, pers: list[Cand], words: list[str], compounds: set[str]
) -> set[str]:
    """Last words in -s that are the nominative: written where they are no genitive
    ("Vija Celmins stellt aus") and never without the -s in the document (not
    "Heinz-Christian Straches" of an article that also writes "Strache"; ``compounds``: the
    first parts of the text's hyphen compounds, "Schiele-Werke")."""
    ends = {words[c.end - 1] for c in pers if words[c.end - 1].endswith("s")}
    if not ends:
        return set()
    stems = {w[:-1] for w in ends}
    stems &= set(words) | compounds  # "Strache" ... "Straches", "Schiele-Werke" ... "Schieles"
    return {
        words[c.end - 1]
        for c in pers
        if words[c.end - 1] in ends
        and words[c.end - 1][:-1] not in stems
        and not _genitive(tables, doc, c, words[c.end - 1])
    }


def _names(
    tables: EntityTables, doc: Doc, pers: list[Cand], words: list[str] | None
) -> list[tuple[Cand, str, str]]:
    """(cand, name, last word without genitive -s) of every PER: a genitive -s goes
    ("Ernst Kaltenbrunners" -> "Ernst Kaltenbrunner"), unless the article writes the same
    word with -s where it is no genitive ("Vija Celmins stellt aus ... Celmins Kunst")."""
    words = doc_words(doc) if words is None else words
    lasts = {words[c.end - 1] for c in pers}
    # "Werke Egon Schieles ... Schiele-Werke": the name without -s before a hyphen
    compounds = {w.split("-", 1)[0] for w in words if "-" in w and w[:1].isupper()}
    lasts |= compounds - tables.first_names
    plain = _plain_s(tables, doc, pers, words, compounds)
    named: list[tuple[Cand, str, str]] = []
    for c in pers:
        last = words[c.end - 1]
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
