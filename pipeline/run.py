"""The batch job behind ``newsx run``: read → nlp.pipe → rows → table parts → tables.

Memory stays flat: files are listed lazily and read one chunk of documents at a time;
Docs become rows as they come out of ``nlp.pipe`` (inside ``nlp.memory_zone()``), each
chunk's rows are stored as Parquet parts in ``--out`` and the final tables are streamed
from those parts (:mod:`pipeline.outfolder`), which is also what makes ``--resume`` work.

The step a scale-out backend reuses is :func:`chunk_rows`: a list of ``(path, doc_id)``
in, one ``{table: rows}`` part out, identical whichever process runs it.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import parallel
from .batch import DEFAULT_BATCH_SIZE, InputItem, iter_files, read_item
from .errors import UsageError
from .language import Pipelines
from .outfolder import OutputFolder
from .pieces import PIECE_CHARS, merge_rows, piece_limit, piece_rows, split_text
from .tables import TABLES, doc_rows

Rows = dict[str, list[dict[str, Any]]]
_LOST = "processing failed in the spaCy pipeline"


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

    def add(self, documents: Iterable[dict[str, Any]], words: int = 0) -> None:
        """Count documents-table rows (and the words their texts had)."""
        for row in documents:
            self.documents += 1
            if row["status"] == "error":
                self.errors += 1
                self.failed.append((row["doc_id"], row["error"]))
                continue
            self.quotes += int(row["n_quotes"])
            self.entities += int(row["n_entities"])
            self.numbers += int(row["n_numbers"])
        self.words += words


def _set_error_handler(nlp: Language, handler: Callable) -> None:
    """Install ``handler`` on every component that supports it (spaCy's Cython parser and
    NER do not: ``nlp.set_error_handler`` raises AttributeError for them)."""
    for _, proc in nlp.pipeline:
        try:
            proc.set_error_handler(handler)
        except AttributeError:
            pass


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _words(doc: Doc) -> int:
    return sum(1 for t in doc if not (t.is_punct or t.is_space))


def _outcome(item: InputItem, start: int, doc: Doc) -> tuple[Rows | str, int]:
    """Rows of one piece and its word count, or why building rows failed."""
    try:
        return piece_rows(item, start, doc), _words(doc)
    except Exception as e:  # noqa: BLE001 -- a row bug must not stop the batch
        return f"building rows failed: {type(e).__name__}: {e}", 0


def _pipe_pieces(
    nlp: Language,
    items: Sequence[InputItem],
    plans: dict[int, list[int]],
    n_process: int,
    batch_size: int,
) -> Iterator[tuple[tuple[int, int], Rows | str, int]]:
    """``((item, piece start), rows or error, words)`` for every piece, in order.

    A piece a component fails on is dropped by spaCy's error handler where the component
    supports one (it yields nothing for it); else the rest is redone one piece at a time so
    only the failing piece's document is lost.
    """
    errors: dict[tuple[int, int], str] = {}

    def on_error(name: str, proc: Any, docs: list[Doc], e: Exception) -> None:
        for d in docs:
            if getattr(d, "_context", None) is not None:
                errors[d._context] = f"component {name!r} failed: {type(e).__name__}: {e}"

    def tasks(skip: set) -> Iterator[tuple[str, tuple[int, int]]]:
        for i, starts in plans.items():
            ends = [*starts[1:], None]
            for start, end in zip(starts, ends, strict=True):
                if (i, start) not in skip:
                    yield items[i].text[start:end], (i, start)

    _set_error_handler(nlp, on_error)
    done: set[tuple[int, int]] = set()
    try:
        pipe = nlp.pipe(tasks(done), as_tuples=True, n_process=n_process, batch_size=batch_size)
        for doc, key in pipe:
            for failed in sorted(errors):  # dropped by an error handler before this doc
                yield failed, errors.pop(failed), 0
            done.add(key)
            yield key, *_outcome(items[key[0]], key[1], doc)
    except Exception:  # noqa: BLE001 -- a component without error-handler support failed
        for text, key in list(tasks(done)):
            try:
                doc = nlp(text)
            except Exception as e:  # noqa: BLE001 -- one bad document, not the batch
                yield key, f"spaCy pipeline failed: {type(e).__name__}: {e}", 0
                continue
            yield key, *_outcome(items[key[0]], key[1], doc)
    for key, message in sorted(errors.items()):
        yield key, message, 0


def iter_document_rows(
    nlp: Language,
    items: Sequence[InputItem],
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    piece_chars: int = PIECE_CHARS,
) -> Iterator[tuple[InputItem, Rows, int]]:
    """``(item, rows, words)`` for every item, in input order; failed items get error rows.

    Texts longer than the piece limit (see :mod:`pipeline.pieces`) run as several pieces
    and come back as one document. Docs only live while their rows are built, so this can
    run inside ``nlp.memory_zone()``.
    """
    limit = piece_limit(nlp.max_length, piece_chars)
    plans = {
        i: [start for start, _ in split_text(item.text, limit)]
        for i, item in enumerate(items)
        if item.error is None
    }
    results: dict[tuple[int, int], tuple[Rows | str, int]] = {}
    stream = _pipe_pieces(nlp, items, plans, n_process, batch_size)
    for i, item in enumerate(items):
        keys = [(i, start) for start in plans.get(i, [])]
        while any(k not in results for k in keys):
            key, result, words = next(stream, (None, _LOST, 0))
            if key is None:
                break
            results[key] = (result, words)
        outcomes = [results.pop(k, (_LOST, 0)) for k in keys]
        failed = next((r for r, _ in outcomes if isinstance(r, str)), None)
        if failed is not None:
            item.error = failed
        if item.error is not None:
            yield item, doc_rows(item, None), 0
        else:
            yield item, merge_rows([r for r, _ in outcomes]), sum(w for _, w in outcomes)


def chunk_rows(
    nlp: Language,
    files: Sequence[tuple[Path, str]],
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    piece_chars: int = PIECE_CHARS,
    on_document: Callable[[InputItem, Rows, int], None] | None = None,
) -> Rows:
    """Read ``(path, doc_id)`` files and return their rows as one part: ``{table: rows}``.

    Rows come in input order; the part is the same for any ``n_process``. Runs inside
    ``nlp.memory_zone()``, so the vocab does not grow from chunk to chunk.
    """
    items = [read_item(path, doc_id) for path, doc_id in files]
    part: Rows = {t: [] for t in TABLES}
    for item, rows, words in rows_by_language(nlp, items, n_process, batch_size, piece_chars):
        for t in TABLES:
            part[t].extend(rows[t])
        if on_document is not None:
            on_document(item, rows, words)
    return part


def rows_by_language(
    nlp: Language | Pipelines,
    items: Sequence[InputItem],
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    piece_chars: int = PIECE_CHARS,
) -> Iterator[tuple[InputItem, Rows, int]]:
    """:func:`iter_document_rows` with one pipeline, or with the pipeline of each text's
    language (:class:`pipeline.language.Pipelines`), in input order; each language's part
    runs inside its pipeline's ``memory_zone()``."""
    if not isinstance(nlp, Pipelines):
        with nlp.memory_zone():
            yield from iter_document_rows(nlp, items, n_process, batch_size, piece_chars)
        return
    done: dict[int, tuple[Rows, int]] = {}
    for lang, group in nlp.group(items).items():
        pipe = nlp.loaded[lang]
        with pipe.memory_zone():
            for item, rows, words in iter_document_rows(
                pipe, group, n_process, batch_size, piece_chars
            ):
                done[id(item)] = (rows, words)
    for item in items:
        rows, words = done.get(id(item)) or (doc_rows(item, None), 0)
        yield item, rows, words


