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
quotes on unseen text), so two things (round 22) make the number mean what it says on
unseen text:

- the ``rule=`` pieces get a stronger L2 (``--rule-l2``, :data:`RULE_L2` 5; the other
  features ``--l2`` 1);
- hand-judged rows of derStandard articles (10kGNAD, judged by readers who did not write
  the code; :mod:`bench.judged`: right 1, no statement 0, a statement with a bad span 0.5)
  are fit too, each :data:`JUDGED_WEIGHT` (3) times, the kinds with at least
  :data:`MIN_JUDGED_KIND` judged rows (direct, indirect, continuation), and their
  reliability is reported: under the old weights, the train-only fit, and the fit on train
  plus the judged rows of the other folds (:data:`JUDGED_FOLDS` folds, articles grouped).
  They are read from ``bench/judged_rows.jsonl`` (``--judged-rows``; offsets and labels, no
  text: the texts come from ``--texts`` or :data:`TEST_CSV`); ``--judged NOTES/qjudge_10*.md
  --hc-dir NOTES`` reads them from the judgment files instead (what ``python -m
  bench.judged export`` writes the file from; both give the same rows and weights);
  ``--no-judged`` fits on train only.

    python data/scripts/fit_quote_confidence.py TRAIN --folds 5 [--texts 10kGNAD_TEST]

Chosen on the judged rows' cross-validation and the held-out train folds, never dev
(826 judged rows of 14 judgment files matched to today's output, 14 unmatched; log-loss,
ECE, precision at >= 0.8 on the judged rows / ECE, precision at >= 0.8 on held-out train):

=============================  ==============================  =============
fit                            judged rows                     train folds
=============================  ==============================  =============
round 21 (L2 1, train only)    .3803  .0439  .912 (645)        .0135  .945
rule pieces L2 5, train only   .3747  .0369  .909 (653)        .0119  .942
+ judged rows x3 (chosen)      .3560  .0243  .908 (654)        .0169  .944
  x6                           .3548  .0242  .912 (644)        .0222  .947
  x3, all kinds                .3504  .0217  .913 (673)        .0202  .939
temperature + offset on gate   .3629  .0250  .912 (628)        .0323  .950
=============================  ==============================  =============

(the last: a second stage ``scale * z + offset`` fit on the judged rows at the rules'
gate; it compresses the train folds' top bin to under-confidence; all kinds: reported
train rows over 0.8 rise from 9 to 69 at precision .72.) No fit moves the judged
precision at >= 0.8 much: the wrong judged rows at >= 0.8 are right-looking rows of
rules that are right on train (``nach Angaben`` .76 judged, .97 train; ``laut`` .83,
.97), fewer of them than a rule of their own would need.
Round 22b measured that: one offset per rule piece fit on the judged rows after the fit
(their log-odds fixed, L2 5/20/50) changes the judged rows' cross-validation by nothing
(log-loss .3478 -> .3478/.3482/.3481, ECE .0224 -> .0256/.0216/.0194, P@0.8 .912 ->
.915/.914/.913) and makes the train folds worse (log-loss .2542 -> .2605/.2567/.2553, ECE
.0165 -> .0307/.0241/.0209): the judged rows are in the fit already, and the largest
offsets (``nach_angaben`` -.15 on 28 rows, ``verb`` -.14, ``laut`` -.11) are small.

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.handcheck import read_articles
from bench.judged import (
    JUDGED_ROWS,
    SPAN_BAD,
    load_judged,
    load_judged_rows,
    reliability,
    today_rows,
)
from pipeline.components.quotes import CharOffsets
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
from pipeline.training.convert import CORPORA

HEADER = (
    "# Weights of the calibrated quote confidence (schema: pipeline/quotes/scoring.py\n"
    "# CONFIDENCE_SCHEMA): log-odds per named feature, fit on the Wikinews train part by\n"
    "# data/scripts/fit_quote_confidence.py (L2 {l2}, rule pieces {rule_l2}, {n} quotes, {pos}\n"
    "# right{judged}).\n"
)

#: the 10kGNAD test split the judged rows were judged on
TEST_CSV = CORPORA / "10kgnad" / "test.csv"

#: fold draws of the held-out report (one number from one draw moves by about .002)
DRAWS = 3

#: L2 of the ``rule=`` pieces (stronger than ``--l2``: rules written on train are right
#: more often on train than elsewhere)
RULE_L2 = 5.0

#: the feature of the rules' own gate (``min_rule_confidence``): at it a quote is output
#: whatever its confidence
GATE = "rule_conf>=0.5"

