"""Reading inputs: walk files and folders, decode, split off leading metadata.

One bad file is one error item, never a crash. Every item keeps the decoded file content
so that all offsets written to the tables index into it: the text the extractors see is
``content[offset:]`` and rows add ``offset`` back.

>>> item = decode_item(b"date 2022-01 Putin sagte, ...", "a.txt", "a.txt")
>>> item.date, item.offset, item.text
('2022-01', 13, 'Putin sagte, ...')
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

#: A leading metadata field, e.g. ``date 2022-01`` or ``date: 2022-01-07`` (see ../shared/samples).
META_RE = re.compile(
    r"\A[ \t\r\n]*date[ \t]*:?[ \t]+(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s)[ \t\r\n]*"
)
#: Control characters that never occur in text files (NUL and friends, not \t \n \r \f).
_BINARY_RE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass
class InputItem:
    """One input file, decoded (or the reason why not)."""

    doc_id: str
    path: str
    content: str = ""
    offset: int = 0
    date: str | None = None
    encoding: str | None = None
    error: str | None = None
    language: str | None = None  # set by pipeline.language when a run routes by language

    @property
    def text(self) -> str:
        """The text the extractors see: the content after the metadata header."""
        return self.content[self.offset :]


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes; return ``(content, encoding)`` or raise ``ValueError(reason)``.

    UTF-8/UTF-16 with BOM, UTF-8, then cp1252; NUL or other control bytes mean binary.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise ValueError(
                f"undecodable: invalid UTF-8 after BOM at byte {e.start + 3}"
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise ValueError(f"undecodable: invalid UTF-16 at byte {e.start}") from None
    sample = data[:65536]
    bad = len(_BINARY_RE.findall(sample))
    if b"\x00" in sample or bad > max(2, len(sample) // 100):
        raise ValueError("binary file: contains NUL/control bytes")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as e:
        raise ValueError(
            f"undecodable: neither UTF-8 nor cp1252 (byte 0x{data[e.start]:02x} at {e.start})"
        ) from None


def split_metadata(content: str) -> tuple[int, str | None]:
    """Return ``(offset, date)``: where the text starts after a leading ``date …`` field."""
    m = META_RE.match(content)
    if not m:
        return 0, None
    return m.end(), m.group("date")


def decode_item(data: bytes, doc_id: str, path: str) -> InputItem:
    """Turn one file's bytes into an :class:`InputItem` (with ``error`` set on failure)."""
    item = InputItem(doc_id=doc_id, path=path)
    if not data:
        item.error = "empty file"
        return item
    try:
        item.content, item.encoding = decode_bytes(data)
    except ValueError as e:
        item.error = str(e)
        return item
    item.offset, item.date = split_metadata(item.content)
    if not item.text.strip():
        item.error = "empty file" if not item.content.strip() else "no text after metadata"
    return item


def iter_files(inputs: Iterable[str | Path], glob: str = "**/*.txt") -> Iterator[tuple[Path, str]]:
    """Yield ``(path, doc_id)`` for every input file, sorted, dot-files and dot-dirs skipped.

    ``doc_id`` is the POSIX path relative to the input root the file was found under
    (a file given directly has its own name as doc_id).
    """
    for inp in inputs:
        root = Path(inp)
        if root.is_file():
            yield root, root.name
            continue
        if not root.is_dir():
            raise FileNotFoundError(f"input not found: {root}")
        for path in sorted(root.glob(glob)):
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts) or not path.is_file():
                continue
            yield path, rel.as_posix()


def read_inputs(inputs: Iterable[str | Path], glob: str = "**/*.txt") -> Iterator[InputItem]:
    """Stream decoded :class:`InputItem` objects for all inputs (errors included as items)."""
    for path, doc_id in iter_files(inputs, glob):
        try:
            data = path.read_bytes()
        except OSError as e:
            yield InputItem(doc_id=doc_id, path=str(path), error=f"unreadable: {e.strerror or e}")
            continue
        yield decode_item(data, doc_id, str(path))
