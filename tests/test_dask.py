"""``newsx run --backend dask`` on a 2-worker LocalCluster gives the local backend's tables:
same rows, dtypes and order; a dead worker or a failing task loses and doubles nothing;
``--resume`` redoes only unfinished partitions; each worker loads the pipeline once."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # the tests that need Dask skip (see the client fixture)
    WorkerPlugin = object
from pipeline import DATA_DIR
from pipeline.errors import UsageError
from pipeline.outfolder import OutputFolder
from pipeline.run import run
from pipeline.tables import TABLES, dtypes, frame, read_table

SAMPLES = DATA_DIR / "samples"


@pytest.fixture(scope="module")
def client():
    """A Client of a 2-worker LocalCluster (processes, one thread each), shared by the module."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            memory_limit="1.5GiB",
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The samples plus a generated folder with a subfolder, an empty and a binary file."""
    gen = tmp_path_factory.mktemp("dask") / "gen"
    (gen / "sub").mkdir(parents=True)
    for i in range(5):
        text = f"Am Tag {i} sagte Olaf Scholz in Berlin: „Wir helfen {i + 2} Ländern.“"
        (gen / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    (gen / "sub" / "zahlen.txt").write_text("Mehr als 160 Menschen kamen ums Leben.", "utf-8")
    (gen / "05-empty.txt").write_bytes(b"")
    (gen / "06-binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    return [SAMPLES, gen]


@pytest.fixture(scope="module")
def local(nlp, inputs, tmp_path_factory):
    """The local backend's tables (csv and parquet) over ``inputs``."""
    out = tmp_path_factory.mktemp("local") / "out"
    run(nlp, inputs, out, formats=("csv", "parquet"))
    return out


def _spec():
    from pipeline.dask_backend import WorkerSpec

    return WorkerSpec.resolve()[0]


def _loads(client) -> list[int]:
    """How often each worker process loaded a pipeline."""
    return sorted(client.run(lambda: len(sys.modules["pipeline.dask_backend"]._LOADS)).values())


def assert_same_tables(local: Path, out: Path, formats=("csv",)) -> None:
    """Every table of the Dask run equals the local one: the Parquet dataset read with plain
    pandas and with dask.dataframe, and every single-file format."""
    import dask.dataframe as dd

    for table in TABLES:
        expected = read_table(str(local / f"{table}.parquet"), table)
        assert expected.dtypes.to_dict() == dtypes(table)
        pd.testing.assert_frame_equal(pd.read_parquet(out / table), expected)
        lazy = dd.read_parquet(out / table).compute().reset_index(drop=True)
        pd.testing.assert_frame_equal(lazy, expected)
        for fmt in formats:
            pd.testing.assert_frame_equal(read_table(str(out / f"{table}.{fmt}"), table), expected)


def test_dask_tables_equal_the_local_backend(client, inputs, local, tmp_path):
    from pipeline.dask_backend import run_dask

    out = tmp_path / "out"
    summary = run_dask(client, _spec(), inputs, out, formats=["csv"], partitions=4)
    assert_same_tables(local, out)
    docs = read_table(str(out / "documents.csv"), "documents")
    assert docs.doc_id.tolist()[-3:] == [
        "gen/05-empty.txt",
        "gen/06-binary.txt",
        "gen/sub/zahlen.txt",
    ]
    assert docs.status.tolist().count("error") == 2 == summary.errors
    assert (summary.documents, summary.quotes) == (11, len(pd.read_parquet(out / "quotes")))
    # 11 documents in 4 partitions of 3; the last (empty, binary, zahlen) has no quotes
    parts = sorted(p.name for p in (out / "quotes").iterdir())
    assert parts == [f"part-{n:05d}.parquet" for n in range(4)]
    empty = pd.read_parquet(out / "quotes" / "part-00003.parquet")
    assert empty.empty and empty.dtypes.to_dict() == dtypes("quotes")
    assert not (out / ".newsx").exists() and not (out / "quotes.parquet").exists()
    assert _loads(client) == [1, 1]  # loaded once per worker, not per partition


class _RaiseOnce(WorkerPlugin):
    """A worker plugin that makes the first partition task on the cluster raise (the
    marker file makes it once in all), exercising ``retries=``."""

    name = "newsx-test-raise-once"

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def setup(self, worker):
        import pipeline.dask_backend as backend

        self.original, marker = backend.chunk_rows, self.marker

        def failing(*args, **kwargs):
            if not os.path.exists(marker):
                open(marker, "w").close()
                raise RuntimeError("injected fault")
            return self.original(*args, **kwargs)

        backend.chunk_rows = failing

    def teardown(self, worker):
        import pipeline.dask_backend as backend

        backend.chunk_rows = self.original


