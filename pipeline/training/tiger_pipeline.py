"""A pipeline shaped like ``de_core_news_sm`` (TIGER labels), built from the open UD corpora.

    newsx train --tiger -o build/de_newsx_tiger      # full parser, about 20 min on 2 cores

newsx prefers an installed ``de_core_news_*`` package over its own model, but those packages
cannot be installed on our machines. This recipe builds the closest thing we can ship-test:

- the same component names and order as ``de_core_news_sm``: ``tok2vec``, ``tagger``,
  ``morphologizer``, ``parser``, ``lemmatizer``, ``senter`` (disabled, as in the package),
  ``attribute_ruler``, ``ner``;
- a **parser trained on TIGER-style trees**: UD GSD + PUD converted by
  :mod:`pipeline.training.tiger` (``configs/tiger.cfg``: the architecture of the shipped
  parser; the converted held-out part scores it, see :func:`heldout_scores`);
- ``tok2vec``, ``tagger`` (STTS), ``morphologizer``, the trainable lemmatizer (renamed
  ``lemmatizer``) and ``ner`` are **sourced unchanged from models/de_newsx**: the two
  pipelines differ only in the parse, so quote scores compare label schemes, not taggers;
- an ``attribute_ruler`` doing what it does in the spaCy packages: whitespace tokens get
  tag ``_SP`` and POS ``SPACE``.

Differences to a real ``de_core_news_sm`` that remain: its parser is trained on the TIGER
treebank itself (50,000 sentences, the original TIGER dependency conversion), ours on
~2,300 UD sentences converted by rule; its lemmatizer is a lookup table; its NER is trained
on WikiNER. The label inventory and the tree shapes newsx reads are the TIGER ones.
"""

from __future__ import annotations

import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from ..model import SHIPPED_MODEL
from .convert import CORPORA, CORPUS_DIR, ud_docs
from .tiger import to_tiger_docs
from .train import CONFIGS, train_component

