"""The figures of the README section "The de_core_news path (TIGER labels)", in one command.

    python -m pipeline.training.tiger_report build/de_newsx_tiger \\
        --gold ../shared/corpora/wikinews-quotes/dev.jsonl --heldout DIR/tiger-heldout.spacy

Prints JSON with

- ``heldout``: the trained TIGER pipeline on the converted held-out UD trees (gold
  tokenisation): UAS, LAS and LAS by TIGER label (:func:`tiger_pipeline.heldout_scores`);
- ``quotes``: quote P/R/F1 @0.5 and attributed P/R/F1 on the gold file for three pipelines,
  all with every newsx component: ``shipped`` (models/de_newsx, UD labels), ``ud2tiger`` (the
  same parses rewritten into TIGER trees: the label scheme alone) and ``tiger`` (the trained
  TIGER parser: label scheme + a different parser).
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

import spacy

from ..model import SHIPPED_MODEL, add_newsx_components
from .tiger import ud2tiger_pipeline
from .tiger_pipeline import heldout_scores


def quote_figures(nlp, gold: Path, limit: int | None = None) -> dict:
    """Quote and attributed P/R/F1 of ``nlp`` on ``gold`` (``newsx eval``'s numbers)."""
    from ..evaluate.quotes import evaluate

    t0 = time.time()
    res = evaluate(nlp, str(gold), limit=limit)["newsx"]
    keep = ("p", "r", "f1", "tp", "n_pred", "n_gold")
    return {
        "quotes@0.5": {k: res["quotes@0.5"][k] for k in keep},
        "attributed": {k: res["attributed"][k] for k in keep},
        "speaker_accuracy": res["speaker_accuracy"],
        "cue_accuracy": res["cue_accuracy"],
        "pred_by_kind": res["pred_by_kind"],
        "seconds": round(time.time() - t0),
    }


def load(name: str, tiger_model: Path):
    """Pipeline ``shipped``, ``ud2tiger`` or ``tiger``, with every newsx component."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if name == "shipped":
            return add_newsx_components(spacy.load(SHIPPED_MODEL))
        if name == "ud2tiger":
            return add_newsx_components(ud2tiger_pipeline(spacy.load(SHIPPED_MODEL)))
        return add_newsx_components(spacy.load(tiger_model))


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("model", type=Path, help="the trained TIGER pipeline (newsx train --tiger)")
    ap.add_argument("--gold", type=Path, help="Wikinews quotation JSONL (dev)")
    ap.add_argument("--heldout", type=Path, help="converted held-out DocBin (tiger-heldout.spacy)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N gold documents")
    ap.add_argument("--only", nargs="*", default=None, help="pipelines to score (default: all)")
    args = ap.parse_args(argv)
    report: dict = {}
    if args.heldout:
        nlp = spacy.load(args.model)
        report["heldout"] = heldout_scores(nlp, args.heldout)
        print(json.dumps({"heldout": report["heldout"]}, indent=1), flush=True)
    if args.gold:
        report["quotes"] = {}
        for name in args.only or ("shipped", "ud2tiger", "tiger"):
            nlp = load(name, args.model)
            report["quotes"][name] = quote_figures(nlp, args.gold, args.limit)
            print(json.dumps({name: report["quotes"][name]}, indent=1), flush=True)
    return report


if __name__ == "__main__":
    main()
