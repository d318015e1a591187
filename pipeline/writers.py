"""Streamed, atomic table writers for CSV, Parquet and JSONL.

Each writer appends batches of rows to a temporary file in the output folder and renames it
into place on :meth:`TableWriter.close`; a crashed run leaves no half-written table behind.
Column order and dtypes come from :mod:`pipeline.tables`, so every format agrees.
"""

from __future__ import annotations

import csv
import functools
import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Self

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .tables import TABLES, dtypes, frame

FORMATS = ("csv", "parquet", "jsonl")
_ARROW = {"string": pa.string(), "Int64": pa.int64(), "Float64": pa.float64()}


@functools.cache
def arrow_schema(table: str) -> pa.Schema:
    """The pyarrow schema of ``table`` derived from its pandas dtypes.

    It carries pandas' own metadata, so ``pd.read_parquet`` restores ``Int64``, ``string``
    and ``Float64`` columns (without it, an integer column with gaps comes back float64).
    Built once per table (it takes a pandas round trip) and shared: schemas are immutable.
    """
    pandas_meta = pa.Schema.from_pandas(frame(table, []), preserve_index=False).metadata
    return pa.schema([(c, _ARROW[t]) for c, t in dtypes(table).items()], metadata=pandas_meta)


@functools.cache
def _rows_schema(table: str) -> pa.Schema:
    """:func:`arrow_schema` with the pandas metadata pyarrow writes for a frame with rows
    (it differs from an empty frame's), so tables built from rows equal those built from
    :func:`pipeline.tables.frame`, metadata included."""
    one = pa.Table.from_pandas(frame(table, [{}]), schema=arrow_schema(table), preserve_index=False)
    return one.schema


def arrow_table(table: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Rows (dicts keyed by column name) -> an Arrow table of ``table``, equal to
    ``pa.Table.from_pandas(frame(table, rows), ...)`` without building the DataFrame."""
    if not rows:
        return pa.Table.from_pandas(
            frame(table, []), schema=arrow_schema(table), preserve_index=False
        )
    try:
        return pa.Table.from_pylist(list(rows), schema=_rows_schema(table))
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # a value pandas converts, Arrow does not
        return pa.Table.from_pandas(
            frame(table, rows), schema=arrow_schema(table), preserve_index=False
        )


def to_frame(tbl: pa.Table, table: str) -> pd.DataFrame:
    """An Arrow table of ``table`` as a DataFrame with the schema's dtypes."""
    return tbl.to_pandas().astype(dtypes(table))


def write_parquet(df: pd.DataFrame | pa.Table, table: str, path: Path) -> None:
    """Write one DataFrame (or Arrow table) of ``table`` to ``path`` atomically (temporary
    file, then rename)."""
    if isinstance(df, pd.DataFrame):
        df = pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(df, tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def read_parquet(path: Path, table: str) -> pd.DataFrame:
    """Read a Parquet table written by :func:`write_parquet` with the schema's dtypes."""
    return to_frame(pq.read_table(path), table)


@functools.cache
def _csv_header(table: str) -> str:
    buf = io.StringIO()
    frame(table, []).to_csv(buf, index=False, quoting=csv.QUOTE_MINIMAL)
    return buf.getvalue()


class TableWriter:
    """Append rows of one table in one format; atomic rename on close."""

    def __init__(self, out_dir: Path, table: str, fmt: str):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
        self.table, self.fmt = table, fmt
        self.path = Path(out_dir) / f"{table}.{fmt}"
        self.tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self.n_rows = 0
        self._pq: pq.ParquetWriter | None = None
        self._fh = None
        if fmt == "parquet":
            self._pq = pq.ParquetWriter(self.tmp, arrow_schema(table))
        else:
            self._fh = open(self.tmp, "w", encoding="utf-8", newline="")  # noqa: SIM115 -- open across write() calls, closed in close()/abort()
            if fmt == "csv":
                self._fh.write(_csv_header(table))

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows (dicts keyed by column name)."""
        rows = list(rows)
        if rows:
            self.write_frame(frame(self.table, rows))

    def write_arrow(self, tbl: pa.Table, df: pd.DataFrame | None = None) -> None:
        """Append an Arrow table of the table's schema (see :func:`arrow_table`); ``df``:
        the same as a DataFrame, when the caller has it (CSV and JSONL are written from it)."""
        if tbl.num_rows == 0:
            return
        if self._pq is None:
            self.write_frame(to_frame(tbl, self.table) if df is None else df)
            return
        self.n_rows += tbl.num_rows
        self._pq.write_table(tbl)

    def write_frame(self, df: pd.DataFrame) -> None:
        """Append a DataFrame with the table's columns and dtypes (see :func:`frame`)."""
        if df.empty:
            return
        self.n_rows += len(df)
        if self._pq is not None:
            self._pq.write_table(
                pa.Table.from_pandas(df, schema=arrow_schema(self.table), preserve_index=False)
            )
        elif self.fmt == "csv":
            df.to_csv(self._fh, index=False, header=False, quoting=csv.QUOTE_MINIMAL)
        else:
            df.to_json(self._fh, orient="records", lines=True, force_ascii=False)
            if not df.empty and self._fh is not None:
                self._fh.flush()

    def close(self) -> Path:
        """Finish the file and move it into place; returns the final path."""
        if self._pq is not None:
            self._pq.close()
        if self._fh is not None:
            self._fh.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        """Drop the temporary file (on a crash)."""
        try:
            if self._pq is not None:
                self._pq.close()
            if self._fh is not None:
                self._fh.close()
        finally:
            self.tmp.unlink(missing_ok=True)


class OutputSet:
    """Writers for all four tables in all requested formats."""

    def __init__(self, out_dir: str | Path, formats: Iterable[str] = ("csv",)):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        formats = list(dict.fromkeys(formats))
        for f in formats:
            if f not in FORMATS:
                raise ValueError(f"unknown format {f!r} (use {', '.join(FORMATS)})")
        self.writers = [TableWriter(self.out_dir, t, f) for t in TABLES for f in formats]

    def write(self, rows: Mapping[str, list[Mapping[str, Any]]]) -> None:
        """Append ``{table: rows}`` to every format."""
        for w in self.writers:
            w.write(rows.get(w.table, []))

    def close(self) -> list[Path]:
        """Finish every table; returns the written paths."""
        return [w.close() for w in self.writers]

    def abort(self) -> None:
        """Remove temporary files."""
        for w in self.writers:
            w.abort()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