def model_id(nlp: Language | Pipelines) -> str:
    """What identifies the pipeline in a run's settings (name, version, components; for a
    run over several languages: ``--lang`` and the models asked for)."""
    if isinstance(nlp, Pipelines):
        return f"lang {nlp.lang}, models {sorted(nlp.models.items())}"
    meta = nlp.meta
    return f"{nlp.lang}_{meta.get('name')} {meta.get('version')}: {','.join(nlp.pipe_names)}"


def run(
    nlp: Language | Pipelines,
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    glob: str = "**/*.txt",
    formats: Iterable[str] = ("csv",),
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    mode: str = "new",
    piece_chars: int = PIECE_CHARS,
    on_document: Callable[[InputItem], None] | None = None,
) -> RunSummary:
    """Process every input and write the four tables into ``out_dir``; returns the counts.

    ``mode``: ``new`` refuses a folder holding newsx output, ``overwrite`` replaces it,
    ``resume`` finishes an interrupted run there (see :mod:`pipeline.outfolder`).
    """
    inputs, formats = list(inputs), list(formats)
    summary = RunSummary()
    started = time.perf_counter()
    folder = OutputFolder(out_dir)
    settings = folder.open(_settings(model_id(nlp), inputs, glob, batch_size, piece_chars), mode)

    def counted(item: InputItem, rows: Rows, words: int) -> None:
        summary.add(rows["documents"], words)
        if on_document is not None:
            on_document(item)

    files = iter_files(inputs, glob)
    todo = _unfinished(folder, files, settings["chunk_docs"], summary, on_document)
    folder.stream(formats)
    try:
        with frozen_gc(), _row_maker(nlp, n_process, batch_size, settings["piece_chars"]) as parts:
            for n, part in parts(todo, counted):
                folder.write_part(n, part)
    except BaseException:
        folder.discard_streams()
        raise
    summary.outputs = folder.assemble(formats)
    summary.seconds = time.perf_counter() - started
    return summary


