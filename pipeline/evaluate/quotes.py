"""Score newsx quotes (and the naive baseline) against gold quotation annotations.

Gold: the Wikinews quotation corpus format (``../shared/README.md``): one JSON object per
line with ``id``, ``text`` and ``quotes``; each quote has a ``type`` and the roles ``quote``,
``speaker``, ``cue`` given as ``{"text": ..., "spans": [[start, end], ...]}`` (character
offsets into ``text``, end exclusive).

Predictions: one list per document of quote dicts with ``parts`` (list of ``[start, end]``),
``kind``, ``speaker``, ``speaker_start``, ``speaker_end``, ``speaker_name``, ``cue``,
``cue_start``, ``cue_end`` -- what :func:`quote_dicts` reads from ``doc.spans["quotes"]`` and
what :func:`pipeline.baseline.predict_quotes` returns.

Decisions (the numbers mean exactly this):

- **Overlap score** of a gold and a predicted quote: character F1 of their spans, each taken
  as the set of characters covered by the union of its parts: ``2|G∩P| / (|G| + |P|)``.
- **Pairing**: one-to-one, greedy by best score -- all pairs with overlap > 0 sorted by score
  (ties: earlier gold, then earlier prediction), each taken if neither side is paired yet.
  Pairing is done once; a pair is a *match at t* when its score ≥ t. Because greedy takes the
  highest scores first, this is the same as pairing greedily among the pairs ≥ t only.
- **P/R/F1** are micro-averaged over all documents: ``p = tp / n_pred``, ``r = tp / n_gold``.
  With no predictions precision is 0.0 (likewise recall with no gold, F1 when p + r = 0).
- **Speaker accuracy** over the matches at ``threshold``: right when the predicted speaker
  mention (``speaker_start``..``speaker_end``) shares at least one character with a gold
  speaker span. A gold quote without a speaker (empty spans) is right only when the
  prediction has no speaker either. Only the mention offsets count, not ``speaker_name``.
- **Cue accuracy** over the matches at ``threshold`` whose gold quote has a cue: right when
  the predicted cue shares at least one character with a gold cue span. Gold quotes without
  a cue ("laut X", scare quotes, summaries) are *excluded* (``cue_n`` counts the rest).
- **Attributed quotes**: a match at ``threshold`` whose speaker is right; P/R/F1 over the same
  ``n_pred`` / ``n_gold``. The baseline has no speakers, so it scores only on gold quotes
  without a speaker.
- **Recall by gold type** at ``threshold``; **predicted counts by kind** (``None`` -> "none").
- **Calibration** of ``confidence`` (predictions that have one): a prediction is *right*
  when it is part of a match at ``threshold``; the predictions fall into ten bins of
  confidence (``[0, 0.1)`` … ``[0.9, 1.0]``); per bin the count, the mean confidence and
  the share right; the expected calibration error ``ECE = sum_b n_b / N * |right_b -
  conf_b|``; and the precision of the predictions with confidence >= 0.8. The same per
  predicted kind (``calibration["by_kind"]``: count, mean confidence, share right, ECE over
  the kind's own ten bins, precision at >= 0.8): a well calibrated total can hide a kind
  that is over-confident next to one that is under-confident.
- Accuracies with nothing to count are 0.0 (their counts are reported next to them).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.table import Table
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import baseline, extensions

#: Quote types of the Wikinews corpus, in report order.
GOLD_TYPES: tuple[str, ...] = (
    "Direct",
    "Indirect",
    "IndirectFreeIndirect",
    "FreeIndirect",
    "Reported",
)
#: Thresholds always reported (plus the chosen one).
THRESHOLDS: tuple[float, ...] = (0.3, 0.5, 0.8)
#: ``kind`` values newsx predicts, in report order.
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "continuation", "reported")

Spans = list[list[int]]


class GoldFormatError(ValueError):
    """A gold file line that is not a valid document; the message names file, line and field."""


# ------------------------------------------------------------------------------- gold


def _check_spans(value: Any, text_len: int, where: str, *, allow_empty: bool) -> None:
    if not isinstance(value, list):
        raise GoldFormatError(f"{where}: expected a list of [start, end] pairs, got {value!r}")
    if not value and not allow_empty:
        raise GoldFormatError(f"{where}: must not be empty")
    for pair in value:
        ok = (
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in pair)
        )
        if not ok:
            raise GoldFormatError(f"{where}: expected [start, end] integers, got {pair!r}")
        start, end = pair
        if not 0 <= start < end <= text_len:
            raise GoldFormatError(
                f"{where}: span {pair} outside the text (length {text_len}) or empty"
            )


def _check_doc(doc: Any, where: str) -> None:
    if not isinstance(doc, dict):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(doc).__name__}")
    for key, kind in (("id", str), ("text", str), ("quotes", list)):
        if not isinstance(doc.get(key), kind):
            raise GoldFormatError(f"{where}: field {key!r} missing or not a {kind.__name__}")
    n = len(doc["text"])
    for i, quote in enumerate(doc["quotes"]):
        at = f"{where}: quotes[{i}]"
        if not isinstance(quote, dict):
            raise GoldFormatError(f"{at}: expected an object")
        if quote.get("type") not in GOLD_TYPES:
            raise GoldFormatError(f"{at}.type: {quote.get('type')!r} is not one of {GOLD_TYPES}")
        for role in ("quote", "speaker", "cue"):
            value = quote.get(role, {"spans": []})
            if not isinstance(value, dict) or "spans" not in value:
                raise GoldFormatError(f"{at}.{role}: expected an object with 'spans'")
            _check_spans(value["spans"], n, f"{at}.{role}.spans", allow_empty=role != "quote")


def load_gold(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Read and validate a gold JSONL file; return its documents (the first ``limit`` ones).

    Blank lines are skipped. Raises :class:`GoldFormatError` naming the file, the line number
    and the field for the first invalid line, e.g.
    ``dev.jsonl:12: quotes[0].quote.spans: span [5, 900] outside the text (length 311)``.
    """
    path = Path(path)
    docs: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if limit is not None and len(docs) >= limit:
                break
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldFormatError(f"{where}: invalid JSON ({e.msg}, column {e.colno})") from e
            _check_doc(doc, where)
            docs.append(doc)
    return docs


