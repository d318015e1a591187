"""The role lexicon of speaker resolution: titles, speaking organisations, gendered names.

Loaded from ``data/rules/<lang>/roles.jsonl`` (schema :data:`ROLE_SCHEMA`). A word is looked
up exactly first ("Präsident", "Staatsfernsehen") and then, for records with
``compound: true``, as the last part of a compound ("Polizeisprecher", "US-Präsident",
"Gesundheitsministeriums" -> org "Gesundheitsministerium").

>>> lex = RoleLexicon(load_rules(rules_dir() / "roles.jsonl", ROLE_SCHEMA))
>>> m = lex.lookup("Gesundheitsministeriums")
>>> m.record["id"], m.name
('ministerium', 'Gesundheitsministerium')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline import rules_dir
from pipeline.rules import Field, Schema, load_rules

#: kinds read as word lists only, never looked up as a speaker's word ("Botschaft" stays org)
_LIST_ONLY_KINDS = (
    "utterance_noun",
    "document_noun",
    "demonym",
    "name_title",
    "role_group_set",
    "person_suffix",
    "class_noun",
    "team_noun",
    "named_thing",
    "former_word",
    "compound_body",
    "place_body",
    "plural_pronoun",
    "body_pronoun",
    "party_prefix",
    "party_word",
    "adjective_person",
    "quoted_title",
    "owner_circle",
)
_LIST_ONLY = frozenset(_LIST_ONLY_KINDS)

KINDS = (
    "role",
    "org",
    "honorific",
    "given_name",
    "pronoun",
    "determiner",
    "function_word",
    "office_prefix",
    "gender_suffix",
    "plural_suffix",
    "age_suffix",
    "source_noun",
    *_LIST_ONLY_KINDS,
)

ROLE_SCHEMA = Schema(
    name="role",
    unique=("id",),
    fields={
        "id": Field(str, required=True, help="rule id, appears in the rule column"),
        "kind": Field(str, default="role", choices=KINDS, help="what the forms denote"),
        "forms": Field(list, required=True, item=str, help="surface forms (all inflections)"),
        "gender": Field(
            str, choices=("m", "f", "n"), help="gender the form marks (org: grammatical)"
        ),
        "group": Field(str, help="roles sharing a group may describe the same person"),
        "country": Field(str, help="ISO 3166 alpha-2 country the role implies (Kremlchef: RU)"),
        "name": Field(str, help="org: canonical speaker name (default: first form)"),
        "compound": Field(bool, default=True, help="also match as last part of a compound"),
    },
)

#: A compound must leave at least this many characters before the matched part.
_MIN_PREFIX = 2
_MAX_CACHE = 200_000
#: Compound matching only for parts at least this long ("Chef" in "Kremlchef" is fine).
_MIN_PART = 4


def _numbered(word: str) -> bool:
    """A compound opened by a number and a hyphen, its noun capitalised ("96-Trainer")."""
    head, _, tail = word.rpartition("-")
    return word[:1].isdigit() and bool(head) and tail[:1].isupper()


@dataclass(frozen=True)
class RoleMatch:
    """A lexicon hit for one word: the record, and the role/org key it stands for.

    ``stem`` is the lowercased word with the inflection of the matched form replaced by the
    record's base form ("Außenministers" -> "außenminister"), used to compare descriptions
    with introductions; ``name`` is the speaker name for organisations.
    """

    record: dict[str, Any]
    stem: str
    name: str
    #: the compound names another office ("Vize-Außenminister"): match the same title only
    other_office: bool = False

    @property
    def base(self) -> str:
        """The record's plain word, lowercased ("außenminister" of "Außenministers")."""
        return (self.record.get("name") or self.record["forms"][0]).lower()

    @property
    def kind(self) -> str:
        return self.record["kind"]

    @property
    def id(self) -> str:
        return self.record["id"]


