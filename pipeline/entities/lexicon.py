"""Rule data of the entity layer: file schemas, loading and validation, alias inflection.

Rule data (``organisations.jsonl``, ``places.jsonl``, ``demonyms.jsonl``, ``persons.jsonl``,
``misc.jsonl``, ``nouns.jsonl``, ``entity_words.jsonl`` in ``data/rules/<lang>/``) is
validated at load (errors name file, line and field); :class:`EntityLexicon` holds it by file
stem and writes it back (``newsx_entities`` saves it with the pipeline by ``to_disk``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.rules import (
    Field,
    RuleFileError,
    Schema,
    read_records,
    validate_record,
    word_groups_schema,
    write_rules,
)

ORG_TYPES = (
    "intergovernmental",
    "party",
    "government body",
    "ministry",
    "agency",
    "news agency",
    "company",
    "NGO",
    "military alliance",
    "court",
    "media",
    "other",
)
PLACE_TYPES = ("country", "city", "region")

ORG_SCHEMA = Schema(
    {
        "id": Field(str, required=True, help="stable rule id, e.g. ovks"),
        "canonical_id": Field(str, required=True, help="Wikidata QID or newsx:<slug>"),
        "canonical_name": Field(str, required=True, help="German name"),
        "type": Field(str, required=True, choices=ORG_TYPES),
        "aliases": Field(list, required=True, item=str, help="surface forms, case-sensitive"),
        "country_code": Field(str, help="ISO 3166-1 alpha-2 of a national organisation"),
        "ambiguous": Field(list, default=(), item=str, help="aliases that need a model entity"),
        "context": Field(
            list,
            default=(),
            item=str,
            help="ISO country codes of the news in which this record wins an alias that "
            "other records share (Grünen in Austrian news); records without it are the default",
        ),
        "replaces": Field(
            str,
            help="id of the record whose mentions are this one in a text with enough "
            "``cues`` (a company's racing team: Red Bull -> Red Bull Racing)",
        ),
        "cues": Field(
            list,
            default=(),
            item=str,
            help="words of the texts in which this record replaces ``replaces`` (at least "
            "CUES_NEEDED different ones)",
        ),
    },
    name="organisation",
    unique=("id",),
)
PLACE_SCHEMA = Schema(
    {
        "id": Field(str, required=True),
        "canonical_id": Field(str, required=True),
        "canonical_name": Field(str, required=True),
        "type": Field(str, required=True, choices=PLACE_TYPES),
        "aliases": Field(list, required=True, item=str),
        "country_code": Field(str, help="ISO 3166-1 alpha-2; absent for Europa, Nahost ..."),
        "ambiguous": Field(bool, default=False, help="needs a model LOC or a place preposition"),
        "context": Field(
            list,
            default=(),
            item=str,
            help="ISO country codes of the news in which this record wins an alias that "
            "other places share (Baden in Austrian news); records without it are the default",
        ),
        "gazetteer": Field(
            bool,
            default=False,
            help="generated list: every alias is a place of its own (no canonical id); "
            "never relabels or trims a model entity",
        ),
    },
    name="place",
    unique=("id",),
)
DEMONYM_SCHEMA = Schema(
    {
        "id": Field(str, required=True),
        "country_code": Field(str, required=True),
        "canonical_name": Field(str, required=True),
        "kind": Field(str, required=True, choices=("adjective", "genitive")),
        "forms": Field(list, required=True, item=str),
    },
    name="demonym",
    unique=("id",),
)
PERSON_SCHEMA = Schema(
    {
        "id": Field(str, required=True),
        "kind": Field(
            str, required=True, choices=("title", "title_suffix", "first_name", "surname", "person")
        ),
        "forms": Field(list, required=True, item=str),
        "canonical_id": Field(str),
        "canonical_name": Field(str),
        "country_code": Field(str),
    },
    name="person",
    unique=("id",),
)
NOUN_SCHEMA = word_groups_schema("noun", ("common_noun", "first_name"), "space-separated words")

MISC_TYPES = ("currency", "event", "index", "language", "other")
MISC_SCHEMA = Schema(
    {
        "id": Field(str, required=True),
        "canonical_id": Field(str, required=True),
        "canonical_name": Field(str, required=True),
        "type": Field(str, required=True, choices=MISC_TYPES),
        "aliases": Field(list, required=True, item=str),
        "country_code": Field(str),
        "ambiguous": Field(list, default=(), item=str, help="aliases that need a model entity"),
    },
    name="misc",
    unique=("id",),
)

#: Word lists of ``entity_words.jsonl`` (every id is required) and how the code uses them:
#: ``set`` -> frozenset of words, ``endings`` -> tuple for ``str.endswith``, ``map`` -> dict.
WORD_LISTS: dict[str, str] = {
    "org_heads": "set",
    "place_prepositions": "set",
    "name_particles": "set",
    "surname_tails": "endings",
    "noun_suffixes": "endings",
    "kinship": "set",
    "prefix_aliases": "map",
    "no_title_rule": "set",
    "company_class": "set",
    "legal_forms": "set",
    "club_prefixes": "set",
    "institution_heads": "set",
    "org_head_nouns": "set",
    "name_heads": "set",
    "newspaper_heads": "set",
    "newspaper_adjectives": "set",
    "street_suffixes": "endings",
    "place_endings": "endings",
    "abbreviations": "set",
    "url_domains": "set",
    "institution_links": "set",
    "field_words": "set",
    "article_particles": "set",
    "particle_articles": "set",
    "address_words": "set",
    "saints": "set",
    "articles": "set",
    "surname_suffixes": "endings",
    "place_class": "set",
    "name_stop": "set",
    "article_country_endings": "endings",
    "work_class": "set",
    "media_class": "set",
    "org_class": "set",
    "org_class_heads": "endings",
    "not_entities": "set",
    "title_links": "set",
    "home_countries": "set",
    "peoples": "set",
    "person_verbs": "set",
    "sports_words": "set",
    "team_roles": "set",
    "team_verbs": "set",
    "product_stop": "set",
    "sports_codes": "map",
    "team_names": "set",
    "person_noun_endings": "endings",
    "oblique_articles": "set",
    "masculine_neuter_articles": "set",
    "place_prefixes": "set",
    "company_words": "set",
    "place_heads": "endings",
    "camel_name_prefixes": "set",
    "adjective_endings": "endings",
    "inflected_adjective_endings": "endings",
    "name_joiners": "set",
    "english_name_starts": "set",
    "adjective_contractions": "set",
    "event_heads": "set",
    "event_starts": "set",
    "city_states": "map",
    "state_links": "set",
    "state_class": "set",
    "adverb_endings": "endings",
    "noun_surnames": "set",
    "work_class_heads": "endings",
    "team_rankings": "set",
    "org_noun_endings": "endings",
    "units_after_number": "set",
    "language_cues": "set",
    "acronym_class_heads": "set",
    "common_epochs": "set",
    "attribution_words": "set",
    "name_nouns": "set",
    "noun_first_names": "set",
    "single_names": "set",
    "anaphor_articles": "set",
    "age_noun_endings": "endings",
    "people_noun_endings": "endings",
    "model_class": "set",
    "neuter_articles": "set",
    "interjections": "set",
    "role_abbreviations": "set",
    "kinship_heads": "endings",
    "thing_class": "set",
    "thing_heads": "endings",
    "mass_nouns": "set",
    "no_city_articles": "set",
    "club_prepositions": "set",
    "person_adjective_articles": "set",
    "neuter_heads": "endings",
    "masculine_heads": "endings",
    "hyphen_particles": "set",
    "state_verbs": "set",
    "state_reaction_verbs": "set",
    "state_prefixes": "set",
    "state_adjectives": "set",
}
#: Lists a language may leave out (empty then): the sports and product rules.
OPTIONAL_LISTS = frozenset(
    {
        "sports_words",
        "team_roles",
        "team_verbs",
        "product_stop",
        "sports_codes",
        "team_names",
        "person_noun_endings",
        "oblique_articles",
        "masculine_neuter_articles",
        "place_prefixes",
        "company_words",
        "place_heads",
        "org_class_heads",
        "camel_name_prefixes",
        "adjective_endings",
        "inflected_adjective_endings",
        "name_joiners",
        "english_name_starts",
        "adjective_contractions",
        "event_heads",
        "event_starts",
        "city_states",
        "state_links",
        "state_class",
        "adverb_endings",
        "noun_surnames",
        "work_class_heads",
        "team_rankings",
        "org_noun_endings",
        "units_after_number",
        "language_cues",
        "acronym_class_heads",
        "common_epochs",
        "attribution_words",
        "name_nouns",
        "noun_first_names",
        "single_names",
        "anaphor_articles",
        "age_noun_endings",
        "people_noun_endings",
        "model_class",
        "neuter_articles",
        "interjections",
        "role_abbreviations",
        "kinship_heads",
        "thing_class",
        "thing_heads",
        "mass_nouns",
        "no_city_articles",
        "club_prepositions",
        "person_adjective_articles",
        "neuter_heads",
        "masculine_heads",
        "hyphen_particles",
        "state_verbs",
        "state_reaction_verbs",
        "state_prefixes",
        "state_adjectives",
    }
)
WORDS_SCHEMA = Schema(
    {
        "id": Field(str, required=True, choices=tuple(WORD_LISTS), help="name of the list"),
        "words": Field(list, item=str, help="the words (lists of kind set/endings)"),
        "map": Field(dict, help="key -> value (lists of kind map)"),
        "help": Field(str, default="", help="what the list is for"),
    },
    name="entity_words",
    unique=("id",),
)

FILES: dict[str, tuple[str, Schema]] = {
    "organisations": ("organisations.jsonl", ORG_SCHEMA),
    "places": ("places.jsonl", PLACE_SCHEMA),
    "demonyms": ("demonyms.jsonl", DEMONYM_SCHEMA),
    "persons": ("persons.jsonl", PERSON_SCHEMA),
    "nouns": ("nouns.jsonl", NOUN_SCHEMA),
    "misc": ("misc.jsonl", MISC_SCHEMA),
    "words": ("entity_words.jsonl", WORDS_SCHEMA),
}

_CC = re.compile(r"[A-Z]{2}")


def _check_cc(rec: dict[str, Any], path: Path, line: int | None) -> None:
    cc = rec.get("country_code")
    if cc is not None and not _CC.fullmatch(cc):
        raise RuleFileError(path, line, "country_code", f"{cc!r} is not an ISO 3166-1 alpha-2 code")


def _check_words(records: list[dict[str, Any]], path: Path) -> None:
    """Every list of :data:`WORD_LISTS` is present once, with the field its kind needs."""
    lines = {}
    for line, raw in read_records(path):
        if isinstance(raw, dict):
            lines.setdefault(raw.get("id"), line)
    for rec in records:
        kind, line = WORD_LISTS[rec["id"]], lines.get(rec["id"])
        need, other = ("map", "words") if kind == "map" else ("words", "map")
        if rec[other] is not None:
            raise RuleFileError(
                path, line, other, f"list {rec['id']!r} of kind {kind} has no {other!r}"
            )
        value = rec[need]
        if not value:
            raise RuleFileError(path, line, need, f"list {rec['id']!r} needs a non-empty {need!r}")
        items = list(value.items()) if kind == "map" else [(w, w) for w in value]
        if any(not isinstance(v, str) or not k.strip() or not v.strip() for k, v in items):
            raise RuleFileError(path, line, need, "words must be non-empty strings")
        if kind != "map" and len(set(value)) != len(value):
            dup = next(w for w in value if value.count(w) > 1)
            raise RuleFileError(path, line, need, f"duplicate word {dup!r}")
    present = {r["id"] for r in records}
    missing = [i for i in WORD_LISTS if i not in present and i not in OPTIONAL_LISTS]
    if missing:
        raise RuleFileError(path, None, "id", f"required list(s) missing: {', '.join(missing)}")


def load_file(path: str | Path, schema: Schema) -> list[dict[str, Any]]:
    """Read and validate one entity rule file (errors name file, line and field)."""
    path = Path(path)
    out: list[dict[str, Any]] = []
    seen: dict[str, int | None] = {}
    for line, raw in read_records(path):
        rec = validate_record(raw, schema, path, line)
        if rec["id"] in seen:
            raise RuleFileError(
                path, line, "id", f"duplicate {rec['id']!r} (first on line {seen[rec['id']]})"
            )
        seen[rec["id"]] = line
        _check_cc(rec, path, line)
        for key in ("aliases", "forms"):
            if key in rec and (not rec[key] or any(not a.strip() for a in rec[key])):
                raise RuleFileError(
                    path, line, key, "must be a non-empty list of non-empty strings"
                )
        amb_list = rec.get("ambiguous") if isinstance(rec.get("ambiguous"), list) else []
        for amb in amb_list:
            if amb not in rec["aliases"]:
                raise RuleFileError(path, line, "ambiguous", f"{amb!r} is not one of the aliases")
        out.append(rec)
    if schema is WORDS_SCHEMA:
        _check_words(out, path)
    for rec in out:
        if rec.get("replaces") and rec["replaces"] not in seen:
            raise RuleFileError(
                path, seen[rec["id"]], "replaces", f"{rec['replaces']!r} is not an id of the file"
            )
    return out


@dataclass
class EntityLexicon:
    """All rule data of the entity layer, by file stem (see :data:`FILES`)."""

    data: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def from_dir(cls, path: str | Path) -> EntityLexicon:
        """Load and validate every file of :data:`FILES` from the folder ``path``."""
        path = Path(path)
        return cls({key: load_file(path / fname, schema) for key, (fname, schema) in FILES.items()})

    def to_dir(self, path: str | Path) -> None:
        """Write every file as JSONL into the folder ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for key, (fname, _schema) in FILES.items():
            write_rules(path / fname, self.data.get(key, []))


