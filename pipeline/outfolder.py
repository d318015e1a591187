"""The ``--out`` folder of a run: refuse to mix runs, keep table parts, resume, assemble.

A run writes each chunk of documents as Parquet parts into the hidden folder ``.newsx/``
inside ``--out`` (quotes, entities, numbers first, the documents part last: a chunk is done
when its documents part exists; every part is written to a temporary file and renamed).
At the end the parts are streamed, in chunk order, into the final tables (again temporary
file + rename) and ``.newsx/`` is removed. A run killed at any moment leaves ``.newsx/``
behind, and ``--resume`` redoes only the chunks without a documents part, so every document
ends up exactly once in every table, in input order.

A folder that already holds newsx tables (any table in any format) or an unfinished run is
refused unless ``overwrite`` (remove everything newsx wrote there first) or ``resume``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .errors import UsageError
from .tables import TABLES
from .writers import FORMATS, TableWriter, arrow_table, read_parquet, to_frame, write_parquet

STATE_DIR = ".newsx"
#: Part tables in write order; the documents part last marks its chunk as done.
PART_ORDER = ("quotes", "entities", "numbers", "documents")
MODES = ("new", "overwrite", "resume")
#: File name prefix of a partitioned Parquet table's parts: ``DIR/quotes/part-00000.parquet``.
DATASET_PART = "part-"


class OutputFolder:
    """The tables and the run state in one ``--out`` folder."""

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)
        self.state = self.out_dir / STATE_DIR
        self.parts = self.state / "parts"
        self.settings_file = self.state / "run.json"
        self._streams: dict[str, list[TableWriter]] = {}
        self._streamed: list[int] = []

    def tables(self) -> list[Path]:
        """newsx tables (any format, also partitioned Parquet datasets) already in the folder."""
        paths = (self.out_dir / f"{t}.{f}" for t in TABLES for f in FORMATS)
        return [p for p in paths if p.exists()] + self.datasets()

    def datasets(self) -> list[Path]:
        """Partitioned Parquet tables ``DIR/<table>/part-*.parquet`` (the Dask backend's)."""
        dirs = (self.out_dir / t for t in TABLES)
        return [d for d in dirs if d.is_dir() and any(d.glob(f"{DATASET_PART}*.parquet"))]

    def unfinished(self) -> bool:
        """Whether an interrupted run left its state here."""
        return self.settings_file.exists()

    def open(self, settings: Mapping[str, Any], mode: str = "new") -> dict[str, Any]:
        """Prepare the folder for a run; returns the settings to use (the stored ones on resume).

        Raises :class:`UsageError` when the folder holds newsx output and ``mode`` is ``new``,
        or when ``resume`` finds nothing to resume or a run with other inputs.
        """
        self.check(mode)
        if mode == "overwrite":
            self.clear()
        elif mode == "resume" and self.unfinished():
            return self._resume(settings)
        shutil.rmtree(self.state, ignore_errors=True)
        self.parts.mkdir(parents=True)
        _write_json(self.settings_file, dict(settings))
        return dict(settings)

    def check(self, mode: str = "new") -> None:
        """Raise :class:`UsageError` if a run in ``mode`` may not use this folder."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r} (use {', '.join(MODES)})")
        resumable = mode == "resume" and self.unfinished()
        if mode != "overwrite" and not resumable and (self.unfinished() or self.tables()):
            raise UsageError(self._refusal(mode))

    def _refusal(self, mode: str) -> str:
        names = ", ".join(p.name for p in self.tables()) or "no tables"
        if mode == "resume":
            return (
                f"nothing to resume in {self.out_dir}: it holds a finished run ({names}). "
                "Pass --overwrite to redo it, or choose another --out folder."
            )
        what = f"an unfinished run ({STATE_DIR}/)" if self.unfinished() else "newsx tables"
        return (
            f"{self.out_dir} already holds {what} ({names}). Pass --resume to finish an "
            "interrupted run, --overwrite to replace everything newsx wrote there, or choose "
            "another --out folder."
        )

    def _resume(self, settings: Mapping[str, Any]) -> dict[str, Any]:
        stored = json.loads(self.settings_file.read_text(encoding="utf-8"))
        differ = [k for k in settings if k != "chunk_docs" and stored.get(k) != settings[k]]
        if differ:
            raise UsageError(
                f"--resume: the unfinished run in {self.out_dir} was started with other "
                f"{', '.join(differ)} ({'; '.join(f'{k}: {stored.get(k)}' for k in differ)}). "
                "Resume with the same inputs, --glob and model, or pass --overwrite."
            )
        for tmp in self.parts.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)
        self._remove_temporary_tables()
        return stored

    def clear(self) -> None:
        """Remove everything newsx wrote here: tables in every format, temp files, state."""
        for path in self.tables():
            if path.is_dir():  # a dataset: only our parts, the folder if nothing else is left
                for part in path.glob(f"{DATASET_PART}*.parquet"):
                    part.unlink()
                if not any(path.iterdir()):
                    path.rmdir()
            else:
                path.unlink()
        self._remove_temporary_tables()
        shutil.rmtree(self.state, ignore_errors=True)

    def _remove_temporary_tables(self) -> None:
        """Remove tables a killed run was writing (``.<table>.<format>.<pid>.tmp``)."""
        for t in TABLES:
            for f in FORMATS:
                for tmp in self.out_dir.glob(f".{t}.{f}.*.tmp"):
                    tmp.unlink(missing_ok=True)

    def _part(self, table: str, chunk: int) -> Path:
        return self.parts / f"{table}-{chunk:06d}.parquet"

    def done(self) -> set[int]:
        """Numbers of the chunks whose parts are all written."""
        return {int(p.stem.split("-")[1]) for p in self.parts.glob("documents-*.parquet")}

    def write_part(self, chunk: int, rows: Mapping[str, list[Mapping[str, Any]]]) -> None:
        """Store one chunk's rows (``{table: rows}``); the documents part goes last.

        After :meth:`stream`, the chunk is also appended to the final tables."""
        tables = {t: arrow_table(t, rows.get(t, [])) for t in PART_ORDER}
        for table in PART_ORDER:
            write_parquet(tables[table], table, self._part(table, chunk))
        if self._streams:
            self._feed(chunk, tables)

    def stream(self, formats: Iterable[str]) -> None:
        """Write the final tables while the parts are written, chunk after chunk, so that
        :meth:`assemble` need not read the parts back. They stay temporary files until
        then; when the chunks did not all come in order through this object (``--resume``),
        :meth:`assemble` drops them and builds the tables from the parts."""
        self.discard_streams()
        formats = list(dict.fromkeys(formats))
        self._streams = {t: [TableWriter(self.out_dir, t, f) for f in formats] for t in TABLES}

    def _feed(self, chunk: int, tables: Mapping[str, pa.Table]) -> None:
        if self._streamed and chunk <= self._streamed[-1]:
            self.discard_streams()
            return
        self._streamed.append(chunk)
        for table, writers in self._streams.items():
            _append(writers, tables[table], table)

    def discard_streams(self) -> None:
        """Drop the tables :meth:`stream` was writing (their temporary files)."""
        for writers in self._streams.values():
            for w in writers:
                w.abort()
        self._streams, self._streamed = {}, []

    def _close_streams(self, chunks: list[int], formats: list[str]) -> list[Path] | None:
        """The streamed tables moved into place, if they hold exactly ``chunks`` in
        ``formats``; else None (and they are dropped)."""
        streams = self._streams
        complete = self._streamed == chunks and all(
            [w.fmt for w in writers] == formats for writers in streams.values()
        )
        if not streams or not complete:
            self.discard_streams()
            return None
        self._streams, self._streamed = {}, []
        return [w.close() for t in TABLES for w in streams[t]]

    def read_part(self, table: str, chunk: int) -> pd.DataFrame:
        """One stored part as a DataFrame with the table's dtypes."""
        return read_parquet(self._part(table, chunk), table)

    def assemble(self, formats: Iterable[str], dataset: bool = False) -> list[Path]:
        """Stream all parts, in chunk order, into the final tables; remove the run state.

        ``dataset``: also publish the parts as partitioned Parquet tables
        ``DIR/<table>/part-00000.parquet …`` (chunk ``n`` is ``part-n``), see :meth:`publish`.
        """
        chunks = sorted(self.done())
        formats = list(dict.fromkeys(formats))
        written = self.publish(chunks) if dataset else []
        streamed = self._close_streams(chunks, formats)
        if streamed is not None:
            shutil.rmtree(self.state)
            return written + streamed
        for table in TABLES:
            writers = [TableWriter(self.out_dir, table, f) for f in formats]
            if not writers:
                continue
            try:
                for chunk in chunks:
                    _append(writers, pq.read_table(self._part(table, chunk)), table)
            except BaseException:
                for w in writers:
                    w.abort()
                raise
            written += [w.close() for w in writers]
        shutil.rmtree(self.state)
        return written

    def publish(self, chunks: Iterable[int]) -> list[Path]:
        """Link (else copy) each chunk's parts to ``DIR/<table>/part-<chunk>.parquet``.

        The parts stay in the run state until :meth:`assemble` removes it, so a crash here
        is resumed like any other; returns the dataset folders.
        """
        chunks = list(chunks)
        for table in TABLES:
            folder = self.out_dir / table
            folder.mkdir(exist_ok=True)
            for chunk in chunks:
                target = folder / f"{DATASET_PART}{chunk:05d}.parquet"
                tmp = folder / f".{target.name}.{os.getpid()}.tmp"
                tmp.unlink(missing_ok=True)
                try:
                    os.link(self._part(table, chunk), tmp)
                except OSError:  # a file system without hard links
                    shutil.copyfile(self._part(table, chunk), tmp)
                os.replace(tmp, target)
        return [self.out_dir / t for t in TABLES]


def _append(writers: list[TableWriter], tbl: pa.Table, table: str) -> None:
    """Append one Arrow table to writers of ``table`` (the DataFrame CSV and JSONL are
    written from is built once)."""
    df = to_frame(tbl, table) if any(w.fmt != "parquet" for w in writers) else None
    for w in writers:
        w.write_arrow(tbl, df)


def _write_json(path: Path, data: Mapping[str, Any]) -> None:
    """Write JSON atomically (temporary file, then rename)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
