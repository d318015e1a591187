"""Rebuild the generated first-name and surname records of ``data/rules/de/persons.jsonl``.

Source: the person-name lists of the ``faker`` package (PyPI, MIT licence,
https://github.com/joke2k/faker), Latin-script locales only (German, English, Romance,
Slavic, Nordic, Turkish ...). Only this script reads faker; newsx reads the records it
writes. Hand-made records of ``persons.jsonl`` (titles, extra first names, well-known
persons) are kept as they are; only records with ids starting ``first_names.gen.`` and
``surnames.gen.`` are replaced.

A name is left out when it is also an ordinary German word or another kind of name, so
that the rules "first name + capitalised word" and "surname alone" stay precise:

- a place, organisation or demonym alias of the entity rules, a title, or a capitalised
  function word / weekday / month (``name_stop`` in ``entity_words.jsonl``);
- an ordinary German noun (``german-nouns``, German Wiktionary: "Mark", "Bauer", "Koch"),
  unless the GermEval train part has it more often as (part of) a PER than otherwise
  ("Müller");
- its lowercase form is a lowercase word in the *train* parts of UD German GSD or
  GermEval 2014 ("Will" -> "will", "Frank" -> "frank", "Lange" -> "lange");
- in the GermEval *train* part it is more often outside a PER (other entity or no
  entity) than inside one ("Florence", "Victoria").

Only the train parts are read (never the dev or held-out part). ::

    python data/scripts/build_names.py            # pip-downloads faker and german-nouns
"""

from __future__ import annotations

import argparse
import collections
import csv
import importlib
import re
import sys
import tempfile
from pathlib import Path

from _sources import corpus_evidence, extract, replace_generated, rule_words

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "data" / "rules" / "de"
OUT = RULES / "persons.jsonl"
FAKER_VERSION = "40.63.0"
NOUNS_VERSION = "1.2.5"
LOCALES = [
    "de_DE",
    "de_AT",
    "de_CH",
    "en_US",
    "en_GB",
    "en_IE",
    "fr_FR",
    "it_IT",
    "es_ES",
    "pt_PT",
    "pt_BR",
    "nl_NL",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "hr_HR",
    "sl_SI",
    "hu_HU",
    "ro_RO",
    "tr_TR",
    "sv_SE",
    "da_DK",
    "no_NO",
    "fi_FI",
    "et_EE",
    "lt_LT",
    "lv_LV",
]
NAME = re.compile(r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-žı'’-]+")
PREFIXES = ("first_names.gen.", "surnames.gen.")


def faker_names(tmp: Path) -> tuple[set[str], set[str]]:
    """(first names, surnames) of the Latin-script faker locales."""
    root = extract(f"faker=={FAKER_VERSION}", "faker/", tmp / "faker")
    sys.path.insert(0, str(root))
    first: set[str] = set()
    last: set[str] = set()
    for loc in LOCALES:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            vals = getattr(prov, attr, None) or ()
            first.update(v for v in vals if NAME.fullmatch(v))
        last.update(v for v in (getattr(prov, "last_names", None) or ()) if NAME.fullmatch(v))
    return first, last


def german_nouns(tmp: Path) -> set[str]:
    """Every form of the ordinary nouns of german-nouns ("Bauer", "Mark", "Huber")."""
    root = extract(f"german-nouns=={NOUNS_VERSION}", "german_nouns/nouns.csv", tmp / "gn")
    out: set[str] = set()
    with (root / "german_nouns" / "nouns.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["pos"] != "Substantiv":  # rows of names ("Nachname,Substantiv") do not count
                continue
            out.update(v for k, v in r.items() if v and (k == "lemma" or " " in k) and " " not in v)
    return out


def keep(
    words: set[str],
    nouns: set[str],
    stop: set[str],
    lower: set[str],
    in_per: collections.Counter,
    in_other: collections.Counter,
) -> list[str]:
    out = []
    for w in sorted(words):
        if len(w) < 3 or w in stop or w.lower() in lower or in_other[w] > in_per[w]:
            continue
        if w in nouns and in_per[w] <= in_other[w]:  # a noun, unless attested as a name
            continue
        out.append(w)
    return out


def records(kind: str, prefix: str, words: list[str]) -> list[dict]:
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for w in words:
        groups[w[0].lower()].append(w)
    return [{"id": f"{prefix}{k}", "kind": kind, "forms": groups[k]} for k in sorted(groups)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp())
    first, last = faker_names(tmp)
    nouns = german_nouns(tmp)
    lower, in_per, in_other = corpus_evidence("PER")
    stop = rule_words(whole_aliases_only=True, person_kinds=frozenset({"title"}))
    firsts = keep(first, nouns, stop, lower, in_per, in_other)
    lasts = keep(last - first, nouns, stop, lower, in_per, in_other)
    gen = records("first_name", "first_names.gen.", firsts) + records(
        "surname", "surnames.gen.", lasts
    )
    replace_generated(OUT, PREFIXES, gen)
    print(f"wrote {OUT}: {len(firsts)} first names, {len(lasts)} surnames")
    return 0


if __name__ == "__main__":
    sys.exit(main())