# -------------------------------------------------------------------------- predictions


def quote_dicts(doc: Doc) -> list[dict[str, Any]]:
    """The quotes of ``doc.spans["quotes"]`` as plain dicts (the shape :func:`score` reads).

    ``parts`` falls back to ``[[span.start_char, span.end_char]]`` when the attribute is None.
    """
    if "quotes" not in doc.spans:
        return []
    extensions.register()
    out: list[dict[str, Any]] = []
    for span in doc.spans["quotes"]:
        parts = span._.parts or [[span.start_char, span.end_char]]
        out.append(
            {
                "parts": [[int(a), int(b)] for a, b in parts],
                "kind": span._.kind,
                "speaker": span._.speaker,
                "speaker_start": span._.speaker_start,
                "speaker_end": span._.speaker_end,
                "speaker_name": span._.speaker_name,
                "cue": span._.cue,
                "cue_start": span._.cue_start,
                "cue_end": span._.cue_end,
                "confidence": span._.confidence,
            }
        )
    return out


def predict(
    nlp: Language, gold_docs: Sequence[dict[str, Any]], batch_size: int = 16
) -> list[list[dict[str, Any]]]:
    """Run ``nlp`` over the gold texts (``nlp.pipe``); one list of quote dicts per document."""
    texts = (doc["text"] for doc in gold_docs)
    return [quote_dicts(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]


def predict_baseline(gold_docs: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The naive quotation-marks baseline (:mod:`pipeline.baseline`) on the gold texts."""
    return baseline.predict([doc["text"] for doc in gold_docs])


# ------------------------------------------------------------------------------ scoring


def _chars(spans: Iterable[Sequence[int]]) -> set[int]:
    return {i for start, end in spans for i in range(int(start), int(end))}


def overlap_f1(gold: Iterable[Sequence[int]], pred: Iterable[Sequence[int]]) -> float:
    """Character F1 of two span lists (each the union of its parts).

    >>> overlap_f1([[0, 10]], [[4, 10]])
    0.75
    """
    g, p = _chars(gold), _chars(pred)
    if not g or not p:
        return 0.0
    return 2 * len(g & p) / (len(g) + len(p))


def pair_quotes(
    gold_spans: Sequence[Spans], pred_spans: Sequence[Spans]
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one pairing by best overlap F1: ``(gold index, pred index, score)``.

    Only pairs with overlap > 0 are considered; ties go to the earlier gold, then the earlier
    prediction, so the result is deterministic.
    """
    g_sets = [_chars(s) for s in gold_spans]
    p_sets = [_chars(s) for s in pred_spans]
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(g_sets):
        for pi, p in enumerate(p_sets):
            inter = len(g & p)
            if inter:
                candidates.append((2 * inter / (len(g) + len(p)), gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for f1, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, f1))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def _hits(start: Any, end: Any, spans: Sequence[Sequence[int]]) -> bool:
    """Does ``[start, end)`` share a character with one of ``spans``?"""
    if start is None or end is None:
        return False
    return any(max(int(start), s) < min(int(end), e) for s, e in spans)


def _pred_parts(pred: dict[str, Any]) -> Spans:
    parts = pred.get("parts")
    if not parts:
        raise ValueError(f"predicted quote without parts: {pred!r}")
    return [[int(a), int(b)] for a, b in parts]


def speaker_right(gold_quote: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Speaker of a matched pair right? Overlap with a gold speaker span; no gold speaker:
    right only when the prediction has none either."""
    spans = gold_quote.get("speaker", {}).get("spans") or []
    has_pred = pred.get("speaker_start") is not None and pred.get("speaker_end") is not None
    if not spans:
        return not has_pred
    return _hits(pred.get("speaker_start"), pred.get("speaker_end"), spans)


#: number of confidence bins of the reliability table
N_BINS = 10


def calibration(confidences: Sequence[float], right: Sequence[bool]) -> dict[str, Any]:
    """Reliability bins, ECE and precision at confidence >= 0.8 (see the module docstring).

    >>> c = calibration([0.95, 0.95, 0.15], [True, False, False])
    >>> round(c["ece"], 3), c["p_at_0.8"], c["bins"][9]["n"]
    (0.35, 0.5, 2)
    """
    bins = [
        {"lo": i / N_BINS, "hi": (i + 1) / N_BINS, "n": 0, "conf": 0.0, "right": 0.0}
        for i in range(N_BINS)
    ]
    for c, ok in zip(confidences, right):
        b = bins[min(int(c * N_BINS), N_BINS - 1)]
        b["n"] += 1
        b["conf"] += c
        b["right"] += ok
    n = len(confidences)
    ece = 0.0
    for b in bins:
        if b["n"]:
            b["conf"] /= b["n"]
            b["right"] /= b["n"]
            ece += b["n"] / n * abs(b["right"] - b["conf"])
    high = [ok for c, ok in zip(confidences, right) if c >= 0.8]
    return {
        "n": n,
        "ece": ece,
        "p_at_0.8": sum(high) / len(high) if high else 0.0,
        "n_at_0.8": len(high),
        "bins": bins,
    }


def calibration_by_kind(
    confidences: Sequence[float], right: Sequence[bool], kinds: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """:func:`calibration` of each predicted kind without its bins, plus the kind's mean
    confidence and share right, in :data:`KINDS` order.

    >>> c = calibration_by_kind([0.9, 0.9, 0.6], [True, False, True], ["direct"] * 2 + ["reported"])
    >>> c["direct"]["conf"], c["direct"]["right"], round(c["reported"]["ece"], 2)
    (0.9, 0.5, 0.4)
    """
    groups: dict[str, tuple[list[float], list[bool]]] = {}
    for c, ok, k in zip(confidences, right, kinds):
        confs, rights = groups.setdefault(k, ([], []))
        confs.append(c)
        rights.append(ok)
    out = {}
    for k in in_kind_order(groups):
        confs, rights = groups[k]
        cal = calibration(confs, rights)
        del cal["bins"]
        cal["conf"] = sum(confs) / len(confs)
        cal["right"] = sum(rights) / len(rights)
        out[k] = cal
    return out


def in_kind_order(keys: Iterable[str]) -> list[str]:
    """The kinds among ``keys`` in :data:`KINDS` order, others (``"none"``) sorted after."""
    keys = set(keys)
    return [k for k in KINDS if k in keys] + sorted(keys - set(KINDS))


def _recall_by_type(tp: Counter[str], gold: Counter[str]) -> dict[str, dict[str, Any]]:
    """Recall per gold type, :data:`GOLD_TYPES` first, others sorted after."""
    return {
        t: {"r": tp[t] / gold[t] if gold[t] else 0.0, "tp": tp[t], "n_gold": gold[t]}
        for t in (*GOLD_TYPES, *sorted(set(gold) - set(GOLD_TYPES)))
    }


def thresholds_for(threshold: float) -> list[float]:
    """The reported thresholds: :data:`THRESHOLDS` plus ``threshold``, sorted."""
    return sorted(set(THRESHOLDS) | {threshold})


def score(
    gold_docs: Sequence[dict[str, Any]],
    predictions: Sequence[Sequence[dict[str, Any]]],
    threshold: float = 0.5,
) -> dict[str, Any]:
    """Score predictions against gold documents (decisions: see the module docstring).

    Returns a JSON-serialisable dict::

        {"n_docs": 20, "threshold": 0.5, "matching": "greedy",
         "quotes@0.3": {"p", "r", "f1", "tp", "n_pred", "n_gold"}, "quotes@0.5": ..., "quotes@0.8": ...,
         "matched": 41, "speaker_accuracy": 0.61, "speaker_correct": 25,
         "cue_accuracy": 0.7, "cue_correct": 21, "cue_n": 30,
         "attributed": {"p", "r", "f1", "tp", "n_pred", "n_gold"},
         "recall_by_type": {"Direct": {"r", "tp", "n_gold"}, ...},
         "pred_by_kind": {"direct": 12, ...},
         "calibration": {"n", "ece", "p_at_0.8", "n_at_0.8", "bins": [{"lo", "hi", "n",
                         "conf", "right"}, ...], "by_kind": {"direct": {"n", "ece",
                         "p_at_0.8", "n_at_0.8", "conf", "right"}, ...}}}
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if len(gold_docs) != len(predictions):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(predictions)} prediction lists")
    levels = thresholds_for(threshold)
    tp_at = dict.fromkeys(levels, 0)
    n_gold = n_pred = matched = speaker_ok = cue_ok = cue_n = 0
    type_gold: Counter[str] = Counter()
    type_tp: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    confs: list[float] = []
    rights: list[bool] = []
    conf_kinds: list[str] = []
    for gold, preds in zip(gold_docs, predictions):
        quotes = gold["quotes"]
        n_gold += len(quotes)
        n_pred += len(preds)
        type_gold.update(q["type"] for q in quotes)
        kinds.update(str(p.get("kind") or "none") for p in preds)
        pairs = pair_quotes([q["quote"]["spans"] for q in quotes], [_pred_parts(p) for p in preds])
        ok_preds = {pi for _, pi, f1 in pairs if f1 >= threshold}
        for pi, p in enumerate(preds):
            if p.get("confidence") is not None:
                confs.append(float(p["confidence"]))
                rights.append(pi in ok_preds)
                conf_kinds.append(str(p.get("kind") or "none"))
        for gi, pi, f1 in pairs:
            for t in levels:
                if f1 >= t:
                    tp_at[t] += 1
            if f1 < threshold:
                continue
            gq, pq = quotes[gi], preds[pi]
            matched += 1
            type_tp[gq["type"]] += 1
            speaker_ok += speaker_right(gq, pq)
            cue_spans = gq.get("cue", {}).get("spans") or []
            if cue_spans:
                cue_n += 1
                cue_ok += _hits(pq.get("cue_start"), pq.get("cue_end"), cue_spans)
    result: dict[str, Any] = {"n_docs": len(gold_docs), "threshold": threshold}
    result["matching"] = "greedy"
    for t in levels:
        result[f"quotes@{t:g}"] = _prf(tp_at[t], n_pred, n_gold)
    result["matched"] = matched
    result["speaker_accuracy"] = speaker_ok / matched if matched else 0.0
    result["speaker_correct"] = speaker_ok
    result["cue_accuracy"] = cue_ok / cue_n if cue_n else 0.0
    result["cue_correct"] = cue_ok
    result["cue_n"] = cue_n
    result["attributed"] = _prf(speaker_ok, n_pred, n_gold)
    result["recall_by_type"] = _recall_by_type(type_tp, type_gold)
    result["pred_by_kind"] = {k: kinds[k] for k in in_kind_order(kinds)}
    result["calibration"] = calibration(confs, rights)
    result["calibration"]["by_kind"] = calibration_by_kind(confs, rights, conf_kinds)
    return result


def evaluate(
    nlp: Language,
    gold_path: str | Path,
    threshold: float = 0.5,
    limit: int | None = None,
    batch_size: int = 16,
) -> dict[str, Any]:
    """Run newsx and the baseline on a gold file and score both.

    Returns ``{"gold": path, "threshold": t, "n_docs": n, "newsx": score, "baseline": score}``
    (scores as returned by :func:`score`).
    """
    gold_docs = load_gold(gold_path, limit=limit)
    return {
        "gold": str(gold_path),
        "threshold": threshold,
        "n_docs": len(gold_docs),
        "newsx": score(gold_docs, predict(nlp, gold_docs, batch_size=batch_size), threshold),
        "baseline": score(gold_docs, predict_baseline(gold_docs), threshold),
    }


# ------------------------------------------------------------------------------ report


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def render_table(result: dict[str, Any]) -> Table:
    """A rich table of newsx next to the baseline (and newsx minus baseline), in percent."""
    new, base = result["newsx"], result["baseline"]
    threshold = result["threshold"]
    table = Table(
        title=f"Quotes vs {result['gold']} ({new['n_docs']} docs, match at overlap F1 ≥ "
        f"{threshold:g}, greedy pairing)"
    )
    table.add_column("metric")
    table.add_column("newsx", justify="right")
    table.add_column("baseline", justify="right")
    table.add_column("Δ", justify="right")

    def row(label: str, a: float, b: float) -> None:
        table.add_row(label, _pct(a), _pct(b), f"{100 * (a - b):+.1f}")

    for t in thresholds_for(threshold):
        key = f"quotes@{t:g}"
        for m in ("p", "r", "f1"):
            row(f"quotes {m.upper()} @{t:g}", new[key][m], base[key][m])
    row("speaker accuracy", new["speaker_accuracy"], base["speaker_accuracy"])
    row("cue accuracy", new["cue_accuracy"], base["cue_accuracy"])
    for m in ("p", "r", "f1"):
        row(f"attributed {m.upper()}", new["attributed"][m], base["attributed"][m])
    for t, v in new["recall_by_type"].items():
        row(
            f"recall {t} (n={v['n_gold']})", v["r"], base["recall_by_type"].get(t, {}).get("r", 0.0)
        )
    key = f"quotes@{threshold:g}"
    table.add_row("gold quotes", str(new[key]["n_gold"]), str(base[key]["n_gold"]), "")
    table.add_row("predicted quotes", str(new[key]["n_pred"]), str(base[key]["n_pred"]), "")
    for k in dict.fromkeys([*new["pred_by_kind"], *base["pred_by_kind"]]):
        new_n, base_n = new["pred_by_kind"].get(k, 0), base["pred_by_kind"].get(k, 0)
        table.add_row(f"  predicted {k}", str(new_n), str(base_n), "")
    _reliability_rows(table, new.get("calibration"))
    return table


def _reliability_rows(table: Table, cal: dict[str, Any] | None) -> None:
    """The reliability table of newsx's confidence: per bin count, mean confidence, % right."""
    if not cal or not cal["n"]:
        return
    table.add_row("confidence: ECE (10 bins)", _pct(cal["ece"]), "", "")
    table.add_row(
        f"precision at confidence ≥ 0.8 (n={cal['n_at_0.8']})", _pct(cal["p_at_0.8"]), "", ""
    )
    for b in cal["bins"]:
        if b["n"]:
            label = f"  confidence {b['lo']:.1f}–{b['hi']:.1f} (n={b['n']}, mean {b['conf']:.2f})"
            table.add_row(label, f"{_pct(b['right'])} right", "", "")
    for kind, c in cal.get("by_kind", {}).items():
        label = f"  confidence of {kind} (n={c['n']}, mean {c['conf']:.2f}, ECE {_pct(c['ece'])})"
        table.add_row(label, f"{_pct(c['right'])} right", "", "")