#: how many train rows one hand-judged row of unseen text counts as in the fit
JUDGED_WEIGHT = 3

#: a kind with fewer judged rows is left to train (its judged rows are reported, not fit):
#: 50 judged reported rows (judges count a reported speech act as a statement more often
#: than the gold marks one: share right .82 judged, .69 on train) would lift 60 reported
#: train rows over 0.8 at precision .72
MIN_JUDGED_KIND = 100

#: folds (articles grouped) of the judged rows' cross-validation
JUDGED_FOLDS = 10

#: share of a kind's quotes a rule piece must be on to count as the kind's own
KIND_PIECE_SHARE = 0.98


@dataclass(slots=True)
class Row:
    """One candidate quote: its features, whether it is right, its document, its kind, and
    whether the engine outputs it whatever its confidence (``gated``: rated at the rules'
    gate) or when its confidence reaches the rescue level (``rescuable``)."""

    features: dict[str, float]
    right: float
    doc: int
    kind: str
    gated: bool
    rescuable: bool


def collect(
    gold_path: str, texts_path: str | None = None, judged: Judged | None = None
) -> tuple[list[Row], list[Row], float, list[Row]]:
    """The candidate quotes of the gold file's texts, those of the first
    :data:`~bench.handcheck.ROWS` texts of a 10kGNAD CSV file ``texts_path`` (unlabelled:
    which rows the new weights output that the old do not), the engine's rescue level, and
    the ``judged`` rows (of ``judged.texts``) that today's engine outputs
    (:func:`judged_rows`)."""
    nlp, _ = load_pipeline()
    engine = nlp.get_pipe("newsx_quotes").extractor
    rescue = engine.kit.settings.get("rescue_confidence", 1.1)
    gold = load_gold(gold_path)
    rows = candidate_rows(nlp, [g["text"] for g in gold], [g["quotes"] for g in gold])
    text_rows: list[Row] = []
    if texts_path:
        texts = read_articles(Path(texts_path))
        text_rows = candidate_rows(nlp, texts, [[] for _ in texts])
    if not judged:
        return rows, text_rows, rescue, []
    return rows, text_rows, rescue, judged_rows(nlp, judged, read_articles(judged.texts))


@dataclass(slots=True)
class Judged:
    """Where the judged rows come from: the 10kGNAD file they were judged on, the exported
    rows (``--judged-rows``, :data:`~bench.judged.JUDGED_ROWS`) or, when ``judges`` are
    given, the judgment files and the folders of their hand-check outputs (``--judged``,
    ``--hc-dir``); the label of a statement with a bad span."""

    texts: Path
    rows_file: Path = JUDGED_ROWS
    judges: list[Path] = field(default_factory=list)
    dirs: list[Path] = field(default_factory=list)
    span_bad: float = SPAN_BAD


def judged_rows(nlp: Any, judged: Judged, texts: list[str]) -> list[Row]:
    """One :class:`Row` per hand-judged 10kGNAD row (:mod:`bench.judged`) that today's
    engine outputs, ``right`` its judged label, ``doc`` its article."""
    if judged.judges:
        found, skipped = load_judged(judged.judges, judged.dirs, texts, judged.span_bad)
    else:
        found, skipped = load_judged_rows(judged.rows_file, texts, judged.span_bad)
    out = [
        Row(f["features"], f["row"].label, f["row"].article, f["kind"], f["gated"], f["rescuable"])
        for f in today_rows(nlp, found, texts)
    ]
    print(
        f"judged rows: {len(found)} read from {judged.judges and 'the notes' or judged.rows_file}"
        f" ({dict(skipped) or 'none left out'}), {len(out)} "
        f"matched to today's output, {len(found) - len(out)} unmatched (dropped)"
    )
    return out


def candidate_rows(nlp: Any, texts: list[str], golds: list[list[dict[str, Any]]]) -> list[Row]:
    """One :class:`Row` per candidate quote of ``texts``, right when it matches a quote of
    its ``golds`` at overlap F1 >= 0.5."""
    engine = nlp.get_pipe("newsx_quotes").extractor
    gate = engine.kit.settings.get("min_rule_confidence", 0.0)
    rows: list[Row] = []
    piped = nlp.pipe(texts, disable=["newsx_quotes", "newsx_speakers"])
    for d, (g, doc) in enumerate(zip(golds, piped)):
        ctx, quotes = engine.candidates(doc)
        offsets = CharOffsets(doc, ctx.table)
        chars = [[list(offsets(a, b)) for a, b in q.parts] for q in quotes]
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


