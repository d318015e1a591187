"""Peak memory of ``newsx run`` on 1× and 10× the documents: streaming keeps it flat.

    python -m bench.memory [--n 1028] [--factor 10] [--model NAME|PATH] [--csv test.csv]

Texts: the 10kGNAD test split (../shared, read in place, written as files into a temporary
folder, never copied into the repository); N×factor documents cycle through the N first
articles under new file names. Each size runs in a fresh child process (the full pipeline,
``--format csv,parquet``) that reports its own peak RSS; prints both and their ratio.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from bench.throughput import GNAD, peak_rss_of_run
from pipeline.model import resolve_model


def read_articles(path: Path, n: int) -> list[str]:
    """The first ``n`` article texts of a 10kGNAD CSV (``label;'text'``)."""
    with path.open(encoding="utf-8") as fh:
        texts = [r[1] for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) >= 2]
    if len(texts) < n:
        raise SystemExit(f"{path} has {len(texts)} articles, fewer than --n {n}")
    return texts[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1028, help="documents at 1×")
    ap.add_argument("--factor", type=int, default=10, help="the larger run has N×factor")
    ap.add_argument("--model", default=None)
    ap.add_argument("--csv", type=Path, default=GNAD, help="10kGNAD CSV (default ../shared)")
    args = ap.parse_args()
    choice = resolve_model(args.model)
    base = read_articles(args.csv, args.n)
    print(f"model: {choice.name}; base: {len(base)} 10kGNAD articles", flush=True)
    peaks = []
    for k in (1, args.factor):
        texts = base * k
        t0 = time.perf_counter()
        peak = peak_rss_of_run(choice.name, texts)
        peaks.append(peak)
        print(
            f"{k:>3}× {len(texts):>7,} documents: peak RSS {peak:,.0f} MB "
            f"({time.perf_counter() - t0:,.0f} s)",
            flush=True,
        )
    print(f"peak RSS at {args.factor}× / 1×: {peaks[1] / peaks[0]:.3f}")


if __name__ == "__main__":
    main()
