"""Fit the weights of ``data/rules/de/quote_confidence.jsonl`` on the Wikinews *train* part.

Every quote the engine finds (before the ``min_confidence`` filter) is one row: its named
features (:meth:`pipeline.quotes.scoring.Scorer.features`) and whether it is right -- a
match at overlap F1 >= 0.5 with a gold quote (the pairing of ``newsx eval``). A logistic
regression over them gives the weights. Never run it on dev: dev is for reporting.

    python data/scripts/fit_quote_confidence.py ../shared/corpora/wikinews-quotes/train.jsonl

``--folds 5`` also prints the log-loss and the precision at confidence >= 0.8 of
held-out folds of train (documents grouped, three fold draws): how features and the L2
strength were chosen, without looking at dev.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.evaluate.quotes import calibration, load_gold, pair_quotes
from pipeline.model import load_pipeline
from pipeline.quotes.scoring import Scorer, fit_weights
from pipeline.rules import write_rules

HEADER = (
    "# Weights of the calibrated quote confidence (schema: pipeline/quotes/scoring.py\n"
    "# CONFIDENCE_SCHEMA): log-odds per named feature, fit on the Wikinews train part by\n"
    "# data/scripts/fit_quote_confidence.py (L2 {l2}, {n} quotes, {pos} right).\n"
)


def collect(gold_path: str) -> tuple[list[dict[str, float]], list[int], list[int]]:
    """Feature rows, labels and document numbers of every candidate quote in the gold
    file's texts."""
    nlp, _ = load_pipeline()
    engine = nlp.get_pipe("newsx_quotes").extractor
    gold = load_gold(gold_path)
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    docs: list[int] = []
    texts = (g["text"] for g in gold)
    piped = nlp.pipe(texts, disable=["newsx_quotes", "newsx_speakers"])
    for d, (g, doc) in enumerate(zip(gold, piped)):
        ctx, quotes = engine.candidates(doc)
        chars = [
            [[doc[a].idx, doc[b - 1].idx + len(doc[b - 1])] for a, b in q.parts] for q in quotes
        ]
        pairs = pair_quotes([q["quote"]["spans"] for q in g["quotes"]], chars)
        right = {pi for _, pi, f1 in pairs if f1 >= 0.5}
        for i, q in enumerate(quotes):
            rows.append(engine.scorer.features(ctx, q))
            labels.append(int(i in right))
            docs.append(d)
    return rows, labels, docs


def held_out(
    rows: list[dict[str, float]], labels: list[int], docs: list[int], folds: int, l2: float
) -> list[float]:
    """Confidence of every row from weights fit on the other folds (documents grouped)."""
    order = sorted(set(docs))
    random.Random(len(order)).shuffle(order)
    fold = {d: i % folds for i, d in enumerate(order)}
    conf = [0.0] * len(rows)
    for k in range(folds):
        fit = [i for i in range(len(rows)) if fold[docs[i]] != k]
        scorer = Scorer(fit_weights([rows[i] for i in fit], [labels[i] for i in fit], l2=l2))
        for i in range(len(rows)):
            if fold[docs[i]] == k:
                conf[i] = scorer.probability(rows[i])
    return conf


def report_held_out(conf: list[float], labels: list[int]) -> str:
    """Log-loss of all candidates, precision and count at confidence >= 0.8, and the
    expected calibration error over ten bins (as ``newsx eval`` reports it)."""
    eps = 1e-6
    loss = -sum(
        y * math.log(max(c, eps)) + (1 - y) * math.log(max(1 - c, eps))
        for c, y in zip(conf, labels)
    ) / len(labels)
    high = [y for c, y in zip(conf, labels) if c >= 0.8]
    ece = calibration(conf, [bool(y) for y in labels])["ece"]
    return (
        f"log-loss {loss:.4f}, P@>=0.8 {sum(high) / max(1, len(high)):.4f} ({len(high)}), "
        f"ECE {ece:.4f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="the train part (JSONL)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--out", default=str(ROOT / "data/rules/de/quote_confidence.jsonl"))
    parser.add_argument("--folds", type=int, default=0, help="also report held-out folds")
    args = parser.parse_args()
    rows, labels, docs = collect(args.gold)
    if args.folds > 1:
        conf = held_out(rows, labels, docs, args.folds, args.l2)
        print(
            f"{args.folds}-fold held-out on {len(set(docs))} documents: "
            + report_held_out(conf, labels)
        )
    records = fit_weights(rows, labels, l2=args.l2)
    out = Path(args.out)
    write_rules(out, records)
    head = HEADER.format(l2=args.l2, n=len(labels), pos=sum(labels))
    out.write_text(head + out.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{len(records)} weights from {len(labels)} quotes ({sum(labels)} right) -> {out}")


if __name__ == "__main__":
    main()