def _unfinished(
    folder: OutputFolder,
    files: Iterable[tuple[Path, str]],
    chunk_docs: int,
    summary: RunSummary,
    on_document: Callable[[InputItem], None] | None,
) -> Iterator[tuple[int, list[tuple[Path, str]]]]:
    """``(n, files)`` of the chunks still to do; the chunks an interrupted run finished
    (``--resume``) are checked and counted instead."""
    done = folder.done()
    for n, chunk in enumerate(_chunks(files, chunk_docs)):
        if n in done:
            _count_done(folder, n, chunk, summary, on_document)
        else:
            yield n, chunk


@contextlib.contextmanager
def frozen_gc() -> Iterator[None]:
    """Keep Python's cyclic garbage collector off what exists before the run: the loaded
    pipelines (about 140,000 objects with ``models/de_newsx`` and our rule tables).

    ``gc.freeze()`` at the start moves every object alive then into the permanent
    generation, which collections do not walk: a full collection no longer walks the model
    and the rule tables (0.09 CPU s each time with ``models/de_newsx``), and forked workers
    (``--n-process``, :mod:`pipeline.parallel`, forked inside this block) do not write to
    the header of every inherited object when they collect, so they keep sharing those
    memory pages with the parent (what the ``gc.freeze`` documentation recommends before a
    fork). ``gc.unfreeze()`` at the end gives the objects back to the collector, so a
    library user's process is as before the run. When something is frozen already (the
    caller manages the collector itself) this does nothing.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


PartMaker = Callable[
    [Iterable[tuple[int, list[tuple[Path, str]]]], Callable[[InputItem, Rows, int], None]],
    Iterator[tuple[int, Rows]],
]


@contextlib.contextmanager
def _row_maker(
    nlp: Language | Pipelines, n_process: int, batch_size: int, piece_chars: int
) -> Iterator[PartMaker]:
    """``parts(todo, on_document)``: ``(n, {table: rows})`` of every chunk, in order.

    With ``n_process > 1``, forked workers build the rows (:mod:`pipeline.parallel`), else
    this process does (with spaCy's ``n_process`` where fork is not available).
    """
    if n_process > 1 and parallel.available():
        with parallel.Workers(nlp, n_process, batch_size, piece_chars) as workers:
            yield workers.parts
        return

    def parts(todo, on_document):
        for n, files in todo:
            yield n, chunk_rows(nlp, files, n_process, batch_size, piece_chars, on_document)

    yield parts


def _settings(
    model: str, inputs: list, glob: str, batch_size: int, piece_chars: int
) -> dict[str, Any]:
    """A run's settings: a resumed run must have the same (``chunk_docs`` is kept).

    ``model`` is :func:`model_id` of the pipeline (the Dask backend asks a worker for it).
    """
    return {
        "inputs": [str(Path(i).resolve()) for i in inputs],
        "glob": glob,
        "model": model,
        "piece_chars": piece_chars,
        "chunk_docs": batch_size * 8,
    }


def _count_done(
    folder: OutputFolder,
    n: int,
    files: list[tuple[Path, str]],
    summary: RunSummary,
    on_document: Callable[[InputItem], None] | None,
) -> None:
    """Count a chunk an interrupted run finished, after checking it holds these files."""
    docs = folder.read_part("documents", n)
    if docs["doc_id"].tolist() != [doc_id for _, doc_id in files]:
        raise UsageError(
            f"--resume: the input files changed since the interrupted run in "
            f"{folder.out_dir} (chunk {n} held other files). Pass --overwrite to start over."
        )
    summary.add(docs.astype(object).where(docs.notna(), None).to_dict("records"))
    if on_document is not None:
        for path, doc_id in files:
            on_document(InputItem(doc_id=doc_id, path=str(path)))


def count_inputs(inputs: Iterable[str | Path], glob: str = "**/*.txt") -> int:
    """Number of files :func:`run` will read (for a progress bar)."""
    return sum(1 for _ in iter_files(inputs, glob))
