"""Throughput of newsx beside the bare spaCy model, measured in the same run.

    python -m bench.throughput [--n 150] [--reps 3] [--n-process 1 2] [--model NAME|PATH]
    python -m bench.throughput --rules-only   # CPU s of our pipes alone, on parsed copies
    python -m bench.throughput --inside       # (a), (b) and our pipes timed inside (b)

Texts: the first N articles of ../shared/corpora/10kgnad/test.csv (CC BY-NC-SA, read in
place, never copied; written as files into a temporary folder for the end-to-end runs),
else the bundled samples repeated. For each ``--n-process`` value and each repetition the
four measurements run interleaved, so machine load hits them alike:

- (a) the bare model, ``nlp.pipe``;
- (b) the full newsx pipeline (model + our components), ``nlp.pipe``, in-process;
- (c) ``run`` end to end (read files, pipeline, rows, table parts, final tables) with CSV;
- (d) the same with Parquet.

(c) and (d) call :func:`pipeline.run.run` as ``newsx run`` does (language detection of every
text, ``--lang auto``) with the already loaded pipeline, so model loading (printed once,
separately) is not counted. All four use the same batch size, ``newsx run``'s default
``--batch-size``. Words are the non-punctuation, non-space tokens
of the blank German tokenizer; every figure is the median over the repetitions, of wall
time (words/s) and of CPU time (this process and its finished worker processes): on a
shared machine the CPU time of one process is the robust measure of the work done. With
``--n-process 2``, (a) and (b) are spaCy's ``nlp.pipe(n_process=2)`` (every Doc is sent back
to this process), (c) and (d) are ``newsx run --n-process 2`` (workers build the rows).
Then each pipe of (b) is timed on its own (CPU time, ``time.process_time``, median over the
repetitions) and printed as a share of the sum: the tokenizer, spaCy's pipes and ours.
The tables are printed as Markdown, ready for the README.
"""

from __future__ import annotations

import argparse
import csv
import resource
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline import DATA_DIR, ROOT
from pipeline.language import AUTO, Pipelines
from pipeline.model import load_pipeline, resolve_model
from pipeline.run import DEFAULT_BATCH_SIZE, run

GNAD = ROOT.parent / "shared" / "corpora" / "10kgnad" / "test.csv"
#: ``newsx run``'s default ``--batch-size`` (the product's, not the bench's), for (a)-(d) alike
BATCH_SIZE = DEFAULT_BATCH_SIZE
MEASURES = {
    "a": "bare model, `nlp.pipe`",
    "b": "full newsx pipeline, `nlp.pipe`",
    "c": "`newsx run` end to end, CSV",
    "d": "`newsx run` end to end, Parquet",
}


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
    """Words of ``docs``: tokens that are neither punctuation nor white space."""
    return sum(1 for d in docs for t in d if not (t.is_punct or t.is_space))


