"""``newsx run --backend dask``: the local run's steps on a Dask cluster, the same tables.

The client lists the input files (:func:`pipeline.batch.iter_files`) and cuts the list into
partitions of equal size, in input order. Each partition is one Dask task: a worker reads
its files and builds their rows with :func:`pipeline.run.chunk_rows` on the pipeline it
loaded once (:func:`worker_pipeline`, kept per worker process). The client stores every
finished partition as one part of the ``--out`` folder (:class:`pipeline.outfolder.OutputFolder`,
exactly what a local run's chunk is), so ``--resume`` redoes only unfinished partitions, and
publishes the parts as partitioned Parquet tables ``DIR/<table>/part-00000.parquet …`` (plus
single-file CSV/JSONL for ``--format csv,jsonl``). Rows and order equal the local backend's.

Failures: a document that fails is an error row (as locally); a task that raises is retried
(``retries=``), a task whose worker dies is rescheduled by Dask; the client writes each
partition once, so every input is in the tables exactly once.

Workers need newsx (and the model, if not the shipped one) installed, and the inputs and
``--rules`` folders at the same absolute paths as the client (a shared file system); the
tables are written by the client. Dask is an optional extra: ``pip install 'newsx[dask]'``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import math
import os
import time
import uuid
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from . import resources
from .batch import DEFAULT_BATCH_SIZE, iter_files
from .errors import NewsxError, UsageError
from .model import SHIPPED_MODEL, ModelChoice, load_pipeline, resolve_model
from .outfolder import OutputFolder
from .pieces import PIECE_CHARS
from .run import Rows, RunSummary, _chunks, _count_done, _settings, chunk_rows, model_id

INSTALL_HINT = "pip install 'newsx[dask]'"
#: A partition's task is retried this often when it raises (a dead worker: Dask reschedules).
RETRIES = 2
#: Default partitions: 4 per worker (load balance, small redo on failure), at most this size.
MAX_PARTITION_DOCS = 1000
TASK_PREFIX = "newsx-partition"

Progress = Callable[[int, str], None]


def require_dask() -> None:
    """Raise :class:`UsageError` with the install command when Dask is not installed."""
    try:
        import distributed  # noqa: F401
    except ImportError as e:
        raise UsageError(
            f"--backend dask needs Dask, which is not installed: {INSTALL_HINT}"
        ) from e


@dataclass(frozen=True)
class WorkerSpec:
    """The pipeline a worker loads, resolved on the client: a model name or path (``None``:
    the model shipped with the worker's own newsx, wherever it is installed) and the
    absolute paths of the user rule folders."""

    model: str | None
    rules: tuple[str, ...] = ()

    @classmethod
    def resolve(
        cls, model: str | None = None, rules: Sequence[str | Path] | None = None
    ) -> tuple[WorkerSpec, ModelChoice]:
        """Resolve ``--model``/``NEWSX_MODEL`` and ``--rules``/``NEWSX_RULES`` here, once."""
        choice = resolve_model(model)
        name = None if choice.name == str(SHIPPED_MODEL) else choice.name
        folders = resources.rule_dirs_from_env() if rules is None else rules
        return cls(name, tuple(str(Path(r).resolve()) for r in folders)), choice


#: The pipeline of this worker process (one spec at a time) and how often one was loaded.
_PIPELINE: dict[WorkerSpec, Language] = {}
_LOADS: list[WorkerSpec] = []


def worker_pipeline(spec: WorkerSpec) -> Language:
    """The pipeline for ``spec`` in this process: loaded on first use, then kept."""
    if spec not in _PIPELINE:
        _PIPELINE.clear()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the client warns about a blank model
            nlp, _ = load_pipeline(spec.model or str(resources.model_dir()), rules=spec.rules)
        _PIPELINE[spec] = nlp
        _LOADS.append(spec)
    return _PIPELINE[spec]


def describe_worker(spec: WorkerSpec) -> dict[str, Any]:
    """Load the pipeline on this worker; ``{"model": model_id, "loads": n, "pid": …}`` or
    ``{"error": why}`` (a message, so it reaches the client whatever the exception was)."""
    from .rules import RuleFileError

    try:
        nlp = worker_pipeline(spec)
    except RuleFileError as e:
        return {"error": f"a rule file is broken: {e}"}
    except (OSError, ValueError, ImportError) as e:
        name = spec.model or "the shipped model"
        return {"error": f"cannot load the model {name!r} on a Dask worker: {e}"}
    return {"model": model_id(nlp), "loads": len(_LOADS), "pid": os.getpid()}


def partition_rows(
    spec: WorkerSpec, files: Sequence[tuple[str, str]], batch_size: int, piece_chars: int
) -> tuple[Rows, int]:
    """The task of one partition: ``({table: rows}, words)`` of ``(path, doc_id)`` files,
    built by :func:`pipeline.run.chunk_rows` with this worker's pipeline."""
    words = 0

    def count(_item: Any, _rows: Rows, n: int) -> None:
        nonlocal words
        words += n

    nlp = worker_pipeline(spec)
    paths = [(Path(path), doc_id) for path, doc_id in files]
    return chunk_rows(nlp, paths, 1, batch_size, piece_chars, on_document=count), words


def partition_size(n_files: int, partitions: int | None, n_workers: int) -> int:
    """Documents per partition for ``--partitions`` (``None``: 4 per worker, at most
    :data:`MAX_PARTITION_DOCS` documents each).

    >>> partition_size(1028, None, 2), partition_size(1028, 3, 2), partition_size(0, 5, 2)
    (129, 343, 1)
    """
    if partitions is None:
        partitions = max(4 * n_workers, math.ceil(n_files / MAX_PARTITION_DOCS))
    return max(1, math.ceil(n_files / partitions))


@contextlib.contextmanager
def connect(
    scheduler: str | None = None, on_cluster: Callable[[str], None] | None = None
) -> Iterator[Any]:
    """A ``distributed.Client`` of the cluster at ``scheduler``; without an address, of a
    new ``LocalCluster`` (one single-threaded worker process per core), whose dashboard
    link goes to ``on_cluster``. The local cluster is closed on exit."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with (
        LocalCluster(n_workers=cores or 1, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        if on_cluster is not None:  # Dask serves the dashboard only with bokeh installed
            has_bokeh = importlib.util.find_spec("bokeh") is not None
            on_cluster(cluster.dashboard_link if has_bokeh else "none (pip install bokeh)")
        yield client


def load_on_workers(client: Any, spec: WorkerSpec) -> str:
    """Load the pipeline on every worker now (once each); return its :func:`model_id`.

    Raises :class:`UsageError` when a worker cannot load it (model, rule file).
    """
    workers = list(client.nthreads()) or [None]
    futures = [  # one per worker; elsewhere if that worker is gone (the cache loads once)
        client.submit(
            describe_worker, spec, workers=[w] if w else None, allow_other_workers=True,
            pure=False, key=f"newsx-load-{uuid.uuid4().hex[:8]}",
        )
        for w in workers
    ]  # fmt: skip
    answers = client.gather(futures)
    for answer in answers:
        if "error" in answer:
            raise UsageError(answer["error"])
    return answers[0]["model"]


def run_dask(
    client: Any,
    spec: WorkerSpec,
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    glob: str = "**/*.txt",
    formats: Iterable[str] = ("parquet",),
    partitions: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    mode: str = "new",
    piece_chars: int = PIECE_CHARS,
    on_progress: Progress | None = None,
) -> RunSummary:
    """Process every input on the cluster of ``client``; write the tables into ``out_dir``.

    Always writes the partitioned Parquet tables ``out_dir/<table>/part-*.parquet``;
    ``csv``/``jsonl`` in ``formats`` add the single-file tables of the local backend.
    ``mode`` as in :func:`pipeline.run.run`; ``on_progress(documents, label)`` is called as
    partitions finish. Returns the counts (``seconds``: after the workers loaded the model).
    """
    inputs, formats = list(inputs), list(formats)
    folder = OutputFolder(out_dir)
    folder.check(mode)
    model = load_on_workers(client, spec)
    started = time.perf_counter()
    n_files = sum(1 for _ in iter_files(inputs, glob))
    size = partition_size(n_files, partitions, max(1, len(client.nthreads())))
    settings = {**_settings(model, inputs, glob, batch_size, piece_chars), "chunk_docs": size}
    settings = folder.open(settings, mode)
    summary = RunSummary()
    report = on_progress or (lambda n, label: None)
    todo = _unfinished(folder, inputs, glob, settings["chunk_docs"], summary, report)
    tasks = _Tasks(client, spec, batch_size, settings["piece_chars"])
    for n, files, part, words in tasks.results(todo):
        for row, (path, _) in zip(part["documents"], files, strict=True):
            row["path"] = str(path)  # the worker read the absolute path; keep it as given
        folder.write_part(n, part)
        summary.add(part["documents"], words)
        report(len(files), f"partition {n}")
    if n_files == 0:
        folder.write_part(0, {})  # empty tables that keep the schema
    summary.outputs = folder.assemble([f for f in formats if f != "parquet"], dataset=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _unfinished(
    folder: OutputFolder,
    inputs: list,
    glob: str,
    size: int,
    summary: RunSummary,
    report: Progress,
) -> Iterator[tuple[int, list[tuple[Path, str]]]]:
    """``(n, files)`` of the partitions still to do; finished ones (``--resume``) are
    checked and counted, as the local backend does with its chunks."""
    done = folder.done()
    for n, files in enumerate(_chunks(iter_files(inputs, glob), size)):
        if n in done:
            _count_done(folder, n, files, summary, lambda item: report(1, item.doc_id))
        else:
            yield n, files


class _Tasks:
    """Partitions submitted as Dask tasks, a few per worker at a time (the file lists of a
    huge archive never sit in the scheduler at once), results in completion order."""

    def __init__(self, client: Any, spec: WorkerSpec, batch_size: int, piece_chars: int):
        self.client, self.spec = client, spec
        self.args = (batch_size, piece_chars)
        self.run_id = uuid.uuid4().hex[:8]
        self.window = 2 * max(1, len(client.nthreads()))

    def _submit(self, n: int, files: list[tuple[Path, str]]) -> Any:
        absolute = [(str(Path(p).absolute()), doc_id) for p, doc_id in files]
        key = f"{TASK_PREFIX}-{n:05d}-{self.run_id}"
        return self.client.submit(
            partition_rows, self.spec, absolute, *self.args, key=key, retries=RETRIES
        )

    def results(
        self, todo: Iterator[tuple[int, list[tuple[Path, str]]]]
    ) -> Iterator[tuple[int, list[tuple[Path, str]], Rows, int]]:
        """``(n, files, rows, words)`` for every partition of ``todo`` as it finishes.

        Raises :class:`NewsxError` when a partition fails after its retries; the finished
        partitions are kept in the ``--out`` folder for ``--resume``.
        """
        from distributed import as_completed

        running: dict[str, tuple[int, list, Any]] = {}
        pending = as_completed()

        def submit(n: int, files: list) -> None:
            fut = self._submit(n, files)
            running[fut.key] = (n, files, fut)
            pending.add(fut)

        for n, files in todo:
            submit(n, files)
            if len(running) >= self.window:
                break
        for fut in pending:
            n, files, _ = running.pop(fut.key)
            try:
                part, words = fut.result()
            except Exception as e:
                pending.clear()
                self.client.cancel([f for _, _, f in running.values()])
                raise NewsxError(
                    f"partition {n} failed on the Dask cluster after {RETRIES} retries: "
                    f"{type(e).__name__}: {e}. Finished partitions are kept: run again with "
                    "--resume."
                ) from e
            fut.release()
            nxt = next(todo, None)
            if nxt is not None:
                submit(*nxt)
            yield n, files, part, words
