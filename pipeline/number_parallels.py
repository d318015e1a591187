"""Implied nouns of bare counts from a parallel count (issue 11, round 12), run once per text
over all its number mentions, after the scanner's own implied-noun rules.

:func:`parallel_counts`: a bare count (no noun, no unit) takes the plural noun of the count
right before it in its sentence when both are of the same size (within a factor
``PARALLEL_RATIO``): "1.500 Menschen waren am Montag auf der Fähre …; 2.000 gingen am
Mittwoch von Bord" -> "Menschen", "Sechs Grands Prix gehen nach Großbritannien und drei nach
Frankreich" -> "Grands Prix", "17 Stimmen fehlen: 15 von Syriza" -> "Stimmen". Not over a
sentence end, not over another number.

:func:`bracket_series`: a bare count alone in a bracket takes the noun of the last count
before it that stands alone in a bracket with its noun, over sentence ends, when both are
of the same size: "aus Kanada (6554 Punkte). Bronze holte die Lettin … (6516)" -> "Punkte".

:func:`previous_sentence_count`: a bare count with no count of a noun before it in its
sentence takes the noun of the one count with a noun of the sentence before when that is
the only count there and of its size: "Derzeit seien … 104 Menschen untergebracht. Die
Polizei korrigierte damit frühere Angaben, wonach 176 in der Unterkunft lebten" ->
"Menschen". Only digits of at least ``PREVIOUS_MIN`` first in their sentence; two counts
with nouns in the sentence before, or none: no noun.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

#: the greatest ratio of two counts read as parallel ("1.500 Menschen …; 2.000 gingen")
PARALLEL_RATIO = 2.0
#: characters between a count and the parallel bare count after it
PARALLEL_REACH = 200
#: characters between two bracketed counts of one series ("(6554 Punkte) … (6516)")
BRACKET_REACH = 300

#: the least bare count (digits) given the noun of the sentence before ("wonach 176"; not
#: "die drei", "die besten acht": people and rounds named before)
PREVIOUS_MIN = 100

#: a sentence end (between two counts, before a mention): a stop not inside a word or number
#: ("z.B.", "3.5"), or a line end
SENTENCE_STOP_RE = re.compile(r"[.!?](?![^\W_]|\d)|\n")


class _Mention(Protocol):
    start: int
    end: int
    kind: str
    rule: str
    value: float | None
    noun: str | None
    noun_text: str | None
    unit: str | None


def _bare(m: _Mention) -> bool:
    return m.kind == "count" and m.noun is None and m.unit is None and bool(m.value)


def _alike(a: _Mention, m: _Mention) -> bool:
    """Whether ``a`` is a count with a noun of about the size of the bare count ``m``."""
    if not _counted(a) or not a.value:
        return False
    assert m.value is not None
    return 1 / PARALLEL_RATIO <= a.value / m.value <= PARALLEL_RATIO


def _bracketed(text: str, m: _Mention) -> bool:
    return text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"


def parallel_counts(text: str, mentions: Sequence[_Mention]) -> None:
    """Give a bare count the noun of the parallel count before it (see the module doc)."""
    for a, m in pairwise(mentions):
        if not _bare(m) or not _alike(a, m) or m.start - a.end > PARALLEL_REACH:
            continue
        if SENTENCE_STOP_RE.search(text, a.end, m.start):
            continue
        m.noun = a.noun
        m.rule += "+parallel_count"


def _counted(a: _Mention) -> bool:
    return a.kind == "count" and a.noun is not None and a.unit is None


def previous_sentence_count(text: str, mentions: Sequence[_Mention]) -> None:
    """Give a bare count the noun of the only count of the sentence before (module doc)."""
    if not any(map(_bare, mentions)):
        return
    ends = [0, *(found.end() for found in SENTENCE_STOP_RE.finditer(text))]
    for i, m in enumerate(mentions):
        if not _bare(m):
            continue
        k = bisect_right(ends, m.start) - 1
        small = m.value is None or m.value < PREVIOUS_MIN or not m.rule.startswith("number.digits")
        if small or k == 0 or any(a.end > ends[k] for a in mentions[:i]):
            continue
        counted = [a for a in mentions[:i] if ends[k - 1] <= a.start < ends[k] and _counted(a)]
        if len(counted) == 1 and _alike(counted[0], m):
            m.noun = counted[0].noun
            m.rule += "+previous_sentence"


def bracket_series(text: str, mentions: Sequence[_Mention]) -> None:
    """Give a bare count alone in a bracket the noun of the bracketed count before it."""
    for i, m in enumerate(mentions):
        if not _bare(m) or not _bracketed(text, m):
            continue
        for a in reversed(mentions[:i]):
            if m.start - a.end > BRACKET_REACH:
                break
            if _bracketed(text, a) and _alike(a, m):
                m.noun = a.noun
                m.rule += "+bracket_series"
                break