def clock() -> tuple[float, float]:
    """``(wall, cpu)`` seconds now; cpu counts this process and its finished children
    (the ``n_process > 1`` workers spaCy joins at the end of ``nlp.pipe``)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter(), time.process_time() + kids.ru_utime + kids.ru_stime


def timed(nlp: Language, texts: Sequence[str], n_process: int = 1) -> tuple[float, float]:
    """``(wall, cpu)`` seconds of ``nlp.pipe`` over ``texts``."""
    w0, c0 = clock()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=BATCH_SIZE):
        pass
    w1, c1 = clock()
    return w1 - w0, c1 - c0


def write_inputs(texts: Sequence[str], folder: Path) -> Path:
    """Write ``texts`` as ``00000.txt`` … into ``folder/in``; returns that folder."""
    src = folder / "in"
    src.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(texts):
        (src / f"{i:05d}.txt").write_text(t, encoding="utf-8")
    return src


def timed_run(
    nlp: Pipelines, src: Path, out: Path, fmt: str, n_process: int
) -> tuple[float, float]:
    """``(wall, cpu)`` seconds of one :func:`pipeline.run.run` over ``src`` into ``out``."""
    w0, c0 = clock()
    summary = run(
        nlp, [src], out, formats=[fmt], n_process=n_process, batch_size=BATCH_SIZE,
        mode="overwrite",
    )  # fmt: skip
    w1, c1 = clock()
    if summary.errors:
        raise SystemExit(f"run failed on {summary.errors} inputs: {summary.failed[:3]}")
    return w1 - w0, c1 - c0


def peak_rss_of_run(model: str, texts: list[str]) -> float:
    """Peak RSS (MB) of a child process running `newsx run` over ``texts`` written as files."""
    import subprocess
    import sys

    with tempfile.TemporaryDirectory() as tmp:
        src = write_inputs(texts, Path(tmp))
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


def measure(
    bare: Language, full: Language, texts: Sequence[str], n_process: int, reps: int
) -> dict[str, tuple[float, float]]:
    """Median ``(wall, cpu)`` seconds of (a)–(d) for one ``n_process``, interleaved per rep."""
    seconds: dict[str, list[tuple[float, float]]] = {k: [] for k in MEASURES}
    pipes = Pipelines(AUTO, loaded={"de": full})  # as `newsx run` (--lang auto) routes texts
    with tempfile.TemporaryDirectory() as tmp:
        src = write_inputs(texts, Path(tmp))
        steps: dict[str, Callable[[], tuple[float, float]]] = {
            "a": lambda: timed(bare, texts, n_process),
            "b": lambda: timed(full, texts, n_process),
            "c": lambda: timed_run(pipes, src, Path(tmp) / "out", "csv", n_process),
            "d": lambda: timed_run(pipes, src, Path(tmp) / "out", "parquet", n_process),
        }
        for rep in range(reps):
            for key, step in steps.items():
                seconds[key].append(step())
            line = ", ".join(f"({k}) {v[-1][0]:.1f}/{v[-1][1]:.1f}" for k, v in seconds.items())
            print(f"  n_process={n_process} rep {rep + 1}/{reps}, wall/CPU s: {line}", flush=True)
    return {
        k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
        for k, v in seconds.items()
    }


def component_seconds(nlp: Language, texts: Sequence[str], reps: int) -> dict[str, float]:
    """Median CPU seconds of the tokenizer and of each pipe of ``nlp`` over ``texts``.

    Each pipe runs over the whole corpus in turn (batched ``pipe`` where the pipe has one),
    on the Docs the previous pipes produced, exactly as in ``nlp.pipe``.
    """
    runs: dict[str, list[float]] = {}
    for _ in range(reps):
        t0 = time.process_time()
        docs = [nlp.make_doc(t) for t in texts]
        runs.setdefault("tokenizer", []).append(time.process_time() - t0)
        for name, proc in nlp.pipeline:
            t0 = time.process_time()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=BATCH_SIZE))
            else:
                docs = [proc(d) for d in docs]
            runs.setdefault(name, []).append(time.process_time() - t0)
    return {name: statistics.median(v) for name, v in runs.items()}


def rule_pipe_seconds(nlp: Language, texts: Sequence[str], reps: int) -> dict[str, float]:
    """Median CPU seconds of each newsx pipe after the model's last pipe, on copies of
    Docs the model parsed once: a quick, low-noise check of our components alone."""
    names = [n for n, _ in nlp.pipeline]
    last_model = max(i for i, n in enumerate(names) if not n.startswith("newsx_"))
    ours = [(n, p) for n, p in nlp.pipeline[last_model + 1 :]]
    with nlp.select_pipes(disable=[n for n, _ in ours]):
        parsed = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
    runs: dict[str, list[float]] = {}
    for _ in range(reps):
        docs = [d.copy() for d in parsed]
        for name, proc in ours:
            t0 = time.process_time()
            docs = [proc(d) for d in docs]
            runs.setdefault(name, []).append(time.process_time() - t0)
    return {name: statistics.median(v) for name, v in runs.items()}


def early_pipe_seconds(nlp: Language, texts: Sequence[str], reps: int) -> dict[str, float]:
    """As :func:`rule_pipe_seconds` for the newsx pipes that run between the model's pipes
    (``newsx_mood`` after the morphologizer): each on copies of the Docs that the pipes
    before it made once, untimed."""
    names = [n for n, _ in nlp.pipeline]
    last_model = max(i for i, n in enumerate(names) if not n.startswith("newsx_"))
    runs: dict[str, list[float]] = {}
    for k, name in enumerate(names[:last_model]):
        if not name.startswith("newsx_"):
            continue
        with nlp.select_pipes(enable=names[:k]):
            parsed = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
        proc = nlp.get_pipe(name)
        for _ in range(reps):
            docs = [d.copy() for d in parsed]
            t0 = time.process_time()
            docs = [proc(d) for d in docs]
            runs.setdefault(name, []).append(time.process_time() - t0)
    return {name: statistics.median(v) for name, v in runs.items()}


class _Stopwatch:
    """Stands in for a newsx pipe inside ``nlp.pipe``: adds the CPU seconds of every call
    of the pipe to ``spent[name]``; Docs go through one by one, as our pipes take them."""

    def __init__(self, name: str, proc: Callable, spent: dict[str, float]):
        self.name, self.proc, self.spent = name, proc, spent

    def __call__(self, doc):
        t0 = time.process_time()
        doc = self.proc(doc)
        self.spent[self.name] = self.spent.get(self.name, 0.0) + time.process_time() - t0
        return doc


def inside_seconds(
    bare: Language, full: Language, texts: Sequence[str], reps: int
) -> dict[str, float]:
    """Median CPU seconds of (a) and (b) (``nlp.pipe``, one process, interleaved per rep)
    and of each newsx pipe timed inside (b)'s own ``nlp.pipe``, on the Docs as they come
    from the model (not on copies, caches as cold or warm as in a real run)."""
    spent: dict[str, float] = {}
    originals = list(full._components)
    full._components[:] = [
        (n, _Stopwatch(n, p, spent) if n.startswith("newsx_") else p) for n, p in originals
    ]
    runs: dict[str, list[float]] = {}
    try:
        for _ in range(reps):
            spent.clear()
            runs.setdefault("(a)", []).append(timed(bare, texts)[1])
            runs.setdefault("(b)", []).append(timed(full, texts)[1])
            for name, sec in spent.items():
                runs.setdefault(name, []).append(sec)
            line = ", ".join(f"{k} {v[-1]:.2f}" for k, v in runs.items())
            print(f"  rep {len(runs['(a)'])}/{reps}, CPU s: {line}", flush=True)
    finally:
        full._components[:] = originals
    return {name: statistics.median(v) for name, v in runs.items()}


def speed_table(n_words: int, results: dict[int, dict[str, tuple[float, float]]]) -> str:
    """Markdown: words/s (wall) of (a)–(d) per ``n_process``, and words per CPU second with
    one process, the share of (a) taken from CPU time (robust on a loaded machine)."""
    procs = sorted(results)
    head = " | ".join(f"words/s, {p} proc." for p in procs)
    lines = [
        f"| pipeline | {head} | words per CPU s, 1 proc. | % of (a), CPU, 1 proc. |",
        "|---|" + "---|" * (len(procs) + 2),
    ]
    one = results[procs[0]]
    for key, label in MEASURES.items():
        cells = " | ".join(f"{n_words / results[p][key][0]:,.0f}" for p in procs)
        cpu = f"{n_words / one[key][1]:,.0f} | {100 * one['a'][1] / one[key][1]:.0f} %"
        lines.append(f"| ({key}) {label} | {cells} | {cpu} |")
    if len(procs) > 1:
        hi, lo = procs[-1], procs[0]
        ups = ", ".join(f"({k}) {results[lo][k][0] / results[hi][k][0]:.2f}×" for k in MEASURES)
        cpu = ", ".join(f"({k}) {results[hi][k][1] / results[lo][k][1]:.2f}×" for k in MEASURES)
        lines += [
            "",
            f"Speed-up (wall) of {hi} processes over {lo}: {ups}.",
            f"CPU time of {hi} processes (all of them) over {lo}: {cpu}.",
        ]
    return "\n".join(lines)


def component_table(parts: dict[str, float]) -> str:
    """Markdown: CPU seconds of each pipe and its share of the full pipeline (b)."""
    total = sum(parts.values())
    ours = sum(s for n, s in parts.items() if n.startswith("newsx_"))
    lines = ["| pipe | CPU s | share of (b) |", "|---|---|---|"]
    lines += [f"| `{n}` | {s:.2f} | {100 * s / total:.1f} % |" for n, s in parts.items()]
    lines.append(f"| **newsx components together** | {ours:.2f} | **{100 * ours / total:.1f} %** |")
    return "\n".join(lines)


def print_inside(parts: dict[str, float]) -> None:
    """CPU seconds of (a), (b), our pipes inside (b), and (b) minus ours beside (a)."""
    ours = sum(sec for name, sec in parts.items() if name.startswith("newsx_"))
    for name, sec in parts.items():
        print(f"{name}\t{sec:.3f} s")
    print(f"newsx pipes inside (b)\t{ours:.3f} s")
    print(f"(b) minus newsx pipes\t{parts['(b)'] - ours:.3f} s")
    print(f"(b) words per CPU s, % of (a)\t{100 * parts['(a)'] / parts['(b)']:.1f} %")


def main() -> None:
    """Parse arguments, run every measurement and print the Markdown tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=150, help="articles (default 150)")
    ap.add_argument("--reps", type=int, default=3, help="repetitions (median)")
    ap.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--model", default=None)
    ap.add_argument(
        "--rules-only",
        action="store_true",
        help="only CPU seconds of the newsx pipes (model run once, untimed; newsx_mood on"
        " the Docs of the pipes before it)",
    )
    ap.add_argument(
        "--inside",
        action="store_true",
        help="only (a) and (b) with one process, interleaved, CPU seconds, and each newsx"
        " pipe timed inside (b)'s nlp.pipe",
    )
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    texts = load_texts(args.n)
    choice = resolve_model(args.model)
    t0 = time.perf_counter()
    full, _ = load_pipeline(choice.name)
    load_seconds = time.perf_counter() - t0
    bare = spacy.load(choice.name) if not choice.is_blank else spacy.blank("de")
    n_words = words(spacy.blank("de").pipe(texts))
    print(f"model: {choice.name} ({choice.reason}); loading it with newsx: {load_seconds:.1f} s")
    print(f"{len(texts)} texts, {n_words:,} words, {args.reps} repetitions", flush=True)
    if args.rules_only:
        parts = {
            **early_pipe_seconds(full, texts, args.reps),
            **rule_pipe_seconds(full, texts, args.reps),
        }
        for name, sec in parts.items():
            print(f"{name}\t{sec:.3f} s")
        print(f"together\t{sum(parts.values()):.3f} s")
        return
    timed(bare, texts[:5])  # warm-up (lazy rule tables, caches, the language detector)
    timed(full, texts[:5])
    if args.inside:
        print_inside(inside_seconds(bare, full, texts, args.reps))
        return
    Pipelines(AUTO).language_of(texts[0])
    results = {p: measure(bare, full, texts, p, args.reps) for p in args.n_process}
    parts = component_seconds(full, texts, args.reps)
    print()
    print(speed_table(n_words, results))
    print()
    print(component_table(parts))


if __name__ == "__main__":
    main()