def fit_rows(
    rows: list[dict[str, float]],
    labels: list[float],
    drop: set[str],
    l2: float,
    rule_l2: float | None = None,
):
    """:func:`fit_weights` over ``rows`` without the features in ``drop``; the ``rule=``
    pieces with L2 ``rule_l2`` (default ``l2``)."""
    kept = [{k: v for k, v in r.items() if k not in drop} for r in rows]
    rules = {k: rule_l2 for r in kept for k in r if k.startswith("rule=")}
    return fit_weights(kept, labels, l2=l2, penalties=rules if rule_l2 is not None else None)


def fit_stages(
    rows: list[Row], l2: float, rule_l2: float | None = None, extra: list[Row] | None = None
) -> list[dict[str, Any]]:
    """The weights: first :func:`fit_rows` over all candidates without the kind's own
    pieces (:func:`kind_pieces`) and without the per-kind gate features
    (``kind=<kind>*rule_conf>=0.5``); then, per kind, the gate feature's weight as one
    offset (:func:`~pipeline.quotes.scoring.fit_offset`) on the kind's quotes at the gate,
    the first stage's log-odds fixed. A quote below the gate has no gate feature, so its
    confidence (which decides whether it is rescued) is the first stage's. The ``rule=``
    pieces have L2 ``rule_l2`` (:func:`fit_rows`). ``extra`` rows (the judged ones) are fit
    too; the kinds' own pieces are those of ``rows`` (judged rows are too few to say)."""
    drop = kind_pieces(rows)
    rows = rows + (extra or [])
    gates = {f"kind={r.kind}*{GATE}" for r in rows}
    first = fit_rows(
        [r.features for r in rows],
        [r.right for r in rows],
        drop | gates,
        l2,
        rule_l2,
    )
    weights = {w["feature"]: w["weight"] for w in first}
    at_gate: dict[str, list[tuple[float, int]]] = {}
    for r in rows:
        if r.features.get(GATE):
            z = sum(weights.get(k, 0.0) * v for k, v in r.features.items())
            at_gate.setdefault(f"kind={r.kind}*{GATE}", []).append((z, r.right))
    second = [{"feature": k, "weight": round(fit_offset(p, l2), 4)} for k, p in at_gate.items()]
    return sorted(first + second, key=lambda w: w["feature"])


def held_out(
    rows: list[Row],
    folds: int,
    l2: float,
    draw: int = 0,
    rule_l2: float | None = None,
    extra: list[Row] | None = None,
) -> list[float]:
    """Confidence of every row from weights fit on the other folds (documents grouped;
    ``draw`` 0 is the draw of earlier rounds) and on all ``extra`` rows (the judged ones)."""
    order = sorted({r.doc for r in rows})
    random.Random(len(order) + draw).shuffle(order)
    fold = {d: i % folds for i, d in enumerate(order)}
    conf = [0.0] * len(rows)
    for k in range(folds):
        fit = [r for r in rows if fold[r.doc] != k]
        scorer = Scorer(fit_stages(fit, l2, rule_l2, extra))
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


def fit_judged(judged: list[Row], least: int = MIN_JUDGED_KIND) -> list[Row]:
    """The judged rows the fit uses: those of kinds with at least ``least`` judged rows,
    each :data:`JUDGED_WEIGHT` times.

    >>> r = [Row({}, 1, 0, "direct", True, True)] * 2 + [Row({}, 1, 0, "mixed", True, True)]
    >>> [x.kind for x in fit_judged(r, least=2)]
    ['direct', 'direct', 'direct', 'direct', 'direct', 'direct']
    """
    kinds = Counter(r.kind for r in judged)
    return [r for r in judged if kinds[r.kind] >= least] * JUDGED_WEIGHT


