"""Sample entity and number rows of 10kGNAD articles for a hand check (issue 11).

``python -m bench.handcheck [--seed 11] [--articles 100] [--entities 100] [--numbers 60]``
picks ``--articles`` articles at random from rows 0-499 of the 10kGNAD test split
(``../shared/corpora/10kgnad/test.csv``, format ``label;'text'``), runs the default newsx
pipeline on them and prints ``--entities`` random entity rows and ``--numbers`` random number
rows, each with 70 characters of context either side (the row's text in ``[[...]]``), for a
reader to judge every row as fully right or not. The same seed gives the same rows.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from pipeline.model import load_pipeline
from pipeline.tables import entity_rows, number_rows
from pipeline.training.convert import CORPORA

ROWS = 500  # only rows 0-499 of the test split are used for development checks
CONTEXT = 70


def read_articles(path: Path, rows: int = ROWS) -> list[str]:
    """The texts of the first ``rows`` lines of a 10kGNAD CSV file."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if len(out) >= rows:
                break
            _label, _, text = line.rstrip("\n").partition(";")
            out.append(text.strip("'"))
    return out


def show(text: str, row: dict) -> str:
    """A row's text in context: '... left [[text]] right ...'."""
    s, e = row["start"], row["end"]
    left = text[max(0, s - CONTEXT) : s].replace("\n", " ")
    right = text[e : e + CONTEXT].replace("\n", " ")
    return f"…{left}[[{text[s:e]}]]{right}…"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(CORPORA / "10kgnad" / "test.csv"))
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--entities", type=int, default=100)
    ap.add_argument("--numbers", type=int, default=60)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    texts = read_articles(Path(args.corpus))
    picked = sorted(rng.sample(range(len(texts)), args.articles))
    nlp, _ = load_pipeline()
    ents, nums = [], []
    for row_no, doc in zip(picked, nlp.pipe(texts[i] for i in picked)):
        ents += [(row_no, doc.text, r) for r in entity_rows(doc, f"row{row_no}")]
        nums += [(row_no, doc.text, r) for r in number_rows(doc, f"row{row_no}")]
    print(f"# seed {args.seed}: rows {picked[:5]}... ({len(ents)} entity, {len(nums)} number rows)")
    keys = ("label", "canonical_id", "canonical_name", "entity_id", "rule")
    for n, (row_no, text, r) in enumerate(rng.sample(ents, min(args.entities, len(ents))), 1):
        print(f"E{n:03d} row {row_no} | " + " | ".join(str(r[k]) for k in keys))
        print("     " + show(text, r))
    keys = ("value", "value_min", "value_max", "qualifier", "noun", "kind", "unit")
    for n, (row_no, text, r) in enumerate(rng.sample(nums, min(args.numbers, len(nums))), 1):
        print(f"N{n:03d} row {row_no} | " + " | ".join(str(r[k]) for k in keys))
        print("     " + show(text, r))


if __name__ == "__main__":
    main()
