"""The quote engine's errors on the Wikinews *train* part, to read (issue 10, development).

    python -m bench.quote_errors [--gold TRAIN.jsonl] [--kind fp|fn|speaker] [--grep RE]
        [--limit N] [--save ERRORS.json] [--compare OLD.json]

Runs the default pipeline over the gold texts and prints, with their context (each part of
a quote in ``[[…]]``): ``fp`` predicted quotes no gold quote pairs with (overlap F1 >= 0.5,
the pairing of ``newsx eval``), ``fn`` gold quotes no prediction pairs with, ``speaker``
pairs whose speaker is wrong (:func:`pipeline.evaluate.quotes.speaker_right`). ``--save``
writes all of them as JSON; ``--compare OLD.json`` prints only what a change fixed (gone)
and what it broke (new) against such a file. It refuses a file named like dev: dev is for
reporting, never for reading errors.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.evaluate.quotes import load_gold, pair_quotes, predict, speaker_right
from pipeline.training.convert import CORPORA

THRESHOLD = 0.5
CONTEXT = 100


def context(text: str, parts: Sequence[Sequence[int]], width: int = CONTEXT) -> str:
    """``parts`` of ``text`` in brackets with ``width`` characters either side, one line."""
    parts = sorted((int(a), int(b)) for a, b in parts)
    start, end = parts[0][0], max(b for _, b in parts)
    middle, at = "", start
    for a, b in parts:
        middle += f"{text[at:a]}[[{text[a:b]}]]"
        at = b
    line = f"…{text[max(0, start - width) : start]}{middle}{text[end : end + width]}…"
    return line.replace("\n", " ")


def _gold_speaker(text: str, quote: dict[str, Any]) -> str:
    spans = quote.get("speaker", {}).get("spans") or []
    return " / ".join(text[a:b] for a, b in spans)


def _pred_line(kind: str, d: int, p: dict[str, Any]) -> str:
    conf = p["confidence"] if p["confidence"] is not None else float("nan")
    return (
        f"{kind} d{d} {p['kind']} conf {conf:.2f} speaker={p['speaker']!r} "
        f"name={p['speaker_name']!r} cue={p['cue']!r}"
    )


def errors(gold: list[dict[str, Any]], preds: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One record per error (``kind`` fp/fn/speaker, ``doc``, ``head``, ``context``), in
    document order: false positives, misses, then wrong speakers of each document."""
    out: list[dict[str, Any]] = []
    for d, (doc, ps) in enumerate(zip(gold, preds)):
        text, gq = doc["text"], doc["quotes"]
        pairs = pair_quotes([q["quote"]["spans"] for q in gq], [p["parts"] for p in ps])
        pairs = [(gi, pi) for gi, pi, f1 in pairs if f1 >= THRESHOLD]
        paired_g, paired_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        for pi, p in enumerate(ps):
            if pi not in paired_p:
                out.append(_record("fp", d, _pred_line("FP", d, p), text, p["parts"]))
        for gi, q in enumerate(gq):
            if gi not in paired_g:
                head = f"FN d{d} {q['type']} gold speaker={_gold_speaker(text, q)!r}"
                out.append(_record("fn", d, head, text, q["quote"]["spans"]))
        for gi, pi in sorted(pairs):
            q, p = gq[gi], ps[pi]
            if not speaker_right(q, p):
                head = f"{_pred_line('SPK', d, p)} gold={_gold_speaker(text, q)!r}"
                out.append(_record("speaker", d, head, text, p["parts"]))
    return out


def _record(kind: str, d: int, head: str, text: str, parts: Sequence[Sequence[int]]) -> dict:
    return {"kind": kind, "doc": d, "head": head, "context": context(text, parts)}


def compare(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[str]:
    """The lines of errors only in ``old`` (fixed, ``-``) and only in ``new`` (``+``); an
    error is the same when its kind, document and context are."""

    def key(e: dict[str, Any]) -> tuple:
        return e["kind"], e["doc"], e["context"]

    before, after = {key(e) for e in old}, {key(e) for e in new}
    gone = [f"- {e['head']}\n    {e['context']}" for e in old if key(e) not in after]
    came = [f"+ {e['head']}\n    {e['context']}" for e in new if key(e) not in before]
    return gone + came


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=CORPORA / "wikinews-quotes" / "train.jsonl")
    ap.add_argument("--kind", choices=("fp", "fn", "speaker", "all"), default="all")
    ap.add_argument("--grep", default=None, help="only errors whose lines match this regex")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--save", type=Path, default=None)
    ap.add_argument("--compare", type=Path, default=None)
    args = ap.parse_args(argv)
    if "dev" in args.gold.name:
        sys.exit("bench.quote_errors: dev is for reporting only; read train")
    from pipeline.model import load_pipeline

    gold = load_gold(args.gold)
    found = errors(gold, predict(load_pipeline()[0], gold))
    if args.save:
        args.save.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        print("\n".join(compare(json.loads(args.compare.read_text("utf-8")), found)))
        return
    rx = re.compile(args.grep) if args.grep else None
    shown = [
        e
        for e in found
        if args.kind in ("all", e["kind"]) and (rx is None or rx.search(e["head"] + e["context"]))
    ]
    for e in shown[: args.limit]:
        print(f"{e['head']}\n    {e['context']}")
    print("#", dict(Counter(e["kind"] for e in found)))


if __name__ == "__main__":
    main()