def report_judged(
    rows: list[Row], judged: list[Row], l2: float, rule_l2: float | None, old: list[dict]
) -> str:
    """Reliability of the judged rows under the ``old`` weights, under the train-only fit,
    and under the fit on train plus the judged rows of the other folds
    (:data:`JUDGED_FOLDS`, articles grouped; :func:`fit_judged`)."""
    labels, kinds = [r.right for r in judged], [r.kind for r in judged]
    out = []
    for name, records in (("old weights", old), ("train only", fit_stages(rows, l2, rule_l2))):
        if records:
            conf = [Scorer(records).probability(r.features) for r in judged]
            out += [
                f"{name}: log-loss {log_loss(conf, labels):.4f}",
                reliability(conf, labels, kinds),
            ]
    counts = Counter(kinds)  # the kinds of the whole set, as in the fit
    articles = sorted({r.doc for r in judged})
    random.Random(len(articles)).shuffle(articles)
    fold = {a: i % JUDGED_FOLDS for i, a in enumerate(articles)}
    conf = [0.0] * len(judged)
    for k in range(JUDGED_FOLDS):
        kept = [r for r in judged if fold[r.doc] != k and counts[r.kind] >= MIN_JUDGED_KIND]
        scorer = Scorer(fit_stages(rows, l2, rule_l2, kept * JUDGED_WEIGHT))
        for i, r in enumerate(judged):
            if fold[r.doc] == k:
                conf[i] = scorer.probability(r.features)
    out += [
        f"train + judged ({JUDGED_FOLDS}-fold by article): log-loss {log_loss(conf, labels):.4f}",
        reliability(conf, labels, kinds),
    ]
    return "\n".join(out)


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
    parser.add_argument("--rule-l2", type=float, default=RULE_L2, help="L2 of rule= pieces")
    parser.add_argument("--out", default=str(ROOT / "data/rules/de/quote_confidence.jsonl"))
    parser.add_argument("--folds", type=int, default=0, help="also report held-out folds")
    parser.add_argument(
        "--texts",
        help="a 10kGNAD CSV file: also count the rows of its first 500 texts that the new "
        "weights output and the old do not (or the other way round)",
    )
    parser.add_argument(
        "--judged-rows",
        type=Path,
        default=JUDGED_ROWS,
        help="hand-judged rows of 10kGNAD test articles (bench/judged.py; their texts from "
        f"--texts or {TEST_CSV}): fit on them too (each counts {JUDGED_WEIGHT} times; kinds "
        f"with at least {MIN_JUDGED_KIND} judged rows) and report their reliability",
    )
    parser.add_argument("--no-judged", action="store_true", help="fit on train only")
    parser.add_argument(
        "--judged",
        nargs="+",
        type=Path,
        default=[],
        help="read the judged rows from qjudge_NN_TAG.md judgment files and their hand-check "
        "outputs (--hc-dir) instead of --judged-rows (the input of python -m bench.judged export)",
    )
    parser.add_argument("--hc-dir", action="append", type=Path, default=[])
    parser.add_argument("--span-bad", type=float, default=SPAN_BAD)
    args = parser.parse_args()
    judged_opts = None
    if not args.no_judged:
        texts = Path(args.texts) if args.texts else TEST_CSV
        if not texts.exists():
            parser.error(f"the judged rows need their texts: {texts} not found (--texts)")
        dirs = args.hc_dir or [j.parent for j in args.judged[:1]]
        judged_opts = Judged(texts, args.judged_rows, args.judged, dirs, args.span_bad)
    rows, text_rows, rescue, judged = collect(args.gold, args.texts, judged_opts)
    labels = [r.right for r in rows]
    out = Path(args.out)
    old = load_rules(out, CONFIDENCE_SCHEMA) if out.exists() else []
    if args.folds > 1:
        confs = [
            held_out(rows, args.folds, args.l2, draw, args.rule_l2, fit_judged(judged))
            for draw in range(DRAWS)
        ]
        print(
            f"{args.folds}-fold held-out on {len({r.doc for r in rows})} documents, "
            f"{DRAWS} draws: " + report_held_out(rows, confs, rescue)
        )
    if judged:
        print(report_judged(rows, judged, args.l2, args.rule_l2, old))
    drop = kind_pieces(rows)
    records = fit_stages(rows, args.l2, args.rule_l2, fit_judged(judged))
    if old:
        print(f"{args.gold}: " + output_changes(rows, old, records, rescue))
        if text_rows:
            print(f"{args.texts}: " + output_changes(text_rows, old, records, rescue))
    write_rules(out, records)
    extra = ""
    if judged:
        n = len(fit_judged(judged)) // JUDGED_WEIGHT
        extra = f"; plus {n} hand-judged 10kGNAD rows, each {JUDGED_WEIGHT} times"
    head = HEADER.format(
        l2=args.l2, rule_l2=args.rule_l2, n=len(labels), pos=round(sum(labels)), judged=extra
    )
    out.write_text(head + out.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"left out as their kind's own: {', '.join(sorted(drop))}")
    print(f"{len(records)} weights from {len(labels)} quotes ({sum(labels):.0f} right) -> {out}")


if __name__ == "__main__":
    main()
