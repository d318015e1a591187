"""A run killed with SIGKILL mid-way and resumed gives the tables of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline import DATA_DIR, ROOT
from pipeline.errors import UsageError
from pipeline.outfolder import STATE_DIR, OutputFolder
from pipeline.run import run
from pipeline.tables import TABLES, read_table
from tests.fastnlp import fast_pipeline

FORMATS = ("csv", "parquet")


def _corpus(src, n=40):
    """``n`` short articles (the samples with numbered first sentences)."""
    src.mkdir()
    samples = sorted((DATA_DIR / "samples").rglob("*.txt"))
    for i in range(n):
        text = samples[i % len(samples)].read_bytes().decode("utf-8", "replace")
        (src / f"{i:03d}.txt").write_text(f"Am Tag {i} sagte Merkel: „Gut.“\n\n{text}", "utf-8")


def _newsx(*args):
    """Start ``newsx`` in a child process (the shipped model, as a user would)."""
    cmd = [sys.executable, "-c", "from cli import app; app()", *map(str, args)]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _kill_after_first_part(proc, out):
    """SIGKILL ``proc`` as soon as its first chunk of documents is stored."""
    parts = out / STATE_DIR / "parts"
    deadline = time.monotonic() + 120
    while not list(parts.glob("documents-*.parquet")):
        assert proc.poll() is None, proc.stdout.read().decode()
        assert time.monotonic() < deadline, "no part written in 120 s"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def test_resume_after_sigkill_gives_the_uninterrupted_tables(tmp_path):
    src = tmp_path / "in"
    _corpus(src)
    fmt = ",".join(FORMATS)
    full, killed = tmp_path / "full", tmp_path / "killed"
    result = CliRunner().invoke(
        app, ["run", str(src), "--out", str(full), "-f", fmt, "--batch-size", "2"]
    )
    assert result.exit_code == 0, result.output
    proc = _newsx("run", src, "--out", killed, "-f", fmt, "--batch-size", "1")
    _kill_after_first_part(proc, killed)
    assert (killed / STATE_DIR).is_dir() and not (killed / "documents.csv").exists()
    again = _newsx("run", src, "--out", killed, "-f", "csv")
    assert again.wait() == 2 and b"--resume" in again.stdout.read()  # refused, not mixed
    resumed = _newsx("run", src, "--out", killed, "-f", fmt, "--resume", "--batch-size", "4")
    assert resumed.wait() == 0, resumed.stdout.read().decode()
    assert sorted(p.name for p in killed.iterdir()) == sorted(
        f"{t}.{f}" for t in TABLES for f in FORMATS
    )
    for table in TABLES:
        for f in FORMATS:
            a = read_table(str(full / f"{table}.{f}"), table)
            b = read_table(str(killed / f"{table}.{f}"), table)
            pd.testing.assert_frame_equal(a, b)
    docs = read_table(str(killed / "documents.csv"), "documents")
    assert docs.doc_id.tolist() == [f"{i:03d}.txt" for i in range(40)]
    assert (docs.status == "ok").all() and docs.n_quotes.min() >= 1


class _Stop(Exception):
    pass


def _interrupted_run(nlp, src, out, after):
    """Run in-process and stop (like a crash) after ``after`` documents."""
    seen = []

    def stop(item):
        seen.append(item)
        if len(seen) == after:
            raise _Stop

    try:
        run(nlp, [src], out, batch_size=1, on_document=stop)
    except _Stop:
        pass


def test_resume_in_process_and_changed_inputs_are_refused(tmp_path):
    nlp, _ = fast_pipeline()
    src = tmp_path / "in"
    src.mkdir()
    for i in range(20):
        (src / f"{i:02d}.txt").write_text(f"Text {i}: „Zitat {i}“ und „mehr“.", "utf-8")
    run(nlp, [src], tmp_path / "full", batch_size=1)
    out = tmp_path / "out"
    _interrupted_run(nlp, src, out, after=11)  # chunk 0 (8 documents) is stored
    assert OutputFolder(out).done() == {0} and not (out / "quotes.csv").exists()
    summary = run(nlp, [src], out, batch_size=3, mode="resume")
    assert (summary.documents, summary.quotes) == (20, 40)
    for table in TABLES:
        pd.testing.assert_frame_equal(
            read_table(str(tmp_path / "full" / f"{table}.csv"), table),
            read_table(str(out / f"{table}.csv"), table),
        )
    _interrupted_run(nlp, src, tmp_path / "o2", after=11)
    (src / "00a.txt").write_text("Neu.", "utf-8")
    with pytest.raises(UsageError, match="input files changed"):
        run(nlp, [src], tmp_path / "o2", batch_size=1, mode="resume")
    with pytest.raises(UsageError, match="other inputs"):
        run(nlp, [tmp_path / "full"], tmp_path / "o2", mode="resume")
