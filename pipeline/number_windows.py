"""Windows of a text around its number anchors, so the number scanner skips the rest (issue 15).

Every number mention contains an *anchor*: a digit, a number word ("zwanzig", "dritte"), a
vague plural ("Hunderte") or a scale word ("Millionen"). :func:`windows` cuts the text's
pieces into runs that start at least ``before`` pieces before an anchor and end at least
``after`` pieces after the last one; pieces outside every window are never built. A window
starts only where a fresh tokenisation gives the same pieces as one over the whole text
(after white space, not inside "1 000" or "2013 / 2014") and ends before white space, so the
scanner sees exactly the pieces a full pass would give it within its reach: a text without
an anchor costs one regex search.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import Any

#: pieces from a mention's start to its anchor, at most: qualifier (3) + unit (3) +
#: "mehrere"/article and fraction (2)
LEAD = 8
#: pieces the scanner reads before an anchor: ``LEAD`` + the piece before a mention + one
BEFORE = 10
#: pieces after the last anchor: the rest of a date (".", month) and a range word before
#: the next anchor, then a unit (3) or a noun after a link word and two adjectives (4),
#: with room to spare; a window ends before white space, so words joined by dots or
#: hyphens ("K.-o.-Spiele") are whole
AFTER = 12
#: characters looked back (ahead) first for a window's ``BEFORE`` (``AFTER``) pieces,
#: doubled while they hold fewer
LOOK_BACK = 100
LOOK_AHEAD = 80


def safe_start(text: str, i: int) -> bool:
    """Whether a tokenisation starting at ``i`` gives the pieces of a full one from there:
    the text start, or after white space that joins no number ("1 000", "2013 / 2014")."""
    if i == 0:
        return True
    if i >= len(text) or not text[i - 1].isspace():
        return False
    return not (text[i].isdigit() or text[i] in "/–-" or (i >= 2 and text[i - 2].isdigit()))


def boundary_before(text: str, i: int, floor: int) -> int:
    """The last safe start at or before ``i`` and not before ``floor`` (``floor`` if none)."""
    while i > floor:
        if safe_start(text, i):
            return i
        j = max(text.rfind(" ", floor, i - 1), text.rfind("\n", floor, i - 1))
        if j < floor:
            break
        i = j + 1
    return floor


def window_start(text: str, anchor: int, floor: int, piece_re: re.Pattern[str]) -> int | None:
    """A safe start with ``BEFORE`` pieces before ``anchor``, not before ``floor``; ``floor``
    when the text before it has fewer pieces and ``floor`` is 0; None when the window must
    reach back past ``floor`` (then the previous window goes on)."""
    back = LOOK_BACK
    while True:
        start = boundary_before(text, anchor - back, floor) if anchor - back > floor else floor
        count = 0
        for m in piece_re.finditer(text, start):
            if m.start() >= anchor or count >= BEFORE:
                break
            count += 1
        if count >= BEFORE:
            return start
        if start <= floor:
            return floor if floor == 0 else None
        back *= 2


def boundary_after(text: str, i: int) -> int:
    """The first safe start at or after ``i``; the text's length if none."""
    n = len(text)
    while i < n and not safe_start(text, i):
        gaps = [g for g in (text.find(" ", i), text.find("\n", i)) if g >= 0]
        if not gaps:
            return n
        i = min(gaps) + 1
    return min(i, n)


def windows(
    text: str,
    anchors: list[int],
    piece_re: re.Pattern[str],
) -> Iterator[tuple[list[re.Match[str]], list[int]]]:
    """Each window around the character offsets ``anchors`` (sorted): its piece matches and
    the indices of the pieces that hold an anchor."""
    i, n = 0, len(anchors)
    start = window_start(text, anchors[0], 0, piece_re) if anchors else 0
    while i < n:
        assert start is not None
        j, ahead = i, LOOK_AHEAD
        while True:
            j, end, nxt = _window_end(text, anchors, j, ahead, piece_re)
            found = list(piece_re.finditer(text, start, end))
            ends = [m.end() for m in found]
            held = sorted({bisect_right(ends, a) for a in anchors[i : j + 1]})
            if end == len(text) or len(found) - 1 - held[-1] >= AFTER:
                break
            ahead *= 2
        yield found, held
        i, start = j + 1, nxt


def _window_end(
    text: str, anchors: list[int], j: int, ahead: int, piece_re: re.Pattern[str]
) -> tuple[int, int, int | None]:
    """The window's last anchor, its end ``ahead`` characters after that anchor, and the
    next window's start: anchors before the end, or too close after it to start a window
    of their own, join the window."""
    n = len(anchors)
    end = boundary_after(text, anchors[j] + ahead)
    while j + 1 < n:
        nxt = window_start(text, anchors[j + 1], end, piece_re) if anchors[j + 1] >= end else None
        if nxt is not None:
            return j, end, nxt
        j += 1
        end = boundary_after(text, anchors[j] + ahead)
    return j, end, None


#: endings of German ordinal words ("dritt-en", "zwanzigst-e")
_ORDINAL_ENDINGS = "(?:en|er|es|em|e)"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie ("zw(?:ei|ölf)"): one branch per first
    letter, so a position that starts no word fails at once."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(tree)


class Anchors:
    """The anchors of a language's number words: digits; words made of number morphemes
    (``heads`` first, then any of ``parts``), optionally as ordinals; ordinal ``stems``
    with an ending; whole ``words`` (vague plurals, scale words). ``skip``: matches that
    are no anchor alone (the article "ein")."""

    def __init__(
        self,
        heads: Iterable[str],
        parts: Iterable[str],
        stems: Iterable[str],
        words: Iterable[str],
        skip: Iterable[str] = (),
    ):
        alts, heads = [], list(heads)
        if heads:
            alts.append(
                f"{trie_pattern(heads)}(?:{trie_pattern(parts)})*(?:s?t)?{_ORDINAL_ENDINGS}?"
            )
        if stems := list(stems):
            alts.append(trie_pattern(stems) + _ORDINAL_ENDINGS)
        if words := list(words):
            alts.append(trie_pattern(w.lower() for w in words))
        pattern = r"\d+"
        if alts:
            pattern += r"|(?<![^\W\d_])(?:" + "|".join(alts) + r")(?![^\W\d_])"
        self.pattern = re.compile(pattern)
        self.pattern_i = re.compile(pattern, re.IGNORECASE)
        self.skip = frozenset(w.lower() for w in skip)

    def offsets(self, text: str) -> list[int]:
        """Character offsets of the anchors in ``text``, in order."""
        low = text.lower()
        if len(low) == len(text):  # one character for one: offsets agree
            found = self.pattern.finditer(low)
            return [m.start() for m in found if m.group() not in self.skip]
        found = self.pattern_i.finditer(text)
        return [m.start() for m in found if m.group().lower() not in self.skip]