TIGER_CONFIG = CONFIGS / "tiger.cfg"
#: component order of de_core_news_sm 3.x (``senter`` is saved but disabled)
CORE_NEWS_PIPELINE = (
    "tok2vec",
    "tagger",
    "morphologizer",
    "parser",
    "lemmatizer",
    "senter",
    "attribute_ruler",
    "ner",
)
#: ``attribute_ruler`` patterns: whitespace tokens are ``_SP``/``SPACE`` as in the spaCy packages
SPACE_PATTERNS = [{"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}}]

META = {
    "name": "newsx_tiger",
    "lang": "de",
    "version": "0.1.0",
    "description": (
        "de_core_news-shaped German pipeline for testing newsx on TIGER labels: parser trained "
        "on UD German converted to TIGER-style trees; tok2vec, STTS tagger, morphologizer, "
        "lemmatizer and NER from models/de_newsx. Not shipped."
    ),
    "author": "newsx contributors",
    "license": "CC BY-SA 4.0",
    "sources": [
        {"name": "Universal Dependencies German GSD (dev+test)", "license": "CC BY-SA 4.0"},
        {"name": "Universal Dependencies German PUD", "license": "CC BY-SA 3.0"},
        {"name": "models/de_newsx (tok2vec, tagger, morphologizer, lemmatizer, NER)"},
    ],
}


def _log(msg: str) -> None:
    print(f"[newsx train --tiger {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def prepare_tiger_data(
    work_dir: Path, corpora: Path = CORPORA, limit: int | None = None
) -> dict[str, Path]:
    """Convert UD German to TIGER-style DocBins: ``{"train", "dev", "heldout"}`` -> path.

    Same deterministic split as the shipped model (:func:`pipeline.training.convert.ud_docs`),
    so the held-out sentences were never trained on by either parser. ``limit`` keeps the
    first ``limit`` Docs of each part (8 sentences per Doc; small builds)."""
    out = {}
    work_dir.mkdir(parents=True, exist_ok=True)
    for part, docs in ud_docs(corpora).items():
        docs = docs[:limit] if limit else docs
        path = work_dir / f"tiger-{part}.spacy"
        DocBin(docs=list(to_tiger_docs(docs)), store_user_data=False).to_disk(path)
        out[part] = path
    return out


def train_tiger_parser(
    data: dict[str, Path], runs_dir: Path, overrides: dict | None = None
) -> Language:
    """Train ``configs/tiger.cfg`` (tok2vec + parser + senter) and load the best checkpoint."""
    best = train_component(TIGER_CONFIG, runs_dir, data["train"], data["dev"], overrides)
    return spacy.load(best)


def assemble_tiger(parser_nlp: Language, source: Path | str | Language = SHIPPED_MODEL) -> Language:
    """The de_core_news-shaped pipeline: ``parser`` and ``senter`` from ``parser_nlp`` (their
    tok2vec copied inside them), everything else from ``source`` (default models/de_newsx).

    ``parser_nlp`` may also hold a ``newsx_ud2tiger`` component (see
    :func:`pipeline.training.tiger.ud2tiger_pipeline`); it is placed right after the parser.
    """
    src = source if isinstance(source, Language) else spacy.load(source)
    for name in ("parser", "senter"):
        if name in parser_nlp.pipe_names and "tok2vec" in parser_nlp.pipe_names:
            parser_nlp.replace_listeners("tok2vec", name, ["model.tok2vec"])
    nlp = spacy.blank("de", vocab=src.vocab)
    nlp.tokenizer = src.tokenizer
    from_source = {"lemmatizer": "trainable_lemmatizer"}
    for name in CORE_NEWS_PIPELINE:
        if name in ("parser", "senter") and name in parser_nlp.pipe_names:
            nlp.add_pipe(name, source=parser_nlp)
        elif name == "attribute_ruler":
            nlp.add_pipe("attribute_ruler").add_patterns(SPACE_PATTERNS)
        elif from_source.get(name, name) in src.pipe_names:
            nlp.add_pipe(from_source.get(name, name), name=name, source=src)
        if name == "parser" and "newsx_ud2tiger" in parser_nlp.pipe_names:
            nlp.add_pipe("newsx_ud2tiger", source=parser_nlp)
    if "senter" in nlp.pipe_names:
        nlp.disable_pipe("senter")
    nlp.meta.update({k: v for k, v in META.items()})
    return nlp


def heldout_scores(nlp: Language, heldout: Path) -> dict:
    """Parse the converted held-out trees (gold words) and score them: UAS, LAS, LAS by label."""
    from spacy.training import Example

    docs = list(DocBin().from_disk(heldout).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    scores = nlp.evaluate(examples)
    return {
        "uas": scores["dep_uas"],
        "las": scores["dep_las"],
        "las_per_label": scores["dep_las_per_type"],
        "sents_f": scores["sents_f"],
        "sentences": sum(len(list(d.sents)) for d in docs),
    }


def build_tiger(
    output_dir: Path | str,
    *,
    corpora: Path | str = CORPORA,
    work_dir: Path | str | None = None,
    limit: int | None = None,
    overrides: dict | None = None,
    source: Path | str = SHIPPED_MODEL,
) -> Language:
    """Convert, train and assemble; the pipeline is saved to ``output_dir`` and returned.

    ``limit``/``overrides`` make small builds (the test suite trains on 25 Docs for a few
    steps); the full build uses every training sentence and ``configs/tiger.cfg`` as it is."""
    t0 = time.time()
    output_dir = Path(output_dir)
    work = Path(work_dir) if work_dir else CORPUS_DIR / "tiger"
    data = prepare_tiger_data(work / "data", Path(corpora), limit=limit)
    _log(f"UD converted to TIGER trees in {work / 'data'} ({time.time() - t0:.0f}s)")
    parser_nlp = train_tiger_parser(data, work / "runs", overrides)
    _log(f"TIGER parser trained ({time.time() - t0:.0f}s)")
    nlp = assemble_tiger(parser_nlp, source)
    nlp.to_disk(output_dir)
    _log(f"pipeline {nlp.pipe_names} written to {output_dir} ({time.time() - t0:.0f}s)")
    return nlp
