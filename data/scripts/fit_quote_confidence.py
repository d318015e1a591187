"""Fit the weights of ``data/rules/de/quote_confidence.jsonl`` on the Wikinews *train* part.

Every quote the engine finds (before the ``min_confidence`` filter) is one row: its named
features (:meth:`pipeline.quotes.scoring.Scorer.features`) and whether it is right -- a
match at overlap F1 >= 0.5 with a gold quote (the pairing of ``newsx eval``). A logistic
regression over them gives the weights. Never run it on dev: dev is for reporting.

    python data/scripts/fit_quote_confidence.py ../shared/corpora/wikinews-quotes/train.jsonl

A rule piece that every quote of one kind has and no other kind has (``marks`` of a direct
quote, ``continuation:konjunktiv``) says nothing the ``kind=`` feature does not; it is left
out of the fit (:func:`kind_pieces`), so its kind carries the whole weight and a quote of
that kind from a rule the fit never saw (an interview answer has no marks) gets its kind's
rate instead of the kind's rate minus half of it.

The fit has two stages (:func:`fit_stages`): the logistic regression over all candidates
without the per-kind gate features, then one offset per kind (``kind=<kind>*rule_conf>=0.5``)
on the kind's quotes at the rules' gate -- the rows that are output whatever their
confidence, where the number is read -- with the first stage's log-odds fixed. A quote
below the gate keeps the first stage's confidence, which decides whether it is rescued.

``--folds 5`` also prints, for held-out folds of train (documents grouped, three fold
draws), the log-loss of all candidates and, on the rows the engine would output (rule
rating at the gate, or rescued), the expected calibration error, the precision at
confidence >= 0.8, the reliability bins and the same per quote kind: how features and the
L2 strength were chosen, without looking at dev. Held-out folds of train cannot see that
rules were written on train (a rule piece's train quotes are right more often than its
quotes on unseen text); check on hand-judged rows of another outlet too.

Before it writes the weights it prints how many rows of the gold file (and, with
``--texts``, of the first 500 texts of a 10kGNAD CSV file) the new weights output that the
weights in ``--out`` do not, or the other way round: only quotes rescued from below the
rules' gate can change, and a refit should change (almost) none.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.handcheck import read_articles
from pipeline.evaluate.quotes import (
    calibration,
    calibration_by_kind,
    in_kind_order,
    load_gold,
    pair_quotes,
)
from pipeline.model import load_pipeline
from pipeline.quotes.engine import _rescuable
from pipeline.quotes.scoring import CONFIDENCE_SCHEMA, Scorer, fit_offset, fit_weights
from pipeline.rules import load_rules, write_rules

HEADER = (
    "# Weights of the calibrated quote confidence (schema: pipeline/quotes/scoring.py\n"
    "# CONFIDENCE_SCHEMA): log-odds per named feature, fit on the Wikinews train part by\n"
    "# data/scripts/fit_quote_confidence.py (L2 {l2}, {n} quotes, {pos} right).\n"
)

#: fold draws of the held-out report (one number from one draw moves by about .002)
DRAWS = 3

#: the feature of the rules' own gate (``min_rule_confidence``): at it a quote is output
#: whatever its confidence
GATE = "rule_conf>=0.5"

#: share of a kind's quotes a rule piece must be on to count as the kind's own
KIND_PIECE_SHARE = 0.98


@dataclass(slots=True)
class Row:
    """One candidate quote: its features, whether it is right, its document, its kind, and
    whether the engine outputs it whatever its confidence (``gated``: rated at the rules'
    gate) or when its confidence reaches the rescue level (``rescuable``)."""

    features: dict[str, float]
    right: int
    doc: int
    kind: str
    gated: bool
    rescuable: bool


def collect(gold_path: str, texts_path: str | None = None) -> tuple[list[Row], list[Row], float]:
    """The candidate quotes of the gold file's texts, those of the first
    :data:`~bench.handcheck.ROWS` texts of a 10kGNAD CSV file ``texts_path`` (unlabelled:
    which rows the new weights output that the old do not), and the engine's rescue level."""
    nlp, _ = load_pipeline()
    engine = nlp.get_pipe("newsx_quotes").extractor
    rescue = engine.kit.settings.get("rescue_confidence", 1.1)
    gold = load_gold(gold_path)
    rows = candidate_rows(nlp, [g["text"] for g in gold], [g["quotes"] for g in gold])
    if not texts_path:
        return rows, [], rescue
    texts = read_articles(Path(texts_path))
    return rows, candidate_rows(nlp, texts, [[] for _ in texts]), rescue


