"""Score the entity layer on the GermEval *dev* part (the development data of the entity rules).

``python -m bench.entities_dev [--model models/de_newsx] [--limit N]`` prints P/R/F overall
and per label for the model alone and with ``newsx_entities``. The held-out part is scored by
``newsx eval-model`` only to confirm a change.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

from pipeline.evaluate.model import score_ner
from pipeline.model import add_newsx_components
from pipeline.training.convert import CORPORA, germeval_docs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="models/de_newsx")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--corpora", default=str(CORPORA), help="folder with germeval2014/")
    args = ap.parse_args(argv)
    nlp = spacy.load(args.model)
    add_newsx_components(nlp, exclude=("newsx_quotes", "newsx_speakers", "newsx_numbers"))
    golds = germeval_docs(Path(args.corpora), vocab=nlp.vocab)["dev"][: args.limit]
    docs = list(nlp.pipe([g.text for g in golds], batch_size=64))
    res = score_ner(docs, golds)
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
