"""Words/s of the local backend (``--n-process 2``) beside the Dask backend on a 2-worker
LocalCluster, on the same articles written as files.

    python -m bench.dask_vs_local [--n 1028] [--repeat 3] [--workers 2] [--cli]

Texts: the first N articles of the 10kGNAD test split (../shared, written as files into a
temporary folder, never copied into the repository). Each round runs both backends (in
alternating order, so a load change on the machine hits both alike) and prints their
words/s from the run summary: the processing after the model is loaded (locally: in the
client, with 2 spaCy processes started per chunk as ``newsx run --n-process 2`` does; Dask:
once per worker, before the clock starts). Prints the medians, Dask / local, the peak RSS
of each Dask worker, and with ``--cli`` the wall time of both whole ``newsx run`` commands
(model loading and, for Dask, starting the LocalCluster included).
"""

from __future__ import annotations

import argparse
import logging
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from bench.memory import read_articles
from bench.throughput import GNAD
from pipeline.model import load_pipeline
from pipeline.run import run


def write_articles(texts: list[str], folder: Path) -> Path:
    """Write ``texts`` as ``00000.txt …`` into ``folder``; returns it."""
    folder.mkdir(parents=True)
    for i, text in enumerate(texts):
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def peak_rss_mb() -> float:
    """Peak RSS of the calling process in MB (run on each worker by ``client.run``)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cli_seconds(src: Path, out: Path, *options: str) -> float:
    """Wall time of one whole ``newsx run`` command in a child process."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "cli", "run", str(src), "--out", str(out), *options]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t0


def rounds(src: Path, tmp: Path, repeat: int, workers: int) -> tuple[list, list, int, dict]:
    """``repeat`` rounds of both backends; ``(local words/s, dask words/s, words, worker RSS)``."""
    from distributed import Client, LocalCluster

    from pipeline.dask_backend import WorkerSpec, run_dask

    nlp, _ = load_pipeline()
    spec, _ = WorkerSpec.resolve()
    local, dask, words = [], [], 0
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster) as client,
    ):
        for r in range(repeat):
            for backend in ("local", "dask") if r % 2 == 0 else ("dask", "local"):
                out = tmp / f"out-{backend}-{r}"
                if backend == "local":
                    summary = run(nlp, [src], out, n_process=2, formats=("csv",))
                    local.append(summary.words_per_second)
                else:
                    summary = run_dask(client, spec, [src], out, formats=("parquet",))
                    dask.append(summary.words_per_second)
                words = summary.words
                print(f"round {r + 1} {backend:<6}{summary.words_per_second:>9,.0f} words/s")
        rss = client.run(peak_rss_mb)
    return local, dask, words, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1028, help="10kGNAD test articles")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--cli", action="store_true", help="also time both whole newsx commands")
    ap.add_argument("--csv", type=Path, default=GNAD, help="10kGNAD CSV (default ../shared)")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        src = write_articles(read_articles(args.csv, args.n), Path(tmp) / "in")
        local, dask, words, rss = rounds(src, Path(tmp), args.repeat, args.workers)
        ratio = statistics.median(dask) / statistics.median(local)
        print(f"{args.n} articles, {words:,} words; medians of {args.repeat} rounds:")
        print(f"local --n-process 2: {statistics.median(local):,.0f} words/s")
        print(f"dask, {args.workers} workers: {statistics.median(dask):,.0f} words/s")
        print(f"dask / local: {ratio:.3f} (Dask overhead {100 * (1 - ratio):.1f} %)")
        print("peak RSS per Dask worker: " + ", ".join(f"{v:,.0f} MB" for v in rss.values()))
        if args.cli:
            t_local = cli_seconds(src, Path(tmp) / "cli-local", "--n-process", "2")
            t_dask = cli_seconds(src, Path(tmp) / "cli-dask", "--backend", "dask")
            print(f"whole command: local {t_local:.1f} s, dask {t_dask:.1f} s (LocalCluster start")
            print("and model loads included)")


if __name__ == "__main__":
    main()