def candidate_rows(nlp: Any, texts: list[str], golds: list[list[dict[str, Any]]]) -> list[Row]:
    """One :class:`Row` per candidate quote of ``texts``, right when it matches a quote of
    its ``golds`` at overlap F1 >= 0.5."""
    engine = nlp.get_pipe("newsx_quotes").extractor
    gate = engine.kit.settings.get("min_rule_confidence", 0.0)
    rows: list[Row] = []
    piped = nlp.pipe(texts, disable=["newsx_quotes", "newsx_speakers"])
    for d, (g, doc) in enumerate(zip(golds, piped)):
        ctx, quotes = engine.candidates(doc)
        chars = [
            [[doc[a].idx, doc[b - 1].idx + len(doc[b - 1])] for a, b in q.parts] for q in quotes
        ]
        pairs = pair_quotes([q["quote"]["spans"] for q in g], chars)
        right = {pi for _, pi, f1 in pairs if f1 >= 0.5}
        for i, q in enumerate(quotes):
            f = engine.scorer.features(ctx, q)
            rows.append(Row(f, int(i in right), d, q.kind, q.confidence >= gate, _rescuable(q)))
    return rows


def kind_pieces(rows: list[Row], share: float = KIND_PIECE_SHARE) -> set[str]:
    """``rule=`` features found with one kind only and on at least ``share`` of its rows.

    >>> r = [Row({"rule=marks": 1.0}, 1, 0, "direct", True, True)] * 3
    >>> r += [Row({"rule=verb": 1.0}, 1, 0, k, True, True) for k in ("direct", "indirect")]
    >>> sorted(kind_pieces(r, share=0.75)), sorted(kind_pieces(r))
    (['rule=marks'], [])
    """
    kinds = Counter(r.kind for r in rows)
    seen: dict[str, Counter[str]] = {}
    for r in rows:
        for k in r.features:
            if k.startswith("rule="):
                seen.setdefault(k, Counter())[r.kind] += 1
    return {
        k
        for k, by_kind in seen.items()
        if len(by_kind) == 1 and max(by_kind.values()) >= share * kinds[next(iter(by_kind))]
    }


def fit_rows(rows: list[dict[str, float]], labels: list[int], drop: set[str], l2: float):
    """:func:`fit_weights` over ``rows`` without the features in ``drop``."""
    kept = [{k: v for k, v in r.items() if k not in drop} for r in rows]
    return fit_weights(kept, labels, l2=l2)


def fit_stages(rows: list[Row], l2: float) -> list[dict[str, Any]]:
    """The weights: first :func:`fit_rows` over all candidates without the kind's own
    pieces (:func:`kind_pieces`) and without the per-kind gate features
    (``kind=<kind>*rule_conf>=0.5``); then, per kind, the gate feature's weight as one
    offset (:func:`~pipeline.quotes.scoring.fit_offset`) on the kind's quotes at the gate,
    the first stage's log-odds fixed. A quote below the gate has no gate feature, so its
    confidence (which decides whether it is rescued) is the first stage's."""
    gates = {f"kind={r.kind}*{GATE}" for r in rows}
    first = fit_rows(
        [r.features for r in rows], [r.right for r in rows], kind_pieces(rows) | gates, l2
    )
    weights = {w["feature"]: w["weight"] for w in first}
    at_gate: dict[str, list[tuple[float, int]]] = {}
    for r in rows:
        if r.features.get(GATE):
            z = sum(weights.get(k, 0.0) * v for k, v in r.features.items())
            at_gate.setdefault(f"kind={r.kind}*{GATE}", []).append((z, r.right))
    second = [{"feature": k, "weight": round(fit_offset(p, l2), 4)} for k, p in at_gate.items()]
    return sorted(first + second, key=lambda w: w["feature"])


def held_out(rows: list[Row], folds: int, l2: float, draw: int = 0) -> list[float]:
    """Confidence of every row from weights fit on the other folds (documents grouped;
    ``draw`` 0 is the draw of earlier rounds)."""
    order = sorted({r.doc for r in rows})
    random.Random(len(order) + draw).shuffle(order)
    fold = {d: i % folds for i, d in enumerate(order)}
    conf = [0.0] * len(rows)
    for k in range(folds):
        fit = [r for r in rows if fold[r.doc] != k]
        scorer = Scorer(fit_stages(fit, l2))
        for i, r in enumerate(rows):
            if fold[r.doc] == k:
                conf[i] = scorer.probability(r.features)
    return conf


def log_loss(conf: list[float], labels: list[int]) -> float:
    """Mean negative log-likelihood of ``labels`` under ``conf``."""
    eps = 1e-6
    return -sum(
        y * math.log(max(c, eps)) + (1 - y) * math.log(max(1 - c, eps))
        for c, y in zip(conf, labels)
    ) / max(1, len(labels))


def output_rows(rows: list[Row], conf: list[float], rescue: float) -> list[int]:
    """Indices of the rows the engine outputs under ``conf``."""
    return [
        i for i, (r, c) in enumerate(zip(rows, conf)) if r.gated or (c >= rescue and r.rescuable)
    ]


