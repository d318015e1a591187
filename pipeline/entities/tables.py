"""Lookup tables of the entity layer, built once from an :class:`EntityLexicon`, and the
word tests on them (name-like words, titles, ordinary nouns and their compounds)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from itertools import compress
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from .lexicon import WORD_LISTS, EntityLexicon, alias_forms, place_genitive, record_attrs

EDGE_PUNCT = frozenset({".", ",", ";", ":", "(", ")", "-", "–", "—", "/", "'s", "’s", "'"})
TRIM_POS = frozenset({"ADJ", "DET", "ADP", "VERB", "ADV", "AUX"})
_NAME_REST = re.compile(r"[\w'’.-]*[\w.]")  # after a capital: "O'Neill", "Jean-Luc", "Jr."
_ROMAN = re.compile(r"[IVXLC]{1,6}")


#: Word tests of the rule passes (bit of :meth:`EntityTables.word_tests`): which words can
#: start a rule of each pass (supersets; the passes check the context).
WORD_TESTS = {
    name: 1 << k
    for k, name in enumerate(
        (
            "hyphen",
            "gazetteer",
            "work",
            "legal",
            "pattern",
            "url",
            "institution",
            "title_or_first",
            "person_list",
            "demonym",
            "sports_code",
            "sports",
            "space",
            "colon",
            "paren",
        )
    )
}


#: how many words a per-word memo keeps before it starts again (a long run stays bounded)
MEMO_SIZE = 100_000
_MISSING = object()


def remembered(memo: dict[str, Any], word: str, compute: Callable[[str], Any]) -> Any:
    """``compute(word)``, kept in ``memo`` (cleared when it outgrows :data:`MEMO_SIZE`)."""
    value = memo.get(word, _MISSING)
    if value is _MISSING:
        if len(memo) > MEMO_SIZE:
            memo.clear()
        value = memo[word] = compute(word)
    return value


class EntityTables:
    """Matcher and word sets of one lexicon (the lists of ``entity_words.jsonl`` are
    attributes named by their id: ``tables.org_heads``, ``tables.name_stop`` ...)."""

    def __init__(self, nlp: Language, lexicon: EntityLexicon) -> None:
        """Build matchers and lookup tables from ``lexicon`` (once, not per Doc)."""
        self.nlp = nlp
        self._kinds: dict[str, str | None] = {}  # class_kind, memoised per word
        d = lexicon.data
        self._word_lists(d.get("words", []))
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        #: match key -> (label, attrs, rule id)
        self.entries: dict[str, tuple[str, dict[str, Any], str]] = {}
        self.ambiguous: set[tuple[str, str]] = set()  # (key, alias text)
        self.known_words: set[str] = set()  # words that the lexicon knows as (part of) a name
        self.org_first: dict[str, str] = {}  # one-token alias -> key, for hyphen compounds
        #: match key -> country codes of the news in which it wins a shared alias
        self.contexts: dict[str, frozenset[str]] = {}
        patterns: dict[str, list[str]] = {}
        self._registry(d, patterns)
        self._places(d.get("places", []), patterns)
        self._persons(d.get("persons", []), patterns)
        self.common_nouns: set[str] = set()
        for rec in d.get("nouns", []):
            (self.common_nouns if rec["kind"] == "common_noun" else self.first_names).update(
                rec["words"].split()
            )
        self._demonyms(d.get("demonyms", []), d.get("places", []))
        self._club_cities(d.get("organisations", []))
        #: last words of the two-word team nicknames ("Red Wings" -> "Wings")
        self.team_name_tails = frozenset(n.rsplit(" ", 1)[-1] for n in self.team_names if " " in n)
        self._replacements(d.get("organisations", []))
        self._add_patterns(patterns)
        self.ambiguous_keys = frozenset(k for k, _ in self.ambiguous)  # records with any
        self.ambiguous_words = frozenset(a for _, a in self.ambiguous)  # "Siegen"
        #: first words of gazetteer names that several countries' records share ("Bethlehem")
        self.shared_gaz = frozenset(
            f for f, names in self.gazetteer.items() if len({n for n, _ in names}) < len(names)
        )
        #: the names of the cities of ``city_states`` ("Salzburg")
        self.city_state_names = frozenset(
            attrs.get("canonical_name")
            for _label, attrs, _rule in self.entries.values()
            if attrs.get("canonical_id") in self.city_states
        )
        #: lowercase organisation head nouns of four letters or more, as word endings
        self.org_head_endings = tuple(h.lower() for h in self.org_head_nouns if len(h) >= 4)
        # a known name is never vetoed as a common noun or used as a name part of a title rule
        self.lexicon_words = set(self.known_words) | set(self.demonyms)
        self.first_names = {
            f
            for f in self.first_names - self.lexicon_words
            if len(f) > 2 and f not in self.name_stop
        }
        self._titles: dict[str, bool] = {}  # is_title, memoised per word
        self._prefixed: dict[str, bool] = {}  # prefixed_place, memoised per word
        self._namelike: dict[str, bool] = {}  # namelike_word, memoised per word
        self._compound: dict[str, bool] = {}  # noun_compound, memoised per word
        #: text by ORTH hash and the non-zero word_tests bits, memoised per run (DocWords)
        self.word_text: dict[int, str] = {}
        self.word_bits: dict[int, int] = {}

    def word_tests(self, t: str) -> int:
        """The :data:`WORD_TESTS` bits of one word."""
        hyphen = "-" in t and not t.startswith("-")
        tests = (
            hyphen,
            t in self.gazetteer,
            self.class_kind(t) is not None,
            t in self.legal_forms or t[:-1] in self.legal_forms,
            self.pattern_word(t),
            "." in t and bool(self.url.fullmatch(t)),  # a web address has a dot before its domain
            ("-" in t[1:-1] and t[:1].isupper()) or t in self.org_head_nouns,
            (self.is_title(t) and t not in self.no_title_rule) or t in self.first_names,
            self.person_list_word(t),
            t in self.demonyms or hyphen,
            self.sports_codes.get(t) in self.country_prefix,
            t in self.sports_words or t in self.team_roles or t in self.team_rankings,
            t.isspace(),  # a space token: "Casinos  Austria" (two spaces)
            t == ":",  # a team's colon before a line-up
            t == "(",  # an acronym's bracket
        )
        return sum(1 << k for k, hit in enumerate(tests) if hit)

    def class_kind(self, t: str) -> str | None:
        """:meth:`_class_kind`, memoised per word."""
        return remembered(self._kinds, t, self._class_kind)

    def _class_kind(self, t: str) -> str | None:
        """``work`` / ``media`` / ``org`` when ``t`` is a class noun of ``work_cands``: one of
        the lists, also in the genitive ("Verbandes", "Konzerns"), or a compound ending in
        an ``org_class_heads`` head ("Anwaltskanzlei", "Hightech-Verbandes"): ``org``, in a
        ``work_class_heads`` head ("Enthüllungsdrama", "Teenagerinnen-Drama"): ``work``."""
        if not t[:1].isupper():
            return None
        stems = [t]
        if t.endswith("s"):
            stems.append(t[:-1])
            if t.endswith("es"):
                stems.append(t[:-2])
        for stem in stems:
            for kind, words in (
                ("work", self.work_class),
                ("media", self.media_class),
                ("org", self.org_class),
            ):
                if stem in words:
                    return kind
        for stem in stems:
            low = stem.lower()
            for head in self.org_class_heads:
                rest = len(low) - len(head)  # the bare head or a real compound
                if low.endswith(head) and (rest == 0 or rest >= 3):
                    return "org"
            if low.endswith(self.work_class_heads) and any(
                len(low) - len(h) >= 4 and low.endswith(h) for h in self.work_class_heads
            ):
                return "work"  # a compound only: "Enthüllungsdrama", "Teenagerinnen-Drama"
        return None

    def pattern_word(self, t: str) -> bool:
        """A word that may start a rule of ``pattern_cands``: club prefix, institution head,
        newspaper head, saint, a war ("-krieg") or a street."""
        return (
            t in self.club_prefixes
            or t in self.institution_heads
            or ("-" in t and t.rsplit("-", 1)[1] in self.institution_heads)
            or t in self.newspaper_heads
            or t in self.saints
            or t.endswith(("krieg", "kriegs", "krieges", "Krieg", "Kriegs", "Krieges"))
            or (t[:1].isupper() and t.lower().endswith(self.street_suffixes))
        )

    def person_list_word(self, t: str) -> bool:
        """A word that a one-word person rule may take: a surname (or its genitive), a
        foreign surname ending, a first name of four letters or more."""
        return (
            t in self.surnames
            or (t.endswith("s") and len(t) > 4 and t[:-1] in self.surnames)
            or (t.endswith(self.surname_suffixes) and len(t) > 5)
            or (t in self.first_names and len(t) > 3)
        )

    def _word_lists(self, records: list[dict[str, Any]]) -> None:
        """``entity_words.jsonl`` -> ``self.<list id>``, and the web address pattern."""
        words = {rec["id"]: rec for rec in records}
        kinds = {"set": frozenset, "endings": tuple, "map": dict}
        for list_id, kind in WORD_LISTS.items():
            rec = words.get(list_id) or {}
            setattr(self, list_id, kinds[kind](rec.get("map" if kind == "map" else "words") or ()))
        #: web addresses ending in one of ``url_domains`` ("stern.de", "www.yasni.de")
        self.url = re.compile(
            r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:"
            + "|".join(sorted(map(re.escape, self.url_domains)))
            + r")(?:/\S*)?",
            re.IGNORECASE,
        )

    def _registry(self, d: dict[str, list[dict[str, Any]]], patterns: dict[str, list[str]]) -> None:
        """Organisation and MISC records: entries, contexts, ambiguous aliases, patterns."""
        for file_key, label, prefix in (("organisations", "ORG", "org"), ("misc", "MISC", "misc")):
            for rec in d.get(file_key, []):
                key = f"{prefix}:{rec['id']}"
                self.entries[key] = (label, record_attrs(rec), key)
                if rec.get("context"):
                    self.contexts[key] = frozenset(rec["context"])
                patterns[key] = alias_forms(rec["aliases"]) + org_genitives(rec)
                for a in rec.get("ambiguous") or []:
                    self.ambiguous.add((key, a))
                for a in rec["aliases"]:
                    if label == "ORG" and " " not in a and a not in (rec.get("ambiguous") or []):
                        self.org_first.setdefault(a, key)

    def _places(self, records: list[dict[str, Any]], patterns: dict[str, list[str]]) -> None:
        """Place records: registry places become patterns, gazetteer places word lookups."""
        self.gaz_words: set[str] = set()  # one-word gazetteer and hand-made place names
        self.weak_rules: set[str] = set()  # gazetteer keys: no relabelling, no trimming
        self.gazetteer: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first word -> names
        #: names of countries and regions ("Balkan"): "Balkan-Verkauf" is no place
        self.region_words = frozenset(
            a for rec in records if rec["type"] in ("country", "region") for a in rec["aliases"]
        )
        for rec in records:
            key = f"place:{rec['id']}"
            attrs = record_attrs(rec)
            if rec.get("gazetteer"):
                attrs["canonical_id"] = attrs["canonical_name"] = None  # the matched name
                self.weak_rules.add(key)
            self.entries[key] = ("LOC", attrs, key)
            if rec.get("context"):
                self.contexts[key] = frozenset(rec["context"])
            forms = alias_forms(rec["aliases"])
            if rec.get("gazetteer"):  # looked up by words (thousands of names: no matcher)
                for f in forms:
                    self.gaz_words.add(f)
                    words = tuple(f.split(" "))
                    self.gazetteer.setdefault(words[0], []).append((words, key))
                continue
            self.gaz_words.update(rec["aliases"])
            forms += [
                g
                for g in (place_genitive(a, self.article_country_endings) for a in rec["aliases"])
                if g
            ]
            forms += [a + "es" for a in rec["aliases"] if a.endswith("land")]  # Griechenlandes
            patterns[key] = forms
            if rec.get("ambiguous"):
                for a in forms:
                    self.ambiguous.add((key, a))

    def _persons(self, records: list[dict[str, Any]], patterns: dict[str, list[str]]) -> None:
        """Titles, first names, surnames, title suffixes and well-known persons."""
        self.titles: set[str] = set()
        self.first_names: set[str] = set()
        self.surnames: set[str] = set()
        self.title_suffixes: set[str] = set()  # "minister": "Handelsminister Gref"
        self.person_words: set[str] = set()  # words of well-known persons' names
        self.registry_surnames: dict[str, list[str]] = {}  # last word -> registry keys
        kinds = {"title": self.titles, "first_name": self.first_names, "surname": self.surnames}
        for rec in records:
            if rec["kind"] in kinds:
                kinds[rec["kind"]].update(rec["forms"])
            elif rec["kind"] == "title_suffix":
                self.title_suffixes.update(f.lower() for f in rec["forms"])
            else:
                key = f"person:{rec['id']}"
                attrs = {
                    "canonical_id": rec.get("canonical_id"),
                    "canonical_name": rec.get("canonical_name") or rec["forms"][0],
                    "country_code": rec.get("country_code"),
                    "entity_type": "person",
                }
                self.entries[key] = ("PER", attrs, key)
                patterns[key] = list(rec["forms"])
                # "David Cameron" (no form "Cameron"): "der britische Premier Cameron"
                self.registry_surnames.setdefault(attrs["canonical_name"].split()[-1], []).append(
                    key
                )
                for f in rec["forms"]:
                    self.person_words.update(f.split())

    def _demonyms(self, records: list[dict[str, Any]], places: list[dict[str, Any]]) -> None:
        """Demonym forms, name adjectives and country prefixes ("US-Präsident")."""
        self.demonyms: dict[str, dict[str, Any]] = {}
        self.adjectives: set[str] = set()
        for rec in records:
            for f in rec["forms"]:
                self.demonyms.setdefault(f, rec)
                # "russische", "Warschauer" (LOCderiv); "Russisch" the language is MISC
                if rec["kind"] == "adjective" and (
                    f.islower() or rec["id"].startswith("adj.city.")
                ):
                    self.adjectives.add(f)
        self.country_prefix: dict[str, dict[str, Any]] = {}
        for rec in places:
            if rec["type"] == "country":
                for a in rec["aliases"]:
                    if " " not in a:
                        self.country_prefix.setdefault(a, rec)
        for prefix, alias in self.prefix_aliases.items():  # "US-Präsident" -> USA
            if alias in self.country_prefix:
                self.country_prefix.setdefault(prefix, self.country_prefix[alias])

    def _club_cities(self, records: list[dict[str, Any]]) -> None:
        """City -> attributes of the registry clubs named after it ("Bremen" -> Werder
        Bremen): organisations of type ``other`` with a country and an alias of two or more
        words ending in a known place ("Hertha BSC Berlin", "1. FC Union Berlin": two)."""
        self.club_cities: dict[str, list[dict[str, Any]]] = {}
        for rec in records:
            if rec["type"] != "other" or not rec.get("country_code"):
                continue
            ends = {a.rsplit(" ", 1)[-1] for a in rec["aliases"] if " " in a}
            for city in ends & self.gaz_words:
                self.club_cities.setdefault(city, []).append(record_attrs(rec))

    def _replacements(self, records: list[dict[str, Any]]) -> None:
        """Match key of a record -> (cue words, attributes, rule) of the records that
        replace it in texts with those cues (``replaces``/``cues``: Red Bull Racing)."""
        self.replacements: dict[str, list[tuple[frozenset[str], dict[str, Any], str]]] = {}
        for rec in records:
            if rec.get("replaces") and rec.get("cues"):
                key = f"org:{rec['id']}"
                self.replacements.setdefault(f"org:{rec['replaces']}", []).append(
                    (frozenset(rec["cues"]), record_attrs(rec), key)
                )

    def _add_patterns(self, patterns: dict[str, list[str]]) -> None:
        """Every registry alias form into the phrase matcher; one-token ones are known words."""
        make_doc = self.nlp.make_doc
        #: (first word, second word) -> key of the unambiguous two-word registry aliases
        self.word_pairs: dict[tuple[str, str], str] = {}
        for key, forms in patterns.items():
            docs = []
            for f in dict.fromkeys(forms):
                pdoc = make_doc(f)
                docs.append(pdoc)
                if len(pdoc) == 1 and key not in self.weak_rules:
                    self.known_words.add(pdoc[0].text)
                if len(pdoc) == 2 and key not in self.weak_rules and (key, f) not in self.ambiguous:
                    self.word_pairs.setdefault((pdoc[0].text, pdoc[1].text), key)
            self.matcher.add(key, docs)

    def name_part(self, tok: Token, club: bool) -> bool:
        """A word that continues a club or institution name: capitalised (no function word;
        for institutions no ordinary noun) or, for clubs, a number ("FC Schalke 04")."""
        t = tok.text
        if club and t.isdigit():
            return True
        return (
            t[:1].isupper()
            and t not in self.name_stop
            and t not in self.titles
            and (club or t not in self.common_nouns or t in self.lexicon_words)
            and t not in EDGE_PUNCT
        )

    def adjective_use(self, tok: Token) -> bool:
        """'Linke Gruppen': a capitalised alias used as an adjective before a noun."""
        if tok.text.isupper() or tok.i + 1 >= len(tok.doc):
            return False
        nxt = tok.doc[tok.i + 1]
        noun = (
            nxt.pos_ == "NOUN" if tok.doc.has_annotation("POS") else nxt.text in self.common_nouns
        )
        return tok.text.endswith(("e", "en")) and noun

    def given_name(self, t: str) -> bool:
        """A known first name, also hyphenated ones ("Jean-Marie", "Hans-Peter")."""
        if t in self.first_names:
            return True
        parts = t.split("-")
        return len(parts) > 1 and all(p in self.first_names for p in parts)

    def namelike(self, tok: Token) -> bool:
        return self.namelike_word(tok.text)

    def namelike_word(self, t: str) -> bool:
        """A capitalised word that may be (part of) a person's name: no title, function
        word, ordinary noun or noun compound, demonym or known non-person name (memoised
        per word)."""
        return remembered(self._namelike, t, self._namelike_word)

    def _namelike_word(self, t: str) -> bool:
        return (
            t[:1].isupper()
            and (len(t) == 1 or bool(_NAME_REST.fullmatch(t[1:])))
            and not t.isupper()
            and t not in self.titles
            and t not in self.name_stop
            and t not in self.common_nouns
            and t not in self.demonyms
            and not (t in self.known_words and t not in self.person_words)
            and not t.endswith(self.noun_suffixes)
            and not ("-" in t and t.rsplit("-", 1)[1] in self.common_nouns)
            and not self.noun_compound(t)
        )

    def prefixed_place(self, t: str) -> bool:
        """'Mitteleuropa', 'Nordsyrien': a ``place_prefixes`` prefix before a known place
        name of four letters or more (memoised per word)."""
        return remembered(self._prefixed, t, self._prefixed_place)

    def _prefixed_place(self, t: str) -> bool:
        return any(
            t.startswith(p)
            and len(t) - len(p) >= 4
            and t[len(p)].upper() + t[len(p) + 1 :] in self.gaz_words
            for p in self.place_prefixes
        )

    def surname_like(self, t: str) -> bool:
        """A listed surname or a capitalised noun with a surname ending after a first name
        ("Ursula Hofmeister", "Karl Zimmermann"; ``surname_tails``)."""
        return t in self.surnames or (
            t[:1].isupper()
            and t.isalpha()
            and not t.isupper()
            and t.lower().endswith(self.surname_tails)
            and t.lower() not in self.surname_tails  # "Mann", "Meister" alone are nouns
        )

    def abbreviation(self, text: str) -> bool:
        """'Chr', 'St' (``abbreviations``), a single capital or a Roman numeral: a dot after
        it belongs to the name ("Benedikt XVI .", "300 v. Chr .")."""
        return (
            text in self.abbreviations
            or (len(text) == 1 and text.isupper())
            or bool(_ROMAN.fullmatch(text))
        )

    def saint(self, tok: Token) -> bool:
        """'St. Georg', 'Sankt Martin', 'San Marco': a saint's name (a church, a place)."""
        doc, i = tok.doc, tok.i
        prev = doc[i - 1].text if i > 0 else ""
        if prev == "." and i > 1:
            prev = doc[i - 2].text
        return prev in self.saints

    def is_title(self, text: str) -> bool:
        """A title ("Präsident") or a capitalised compound ending in a title suffix
        ("Handelsminister", "Olympiasieger", genitive "Regisseurs")."""
        if text in self.titles:
            return True
        if not text[:1].isupper() or not self.title_suffixes:
            return False
        return remembered(self._titles, text, self._title_compound)

    def _title_compound(self, text: str) -> bool:
        low = text.lower()
        suffixes = self.title_suffixes
        return any(
            low[k:] in suffixes or (low.endswith("s") and low[k:-1] in suffixes)
            for k in range(len(low) - 3)
        )

    def lone_name(self, tok: Token) -> bool:
        """A name-like word with no other capitalised name word right before or after it,
        no article before it ("Der Kohl war teuer") and, with a tagger, tagged as a noun."""
        if not self.namelike(tok):
            return False
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ in self.articles:
            return False
        if tok.doc.has_annotation("POS") and tok.pos_ not in ("PROPN", "NOUN", "X"):
            return False
        for k in (tok.i - 1, tok.i + 1):
            if 0 <= k < len(tok.doc):
                other = tok.doc[k]
                if self.namelike(other):
                    return False
        return True

    def class_noun(self, tok: Token) -> bool:
        """An ordinary capitalised noun (also genitive, or a compound of one) that is no
        known name and no head that names carry ("Institut", "Universität")."""
        t = tok.text
        if not t[:1].isupper() or t in self.lexicon_words or t in self.person_words:
            return False
        if t in self.first_names:  # "Quentin Tarantino", "Fidel Castro": no class noun
            return False
        if self.capital_particle(tok):  # "Der wendige Von Miller"
            return False
        if (
            t in self.org_head_nouns
            or t in self.institution_heads
            or t in self.legal_forms
            or t in self.name_heads
        ):
            return False
        if t in self.common_nouns or self.noun_compound(t):
            return True
        if t.endswith("s") and t[:-1] in self.common_nouns:  # "Ortsteils", "Bezirks"
            return True
        return t.endswith("es") and t[:-2] in self.common_nouns

    def capital_particle(self, tok: Token) -> bool:
        """'Der wendige Von Miller': a name particle written with a capital after a
        lower-case word inside the sentence is a first name ("Von"), no noun."""
        i = tok.i
        return (
            i > 0
            and tok.text[:1].isupper()
            and tok.lower_ in self.name_particles
            and tok.doc[i - 1].is_lower
            and tok.doc[i - 1].is_alpha
        )

    def person_word(self, t: str) -> bool:
        return (
            t in self.first_names
            or t in self.surnames
            or t in self.person_words
            or t in self.titles
            or (t.endswith("s") and t[:-1] in self.first_names | self.surnames)
        )

    def namestart(self, tok: Token) -> bool:
        t = tok.text
        return t[:1].isupper() and t not in self.name_stop and not self.class_noun(tok)

    def generic(self, doc: Doc, start: int, end: int) -> bool:
        """Only ordinary words ("Demonstranten und Sicherheitskräften"): not a person.

        Used for PER only: GermEval titles and organisations are made of ordinary words
        ("Die Farbe des Geldes", "Kommission für Atomenergie").
        """
        for tok in doc[start:end]:
            if tok.is_lower or tok.text in self.name_stop:
                continue
            if tok.text not in self.common_nouns or tok.text in self.lexicon_words:
                return False
        return True

    def inner_noun(self, tok: Token) -> bool:
        """'Brians Sohn Murchad': a kinship noun inside a model PER separates two names."""
        return tok.text in self.kinship

    def trim(self, tok: Token) -> bool:
        """A lowercase adjective/article/verb that cannot start a name ("europäischen")."""
        return tok.is_lower and tok.pos_ in TRIM_POS and tok.text not in self.name_particles

    def noun_compound(self, word: str) -> bool:
        """'Gutsbesitzerfamilie', 'Knetfiguren-Kino': ends in a common noun of 6+ letters
        (or a hyphen part that is one). Short heads are left alone: "Bachmann", "Goldberg"
        (memoised per word)."""
        return remembered(self._compound, word, self._noun_compound)

    def _noun_compound(self, word: str) -> bool:
        if "-" in word and word.rsplit("-", 1)[1] in self.common_nouns:
            return True
        for k in range(3, len(word) - 5):
            tail = word[k].upper() + word[k + 1 :]
            if tail in self.common_nouns and not tail.lower().endswith(self.surname_tails):
                return True
        return False

    def two_nouns(self, word: str, least: int = 4) -> bool:
        """'Abstiegszone', 'Datenbank': a known noun (with a linking -s) and a known noun
        of four letters or more (``least``) -- the short heads :meth:`noun_compound` leaves
        alone -- and no known name ("Goldberg" is a surname, "Kitzbühel" a place)."""
        if word in self.surnames or word in self.first_names or word in self.gaz_words:
            return False
        if not word[:1].isupper():
            return False
        for k in range(least, len(word) - least + 1):
            head, tail = word[:k], word[k].upper() + word[k + 1 :]
            if tail in self.common_nouns and (
                head in self.common_nouns or (head.endswith("s") and head[:-1] in self.common_nouns)
            ):
                return True
        return False


