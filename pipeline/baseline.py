"""Naive quote finder: every span in quotation marks is a quote, nobody said it.

It is scored next to newsx in every ``newsx eval`` report so each number has a floor to be
compared with. Recognised pairs (the marks are part of the quote, as in the Wikinews gold):

- ``„…“`` (German; ``„…”`` too), ``»…«`` (German guillemets), ``«…»`` (Swiss/French),
  ``“…”`` (English curly), ``"…"`` (straight quotes, paired left to right).

Only outermost quotes count: ``„Er rief: ‚Nein!‘ und »Halt!«“`` is one quote (nested quotes are
part of the enclosing one). An opening mark without its closing mark yields nothing; an empty
pair (``„“``) yields nothing. Single quotes (``‚…‘``, ``'…'``) are never top-level quotes: in
German news they are nested quotes, titles or apostrophes.
"""

from __future__ import annotations

from typing import Any

#: opening mark -> closing marks it accepts.
PAIRS: dict[str, str] = {
    "„": "“”",
    "»": "«",
    "«": "»",
    "“": "”",
    '"': '"',
}

#: ``kind`` of every baseline quote (all baseline quotes are in quotation marks).
BASELINE_KIND = "direct"


def _closing(text: str, start: int) -> int | None:
    """Index of the mark closing the quote opened at ``start``, or None when it is unclosed.

    Openers of the same kind nested inside (``„a „b“ c“``) are counted, so the outer quote
    ends at its own closer; the straight ``"`` cannot nest and closes at the next ``"``.
    """
    opener = text[start]
    closers = PAIRS[opener]
    depth = 0
    for i in range(start + 1, len(text)):
        ch = text[i]
        if ch in closers:
            if depth == 0:
                return i
            depth -= 1
        elif ch == opener:
            depth += 1
    return None


def quote_parts(text: str) -> list[list[int]]:
    """Character spans ``[start, end]`` (end exclusive, marks included) of all quoted passages.

    >>> quote_parts('Er sagte: „Wir gehen.“ Dann »nichts«.')
    [[10, 22], [28, 36]]
    """
    parts: list[list[int]] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in PAIRS:
            end = _closing(text, i)
            if end is not None:
                if end > i + 1:  # an empty pair is no quote
                    parts.append([i, end + 1])
                i = end + 1
                continue
        i += 1
    return parts


def predict_quotes(text: str) -> list[dict[str, Any]]:
    """Baseline quotes of ``text`` as dicts shaped like newsx predictions (see
    :func:`pipeline.evaluate.quotes.quote_dicts`): one part each, kind ``direct``, no speaker,
    no cue -- so the baseline goes through the same scorer as newsx.
    """
    return [
        {
            "parts": [part],
            "kind": BASELINE_KIND,
            "speaker": None,
            "speaker_start": None,
            "speaker_end": None,
            "speaker_name": None,
            "cue": None,
            "cue_start": None,
            "cue_end": None,
        }
        for part in quote_parts(text)
    ]


def predict(texts: list[str]) -> list[list[dict[str, Any]]]:
    """Baseline predictions for many texts: one list of quote dicts per text."""
    return [predict_quotes(text) for text in texts]
