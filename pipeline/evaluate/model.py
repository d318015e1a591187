"""Score a German pipeline on the held-out parts of UD German GSD and GermEval 2014.

The held-out parts are defined in :mod:`pipeline.training.convert` (hash of the sentence
key) and never trained on. Texts are re-tokenised by the pipeline itself (raw text in,
alignment to the gold tokens), so tokenisation and sentence errors count.

Scores (all from the same run):

- UD: token P/R/F, sentence P/R/F, UPOS, STTS (``tag_``), morph (all features), lemma,
  UAS/LAS (punctuation ignored, as spaCy does), ``Mood=Sub`` P/R/F on finite verbs;
- GermEval: NER P/R/F overall and per label (PER, LOC, ORG, MISC; deriv/part are not
  entities);
- speed: words/s of the pipeline and of a blank German tokenizer on the same texts.

``nlp`` may carry newsx components (``newsx_mood``, ``newsx_entities`` …): whatever ends up
in ``doc.ents`` and ``token.morph`` is scored, so "model + rules" can be measured too.

    python -m pipeline.evaluate.model models/de_newsx            # model alone
    python -m pipeline.evaluate.model models/de_newsx --newsx    # + newsx components
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from .. import labels
from ..training.convert import CORPORA, germeval_docs, ud_docs

NER_LABELS = ("PER", "LOC", "ORG", "MISC")


def _load(nlp_or_path: Language | str | Path) -> Language:
    if isinstance(nlp_or_path, Language):
        return nlp_or_path
    return spacy.load(nlp_or_path)


def _run(nlp: Language, texts: list[str], batch_size: int) -> tuple[list[Doc], float]:
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    return docs, time.perf_counter() - t0


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _ids(ragged, i: int) -> list[int]:
    """Indices aligned to token ``i`` (one row of an alignment ``Ragged``)."""
    row = ragged[i]
    data = getattr(row, "dataXd", row)
    return [int(x) for x in data.ravel()]


def mood_sub_scores(examples: Iterable[Example]) -> dict[str, float | int]:
    """P/R/F of ``Mood=Sub`` on finite verbs.

    Gold positives: gold tokens with ``VerbForm=Fin`` and ``Mood=Sub``. Predicted positives:
    every predicted token with ``Mood=Sub`` (a Sub on a non-verb is a false positive).
    Tokens are matched through the one-to-one part of the alignment; a gold Sub verb
    without a one-to-one predicted token is a miss.
    """
    tp = fp = fn = 0
    for eg in examples:
        x2y = eg.alignment.x2y
        y2x = eg.alignment.y2x
        for tok in eg.predicted:
            if "Sub" not in tok.morph.get("Mood"):
                continue
            gold = _ids(x2y, tok.i)
            g = eg.reference[gold[0]] if len(gold) == 1 and len(_ids(y2x, gold[0])) == 1 else None
            if g is not None and "Sub" in g.morph.get("Mood") and "Fin" in g.morph.get("VerbForm"):
                tp += 1
            else:
                fp += 1
        for g in eg.reference:
            if "Sub" in g.morph.get("Mood") and "Fin" in g.morph.get("VerbForm"):
                pred = _ids(y2x, g.i)
                ok = len(pred) == 1 and len(_ids(x2y, pred[0])) == 1
                if not ok or "Sub" not in eg.predicted[pred[0]].morph.get("Mood"):
                    fn += 1
    return _prf(tp, fp, fn)


def score_ud(docs: list[Doc], golds: list[Doc]) -> dict[str, Any]:
    """UD scores of predicted ``docs`` against ``golds`` (same texts).

    A TIGER-label parser (``de_core_news_*``, ``newsx train --tiger``) is scored against the
    gold trees converted to TIGER (:func:`pipeline.training.tiger.to_tiger_doc`)."""
    if any(labels.scheme(d) == "tiger" for d in docs):
        from ..training.tiger import to_tiger_doc

        golds = [to_tiger_doc(g) for g in golds]
    examples = [Example(d, g) for d, g in zip(docs, golds)]
    tok = Scorer.score_tokenization(examples)
    sents = Scorer.score_spans(
        examples, "sents", has_annotation=lambda doc: doc.has_annotation("SENT_START")
    )
    pos = Scorer.score_token_attr(examples, "pos")
    tag = Scorer.score_token_attr(examples, "tag")
    morph = Scorer.score_token_attr(examples, "morph", getter=lambda t, attr: str(t.morph))
    lemma = Scorer.score_token_attr(examples, "lemma")
    deps = Scorer.score_deps(
        examples,
        "dep",
        getter=lambda t, attr: t.dep_.lower() if t.dep_ != "ROOT" else "root",
        head_attr="head",
        head_getter=lambda t, attr: t.head,
        ignore_labels=("p", "punct"),
    )
    per_feat = Scorer.score_token_attr_per_feat(
        examples, "morph", getter=lambda t, attr: t.morph.key
    )
    mood = per_feat.get("morph_per_feat", {}).get("Mood", {})
    return {
        "sentences": len([s for g in golds for s in g.sents]),
        "tokens": sum(len(g) for g in golds),
        "token_p": _r(tok["token_p"]),
        "token_r": _r(tok["token_r"]),
        "token_f": _r(tok["token_f"]),
        "sent_p": _r(sents["sents_p"]),
        "sent_r": _r(sents["sents_r"]),
        "sent_f": _r(sents["sents_f"]),
        "upos": _r(pos["pos_acc"]),
        "stts": _r(tag["tag_acc"]),
        "morph": _r(morph["morph_acc"]),
        "lemma": _r(lemma["lemma_acc"]),
        "uas": _r(deps["dep_uas"]),
        "las": _r(deps["dep_las"]),
        "mood_feature_f": _r(mood.get("f")),
        "mood_sub": mood_sub_scores(examples),
    }


def score_ner(
    docs: list[Doc], golds: list[Doc], label_map: dict[str, str] | None = None
) -> dict[str, Any]:
    """NER P/R/F of ``doc.ents`` (labels mapped by ``label_map``, others not in
    :data:`NER_LABELS` dropped) against the gold GermEval entities."""
    label_map = label_map or {}
    for doc in docs:
        ents = []
        for e in doc.ents:
            label = label_map.get(e.label_, e.label_)
            if label in NER_LABELS:
                ents.append(doc.char_span(e.start_char, e.end_char, label=label) or e)
        doc.ents = [e for e in ents if e.label_ in NER_LABELS]
    examples = [Example(d, g) for d, g in zip(docs, golds)]
    s = Scorer.score_spans(examples, "ents")
    per = s.get("ents_per_type") or {}
    return {
        "sentences": len(golds),
        "entities": sum(len(g.ents) for g in golds),
        "p": _r(s["ents_p"]),
        "r": _r(s["ents_r"]),
        "f": _r(s["ents_f"]),
        "per_label": {
            lab: {k: _r(v) for k, v in per.get(lab, {"p": 0.0, "r": 0.0, "f": 0.0}).items()}
            for lab in NER_LABELS
        },
    }


def evaluate_model(
    nlp_or_path: Language | str | Path,
    *,
    corpora: Path | str = CORPORA,
    ud: bool = True,
    ner: bool = True,
    limit: int | None = None,
    batch_size: int = 64,
    label_map: dict[str, str] | None = None,
    prepare: Callable[[Language], Language] | None = None,
) -> dict[str, Any]:
    """Score ``nlp_or_path`` on the held-out UD and GermEval parts; returns a dict.

    ``limit`` keeps the first N held-out docs of each corpus (quick checks). ``prepare`` may
    modify the loaded pipeline (e.g. add newsx components) before scoring.
    Keys: ``model``, ``pipeline``, ``ud``, ``ner``, ``speed``.
    """
    nlp = _load(nlp_or_path)
    if prepare is not None:
        nlp = prepare(nlp)
    corpora = Path(corpora)
    blank = spacy.blank(nlp.lang or "de")
    result: dict[str, Any] = {
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "pipeline": list(nlp.pipe_names),
    }
    all_texts: list[str] = []
    seconds = 0.0
    if ud:
        golds = ud_docs(corpora, vocab=nlp.vocab)["heldout"][:limit]
        texts = [g.text for g in golds]
        docs, sec = _run(nlp, texts, batch_size)
        seconds += sec
        all_texts += texts
        result["ud"] = score_ud(docs, golds)
    if ner:
        golds = germeval_docs(corpora, vocab=nlp.vocab)["heldout"][:limit]
        texts = [g.text for g in golds]
        docs, sec = _run(nlp, texts, batch_size)
        seconds += sec
        all_texts += texts
        result["ner"] = score_ner(docs, golds, label_map)
    t0 = time.perf_counter()
    words = sum(len(d) for d in blank.pipe(all_texts, batch_size=batch_size))
    blank_sec = time.perf_counter() - t0
    result["speed"] = {
        "words": words,
        "words_per_second": round(words / seconds) if seconds else None,
        "blank_words_per_second": round(words / blank_sec) if blank_sec else None,
        "blank_ratio": round(seconds / blank_sec, 1) if blank_sec else None,
    }
    return result


def render_markdown(results: dict[str, dict[str, Any]]) -> str:
    """A Markdown table of one or more results (``{"column title": result}``)."""
    cols = list(results)
    rows: list[tuple[str, Callable[[dict], Any]]] = [
        ("token F", lambda r: r["ud"]["token_f"]),
        ("sentence F", lambda r: r["ud"]["sent_f"]),
        ("UPOS", lambda r: r["ud"]["upos"]),
        ("STTS tag", lambda r: r["ud"]["stts"]),
        ("morph (all features)", lambda r: r["ud"]["morph"]),
        ("lemma", lambda r: r["ud"]["lemma"]),
        ("UAS", lambda r: r["ud"]["uas"]),
        ("LAS", lambda r: r["ud"]["las"]),
        ("Mood=Sub P (finite verbs)", lambda r: r["ud"]["mood_sub"]["p"]),
        ("Mood=Sub R (finite verbs)", lambda r: r["ud"]["mood_sub"]["r"]),
        ("NER P", lambda r: r["ner"]["p"]),
        ("NER R", lambda r: r["ner"]["r"]),
        ("NER F", lambda r: r["ner"]["f"]),
    ]
    for lab in NER_LABELS:
        rows.append(
            (
                f"NER {lab} P/R/F",
                lambda r, lab=lab: "/".join(
                    f"{r['ner']['per_label'][lab][k]:.2f}" for k in ("p", "r", "f")
                ),
            )
        )
    rows += [
        ("words/s (pipeline)", lambda r: f"{r['speed']['words_per_second']:,}"),
        (
            "words/s (blank tokenizer, same run)",
            lambda r: f"{r['speed']['blank_words_per_second']:,}",
        ),
    ]
    out = ["| metric | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for name, get in rows:
        cells = []
        for c in cols:
            try:
                v = get(results[c])
            except (KeyError, TypeError):
                v = "–"
            cells.append(f"{v:.3f}" if isinstance(v, float) else str(v))
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def render_table(result: dict[str, Any]):
    """A rich table of :func:`evaluate_model`'s result (scores as in the model README)."""
    from rich.table import Table

    table = Table(
        title=f"{result['model']} on the held-out data",
        caption="pipeline: " + ", ".join(result["pipeline"]),
    )
    table.add_column("metric")
    table.add_column("score", justify="right")
    ud = result.get("ud")
    if ud:
        table.add_row("UD sentences / tokens", f"{ud['sentences']:,} / {ud['tokens']:,}")
        for key in ("token_f", "sent_f", "upos", "stts", "morph", "lemma", "uas", "las"):
            table.add_row(key, f"{ud[key]:.3f}" if ud[key] is not None else "–")
        mood = ud["mood_sub"]
        table.add_row("Mood=Sub P / R / F", f"{mood['p']:.3f} / {mood['r']:.3f} / {mood['f']:.3f}")
    ner = result.get("ner")
    if ner:
        table.add_row(
            "GermEval sentences / entities", f"{ner['sentences']:,} / {ner['entities']:,}"
        )
        table.add_row("NER P / R / F", f"{ner['p']:.3f} / {ner['r']:.3f} / {ner['f']:.3f}")
        for label, v in ner["per_label"].items():
            table.add_row(f"  {label} P / R / F", f"{v['p']:.3f} / {v['r']:.3f} / {v['f']:.3f}")
    speed = result.get("speed", {})
    for key, v in speed.items():
        table.add_row(key.replace("_", " "), f"{v:,.0f}" if isinstance(v, (int, float)) else str(v))
    return table


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", help="pipeline path or name")
    ap.add_argument("--newsx", action="store_true", help="add the newsx components first")
    ap.add_argument(
        "--mood", action="store_true", help="add only newsx_mood after the morphologizer"
    )
    ap.add_argument("--limit", type=int, default=None, help="first N held-out docs per corpus")
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--no-ud", action="store_true")
    args = ap.parse_args(argv)

    def prepare(nlp: Language) -> Language:
        if args.newsx:
            from ..model import add_newsx_components

            add_newsx_components(nlp)
        elif args.mood:
            import pipeline.components.mood  # noqa: F401

            nlp.add_pipe("newsx_mood", after="morphologizer")
        return nlp

    res = evaluate_model(
        args.model, limit=args.limit, ud=not args.no_ud, ner=not args.no_ner, prepare=prepare
    )
    print(json.dumps(res, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
