"""Last repairs of the merged entities: words that are no names of their class.

- a registry party named by an adjective ("Griechenlands geschlagene Linke") in a text that
  names another country and not the party's is no row
  (:func:`~pipeline.entities.context.foreign_parties`);
- a dateline ("Kos – Der griechische Verteidigungsminister ..."): a one-word PER at the
  start of the text or right after a sentence end, followed by a dash and a capitalised
  word, is the place the report comes from (not a surname taken from a full name of the
  text: "Entholzer – seit ...") (LOC, rule ``place.dateline``);
- a ranking ("Weltranglisten-45."): a word ending in a hyphen, digits and a full stop is
  no name; before a name in one span ("Weltranglisten-27. Kovac") it is cut off and the
  rest is the ranked player (PER);
- a title after a genitive ("Kölns Polizeipräsident"): a two-word ORG whose last word is a
  title (:meth:`~pipeline.entities.tables.EntityTables.is_title`) names an office, not
  an organisation;
- an agency and a person ("die Nachrichtenagentur TASR Fico"): an ORG of an acronym and a
  surname (known, or a PER elsewhere in the text) is the ORG and a PER;
- a job before a surname ("sagt Dokumentarfilmer Riha"): a two-word PER whose first word
  is a job (a title, or a long word with a person-noun ending; no first name) and whose
  last word ends another, longer PER of the text is the surname alone (the person resolution then names it);
- a set phrase ("im Allgemeinen für Mathematik"): a nominalised adjective in -en after a
  contraction, followed by a lower-case word, starts no name;
- a genitive of a registry ORG of the text read as a person ("Chelseas Krisentruppe") is that ORG;
- a country prefix before a common noun ("die US-Präsidentschaftswahl", model LOC) is no
  place;
- letters standing for unnamed things ("Partei B", "zwischen A und B", "Gruppe A"): a span
  of single capital letters (and conjunctions) is no name;
- an inflected adjective of a country ("Russischer Außenminister glaubt", model LOC): one
  word (no PER, no surname) with no rule or record and an ending of
  ``inflected_adjective_endings`` is no name;
- an unknown place adjective in -er before an ordinary noun ("Die Sichuaner Hausfrau",
  model LOC; "eine Sichuaner Köchin", model PER after a determiner) is no name;
- two persons joined in one span ("Jacobo bzw. Prietl", model PER): one PER each;
- a result after a team ("Golden State Warriors - Cleveland Cavaliers 93:95"): a score as
  the last word of a span is cut off;
- a capitalised adjective after a dateline dash ("Wien – Sinnvolles Wissen ..."): a
  one-word PER with an adjective ending (``adjective_endings``) followed by a noun is no
  name;
- a gazetteer town inside a longer name ("Whoopi Goldberg", "Hannibal Lecter"): a
  one-word gazetteer place next to a capitalised name-like word outside every entity is no
  row;
- common words in their common use (:func:`_common_use`): a unit right after a number
  ("Der 5,7 Zoll große Bildschirm"; ``units_after_number``), a language after
  ``language_cues`` ("ins Deutsche übersetzt"), a registry organisation alias that is an
  ordinary noun after an article and an adjective or participle ("in einem Interview der
  US-geführten Allianz": the alliance, not Allianz SE), an epoch ("aus dem Mittelalter"),
  an interjection ("Haha man kann ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..labels import DASHES
from .candidates import Cand, covered
from .context import foreign_parties
from .tables import EntityTables

SENTENCE_ENDS = frozenset({".", "!", "?"})  # not ":" ("Rapid: Novota – Auer, ...")
_RANKING = re.compile(r"\w-\d+\.$")
_NOUN_TAGS = frozenset({"NN"})
_SCORE = re.compile(r"\d{1,3}:\d{1,3}")
#: a word this long with a person-noun ending ("Dokumentarfilmer") is a job, not a first name
JOB_LENGTH = 9


def tidy(tables: EntityTables, doc: Doc, final: list[Cand], words: list[str]) -> list[Cand]:
    """``final`` with datelines as places, rankings, offices and adjectives dropped,
    agency-person pairs split and jobs cut off surnames."""
    out: list[Cand] = []
    final = foreign_parties(tables, doc, final, words)
    pers = {words[c.start]: c.attrs for c in final if c.label == "PER" and c.length == 1}
    orgs = {  # registry organisations and teams of the text ("Chelsea"), not any ORG ("Sova")
        " ".join(words[c.start : c.end]): c
        for c in final
        if c.label == "ORG" and (c.attrs.get("canonical_id") or c.rule == "org.team")
    }
    longer: dict[str, set[str]] = {}  # surname -> first words of the longer PERs ending in it
    for c in final:
        if c.label == "PER" and c.length > 1:
            longer.setdefault(words[c.end - 1], set()).add(words[c.start])
    taken = covered(final)
    for c in final:
        if (
            _ranking(words[c.end - 1])
            or _name_part(tables, doc, words, c, taken)
            or _office(tables, words, c)
            or _letters(tables, words, c)
            or _common_use(tables, doc, words, c)
        ):
            continue
        if _inflected_adjective(tables, words, c) or _place_adjective(tables, doc, words, c):
            continue
        if c.length > 1 and _SCORE.fullmatch(words[c.end - 1]):
            c.end -= 1  # "Cleveland Cavaliers 93:95": the result is no part of the name
        if _set_phrase(tables, words, c) or _prefixed_noun(tables, words, c):
            continue
        if c.length > 1 and _ranking(words[c.start]):
            # "der Weltranglisten-27. Kovac" (one model span): the ranking is no name
            c.start, c.label, c.attrs, c.rule = c.start + 1, "PER", {}, "person.after_ranking"
        if c.label == "PER" and c.length == 1:
            org = orgs.get(words[c.start][:-1]) if words[c.start].endswith("s") else None
            if org is not None and not c.attrs.get("canonical_id"):
                # "Chelseas Krisentruppe" after "Chelsea" (ORG): the club's genitive
                c.label, c.attrs, c.rule = "ORG", dict(org.attrs), org.rule
            elif _dateline(words, c):
                c.label, c.attrs, c.rule = "LOC", {"entity_type": "place"}, "place.dateline"
            elif _adjective(tables, doc, c):
                continue
        elif c.label == "PER" and c.length == 2 and _job(tables, words, c, longer):
            c.start, c.attrs, c.rule = c.start + 1, {}, "person.job_cut"
        elif c.label == "ORG" and c.length >= 2 and _agency_person(tables, words, c, pers):
            out.append(Cand(c.start, c.end - 1, "ORG", {}, c.source, "org.agency_cut"))
            attrs = dict(pers.get(words[c.end - 1]) or {})
            c.start, c.label, c.attrs, c.rule = c.end - 1, "PER", attrs, "person.after_agency"
        out.append(c)
    return out


def _ranking(word: str) -> bool:
    """'Weltranglisten-27.': :data:`_RANKING` (a hyphen and a dot first, no regex)."""
    return "-" in word and "." in word and _RANKING.search(word) is not None


def _common_use(tables: EntityTables, doc: Doc, words: list[str], c: Cand) -> bool:
    """A lone word (no person) used as the common word it also is: a unit after a number
    ("5,7 Zoll große"), a language ("ins Deutsche", "im Englischen"), a registry alias that
    is an ordinary noun after an article and an adjective or participle ("der
    US-geführten Allianz", "einer neuen Allianz", "des italienischen Grundgesetzes"), a
    registry party named by a nominalised adjective after a masculine article
    (``person_adjective_articles``: "Der Linke Fabio De Masi" is a person), a model MISC of an epoch that is an
    ordinary noun (``common_epochs``: "aus dem Mittelalter"), an interjection
    (``interjections``: "Haha man kann ...")."""
    if c.length == 1 and words[c.start] in tables.interjections:
        return not c.attrs.get("canonical_id")  # "Haha man kann ...": no name
    if c.length != 1 or c.label == "PER" or c.start == 0:
        return False
    word, before = words[c.start], words[c.start - 1]
    if word in tables.units_after_number and any(ch.isdigit() for ch in before):
        return True
    # a party named by an adjective ("Grüne", "Linke"; not "Titel der voestalpine")
    party = c.attrs.get("entity_type") == "party" and word.endswith(("e", "en"))
    if party and word.endswith("e") and before in tables.person_adjective_articles:
        # "Der Linke Fabio De Masi", "Der Linke hält ...": a nominalised adjective, a person
        return doc[c.start - 1].pos_ == "DET"
    if party and before in tables.language_cues:
        return True  # "ein Wochenende im Grünen", "ins Grüne": the countryside, not the party
    if c.attrs.get("canonical_id") is None and before in tables.language_cues:
        return word.rstrip("n") == "Deutsche" or word.endswith(tables.inflected_adjective_endings)
    if c.label == "MISC" and c.rule is None and word in tables.common_epochs:
        return True  # "aus dem Mittelalter": an epoch named by an ordinary noun
    return (
        c.start >= 2
        and c.label in ("ORG", "MISC")  # "einem zusätzlichen Euro" stays
        and bool(c.attrs.get("canonical_id"))
        and word in tables.common_nouns
        and not word.endswith(("e", "en"))  # "den zweitplatzierten Grünen"
        and doc[c.start - 1].tag_ == "ADJA"
        and before.rpartition("-")[2].islower()  # "der Schweizer Bundesrat" is the body
        and _foreign_adjective(tables, before, c)  # "die deutsche Bundesregierung" stays
        and doc[c.start - 2].pos_ == "DET"
    )


def _foreign_adjective(tables: EntityTables, before: str, c: Cand) -> bool:
    """No demonym, or one of another country than the record's ("des italienischen
    Grundgesetzes" is not the German Basic Law; "die deutsche Bundesregierung" is the
    German government)."""
    rec = tables.demonyms.get(before)
    if rec is None:
        return True
    own = c.attrs.get("country_code")
    return bool(own) and rec.get("country_code") not in (None, own)


def _name_part(tables: EntityTables, doc: Doc, words: list[str], c: Cand, taken: set) -> bool:
    """'Whoopi Goldberg', 'Hannibal Lecter', 'Marat Numan': a one-word gazetteer place
    (no registry place) right after or before a capitalised name-like word outside every entity
    (no place, not at the start of a sentence) is part of a longer name, not that town."""
    if c.length != 1 or not (c.rule or "").startswith("place:geo"):
        return False
    k = c.start - 1
    if k >= 0 and k not in taken and not doc[k].is_sent_start and _other_name(tables, doc[k]):
        return True
    k = c.end
    return k < len(words) and k not in taken and _other_name(tables, doc[k])


def _other_name(tables: EntityTables, tok) -> bool:
    """A capitalised name-like word that is no place name, no noun compound unless tagged
    as a name ("Armeebasis Joliet" stays) and no run of glued words
    ("...PurkersdorfTullnerbach Wolfsgraben")."""
    word = tok.text
    return (
        tables.namelike_word(word)
        and word not in tables.gaz_words
        and not any(ch.isupper() for ch in word[1:])
        and (tok.pos_ == "PROPN" or not (tables.noun_compound(word) or tables.two_nouns(word)))
    )


def _letters(tables: EntityTables, words: list[str], c: Cand) -> bool:
    """'Partei B', 'zwischen A und B': single capital letters (and joiners) name nothing."""
    joiners = tables.name_joiners
    return all((len(w) == 1 and w.isupper()) or w in joiners for w in words[c.start : c.end])


def _inflected_adjective(tables: EntityTables, words: list[str], c: Cand) -> bool:
    """'Russischer Außenminister glaubt': a lone model place, organisation or work with an
    adjective's ending (not a person: "Fischer")."""
    return (
        c.length == 1
        and c.label != "PER"
        and c.rule is None
        and words[c.start] not in tables.surnames
        and not c.attrs.get("canonical_id")
        and words[c.start].endswith(tables.inflected_adjective_endings)
    )