class RoleLexicon:
    """Fast word -> :class:`RoleMatch` lookup over the role records."""

    def __init__(self, records: list[dict[str, Any]]):
        self.records = records
        self._exact: dict[str, dict[str, Any]] = {}
        self._suffix: dict[str, dict[str, Any]] = {}
        for rec in records:
            if rec["kind"] in _LIST_ONLY:
                continue
            for form in rec["forms"]:
                self._exact.setdefault(form, rec)
                if rec["compound"] and len(form) >= _MIN_PART:
                    self._suffix.setdefault(form.lower(), rec)
        self._suffix_lens = sorted({len(k) for k in self._suffix}, reverse=True)
        # closed word classes, lower-cased: what never starts a name, pronouns, articles
        self.determiners = self._words("determiner")
        self.function_words = self.determiners | self._words("function_word")
        self.indefinites = frozenset(
            f.lower()
            for r in records
            if r["kind"] == "determiner" and r.get("group") == "indefinite"
            for f in r["forms"]
        )
        #: prepositions of an attribute naming whose someone is ("Sprecher von X")
        self.attribute_prepositions = self._group("function_word", "attribute")
        #: words before a noun that says what someone is ("als Bundesbeauftragter")
        self.predicative_markers = self._group("function_word", "predicative")
        #: a preposition that, opening a sentence, names whose view it states ("Für den
        #: Theologen X sei der Rücktritt …")
        self.holder_prepositions = self._group("function_word", "holder")
        #: a preposition whose phrase names where a statement comes from when the speech
        #: verb has no subject ("Aus EU-Kreisen verlautete, …")
        self.origin_prepositions = self._group("function_word", "origin")
        self._pointers()
        self.office_prefixes = self._words("office_prefix")
        #: endings of an age noun after the number ("50-Jährige", "61-jähriger")
        self.age_suffixes = tuple(sorted(self._words("age_suffix"), key=len, reverse=True))
        self._suffixes(records)
        self.pronouns = {
            f.lower(): r["gender"] for r in records if r["kind"] == "pronoun" for f in r["forms"]
        }
        #: "dieser", "letztere": the nearest person noun before them is meant
        self.demonstratives = self._group("pronoun", "demonstrative")
        #: "ihnen": a pronoun that only ever means several ("Ihnen zufolge …")
        self.plural_pronouns = self._words("plural_pronoun")
        #: "es": a pronoun that names a body only ("Das Unternehmen …, wie es mitteilte")
        self.body_pronouns = {
            f.lower(): r["gender"]
            for r in records
            if r["kind"] == "body_pronoun"
            for f in r["forms"]
        }
        #: article -> the gender it shows unambiguously ("die" -> f, "das" -> n)
        self.article_gender = {
            f.lower(): r["gender"]
            for r in records
            if r["kind"] == "determiner" and r["gender"]
            for f in r["forms"]
        }
        #: a nationality or home region as person noun -> (country, gender) ("Franzose")
        self.demonyms: dict[str, tuple[str, str]] = {
            f: (r["country"], r["gender"])
            for r in records
            if r["kind"] == "demonym" and r.get("country") and r.get("gender")
            for f in r["forms"]
        }
        #: words before a name that are no given name ("Bischof", "Tennisstar"), lower-cased
        self.name_titles = tuple(sorted(self._words("name_title"), key=len, reverse=True))
        self._name_classes()
        self._cache: dict[str, RoleMatch | None] = {}
        self._gender_cache: dict[tuple[str, bool | None], str | None] = {}
        #: word hashes seen by :meth:`hash_classes`, and those of each class
        self._seen_hashes: set[int] = set()
        self._class_hashes: dict[str, set[int]] = {"intro": set(), "person_noun": set()}

    def _name_classes(self) -> None:
        """Role groups and noun endings that tell which person or body a description names."""
        #: role groups that all name the one who leads a body ("Parteichef", "Vorsitzender")
        self.leader_groups = self._group("role_group_set", "leader")
        #: role groups of whoever heads a body a compound prefix names ("UN-Generalsekretär"
        #: is the "UN-Chef"; a "UN-Sprecher" is not)
        self.head_groups = self._group("role_group_set", "head")
        #: endings of a hearsay group's noun ("Bankenkreisen"), never a body's own name
        self.circle_nouns = self._group("person_suffix", "circle")
        persons = self._words("person_suffix") - self.circle_nouns
        #: person-noun endings that name a person whatever the gender of the given name
        #: ("der Kultregisseur", "der Pianist"), unlike a bare "-er" or "-ent"
        self.person_suffixes = tuple(sorted(persons, key=len, reverse=True))
        #: nouns made of adjectives that name a person of the article's gender ("der
        #: Freiheitliche", "die Liberale"), also a party's name in the plural
        self.adjective_persons = self._words("adjective_person")
        #: group nouns of the people around someone ("Days Familie", "Roths Umfeld"): they
        #: speak for themselves, not for the person named in the genitive before them
        self.owner_circles = self._words("owner_circle") - self._group("owner_circle", "voice")
        #: nouns of those who speak for someone ("Weckers Management", "Fischers Büro")
        self.owner_voices = self._group("owner_circle", "voice")
        #: a medium's title as it stands in quotation marks -> its name ("Presse" -> "Die
        #: Presse", "Krone" -> "Kronen Zeitung", "profil"): the marks make a title that is
        #: also a plain word safe (the bare word "die Presse" is the press)
        self.quoted_titles = {
            f: r.get("name") or r["forms"][0]
            for r in self.records
            if r["kind"] == "quoted_title"
            for f in r["forms"]
        }
        #: endings of a noun naming a class of bodies ("Organisation", "Nachrichtenmagazin"):
        #: a speaker's name only as the body of that class the text named
        self.press_class_nouns = tuple(self._group("class_noun", "press"))
        self.class_nouns = tuple(sorted(self._words("class_noun"), key=len, reverse=True))
        #: endings of a class noun naming a firm ("der Konzern", "das Unternehmen")
        self.company_class_nouns = tuple(self._group("class_noun", "company"))
        #: class nouns only as the word itself, never as a compound's head ("Bank", not
        #: "Zentralbank", "Weltbank": a body's own name)
        self.exact_class_nouns = self._group("class_noun", "exact")
        #: parties whose name opens a title ("der SPÖ-Chef"), lower-cased
        self.party_prefixes = self._words("party_prefix")
        #: words for a party itself opening a leader's title ("Parteichef"), lower-cased
        self.party_words = tuple(self._words("party_word"))
        #: role groups of a political office a party title may stand for ("Vizekanzler")
        self.political_offices = self._group("role_group_set", "political_office")
        #: the preposition naming a research team by its lead ("das Team um X"), and the
        #: endings of a noun naming the team or its members ("die Forscher")
        self.team_leads = self._group("team_noun", "lead")
        #: the genitive articles and prepositions between a team noun and its body ("des")
        self.team_links = self._group("team_noun", "link")
        self.team_nouns = tuple(self._words("team_noun") - self.team_leads - self.team_links)
        #: endings of a noun naming a thing after a person ("John W. Kluge Preis", "Stiftung")
        self.named_things = tuple(self._words("named_thing"))
        #: words and prefixes saying someone was something ("der frühere Höchstrichter")
        self.former_words = self._group("former_word", "word")
        self.former_prefixes = tuple(self._group("former_word", "prefix"))
        #: adjectives saying where a person comes from ("der gebürtige St. Pöltner")
        self.origin_adjectives = self._group("function_word", "origin_adjective")

    def _suffixes(self, records: list[dict[str, Any]]) -> None:
        """The endings that tell a person noun's gender and its plural, longest first."""
        self._gender_suffixes = sorted(
            (
                (f.lower(), r["gender"])
                for r in records
                if r["kind"] == "gender_suffix"
                for f in r["forms"]
            ),
            key=lambda x: -len(x[0]),
        )
        #: endings of plural person nouns, longest first; group "exception": endings of
        #: words that look like one but name no person ("Fahrzeugen" is not "Zeugen")
        self._plural_suffixes = sorted(
            (
                (f.lower(), r.get("group") != "exception")
                for r in records
                if r["kind"] == "plural_suffix"
                for f in r["forms"]
            ),
            key=lambda x: (-len(x[0]), x[1]),  # an exception wins a tie
        )
        self._gender_by_suffix: dict[str, str] = {}
        for suffix, g in self._gender_suffixes:
            self._gender_by_suffix.setdefault(suffix, g)
        self._gender_lens = sorted({len(k) for k in self._gender_by_suffix}, reverse=True)

    def _pointers(self) -> None:
        """The words whose speaker is named elsewhere: "Demnach", "ich"/"wir", possessives
        and "eigenen" before a source noun, "wonach" after a noun."""
        #: adverbs pointing back to the source of the statement before ("Demnach …")
        self.source_adverbs = self._group("function_word", "source_adverb")
        #: "ich" / "wir": the speaker of the statement they stand in or that ends before
        self.first_person_singular = self._group("function_word", "first_person_singular")
        self.first_person_plural = self._group("function_word", "first_person_plural")
        #: possessive -> the gender of its owner ("seinen Worten" -> m); "eigenen" words
        self.possessive_gender = {
            f.lower(): r["gender"]
            for r in self.records
            if r["kind"] == "function_word" and r.get("group") == "possessive" and r.get("gender")
            for f in r["forms"]
        }
        self.own_words = self._group("function_word", "own")
        #: "wonach" after a noun: who speaks of the noun
        self.relative_sources = self._group("function_word", "relative_source")
        #: nouns of an utterance after a possessive ("Sein Argument:", "Ihr Fazit:")
        self.utterance_nouns = self._words("utterance_noun")
        #: nouns of a text a statement comes from ("Dem Bericht zufolge", "laut der Studie")
        self.document_nouns = self._words("document_noun")
        #: what a medium's quoted title glued to a noun issues ("„Spiegel“-Bericht"): the
        #: document nouns and the ends of compounds of them
        self.glued_title_nouns = tuple(
            sorted(
                self.document_nouns | self._group("document_noun", "compound_end"),
                key=len,
                reverse=True,
            )
        )
        #: a court's ruling: points back to the court also without an article ("Laut Urteil")
        self.ruling_nouns = self._group("document_noun", "ruling")
        #: the last part that makes a closed compound a text ("Kampflied", "Rundschreiben")
        self.document_ends = self._group("document_noun", "compound_end")
        #: a body's noun (lower-cased, five letters or more): "Gewerkschaft" in "Gewerkschafter"
        self.body_forms = frozenset(
            f.lower() for r in self.records if r["kind"] == "org" for f in r["forms"] if len(f) >= 5
        )
        #: texts a body issues itself ("Aussendung", "Stellungnahme"), lower-cased
        self.release_nouns = frozenset(f.lower() for f in self._group("document_noun", "release"))
        #: texts only the same text named before points back to, never the statement before
        self.text_nouns = self._group("document_noun", "text")
        #: a medium's report: with no report named before, the medium's own ("dem Bericht
        #: zufolge" in an article from "nach Angaben des Tagesspiegels")
        self.press_report_nouns = self._group("document_noun", "press_report")
        #: lemmas of writing or sending a text: their subject is its writer (lower-cased)
        self.authoring_verbs = frozenset(
            f.lower() for f in self._group("function_word", "authoring_verb")
        )
        #: bodies a bare mention of which is the one compound named before ("das Ministerium"
        #: after "das Innenministerium"); not services met in many units ("die Polizei")
        self.compound_bodies = self._words("compound_body")
        #: the body of a place, named with the place ("die Stadt Klagenfurt", "das Land
        #: Niederösterreich"): the noun and the place are the body's name
        self.place_bodies = self._words("place_body")
        self.back_pointers = (
            self.source_adverbs | self.first_person_singular | self.first_person_plural
        )

    def _group(self, kind: str, group: str) -> frozenset[str]:
        return frozenset(
            f.lower()
            for r in self.records
            if r["kind"] == kind and r.get("group") == group
            for f in r["forms"]
        )

    def _words(self, kind: str) -> frozenset[str]:
        return frozenset(f.lower() for r in self.records if r["kind"] == kind for f in r["forms"])

    @classmethod
    def from_path(cls, path) -> RoleLexicon:
        return cls(load_rules(path, ROLE_SCHEMA))

    @classmethod
    def default(cls, lang: str = "de") -> RoleLexicon:
        return cls.from_path(rules_dir(lang) / "roles.jsonl")

    @staticmethod
    def _base(rec: dict[str, Any]) -> str:
        return rec.get("name") or rec["forms"][0]

    def is_role(self, word: str) -> bool:
        """Is ``word`` a role noun ("Bundeskanzler", "Parteichefin", "SPÖ-Chef")?"""
        return self.lookup(word) is not None

    def lookup(self, word: str) -> RoleMatch | None:
        """The record ``word`` belongs to (exact form, else longest compound tail), or None."""
        if word in self._cache:
            return self._cache[word]
        hit = None
        rec = self._exact.get(word)
        if rec is not None:
            base = self._base(rec)
            hit = RoleMatch(rec, base.lower(), base)
        elif (word[:1].isupper() or _numbered(word)) and len(word) > _MIN_PART:
            low = word.lower()
            for n in self._suffix_lens:
                if n + _MIN_PREFIX > len(low):
                    continue
                rec = self._suffix.get(low[-n:])
                if rec is not None:
                    base = self._base(rec)
                    prefix = word[:-n]
                    other = any(prefix.lower().startswith(p) for p in self.office_prefixes)
                    # "Gesundheits" + "ministerium"; after a hyphen the noun keeps its
                    # capital ("US-Botschaft", "Tsipras-Regierung")
                    tail = base if prefix.endswith("-") else base.lower()
                    hit = RoleMatch(rec, (prefix + base).lower(), prefix + tail, other)
                    break
        if len(self._cache) > _MAX_CACHE:  # bounded: long runs see an open vocabulary
            self._cache.clear()
        self._cache[word] = hit
        return hit

    def noun_gender(self, word: str, trust_masculine: bool) -> str | None:
        """Gender a person noun's ending marks ("Politikerin" -> "f", "Politiker" -> "m");
        masculine endings only when ``trust_masculine`` (a POS tag says it is a noun)."""
        key = (word, trust_masculine)
        if key in self._gender_cache:
            return self._gender_cache[key]
        hit = None
        if len(word) >= 4 and word[:1].isupper():
            low = word.lower()
            # longest ending first, one dict look-up per ending length
            for n in self._gender_lens:
                g = self._gender_by_suffix.get(low[-n:]) if n <= len(low) else None
                if g is not None and (g != "m" or trust_masculine):
                    hit = g
                    break
        if len(self._gender_cache) > _MAX_CACHE:
            self._gender_cache.clear()
        self._gender_cache[key] = hit
        return hit

    def plural_person(self, word: str) -> bool:
        """Is ``word`` a person noun in the plural by its ending ("Meteorologen",
        "Rettungskräfte", "Passagiere"), not one of the exceptions ("Fahrzeugen")?"""
        key = (word, None)
        if key in self._gender_cache:
            return self._gender_cache[key] is not None
        hit = None
        if len(word) > 5 and word[:1].isupper():
            low = word.lower()
            person = next((p for suffix, p in self._plural_suffixes if low.endswith(suffix)), False)
            hit = "p" if person else None
        if len(self._gender_cache) > _MAX_CACHE:
            self._gender_cache.clear()
        self._gender_cache[key] = hit
        return hit is not None

    def hash_classes(self, orths: set[int], strings) -> dict[str, set[int]]:
        """The word hashes among ``orths`` of each class, cached by hash so a Doc is scanned
        without Token objects: ``intro`` -- a capitalised role or honorific a name may
        follow ("Präsident …", "Frau …"); ``person_noun`` -- a role, or a capitalised word
        with a person noun's ending ("Technologieexperte")."""
        if len(self._seen_hashes) > _MAX_CACHE:
            self._seen_hashes.clear()
            for hashes in self._class_hashes.values():
                hashes.clear()
        for h in orths - self._seen_hashes:
            w = strings[h]
            m = self.lookup(w) if w[:1].isupper() else None
            if m is not None and m.kind in ("role", "honorific") and len(w) > 1:
                self._class_hashes["intro"].add(h)
            if (m is not None and m.kind == "role") or (
                m is None and self.noun_gender(w, trust_masculine=True) is not None
            ):
                self._class_hashes["person_noun"].add(h)
            self._seen_hashes.add(h)
        return {k: orths & hashes for k, hashes in self._class_hashes.items()}

    def given_name_gender(self, word: str) -> str | None:
        """Gender of a first name listed in the lexicon ("Angela" -> "f"), else None."""
        rec = self._exact.get(word)
        if rec is not None and rec["kind"] == "given_name":
            return rec["gender"]
        return None
