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
from collections.abc import Callable, Iterable, Iterator
from itertools import compress
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
#: token ids whose :meth:`Anchors.holds` is remembered, at most (a bound for long runs)
HELD_IDS = 200_000


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
    the indices of the pieces that hold an anchor.

    A window first reaches ``LOOK_BACK`` characters before its first anchor and
    ``LOOK_AHEAD`` after its last (windows that overlap are one); it is tokenised once and
    widened (merging with its neighbours) only when it holds fewer than ``BEFORE`` pieces
    before its first anchor or ``AFTER`` after its last one."""
    spans = _spans(text, anchors)
    done: list[_Window] = []
    k = 0
    read: tuple[int, int, list[re.Match[str]]] | None = None  # pieces of the window so far
    while k < len(spans):
        w = spans[k]
        found = _extend(text, piece_re, w, read)
        read = (w.start, w.end, found)
        ends = [m.end() for m in found]
        held = sorted({bisect_right(ends, x) for x in anchors[w.first : w.last + 1]})
        if w.start > 0 and held[0] < BEFORE:
            w.start = boundary_before(text, max(0, 2 * w.start - anchors[w.first]), 0)
            if done and w.start < done[-1].end:  # reaches into the window before: one window
                prev = done.pop()
                w.start, w.first = prev.start, prev.first
            continue
        if w.end < len(text) and len(found) - 1 - held[-1] < AFTER:
            w.end = boundary_after(text, 2 * w.end - anchors[w.last])
            while k + 1 < len(spans) and spans[k + 1].start < w.end:  # the next one joins
                w.last, w.end = spans[k + 1].last, max(w.end, spans[k + 1].end)
                del spans[k + 1]
            continue
        lo, hi = _reach(text, found, held)
        w.found, w.held = found[lo:hi], [h - lo for h in held]
        done.append(w)
        k, read = k + 1, None
    for w in done:
        yield w.found, w.held


def _extend(
    text: str,
    piece_re: re.Pattern[str],
    w: _Window,
    read: tuple[int, int, list[re.Match[str]]] | None,
) -> list[re.Match[str]]:
    """The pieces of the window ``w``: those ``read`` for it before it was widened, with
    only the added text before or after them tokenised (window edges are safe starts, so
    the pieces are those of one pass), else all of them."""
    if read is None:
        return list(piece_re.finditer(text, w.start, w.end))
    start, end, found = read
    if w.start < start:
        found = list(piece_re.finditer(text, w.start, start)) + found
    if w.end > end:
        found = found + list(piece_re.finditer(text, end, w.end))
    return found


def _reach(text: str, found: list[re.Match[str]], held: list[int]) -> tuple[int, int]:
    """The pieces of a window the scanner reads: from ``BEFORE`` pieces before its first
    anchor to ``AFTER`` pieces after its last one, and on to the next white space (a word
    joined by dots or hyphens stays whole)."""
    lo, hi = max(0, held[0] - BEFORE), min(len(found), held[-1] + AFTER + 1)
    while hi < len(found) and not text[found[hi].start() - 1].isspace():
        hi += 1
    return lo, hi


class _Window:
    """A run of text around the anchors ``first`` to ``last`` (indices into the anchors)."""

    __slots__ = ("end", "first", "found", "held", "last", "start")

    def __init__(self, start: int, end: int, first: int, last: int):
        self.start, self.end, self.first, self.last = start, end, first, last
        self.found: list[re.Match[str]] = []
        self.held: list[int] = []


def _spans(text: str, anchors: list[int]) -> list[_Window]:
    """The first guess of the windows: ``LOOK_BACK`` characters before and ``LOOK_AHEAD``
    after each anchor, cut at safe starts, overlapping ones merged."""
    spans: list[_Window] = []
    for i, x in enumerate(anchors):
        end = boundary_after(text, x + LOOK_AHEAD)
        if spans and x - LOOK_BACK < spans[-1].end:
            spans[-1].end, spans[-1].last = max(spans[-1].end, end), i
            continue
        start = boundary_before(text, x - LOOK_BACK, 0) if x > LOOK_BACK else 0
        if spans and start < spans[-1].end:
            spans[-1].end, spans[-1].last = max(spans[-1].end, end), i
        else:
            spans.append(_Window(start, end, i, i))
    return spans


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
        alts, heads, stems, words = [], list(heads), list(stems), [w.lower() for w in words]
        #: a quick reject: the letters an anchor word can start with
        first = "".join(sorted({w[0] for w in [*heads, *stems, *words] if w}))
        if heads:
            alts.append(
                f"{trie_pattern(heads)}(?:{trie_pattern(parts)})*(?:s?t)?{_ORDINAL_ENDINGS}?"
            )
        if stems:
            alts.append(trie_pattern(stems) + _ORDINAL_ENDINGS)
        if words:
            alts.append(trie_pattern(words))
        pattern = r"\d+"
        if alts:
            pattern += (
                rf"|(?=[{re.escape(first)}])(?<![^\W\d_])(?:" + "|".join(alts) + r")(?![^\W\d_])"
            )
        self.pattern = re.compile(pattern)
        self.pattern_i = re.compile(pattern, re.IGNORECASE)
        self.skip = frozenset(w.lower() for w in skip)
        #: :meth:`holds` by the id of a lower-case token (see :meth:`holding`)
        self.held_ids: dict[int, bool] = {}

    def holding(self, ids: list[int], string: Callable[[int], str]) -> list[int]:
        """The indices of ``ids`` whose token holds an anchor (:meth:`holds`): ``ids`` are
        ids of lower-case tokens (hashes, the same in every Vocab), ``string`` their text;
        remembered by id (at most ``HELD_IDS`` ids)."""
        memo = self.held_ids
        if len(memo) > HELD_IDS:
            memo.clear()
        flags = list(map(memo.get, ids))
        if None in flags:
            for i, flag in enumerate(flags):
                if flag is None:
                    flags[i] = memo[ids[i]] = self.holds(string(ids[i]))
        return list(compress(range(len(flags)), flags))

    def holds(self, word: str) -> bool:
        """Whether the lower-case token ``word``, read alone, holds an anchor. An anchor is
        digits or letters, so it lies inside one token of a tokenizer that splits neither
        digit nor letter runs; read alone, a token finds every anchor it holds in a text
        (and maybe more: the letters before it are unknown), so only the white-space
        delimited runs of the tokens that hold one need :meth:`offsets_in`."""
        return any(m.group() not in self.skip for m in self.pattern.finditer(word))

    def offsets_in(self, low: str, runs: Iterable[tuple[int, int]]) -> list[int]:
        """:meth:`offsets` of the lower-cased text ``low``, read only in ``runs``: sorted,
        disjoint (start, end) ranges that start and end at white space or the text's ends
        (no anchor crosses white space, so each run reads as in a pass over ``low``)."""
        pattern, skip = self.pattern, self.skip
        out: list[int] = []
        for a, b in runs:
            out += [m.start() for m in pattern.finditer(low, a, b) if m.group() not in skip]
        return out

    def offsets(self, text: str) -> list[int]:
        """Character offsets of the anchors in ``text``, in order."""
        low = text.lower()
        if len(low) == len(text):  # one character for one: offsets agree
            found = self.pattern.finditer(low)
            return [m.start() for m in found if m.group() not in self.skip]
        found = self.pattern_i.finditer(text)
        return [m.start() for m in found if m.group().lower() not in self.skip]