def _place_adjective(tables: EntityTables, doc: Doc, words: list[str], c: Cand) -> bool:
    """'Die Sichuaner Hausfrau' (model LOC; model PER after a determiner: "eine Sichuaner
    Köchin"): one unknown word in -er (no known place, name or person's word) right before
    an ordinary noun is the adjective of a place, no name."""
    word = words[c.start]
    return (
        c.length == 1
        and word.endswith("er")
        # not a model ORG: "dem Doepfer Modul-Synthesizer" is the maker's
        and (
            c.label == "LOC"
            or (c.label == "PER" and c.start > 0 and doc[c.start - 1].pos_ == "DET")
        )
        and c.rule is None
        and not c.attrs.get("canonical_id")
        and word not in tables.gaz_words
        and word not in tables.lexicon_words
        and not tables.person_word(word)
        and c.end < len(words)
        and tables.class_noun(doc[c.end])
    )


def split_joined(tables: EntityTables, final: list[Cand], words: list[str]) -> list[Cand]:
    """'Jacobo bzw. Prietl' (one model PER of three or more words with a joiner inside):
    one PER for each name (rule ``person.joined_split``), before names are propagated."""
    out: list[Cand] = []
    for c in final:
        if c.label == "PER" and c.length >= 3 and c.rule is None:
            c = _split_joined(tables, words, c, out)
        out.append(c)
    return out


