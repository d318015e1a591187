"""Throughput of newsx beside the bare spaCy model, measured in the same run.

    python -m bench.throughput [--n 300] [--model NAME|PATH] [--n-process 1]

Texts: the first N articles of ../shared/corpora/10kgnad/test.csv (CC BY-NC-SA, read in
place, never copied), else the bundled samples repeated. Prints words/s of a blank German
tokenizer, of the bare model, of the full newsx pipeline, the cost of each newsx component
(seconds and % of the full pipeline) and the peak memory of a full `run` at two corpus sizes
(streaming keeps it flat).
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
import warnings
from pathlib import Path

import spacy

from pipeline import DATA_DIR, ROOT
from pipeline.model import add_newsx_components, resolve_model

GNAD = ROOT.parent / "shared" / "corpora" / "10kgnad" / "test.csv"


def load_texts(n: int) -> list[str]:
    """N German news texts (10kGNAD test split when available)."""
    if GNAD.exists():
        with GNAD.open(encoding="utf-8") as fh:
            rows = csv.reader(fh, delimiter=";", quotechar="'")
            texts = [r[1] for r in rows if len(r) >= 2]
        return texts[:n]
    samples = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in (DATA_DIR / "samples").rglob("*.txt")
    ]
    return (samples * (n // len(samples) + 1))[:n]


def words(docs) -> int:
    return sum(1 for d in docs for t in d if not (t.is_punct or t.is_space))


def timed(nlp, texts, n_process: int = 1):
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, n_process=n_process, batch_size=32))
    return time.perf_counter() - t0, docs


def peak_rss_of_run(model: str, texts: list[str]) -> float:
    """Peak RSS (MB) of a child process running `newsx run` over ``texts`` written as files."""
    import subprocess
    import sys

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for i, t in enumerate(texts):
            (src / f"{i:05d}.txt").write_text(t, encoding="utf-8")
        code = (
            "import resource, warnings; warnings.simplefilter('ignore');"
            "from pipeline.model import load_pipeline; from pipeline.run import run;"
            f"nlp,_=load_pipeline({model!r}); run(nlp, [{str(src)!r}], {str(Path(tmp) / 'out')!r});"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--model", default=None)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--memory", action="store_true", help="also measure peak RSS of runs")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    texts = load_texts(args.n)
    choice = resolve_model(args.model)
    bare = spacy.blank("de") if choice.is_blank else spacy.load(choice.name)
    full = add_newsx_components(spacy.blank("de") if choice.is_blank else spacy.load(choice.name))
    blank = spacy.blank("de")
    timed(full, texts[:5])  # warm-up
    t_blank, docs = timed(blank, texts)
    n_words = words(docs)
    t_bare, _ = timed(bare, texts, args.n_process)
    t_full, _ = timed(full, texts, args.n_process)
    print(f"model: {choice.name} ({choice.reason}); {len(texts)} texts, {n_words:,} words")
    print(f"{'pipeline':<22}{'seconds':>9}{'words/s':>12}{'× blank':>9}")
    for name, t in (
        ("blank tokenizer", t_blank),
        ("bare model", t_bare),
        ("newsx (model + ours)", t_full),
    ):
        print(f"{name:<22}{t:>9.2f}{n_words / t:>12,.0f}{t / t_blank:>9.1f}")
    print(f"newsx components add {100 * (t_full - t_bare) / t_bare:.1f}% to the bare model")
    # per-component cost, measured on Docs that went through the model part of `full`
    ours = [name for name in full.pipe_names if name.startswith("newsx_")]
    docs = list(full.pipe(texts, batch_size=32, disable=ours))
    print(f"{'component':<22}{'seconds':>9}{'% of full':>11}")
    for name, proc in full.pipeline:
        if not name.startswith("newsx_"):
            continue
        t0 = time.perf_counter()
        docs = [proc(d) for d in docs]
        t = time.perf_counter() - t0
        print(f"{name:<22}{t:>9.3f}{100 * t / t_full:>10.1f}%")
    if args.memory:
        for k in (max(1, len(texts) // 4), len(texts)):
            print(
                f"peak RSS of `run` over {k} texts: {peak_rss_of_run(choice.name, texts[:k]):.0f} MB"
            )


if __name__ == "__main__":
    main()
