"""Reading inputs: walk files and folders, decode, split off leading metadata.

One bad file is one error item, never a crash. Every item keeps the decoded file content
so that all offsets written to the tables index into it: the text the extractors see is
``content[offset:]`` and rows add ``offset`` back. Stray control characters (NUL, form
feed …) in otherwise good text are replaced one-for-one by spaces in that content, so
offsets stay those of the file's characters; a mostly binary file is an error item.

>>> item = decode_item(b"date 2022-01 Putin sagte, ...", "a.txt", "a.txt")
>>> item.date, item.offset, item.text
('2022-01', 13, 'Putin sagte, ...')
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Documents per ``nlp.pipe`` batch in ``newsx run`` (``--batch-size``) and
#: :func:`pipeline.run.run`; ``bench.throughput`` measures (a)-(d) with it. Measured on 150
#: and 500 10kGNAD articles (README, performance): 32 or 64 save no CPU time of the full
#: pipeline beyond the noise, cost peak memory (``newsx run`` over 500 articles: 731 MB at
#: 16, 819 MB at 32, 968 MB at 64), and larger arrays make numpy ask for huge pages: the
#: bare model's system time on 150 articles went from at most 0.16 s at 16 to 0.3-1.1 s at
#: 32 and 3.6-3.9 s at 64 (page faults).
DEFAULT_BATCH_SIZE = 16

#: A leading metadata field, e.g. ``date 2022-01`` or ``date: 2022-01-07`` (see ../shared/samples).
META_RE = re.compile(
    r"\A[ \t\r\n]*date[ \t]*:?[ \t]+(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s)[ \t\r\n]*"
)
#: Control bytes that never occur in text files (NUL and friends, not \t \n \r \f).
_BINARY_RE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: A file whose sample has more than 1 in this many such bytes is binary.
_BINARY_ONE_IN = 20
#: Control characters replaced by a space in decoded text (all but \t \n \r).
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


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

    UTF-8/UTF-16 with BOM, UTF-8, then cp1252. More than 5 % control bytes (NUL …) in the
    first 64 KiB mean binary; fewer are kept here and blanked by :func:`blank_controls`.
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
    if len(_BINARY_RE.findall(sample)) * _BINARY_ONE_IN > len(sample):
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


def blank_controls(content: str) -> str:
    """Replace control characters (except tab and newlines) one-for-one by spaces.

    >>> blank_controls("Putin\x00sagte\x0c.")
    'Putin sagte .'
    """
    return _CONTROL_RE.sub(" ", content)


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
    item.content = blank_controls(item.content)
    item.offset, item.date = split_metadata(item.content)
    if not item.text.strip():
        item.error = "empty file" if not item.content.strip() else "no text after metadata"
    return item


def input_prefixes(inputs: Sequence[str | Path]) -> list[str]:
    """The ``doc_id`` prefix of each input: none for one input, else the input's name.

    With several inputs every ``doc_id`` starts with the name of the input it was found
    under (``dupA/0500.txt``, ``dupB/0500.txt``); when two inputs share a name, their paths
    as given are used instead (``a/in/x.txt``, ``b/in/x.txt``).

    >>> input_prefixes(["corpus/dupA", "corpus/dupB"])
    ['dupA/', 'dupB/']
    """
    if len(inputs) < 2:
        return [""] * len(inputs)
    names = [Path(inp).resolve().name for inp in inputs]
    paths = [Path(inp).as_posix() for inp in inputs]
    if len(set(paths)) < len(paths):
        dup = next(p for p in paths if paths.count(p) > 1)
        raise ValueError(f"input {dup} is given more than once")
    unique = len(set(names)) == len(names)
    return [(n if unique else p).strip("/") + "/" for n, p in zip(names, paths, strict=True)]


def iter_files(inputs: Iterable[str | Path], glob: str = "**/*.txt") -> Iterator[tuple[Path, str]]:
    """Yield ``(path, doc_id)`` for every input file, sorted, dot-files and dot-dirs skipped.

    ``doc_id`` is the POSIX path relative to the input root the file was found under (a file
    given directly has its own name), prefixed by :func:`input_prefixes` when several inputs
    are given. Matches that are not folders (FIFOs, broken symlinks, symlink loops) are
    yielded too, so :func:`read_item` reports them as error rows instead of hiding them.
    """
    inputs = list(inputs)
    for inp, prefix in zip(inputs, input_prefixes(inputs), strict=True):
        root = Path(inp)
        if not root.is_dir():
            if not os.path.lexists(root):
                raise FileNotFoundError(f"input not found: {root}")
            yield root, prefix.rstrip("/") if prefix else root.name
            continue
        for path in sorted(root.glob(glob)):
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts) or path.is_dir():
                continue
            yield path, prefix + rel.as_posix()


def read_item(path: Path, doc_id: str) -> InputItem:
    """Read and decode one file; anything but a readable regular file is an error item."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return InputItem(doc_id=doc_id, path=str(path), error="unreadable: not a regular file")
        data = path.read_bytes()
    except OSError as e:
        return InputItem(doc_id=doc_id, path=str(path), error=f"unreadable: {e.strerror or e}")
    return decode_item(data, doc_id, str(path))


def read_inputs(inputs: Iterable[str | Path], glob: str = "**/*.txt") -> Iterator[InputItem]:
    """Stream decoded :class:`InputItem` objects for all inputs (errors included as items)."""
    for path, doc_id in iter_files(inputs, glob):
        yield read_item(path, doc_id)