def report_held_out(rows: list[Row], confs: list[list[float]], rescue: float) -> str:
    """Held-out figures, averaged over the fold draws ``confs``: log-loss of all candidates;
    on the output rows ECE, precision at >= 0.8, the reliability bins and, per kind, the
    count, mean confidence, share right, ECE and log-loss."""
    labels = [r.right for r in rows]
    total: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = {}
    bins: dict[int, Counter[str]] = {}
    for conf in confs:
        out = output_rows(rows, conf, rescue)
        oc, oy = [conf[i] for i in out], [labels[i] for i in out]
        cal = calibration(oc, [bool(y) for y in oy])
        total.update(ll=log_loss(conf, labels), ece=cal["ece"], p8=cal["p_at_0.8"])
        total.update(n8=cal["n_at_0.8"], n=len(out))
        for b, values in enumerate(cal["bins"]):
            bins.setdefault(b, Counter()).update({k: values[k] for k in ("n", "conf", "right")})
        kinds = [rows[i].kind for i in out]
        for kind, c in calibration_by_kind(oc, [bool(y) for y in oy], kinds).items():
            ky = [y for y, k in zip(oy, kinds) if k == kind]
            kc = [x for x, k in zip(oc, kinds) if k == kind]
            c["ll"] = log_loss(kc, ky)
            per_kind.setdefault(kind, Counter()).update(c)
    m = len(confs)
    head = f"log-loss {total['ll'] / m:.4f} (all candidates); output rows {total['n'] / m:.0f}: "
    head += f"ECE {total['ece'] / m:.4f}, P@>=0.8 {total['p8'] / m:.4f} ({total['n8'] / m:.0f})"
    columns = ("kind", "n", "conf", "right", "ECE", "logloss", "P@0.8", "n@0.8")
    lines = [
        head,
        "  " + " ".join(f"{c:13s}" if i == 0 else f"{c:>7s}" for i, c in enumerate(columns)),
    ]
    for kind in in_kind_order(per_kind):
        c = per_kind[kind]
        values = [c[k] / m for k in ("n", "conf", "right", "ece", "ll", "p_at_0.8", "n_at_0.8")]
        lines.append(
            f"  {kind:13s} "
            + " ".join(f"{v:7.0f}" if k in (0, 6) else f"{v:7.4f}" for k, v in enumerate(values))
        )
    lines.append("  reliability (bin: n, mean confidence, share right; averaged over the draws):")
    for b, c in sorted(bins.items()):
        if c["n"]:
            lines.append(
                f"    {b / 10:.1f}-{(b + 1) / 10:.1f}: {c['n'] / m:5.0f} {c['conf'] / m:.3f} "
                f"{c['right'] / m:.3f}"
            )
    return "\n".join(lines)


def output_changes(
    rows: list[Row], old: list[dict[str, Any]], new: list[dict[str, Any]], rescue: float
) -> str:
    """How many candidates the new weights output and the old do not, or the other way
    round (only rescued rows can change: the confidence should not decide what is output)."""
    before, after = Scorer(old), Scorer(new)
    was = set(output_rows(rows, [before.probability(r.features) for r in rows], rescue))
    now = set(output_rows(rows, [after.probability(r.features) for r in rows], rescue))
    return f"output rows {len(now - was)} added, {len(was - now)} dropped"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="the train part (JSONL)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--out", default=str(ROOT / "data/rules/de/quote_confidence.jsonl"))
    parser.add_argument("--folds", type=int, default=0, help="also report held-out folds")
    parser.add_argument(
        "--texts",
        help="a 10kGNAD CSV file: also count the rows of its first 500 texts that the new "
        "weights output and the old do not (or the other way round)",
    )
    args = parser.parse_args()
    rows, text_rows, rescue = collect(args.gold, args.texts)
    labels = [r.right for r in rows]
    if args.folds > 1:
        confs = [held_out(rows, args.folds, args.l2, draw) for draw in range(DRAWS)]
        print(
            f"{args.folds}-fold held-out on {len({r.doc for r in rows})} documents, "
            f"{DRAWS} draws: " + report_held_out(rows, confs, rescue)
        )
    drop = kind_pieces(rows)
    records = fit_stages(rows, args.l2)
    out = Path(args.out)
    if out.exists():
        old = load_rules(out, CONFIDENCE_SCHEMA)
        print(f"{args.gold}: " + output_changes(rows, old, records, rescue))
        if text_rows:
            print(f"{args.texts}: " + output_changes(text_rows, old, records, rescue))
    write_rules(out, records)
    head = HEADER.format(l2=args.l2, n=len(labels), pos=sum(labels))
    out.write_text(head + out.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"left out as their kind's own: {', '.join(sorted(drop))}")
    print(f"{len(records)} weights from {len(labels)} quotes ({sum(labels)} right) -> {out}")


if __name__ == "__main__":
    main()