class _KillOnce(WorkerPlugin):
    """A worker plugin that kills its worker process when the first partition task on the
    cluster starts (the nanny starts a new worker; Dask reruns the task elsewhere)."""

    name = "newsx-test-kill-once"

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def transition(self, key, start, finish, **kwargs):
        from pipeline.dask_backend import TASK_PREFIX

        first = not os.path.exists(self.marker)
        if finish == "executing" and str(key).startswith(TASK_PREFIX) and first:
            Path(self.marker).touch()
            os._exit(1)


@pytest.mark.parametrize("fault", [_RaiseOnce, _KillOnce], ids=["task-raises", "worker-dies"])
def test_a_failed_task_is_retried_and_every_document_is_there_once(
    client, inputs, local, tmp_path, fault
):
    from pipeline.dask_backend import run_dask

    plugin = fault(tmp_path / "fault-injected")
    client.register_plugin(plugin, name=plugin.name)
    try:
        run_dask(client, _spec(), inputs, tmp_path / "out", formats=["csv"], partitions=3)
    finally:
        client.unregister_worker_plugin(plugin.name)
    assert (tmp_path / "fault-injected").exists()  # the fault did happen
    assert_same_tables(local, tmp_path / "out")  # hence each document exactly once, in order


class _Stop(Exception):
    pass


def test_resume_redoes_only_unfinished_partitions(client, inputs, local, tmp_path):
    from pipeline.dask_backend import run_dask

    out, finished = tmp_path / "out", []

    def stop_after_two(n, label):
        finished.append(label)
        if len(finished) == 2:
            raise _Stop  # like a crash of the client after two stored partitions

    with pytest.raises(_Stop):
        run_dask(client, _spec(), inputs, out, partitions=6, on_progress=stop_after_two)
    done = OutputFolder(out).done()
    assert len(done) == 2 and not (out / "quotes").exists()
    with pytest.raises(UsageError, match="unfinished run"):
        run_dask(client, _spec(), inputs, out)
    redone = []
    summary = run_dask(
        client, _spec(), inputs, out, formats=["csv", "parquet"], partitions=2, mode="resume",
        on_progress=lambda n, label: redone.append(label),
    )  # fmt: skip
    expected = {f"partition {n}" for n in range(6)} - {f"partition {n}" for n in done}
    assert {r for r in redone if r.startswith("partition")} == expected  # 6 stay 6
    assert summary.documents == 11
    assert_same_tables(local, out)


def test_cli_dask_backend_on_an_existing_cluster(client, inputs, local, tmp_path):
    out = tmp_path / "out"
    args = ["run", *map(str, inputs), "--out", str(out), "--backend", "dask"]
    address = client.scheduler.address
    result = CliRunner().invoke(app, [*args, "--scheduler", address, "-f", "csv,jsonl,parquet"])
    assert result.exit_code == 1, result.output  # the empty and the binary file failed
    assert "failed: gen/06-binary.txt: binary file" in result.output
    assert "documents 11 | quotes " in result.output and "errors 2" in result.output
    assert_same_tables(local, out, formats=("csv", "jsonl"))
    assert not (out / "quotes.parquet").exists()  # parquet is the dataset


def test_without_dask_the_backend_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    args = ["run", str(SAMPLES), "--out", str(tmp_path / "out"), "--backend", "dask"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "pip install 'newsx[dask]'" in result.output
    assert not (tmp_path / "out").exists()


def test_scheduler_without_the_dask_backend_is_a_usage_error(tmp_path):
    args = ["run", str(SAMPLES), "--out", str(tmp_path / "out"), "--partitions", "3"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "need --backend dask" in result.output


def test_a_dataset_in_out_is_refused_and_overwrite_removes_only_its_parts(tmp_path):
    from pipeline.writers import write_parquet

    folder = OutputFolder(tmp_path)
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "notes.txt").write_text("mine", encoding="utf-8")
    folder.check("new")  # a folder named like a table, without parts, is not ours
    write_parquet(frame("quotes", []), "quotes", tmp_path / "quotes" / "part-00000.parquet")
    with pytest.raises(UsageError, match=r"newsx tables \(quotes\)"):
        folder.check("new")
    folder.clear()
    assert [p.name for p in (tmp_path / "quotes").iterdir()] == ["notes.txt"]
    folder.check("new")