def doc_words(doc: Doc) -> list[str]:
    """The text of every token of ``doc``, read from its ORTH array: one pass, no Token
    objects (the rules test words by text; they make a Token only where they need more)."""
    strings = doc.vocab.strings
    return [strings[o] for o in doc.to_array(ORTH).tolist()] if len(doc) else []


def where(words: list[str], keys: Collection[str]) -> list[int]:
    """Positions of the words that are in ``keys``."""
    return list(compress(range(len(words)), map(keys.__contains__, words))) if keys else []


def _learn(tables: EntityTables, doc: Doc, orths: list[int]) -> None:
    """Memoise the text and the non-zero word test bits of the new words in ``orths``."""
    texts, bits, strings = tables.word_text, tables.word_bits, doc.vocab.strings
    for o in orths:
        if o not in texts:
            w = texts[o] = strings[o]
            b = tables.word_tests(w)
            if b:
                bits[o] = b


class DocWords(list):
    """The token texts of one Doc (a list of str) with the rule triggers of each word
    (:data:`WORD_TESTS` bits, computed once per distinct word of a run): every rule pass
    visits only the positions of its words instead of all tokens. Text and bits are
    memoised by ORTH hash, so a word seen before costs one dict lookup."""

    def __init__(self, tables: EntityTables, doc: Doc) -> None:
        texts, bits = tables.word_text, tables.word_bits
        if len(texts) > 200_000:  # bounded over a long run
            texts.clear()
            bits.clear()
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        try:
            super().__init__(map(texts.__getitem__, orths))
        except KeyError:  # a word not seen before: its text and bits, once
            _learn(tables, doc, orths)
            self.clear()
            super().__init__(map(texts.__getitem__, orths))
        found = list(map(bits.get, orths))  # None for a word without tests
        at = list(compress(range(len(found)), found))
        self.marked = list(zip(at, map(found.__getitem__, at)))
        self._at: dict[int, list[int]] | None = None
        self.tables = tables
        self._works: frozenset[int] | None = None
        #: whether the text is a sports article (:func:`pipeline.entities.teams.sports_article`),
        #: once per Doc: several rule passes ask
        self.sports: bool | None = None

    def works(self) -> frozenset[int]:
        """Positions of the class nouns of works ("Film", "Enthüllungsdrama"), once per Doc."""
        hits = self._works
        if hits is None:
            kind = self.tables.class_kind
            hits = self._works = frozenset(i for i in self.at("work") if kind(self[i]) == "work")
        return hits

    def at(self, test: str) -> list[int]:
        """Positions of the words that pass ``test`` (a key of :data:`WORD_TESTS`)."""
        hits = self._at
        if hits is None:  # the first test: the positions of every test, in one pass
            hits = self._at = {bit: [] for bit in WORD_TESTS.values()}
            for i, b in self.marked:
                while b:
                    low = b & -b  # the lowest bit set
                    hits[low].append(i)
                    b ^= low
        return hits[WORD_TESTS[test]]


def org_genitives(rec: dict[str, Any]) -> list[str]:
    """Genitives of one-word organisation names ("Apples", "Googles"): not of
    abbreviations, ambiguous aliases, names ending in a sibilant, nor of party names that
    are adjectives ("Grüne" -> "Grünes Licht")."""
    ambiguous = set(rec.get("ambiguous") or ())
    out = []
    for a in rec["aliases"]:
        if (
            " " in a
            or "-" in a
            or len(a) < 4
            or not a[:1].isupper()
            or a.isupper()
            or a in ambiguous
            or a.endswith(("s", "x", "z", "ß"))
            or (a.endswith("e") and rec["type"] == "party")
        ):
            continue
        out.append(a + "s")
    return out
