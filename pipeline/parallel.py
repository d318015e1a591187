"""``newsx run --n-process N``: N worker processes each run the whole pipeline and build the
rows of their documents; only rows come back to the parent.

spaCy's own ``nlp.pipe(n_process=N)`` sends every Doc back to the parent (serialised with
all its span attributes), and the parent then builds every row alone: with 2 processes
that was slower than with 1. Here the parent lists the files, hands out tasks (the files
of a chunk cut into batches of ``batch_size``), puts the rows back in input order,
calls ``on_document`` and writes the table parts, exactly as a one-process run does. A
worker runs :func:`pipeline.run.rows_by_language` on its task with one process, so rows,
error rows and their order equal a one-process run's (spaCy's results do not depend on
which documents share a batch).

Workers are forked: they inherit the loaded pipeline, nothing is pickled or loaded again.
Where fork is unavailable or unsafe (Windows, macOS), :func:`available` is False and
:func:`pipeline.run.run` uses spaCy's ``n_process`` instead. A worker exits by itself when
the parent is gone (a killed run leaves no process holding the model in memory); a worker
that dies (killed, out of memory) fails the run with a :class:`NewsxError`: its tasks are
lost, the live workers first finish the tasks they hold, and every chunk complete by then
is written and kept for ``--resume``. Each worker has a pipe of its own: with one queue
shared by all, a worker killed while it held the queue's lock (or had written half a
message) could hang the others and the parent.
"""

from __future__ import annotations

import multiprocessing as mp
import multiprocessing.connection as mp_connection
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Self

from .batch import InputItem, read_item
from .errors import NewsxError
from .language import Pipelines
from .tables import TABLES

Files = list[tuple[Path, str]]
Rows = dict[str, list[dict[str, Any]]]
#: ``(item without its text, rows, words)`` of one document, as a worker sends it back.
DocResult = tuple[InputItem, Rows, int]
#: Tasks handed out per worker at a time (the next one waits while the parent writes).
DEPTH = 2
#: Tasks held per worker at most (out, or done and waiting for an earlier task).
BUFFER = 8
#: Seconds between a worker's checks that its parent is alive, and the parent's on workers.
POLL_SECONDS = 1.0


def available() -> bool:
    """Whether worker processes can be forked here (Linux and other POSIX, not macOS)."""
    return "fork" in mp.get_all_start_methods() and sys.platform != "darwin"


@dataclass
class _Task:
    """One batch of files of chunk ``chunk``; ``last``: the chunk's final batch."""

    chunk: int
    files: Files
    last: bool


def tasks(todo: Iterable[tuple[int, Files]], batch_size: int) -> Iterator[_Task]:
    """The chunks of ``todo`` cut into tasks of ``batch_size`` files, in input order.

    >>> [(t.chunk, len(t.files), t.last) for t in tasks([(0, [("a", "a")] * 5)], 2)]
    [(0, 2, False), (0, 2, False), (0, 1, True)]
    """
    for n, files in todo:
        for start in range(0, len(files), batch_size):
            yield _Task(n, files[start : start + batch_size], start + batch_size >= len(files))


# ------------------------------------------------------------------ worker side
def _watch_parent(parent: int) -> None:
    """Exit this worker as soon as its parent process is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _task_rows(nlp: Any, files: Files, batch_size: int, piece_chars: int) -> list[DocResult]:
    from .run import rows_by_language  # run imports this module

    items = [read_item(path, doc_id) for path, doc_id in files]
    out = rows_by_language(nlp, items, 1, batch_size, piece_chars)
    return [(replace(item, content=""), rows, words) for item, rows, words in out]


def _serve(
    nlp: Any, batch_size: int, piece_chars: int, conn: Any, others: list[Any], parent: int
) -> None:
    """A worker's loop: ``(index, files)`` from its pipe ``conn``, ``(index, outcome)`` back
    on it; ``None`` or a closed pipe ends it. ``others``: the parent's ends of the workers
    forked before, inherited and closed here. Ctrl-C is the parent's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for other in others:
        other.close()
    _watch_parent(parent)
    while (message := _recv(conn)) is not None:
        index, files = message
        try:
            outcome: Any = ("rows", _task_rows(nlp, files, batch_size, piece_chars))
        except Exception:  # noqa: BLE001 -- reported by the parent, which stops the run
            outcome = ("failed", traceback.format_exc(limit=8))
        if isinstance(nlp, Pipelines):
            outcome = (*outcome, dict(nlp.choices), dict(nlp.failed))
        conn.send((index, outcome))


def _recv(conn: Any) -> Any:
    """The next message on ``conn``; ``None`` when the other end is gone."""
    try:
        return conn.recv()
    except (EOFError, OSError):
        return None


# ------------------------------------------------------------------ parent side
@dataclass(eq=False)
class _Worker:
    """A worker process, the parent's end of its pipe and the task indices it holds."""

    proc: Any
    conn: Any
    out: list[int] = field(default_factory=list)


