"""Long texts: cut a text into pieces spaCy can take, and merge the pieces' rows.

spaCy refuses texts longer than ``nlp.max_length`` and needs about 1 GB of temporary
memory per 100,000 characters for parser and NER; the quote rules' time grows with the
square of a Doc's length (0.7 s at 10,000 characters, 5 s at 30,000, 20 s at 60,000). So a
text longer than :data:`PIECE_CHARS` (or ``nlp.max_length``) runs as several pieces of one
document; 20,000 characters keeps all but one of the 1,028 10kGNAD test articles whole. Cuts
fall at paragraph breaks (a blank line, else a line break), then at sentence ends, then at
white space, and only as a last resort anywhere — so a quote, which never spans a
paragraph in news text, is never cut. Each piece's rows are shifted back to offsets into
the whole content, and quote ids are numbered on across the pieces.

>>> split_text("Eins.\\n\\nZwei.\\n\\nDrei.", 9)
[(0, 'Eins.\\n\\n'), (7, 'Zwei.\\n\\n'), (14, 'Drei.')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from .batch import InputItem
from .tables import TABLES, doc_rows

#: Default longest piece in characters (memory and time budget, see above).
PIECE_CHARS = 20_000
#: Where a cut may fall, best first: the end of each match is a cut point.
_CUTS = (
    re.compile(r"\n[ \t\f\v]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?…][\"'“”«»‘’)]*\s+"),
    re.compile(r"\s+"),
)
#: Columns of the documents table that add up over the pieces.
_COUNTS = ("n_tokens", "n_quotes", "n_entities", "n_numbers")


def piece_limit(max_length: int, piece_chars: int = PIECE_CHARS) -> int:
    """The longest piece for a pipeline with ``max_length`` (at least 1 character)."""
    return max(1, min(max_length - 1, piece_chars))


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece starting at ``start`` ends: the last good cut within ``limit``."""
    window = text[start : start + limit + 1]
    for pattern in _CUTS:
        ends = [m.end() for m in pattern.finditer(window) if 0 < m.end() <= limit]
        if ends:
            return start + ends[-1]
    return start + limit


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` pairs of at most ``limit`` characters.

    The pieces concatenate back to ``text``; a text within the limit is one piece.
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        end = _cut(text, start, limit)
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def piece_rows(item: InputItem, start: int, doc: Doc) -> dict[str, list[dict[str, Any]]]:
    """Rows of one piece (``doc`` of ``item.text[start:…]``), offsets into the content."""
    return doc_rows(replace(item, offset=item.offset + start), doc, from_content=True)


def merge_rows(parts: list[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict[str, Any]]]:
    """One document's rows from its pieces' rows (in piece order).

    The documents row is the first piece's with the counts summed; quote ids run on.
    """
    if len(parts) == 1:
        return parts[0]
    merged: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for part in parts:
        for table in TABLES:
            if table != "documents":
                merged[table].extend(part[table])
    for i, row in enumerate(merged["quotes"], 1):
        row["quote_id"] = i
    doc_row = dict(parts[0]["documents"][0])
    for col in _COUNTS:
        doc_row[col] = sum(p["documents"][0][col] for p in parts)
    merged["documents"] = [doc_row]
    return merged
