"""Fit the weights of ``data/rules/de/quote_confidence.jsonl`` on the Wikinews *train* part.

Every quote the engine finds (before the ``min_confidence`` filter) is one row: its named
features (:meth:`pipeline.quotes.scoring.Scorer.features`) and whether it is right -- a
match at overlap F1 >= 0.5 with a gold quote (the pairing of ``newsx eval``). A logistic
regression over them gives the weights. Never run it on dev: dev is for reporting.

    python data/scripts/fit_quote_confidence.py ../shared/corpora/wikinews-quotes/train.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.evaluate.quotes import load_gold, pair_quotes
from pipeline.model import load_pipeline
from pipeline.quotes.scoring import fit_weights
from pipeline.rules import write_rules

HEADER = (
    "# Weights of the calibrated quote confidence (schema: pipeline/quotes/scoring.py\n"
    "# CONFIDENCE_SCHEMA): log-odds per named feature, fit on the Wikinews train part by\n"
    "# data/scripts/fit_quote_confidence.py (L2 {l2}, {n} quotes, {pos} right).\n"
)


def collect(gold_path: str) -> tuple[list[dict[str, float]], list[int]]:
    """Feature rows and labels of every candidate quote in the gold file's texts."""
    nlp, _ = load_pipeline()
    engine = nlp.get_pipe("newsx_quotes").extractor
    gold = load_gold(gold_path)
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    texts = (g["text"] for g in gold)
    for g, doc in zip(gold, nlp.pipe(texts, disable=["newsx_quotes", "newsx_speakers"])):
        ctx, quotes = engine.candidates(doc)
        chars = [
            [[doc[a].idx, doc[b - 1].idx + len(doc[b - 1])] for a, b in q.parts] for q in quotes
        ]
        pairs = pair_quotes([q["quote"]["spans"] for q in g["quotes"]], chars)
        right = {pi for _, pi, f1 in pairs if f1 >= 0.5}
        for i, q in enumerate(quotes):
            rows.append(engine.scorer.features(ctx, q))
            labels.append(int(i in right))
    return rows, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="the train part (JSONL)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--out", default=str(ROOT / "data/rules/de/quote_confidence.jsonl"))
    args = parser.parse_args()
    rows, labels = collect(args.gold)
    records = fit_weights(rows, labels, l2=args.l2)
    out = Path(args.out)
    write_rules(out, records)
    head = HEADER.format(l2=args.l2, n=len(labels), pos=sum(labels))
    out.write_text(head + out.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{len(records)} weights from {len(labels)} quotes ({sum(labels)} right) -> {out}")


if __name__ == "__main__":
    main()