@dataclass
class Workers:
    """``n`` forked workers building rows with ``nlp``; use as a context manager.

    Each worker has a pipe of its own (tasks in, rows out), so a worker that dies loses
    only the tasks it held: no lock or half-written message of a shared queue can stop the
    others, which finish their tasks before the run fails."""

    nlp: Any
    n: int
    batch_size: int
    piece_chars: int
    workers: list[_Worker] = field(default_factory=list)

    def __enter__(self) -> Self:
        ctx = mp.get_context("fork")
        for _ in range(self.n):
            mine, theirs = ctx.Pipe()
            others = [w.conn for w in self.workers]
            args = (self.nlp, self.batch_size, self.piece_chars, theirs, others, os.getpid())
            proc = ctx.Process(target=_serve, args=args, daemon=True)
            proc.start()
            theirs.close()
            self.workers.append(_Worker(proc, mine))
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        """Stop the workers: after their last task on success, at once on an error."""
        if exc_type is None:
            self._stop()
            for w in self.workers:
                w.proc.join(timeout=60)
        for w in self.workers:
            if w.proc.is_alive():
                w.proc.terminate()
            w.proc.join()
            w.conn.close()

    def _stop(self) -> None:
        """Tell every live worker to end after its tasks."""
        for w in self.workers:
            if w.proc.is_alive():
                try:
                    w.conn.send(None)
                except OSError:  # gone meanwhile
                    pass

    def parts(
        self,
        todo: Iterable[tuple[int, Files]],
        on_document: Callable[[InputItem, Rows, int], None] | None = None,
    ) -> Iterator[tuple[int, Rows]]:
        """``(chunk, {table: rows})`` for every chunk of ``todo``, in input order;
        ``on_document(item, rows, words)`` for every document in input order."""
        part: Rows = {t: [] for t in TABLES}
        for task, results in self._results(tasks(todo, self.batch_size)):
            for item, rows, words in results:
                for t in TABLES:
                    part[t].extend(rows[t])
                if on_document is not None:
                    on_document(item, rows, words)
            if task.last:
                yield task.chunk, part
                part = {t: [] for t in TABLES}

    def _results(self, stream: Iterator[_Task]) -> Iterator[tuple[_Task, list[DocResult]]]:
        """``(task, results)`` in task order. At most :data:`DEPTH` tasks per worker are
        out at a time, and at most :data:`BUFFER` per worker are held (out, or finished
        and waiting for an earlier one), so memory stays flat behind a slow document."""
        sent: dict[int, _Task] = {}  # indices due, due + 1, ... not yielded yet
        ready: dict[int, list[DocResult]] = {}
        due = 0
        while True:
            task = next(stream, None)
            if task is not None:
                sent[due + len(sent)] = task
                self._send(due + len(sent) - 1, task.files)
            while sent and (
                task is None
                or sum(len(w.out) for w in self.workers) >= DEPTH * self.n
                or len(sent) >= BUFFER * self.n
            ):
                died = None
                try:
                    ready.update([self._receive()])
                except _WorkerDied as error:  # the live workers' queued tasks still count
                    ready.update(self._drain())
                    died = error
                while due in ready:
                    yield sent.pop(due), ready.pop(due)
                    due += 1
                if died is not None:
                    raise died
            if task is None:
                return

    def _send(self, index: int, files: Files) -> None:
        """Task ``index`` to the live worker holding the fewest tasks (fewer than
        :data:`DEPTH`, as :meth:`_results` receives before the workers are full)."""
        w = min(self.workers, key=lambda w: len(w.out))
        w.out.append(index)
        try:
            w.conn.send((index, files))
        except OSError:  # the worker is gone: :meth:`_receive` reads its end and says so
            pass

    def _receive(self) -> tuple[int, list[DocResult]]:
        """The next finished task's ``(index, results)``; a failed worker raises
        :class:`NewsxError`, a dead one :class:`_WorkerDied`."""
        while True:
            busy = [w for w in self.workers if w.out]
            if not busy:
                raise NewsxError("internal error: a task was awaited that no worker holds")
            for conn in mp_connection.wait([w.conn for w in busy], timeout=POLL_SECONDS):
                w = next(w for w in busy if w.conn is conn)
                message = _recv(conn)
                if message is None:
                    w.out.clear()  # its tasks are lost
                    w.proc.join(timeout=POLL_SECONDS)
                    raise _WorkerDied(w.proc.exitcode)
                w.out.remove(message[0])
                return self._unpack(message)

    def _drain(self) -> Iterator[tuple[int, list[DocResult]]]:
        """After a worker died: what the live workers finish of the tasks they hold, then
        they stop. Another worker dying, or a task failing, loses only its own task."""
        while any(w.out for w in self.workers):
            try:
                yield self._receive()
            except NewsxError:
                continue
        self._stop()

    def _unpack(self, message: tuple[int, Any]) -> tuple[int, list[DocResult]]:
        """``(index, results)`` of a worker's message; merges a router's model choices."""
        index, outcome = message
        if isinstance(self.nlp, Pipelines):
            kind, value, choices, failed = outcome
            for lang, choice in choices.items():
                self.nlp.choices.setdefault(lang, choice)
            for lang, why in failed.items():
                self.nlp.failed.setdefault(lang, why)
        else:
            kind, value = outcome
        if kind == "failed":
            raise NewsxError(f"a worker process failed:\n{value}")
        return index, value


class _WorkerDied(NewsxError):
    """A worker process is gone (killed, out of memory) with its task."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(
            f"a worker process died (exit code {exitcode}). The chunks written so far "
            "are kept: run again with --resume."
        )