def _split_joined(tables: EntityTables, words: list[str], c: Cand, out: list[Cand]) -> Cand:
    """The persons of ``c`` before a joiner go to ``out``, the last one is returned."""
    start = c.start
    for k in range(c.start + 1, c.end - 1):
        if words[k] in tables.name_joiners:
            if k > start:
                out.append(Cand(start, k, "PER", {}, c.source, "person.joined_split"))
            start = k + 1
    if start == c.start:
        return c
    return Cand(start, c.end, "PER", {}, c.source, "person.joined_split")


def _dateline(words: list[str], c: Cand) -> bool:
    """'Kos – Der ...': at the start of the text or after a sentence end, before a dash."""
    if c.rule == "person.propagated":  # "Entholzer – seit zwei Jahren Parteichef –"
        return False
    start = c.start == 0 or words[c.start - 1] in SENTENCE_ENDS
    dash = c.end + 1 < len(words) and words[c.end] in DASHES
    return start and dash and words[c.end + 1][:1].isupper()


def _adjective(tables: EntityTables, doc: Doc, c: Cand) -> bool:
    """'Wien – Sinnvolles Wissen': an adjective ending, after a dash, before a noun."""
    word = doc[c.start].text
    if not word.endswith(tables.adjective_endings) or c.attrs.get("canonical_id"):
        return False
    if word in tables.first_names or word in tables.surnames or word in tables.person_words:
        return False
    after_dash = c.start > 0 and doc[c.start - 1].text in DASHES
    nxt = doc[c.end] if c.end < len(doc) else None
    return after_dash and nxt is not None and nxt.text[:1].isupper() and nxt.tag_ in _NOUN_TAGS