def alias_forms(aliases: list[str]) -> list[str]:
    """The aliases of a record, then the weak forms of those that start with adjectives
    (:func:`inflected`) that are not aliases themselves."""
    return list(aliases) + [v for a in aliases for v in inflected(a) if v not in aliases]


def record_attrs(rec: dict[str, Any]) -> dict[str, Any]:
    """Span attributes of an organisation, MISC or place record."""
    return {
        "canonical_id": rec["canonical_id"],
        "canonical_name": rec["canonical_name"],
        "country_code": rec.get("country_code"),
        "entity_type": rec["type"],
    }


def inflected(alias: str) -> list[str]:
    """Weak forms of names that start with adjectives, as after "der/im/des/das".

    >>> inflected("Vereinigtes Königreich")
    ['Vereinigten Königreich', 'Vereinigten Königreichs', 'Vereinigte Königreich']
    >>> inflected("Europäischer Gerichtshof für Menschenrechte")[-1]
    'Europäische Gerichtshof für Menschenrechte'
    >>> inflected("Europäische Zentralbank")
    ['Europäischen Zentralbank', 'Europäischer Zentralbank']
    """
    words = alias.split(" ")
    n = 0
    while n < len(words) - 1 and words[n][:1].isupper() and words[n].endswith(("e", "es", "er")):
        n += 1
    if n == 0:
        return []
    strong = any(w.endswith(("es", "er")) for w in words[:n])  # neuter/masculine: genitive -s
    adjectives = [w[:-2] + "en" if w.endswith(("es", "er")) else w + "n" for w in words[:n]]
    weak = " ".join(adjectives + words[n:])
    if not strong:  # feminine: also the strong genitive/dative "-er" ("Europäischer Zentralbank")
        return [weak, " ".join([w + "r" for w in words[:n]] + words[n:])]
    nominative = " ".join([w[:-1] if w.endswith(("es", "er")) else w for w in words[:n]])
    nominative = " ".join([nominative, *words[n:]])  # "der Europäische Rat"
    return [weak, weak + "s", nominative] if not weak.endswith("s") else [weak, nominative]


def place_genitive(alias: str, article_endings: tuple[str, ...]) -> str | None:
    """Genitive of a one-word place name ("Moskau" -> "Moskaus"), None when it has none.

    ``article_endings``: endings of names used with an article (list
    ``article_country_endings`` of ``entity_words.jsonl``), which take no -s.
    """
    if " " in alias or alias.isupper() or alias.endswith(("s", "ß", "x", "z", "sch")):
        return None
    if alias.endswith(article_endings):  # die Ukraine, die Türkei: no -s
        return None
    return alias + "s"
