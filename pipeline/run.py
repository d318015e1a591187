"""The batch job behind ``newsx run``: read → nlp.pipe → rows → streamed writers.

Memory stays flat: inputs are read lazily, Docs are turned into rows as they come out of
``nlp.pipe`` and rows are flushed to the writers every ``batch_size`` documents.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .batch import InputItem, iter_files, read_inputs
from .language import Pipelines
from .tables import TABLES, doc_rows
from .writers import OutputSet


@dataclass
class RunSummary:
    """Counts of one run (printed by the CLI)."""

    documents: int = 0
    errors: int = 0
    quotes: int = 0
    entities: int = 0
    numbers: int = 0
    words: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def add(self, rows: dict[str, list[dict[str, Any]]], doc: Doc | None) -> None:
        doc_row = rows["documents"][0]
        self.documents += 1
        if doc_row["status"] == "error":
            self.errors += 1
            self.failed.append((doc_row["doc_id"], doc_row["error"]))
        self.quotes += len(rows["quotes"])
        self.entities += len(rows["entities"])
        self.numbers += len(rows["numbers"])
        if doc is not None and doc_row["status"] == "ok":
            self.words += sum(1 for t in doc if not (t.is_punct or t.is_space))


def _set_error_handler(nlp: Language, handler: Callable) -> None:
    """Install ``handler`` on every component that supports it (spaCy's Cython parser and
    NER do not: ``nlp.set_error_handler`` raises AttributeError for them)."""
    for _, proc in nlp.pipeline:
        try:
            proc.set_error_handler(handler)
        except AttributeError:
            pass


def _chunks(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    chunk: list[InputItem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process(
    nlp: Language,
    items: Iterable[InputItem],
    n_process: int = 1,
    batch_size: int = 16,
    chunk_size: int | None = None,
    free_memory: bool = False,
) -> Iterator[tuple[InputItem, Doc | None]]:
    """Run ``nlp`` over items in input order; failed inputs come back with ``doc=None``.

    Undecodable inputs never reach the model. Items go through ``nlp.pipe`` in chunks (so
    memory stays flat); a document a component fails on becomes an error item: dropped by
    spaCy's error handler where the component supports one, else the chunk is redone one
    document at a time so only the failing document is lost.

    ``free_memory``: each chunk runs inside ``nlp.memory_zone()``, so the strings and
    lexemes spaCy adds to the shared vocab for new words are freed after the chunk and memory
    stays flat on large corpora. A Doc is then only valid until the generator moves on to the
    next chunk: use it (build rows) before asking for the next one, never keep it.
    """
    errors: dict[int, str] = {}

    def on_error(name: str, proc: Any, docs: list[Doc], e: Exception) -> None:
        for d in docs:
            ctx = getattr(d, "_context", None)
            if ctx is not None:
                errors[ctx[0]] = f"component {name!r} failed: {type(e).__name__}: {e}"

    _set_error_handler(nlp, on_error)
    size = chunk_size or batch_size * max(1, n_process) * 8
    seq = 0
    for chunk in _chunks(items, size):
        with nlp.memory_zone() if free_memory else contextlib.nullcontext():
            yield from _process_chunk(nlp, chunk, seq, errors, n_process, batch_size)
        seq += len(chunk)


def _process_chunk(
    nlp: Language,
    chunk: list[InputItem],
    seq: int,
    errors: dict[int, str],
    n_process: int,
    batch_size: int,
) -> Iterator[tuple[InputItem, Doc | None]]:
    """One chunk of :func:`process`: ``nlp.pipe`` with a per-document fallback."""
    numbered = list(enumerate(chunk, seq))
    todo = [(item.text, (i, item)) for i, item in numbered if item.error is None]
    done: dict[int, Doc] = {}
    try:
        for doc, (i, _) in nlp.pipe(
            todo, as_tuples=True, n_process=n_process, batch_size=batch_size
        ):
            done[i] = doc
    except Exception:  # noqa: BLE001 -- a component without error-handler support failed
        done = {}
        for text, (i, item) in todo:
            try:
                done[i] = nlp(text)
            except Exception as e:  # noqa: BLE001 -- one bad document, not the batch
                errors[i] = f"spaCy pipeline failed: {type(e).__name__}: {e}"
    for i, item in numbered:
        if item.error is None and i not in done:
            item.error = errors.pop(i, "processing failed in the spaCy pipeline")
        yield item, done.get(i)


def run(
    nlp: Language | Pipelines,
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    glob: str = "**/*.txt",
    formats: Iterable[str] = ("csv",),
    n_process: int = 1,
    batch_size: int = 16,
    on_document: Callable[[InputItem], None] | None = None,
) -> RunSummary:
    """Process every input and write the four tables into ``out_dir``; returns the counts."""
    summary = RunSummary()
    started = time.perf_counter()
    buffer: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    with OutputSet(out_dir, formats) as out:
        # one pipeline, or one per language (pipeline.language.Pipelines routes each text)
        route = nlp.process if isinstance(nlp, Pipelines) else functools.partial(process, nlp)
        stream = route(
            read_inputs(inputs, glob),
            n_process=n_process,
            batch_size=batch_size,
            free_memory=True,
        )
        for n, (item, doc) in enumerate(stream, 1):
            try:
                rows = doc_rows(item, doc)
            except Exception as e:  # noqa: BLE001 -- a row bug must not stop the batch
                item.error = f"building rows failed: {type(e).__name__}: {e}"
                doc = None
                rows = doc_rows(item, None)
            summary.add(rows, doc)
            for t in TABLES:
                buffer[t].extend(rows[t])
            if n % batch_size == 0:
                out.write(buffer)
                buffer = {t: [] for t in TABLES}
            if on_document is not None:
                on_document(item)
        out.write(buffer)
        summary.seconds = time.perf_counter() - started
    summary.outputs = [w.path for w in out.writers]
    return summary


def count_inputs(inputs: Iterable[str | Path], glob: str = "**/*.txt") -> int:
    """Number of files :func:`run` will read (for a progress bar)."""
    return sum(1 for _ in iter_files(inputs, glob))
