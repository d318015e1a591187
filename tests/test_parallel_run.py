"""``run(..., n_process=2)``: forked workers build the rows; the tables are those of one process.

The pipeline is the fast stand-in (blank tokenizer + „…“ quotes, :mod:`tests.fastnlp`) plus
test components that fail or kill their worker on a marker word, so these tests take
seconds. The shipped model with two processes is covered by ``tests/test_cli.py``.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time

import pandas as pd
import pytest
from spacy.language import Language

from pipeline import parallel
from pipeline.errors import NewsxError
from pipeline.outfolder import STATE_DIR, OutputFolder
from pipeline.run import run
from pipeline.tables import TABLES, read_table
from tests.fastnlp import fast_pipeline

pytestmark = pytest.mark.skipif(not parallel.available(), reason="needs fork")

#: News-style sentences (German, Austrian, Swiss); {i} numbers the article.
ARTICLES = [
    "Bundeskanzler Scholz sagte in Berlin: „Wir stehen an der Seite der Ukraine.“ Artikel {i}.",
    "„Die Teuerung trifft die Pensionisten hart“, sagte Sozialminister Rauch. Artikel {i}.",
    "Der Bundesrat in Bern hält an seinem Kurs fest. Artikel {i}.",  # no quote
    "Laut Landeshauptmann Stelzer „bleibt das Spital offen“. Dann: „Das war’s.“ Artikel {i}.",
]


@Language.component("test_parallel_fail")
def _fail(doc):
    if "Störfall" in doc.text:
        raise ValueError("Störfall im Worker")
    return doc


@Language.component("test_parallel_exit")
def _exit(doc):
    if "Absturz" in doc.text:
        os._exit(3)  # a worker killed mid-task (out of memory, segfault)
    if "Verzögerung" in doc.text:
        time.sleep(3 * parallel.POLL_SECONDS)  # the other worker dies before this ends
    return doc


def _corpus(src, n=37, extra=()):
    """``n`` articles as files (plus ``(name, bytes)`` extras), a few of them broken."""
    src.mkdir()
    for i in range(n):
        text = ARTICLES[i % len(ARTICLES)].format(i=i)
        (src / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    (src / "005.txt").write_bytes(b"")  # empty: an error row
    (src / "011.txt").write_bytes(b"\x00\x01\x02\x03" * 50)  # binary: an error row
    for name, data in extra:
        (src / name).write_bytes(data)


def _pipeline(*extra):
    nlp, _ = fast_pipeline()
    for name in extra:
        nlp.add_pipe(name)
    return nlp


def _same_files(a, b, formats=("csv", "parquet")):
    for table in TABLES:
        for f in formats:
            assert (a / f"{table}.{f}").read_bytes() == (b / f"{table}.{f}").read_bytes(), (
                f"{table}.{f} differs"
            )


def test_two_processes_write_the_bytes_of_one(tmp_path):
    nlp = _pipeline()
    src = tmp_path / "in"
    _corpus(src)
    seen = {1: [], 2: []}
    summaries = {}
    for n in (1, 2):
        summaries[n] = run(
            nlp, [src], tmp_path / f"o{n}", formats=["csv", "parquet"], n_process=n,
            batch_size=2, on_document=lambda item, n=n: seen[n].append(item.doc_id),
        )  # fmt: skip
    _same_files(tmp_path / "o1", tmp_path / "o2")
    assert seen[2] == seen[1] == [f"{i:03d}.txt" for i in range(37)]
    one, two = summaries[1], summaries[2]
    assert (two.documents, two.errors, two.quotes) == (one.documents, one.errors, one.quotes)
    assert (two.documents, two.errors, two.words) == (37, 2, one.words)
    docs = read_table(str(tmp_path / "o2" / "documents.csv"), "documents")
    assert docs.loc[docs.status == "error", ["doc_id", "error"]].values.tolist() == [
        ["005.txt", "empty file"],
        ["011.txt", "binary file: contains NUL/control bytes"],
    ]
    quotes = read_table(str(tmp_path / "o2" / "quotes.csv"), "quotes")
    assert quotes[quotes.doc_id == "003.txt"].text.tolist() == [
        "„bleibt das Spital offen“",
        "„Das war’s.“",
    ]
    assert quotes[quotes.doc_id == "002.txt"].empty  # the Swiss sentence has no quote
    assert not mp.active_children()  # the workers are gone


def test_a_component_failing_in_a_worker_gives_the_error_row_of_one_process(tmp_path):
    nlp = _pipeline("test_parallel_fail")
    src = tmp_path / "in"
    _corpus(
        src,
        n=12,
        extra=[("006.txt", "Ein Störfall im AKW Leibstadt, sagte ein Sprecher.".encode())],
    )
    for n in (1, 2):
        summary = run(nlp, [src], tmp_path / f"o{n}", n_process=n, batch_size=3)
        assert (summary.documents, summary.errors) == (12, 3)
    _same_files(tmp_path / "o1", tmp_path / "o2", formats=("csv",))
    docs = pd.read_csv(tmp_path / "o2" / "documents.csv")
    assert docs.loc[docs.doc_id == "006.txt", "error"].tolist() == [
        "spaCy pipeline failed: ValueError: Störfall im Worker"
    ]


class _Stop(Exception):
    pass


def test_stopped_run_with_two_processes_resumes_to_the_same_tables(tmp_path):
    nlp = _pipeline()
    src = tmp_path / "in"
    _corpus(src)
    run(nlp, [src], tmp_path / "full", formats=["csv", "parquet"], batch_size=2)
    seen = []

    def stop(item):
        seen.append(item.doc_id)
        if len(seen) == 20:  # chunk 0 (16 documents) is stored, chunk 1 is not
            raise _Stop

    out = tmp_path / "out"
    with pytest.raises(_Stop):
        run(nlp, [src], out, formats=["csv", "parquet"], n_process=2, batch_size=2,
            on_document=stop)  # fmt: skip
    assert not mp.active_children()
    assert OutputFolder(out).done() == {0}
    assert sorted(p.name for p in out.iterdir()) == [STATE_DIR]  # no table, no temp file
    summary = run(nlp, [src], out, formats=["csv", "parquet"], n_process=2, batch_size=2,
                  mode="resume")  # fmt: skip
    assert (summary.documents, summary.errors) == (37, 2)
    _same_files(tmp_path / "full", out)


def test_a_dead_worker_stops_the_run_and_keeps_the_finished_chunks(tmp_path):
    nlp = _pipeline("test_parallel_exit")
    src = tmp_path / "in"
    _corpus(src, n=30, extra=[("025.txt", "Absturz der Börse in Frankfurt.".encode())])
    out = tmp_path / "out"
    with pytest.raises(NewsxError, match="worker process died .*--resume"):
        run(nlp, [src], out, n_process=2, batch_size=2)
    assert not mp.active_children()
    assert OutputFolder(out).done() == {0} and (out / STATE_DIR).is_dir()
    assert not (out / "documents.csv").exists()


def test_a_worker_dying_while_the_other_is_slow_keeps_the_chunk_the_slow_one_ends(tmp_path):
    """Chunk 1's killer is reached while chunk 0's first task still runs in the other
    worker: that worker finishes what is queued, so chunk 0 is written all the same."""
    nlp = _pipeline("test_parallel_exit")
    src = tmp_path / "in"
    _corpus(src, n=30, extra=[
        ("001.txt", "Verzögerung am Flughafen Wien-Schwechat.".encode()),
        ("025.txt", "Absturz der Börse in Frankfurt.".encode()),
    ])  # fmt: skip
    out = tmp_path / "out"
    with pytest.raises(NewsxError, match="worker process died"):
        run(nlp, [src], out, n_process=2, batch_size=2)
    assert not mp.active_children()
    assert OutputFolder(out).done() == {0}
    assert sorted(p.name for p in out.iterdir()) == [STATE_DIR]


def test_tasks_cut_chunks_into_batches_in_input_order():
    files = [(f"{i}.txt", f"{i}.txt") for i in range(5)]
    got = [
        (t.chunk, [d for _, d in t.files], t.last)
        for t in parallel.tasks([(0, files[:3]), (2, files[3:])], 2)
    ]
    assert got == [
        (0, ["0.txt", "1.txt"], False),
        (0, ["2.txt"], True),
        (2, ["3.txt", "4.txt"], True),
    ]