def _office(tables: EntityTables, words: list[str], c: Cand) -> bool:
    """'Kölns Polizeipräsident': two words, the last a title."""
    return c.label == "ORG" and c.length == 2 and tables.is_title(words[c.end - 1])


def _job(tables: EntityTables, words: list[str], c: Cand, longer: dict[str, set[str]]) -> bool:
    """'Dokumentarfilmer Riha' after 'Georg Riha': a common noun before a known surname."""
    word = words[c.start]
    job = tables.is_title(word) or (
        len(word) >= JOB_LENGTH and word.endswith(tables.person_noun_endings) and word[-1] != "e"
    )
    return (
        job
        and bool(longer.get(words[c.end - 1], set()) - {word})
        and not tables.given_name(word)
        and word not in tables.person_words
    )


def _agency_person(tables: EntityTables, words: list[str], c: Cand, pers: dict) -> bool:
    """'TASR Fico': an acronym, then a surname."""
    last = words[c.end - 1]
    head = words[c.end - 2]
    known = last in tables.surnames or last in pers
    return known and len(head) >= 2 and head.isupper() and head.isalpha()


def _set_phrase(tables: EntityTables, words: list[str], c: Cand) -> bool:
    """'im Allgemeinen für Mathematik': a nominalised adjective in -en after a contraction
    (``adjective_contractions``) followed by a lower-case word starts no name ("im Weißen
    Haus" does)."""
    word = words[c.start]
    return (
        c.start > 0
        and c.length >= 2
        and words[c.start - 1] in tables.adjective_contractions
        and word.endswith("en")
        and words[c.start + 1][:1].islower()
        and not c.attrs.get("canonical_id")
    )


def _prefixed_noun(tables: EntityTables, words: list[str], c: Cand) -> bool:
    """'die US-Präsidentschaftswahl' (model LOC): a country prefix before a common noun is
    no place (the prefix is a demonym span)."""
    if c.label != "LOC" or c.length != 1 or c.attrs.get("canonical_id"):
        return False
    prefix, _, tail = words[c.start].partition("-")
    return (
        prefix in tables.country_prefix
        and tail[:1].isupper()
        and (tail in tables.common_nouns or _noun_tail(tables, tail))
    )


def _noun_tail(tables: EntityTables, word: str) -> bool:
    """'Präsidentschaftswahl': ends in a common noun of four letters or more."""
    nouns = tables.common_nouns
    return any(word[k].upper() + word[k + 1 :] in nouns for k in range(1, len(word) - 3))
