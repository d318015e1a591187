"""A spaCy ``Matcher`` that only looks where a match can start: same matches, less work.

spaCy's ``Matcher`` tries every pattern at every token, so its time grows with the number of
patterns times the length of the Doc (33 cue patterns: 40 % of ``newsx_quotes``). Every cue
pattern starts with a fixed word (``{"LOWER": "laut"}``, ``{"LOWER": {"IN": [...]}}``,
``{"ORTH": ","}``) and has a bounded length, so a match can only lie in a window
``[i, i + longest)`` after a token ``i`` that is such a first word. :class:`AnchoredMatcher`
keeps one small ``Matcher`` per key and runs it on the windows after that key's first words
only (merged where they overlap or touch), so each token meets the few patterns that can
match there instead of all of them. It returns the matches the ``Matcher`` finds on the
whole Doc:

- every match lies inside one window of its key, and a key's windows are disjoint, so the
  greedy filter (``LONGEST``/``FIRST``, per key) picks the same matches window by window;
- they come sorted by start and end; where two keys match the same tokens, the whole Doc
  goes through the full ``Matcher`` and its own order is kept (a consumer that takes the
  first of equal matches sees what it saw before).

Keys whose patterns start with an optional token or no fixed word, or are unbounded
(``*``, ``+``), run on the whole Doc, as before.

>>> m = AnchoredMatcher(nlp.vocab)                               # doctest: +SKIP
>>> m.add("laut", [[{"LOWER": "laut"}]], greedy="LONGEST")       # doctest: +SKIP
>>> m(nlp("Laut Polizei war es so."))                             # doctest: +SKIP
[(…, 0, 1)]
"""

from __future__ import annotations

import re
from itertools import compress, count
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

_RANGE = re.compile(r"^\{(\d*)(,?)(\d*)\}$")


def token_span(spec: dict[str, Any]) -> int | None:
    """How many tokens one pattern token can take at most (None: unbounded)."""
    op = spec.get("OP")
    if op in (None, "?", "!"):
        return 1
    m = _RANGE.match(op)
    if m is None:  # "*", "+"
        return None
    low, comma, high = m.groups()
    if not comma:
        return int(low)
    return int(high) if high else None


def first_words(spec: dict[str, Any]) -> tuple[str, set[str]] | None:
    """``(attribute, words)`` a match's first token must have, or None if not fixed."""
    if "OP" in spec:
        return None
    for attr in ("LOWER", "ORTH", "TEXT"):
        value = spec.get(attr)
        if isinstance(value, str):
            return ("LOWER" if attr == "LOWER" else "ORTH"), {value}
        if isinstance(value, dict) and set(value) == {"IN"}:
            return ("LOWER" if attr == "LOWER" else "ORTH"), set(value["IN"])
    return None


Next = tuple[int, frozenset[int]]  # column (0 LOWER, 1 ORTH), word ids
Anchor = tuple[int, int, Next | None]


def next_words(pattern: list[dict[str, Any]]) -> Next | None:
    """The words the second token of ``pattern`` must have, or None if not fixed."""
    second = first_words(pattern[1]) if len(pattern) > 1 else None
    if second is None:
        return None
    return (0 if second[0] == "LOWER" else 1), frozenset(get_string_id(w) for w in second[1])


def last_words(pattern: list[dict[str, Any]]) -> Next | None:
    """The words of the last token after the first that every match of ``pattern`` has
    (no operator, fixed words), or None."""
    for spec in reversed(pattern[1:]):
        words = first_words(spec)
        if words is not None:
            return (0 if words[0] == "LOWER" else 1), frozenset(map(get_string_id, words[1]))
    return None


Check = tuple[int, Any]  # column (0 LOWER, 1 ORTH), word ids or a compiled regular expression
#: per pattern of a key, what a window must hold for a match of that pattern (``None``: no test)
Needs = tuple[tuple[Check, ...], ...] | None
MEMO_SIZE = 200_000  # word ids remembered per regular expression


def required(pattern: list[dict[str, Any]]) -> tuple[Check, ...]:
    """What every match of ``pattern`` holds after its first token: for each token without
    an operator, its fixed words or the regular expression of its LOWER / ORTH (its other
    attributes are not looked at: a window that fails a check holds no match)."""
    checks: list[Check] = []
    for spec in pattern[1:]:
        if "OP" in spec:
            continue
        words = first_words(spec)
        if words is not None:
            col = 0 if words[0] == "LOWER" else 1
            checks.append((col, frozenset(map(get_string_id, words[1]))))
            continue
        for attr, col in (("LOWER", 0), ("ORTH", 1), ("TEXT", 1)):
            value = spec.get(attr)
            if isinstance(value, dict) and set(value) == {"REGEX"}:
                checks.append((col, re.compile(value["REGEX"])))
                break
    # the word sets first: cheap, and most windows fail one
    return tuple(sorted(checks, key=lambda c: not isinstance(c[1], frozenset)))


def _join(known: Next | None | tuple[()], new: Next | None) -> Next | None:
    """What the next token must have for one of several patterns (``()``: none yet)."""
    if known == ():
        return new
    if known is None or new is None or known[0] != new[0]:
        return None
    return known[0], known[1] | new[1]


class AnchoredMatcher:
    """``Matcher`` with the same ``add`` and ``__call__`` (tuples): one small ``Matcher`` per
    key, run on the windows after that key's first words only."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.full = Matcher(vocab)  # every pattern: the fallback, and the keys not windowed
        self.rest = Matcher(vocab)  # keys whose patterns have no fixed first word or bound
        self.by_key: dict[int, Matcher] = {}
        # attribute -> word id -> [(key, longest pattern of the key starting with that word,
        # the words the next token must have in all those patterns or None)]
        self.anchors: dict[str, dict[int, list[Anchor]]] = {"LOWER": {}, "ORTH": {}}
        # key -> what a window must hold, per pattern (the fixed words and regular
        # expressions of its later tokens, see :func:`required`)
        self.needs: dict[int, Needs] = {}
        # regular expression -> word id -> does the word match
        self.seen: dict[re.Pattern[str], dict[int, bool]] = {}

    def add(self, key: str, patterns: list[list[dict[str, Any]]], greedy: str | None = None):
        """Add patterns under ``key`` (as ``Matcher.add``)."""
        self.full.add(key, patterns, greedy=greedy)
        kid = get_string_id(key)
        reach: dict[tuple[str, int], int] = {}
        follow: dict[tuple[str, int], Next | None] = {}
        needs = tuple(required(pattern) for pattern in patterns)
        for pattern in patterns:
            lengths = [token_span(spec) for spec in pattern]
            first = first_words(pattern[0]) if pattern else None
            if first is None or None in lengths or kid in self.by_key:
                self.rest.add(key, patterns, greedy=greedy)
                return
            for w in first[1]:
                at = (first[0], get_string_id(w))
                reach[at] = max(reach.get(at, 0), sum(lengths))
                follow[at] = _join(follow.get(at, ()), next_words(pattern))
        self.needs[kid] = needs if all(needs) else None
        self.by_key[kid] = Matcher(self.vocab)
        self.by_key[kid].add(key, patterns, greedy=greedy)
        for (attr, wid), n in reach.items():
            self.anchors[attr].setdefault(wid, []).append((kid, n, follow[(attr, wid)]))

    def windows(
        self, doc: Doc, columns: list[list[int]] | None = None
    ) -> dict[int, list[tuple[int, int]]]:
        """Per key, disjoint ``(start, end)`` token windows that hold all its matches;
        ``columns`` are the tokens' LOWER and ORTH ids when the caller has them."""
        if columns is None:
            columns = doc.to_array([LOWER, ORTH]).T.tolist() if len(doc) else [[], []]
        reach: dict[int, dict[int, int]] = {}  # key -> token -> window length
        size = len(columns[0])
        for col, attr in enumerate(("LOWER", "ORTH")):
            table, ids = self.anchors[attr], columns[col]
            if not table:
                continue
            # the anchored tokens, found by C loops: no Python step per token
            for i in compress(count(), map(table.__contains__, ids)):
                for kid, n, need in table[ids[i]]:
                    # the next token rules out every pattern of the key here
                    if need is not None and (
                        i + 1 >= size or columns[need[0]][i + 1] not in need[1]
                    ):
                        continue
                    at = reach.setdefault(kid, {})
                    at[i] = max(at.get(i, 0), n)
        out: dict[int, list[tuple[int, int]]] = {}
        for kid, starts in reach.items():
            spans = out[kid] = []
            need = self.needs.get(kid)
            for i in sorted(starts):
                end = min(i + starts[i], len(doc))
                if spans and i <= spans[-1][1]:  # overlapping or touching: one window
                    spans[-1] = (spans[-1][0], max(spans[-1][1], end))
                else:
                    spans.append((i, end))
            if need is not None:  # a window without what every pattern needs holds no match
                out[kid] = [(a, b) for a, b in spans if self._holds(doc, need, columns, a, b)]
        return out

    def _holds(self, doc: Doc, needs: Needs, columns: list[list[int]], a: int, b: int) -> bool:
        """Tokens ``a``..``b`` hold all that one of the patterns ``needs``."""
        for checks in needs:
            for col, check in checks:
                if not self._has(doc, check, columns[col][a:b]):
                    break
            else:
                return True
        return False

    def _has(self, doc: Doc, check: Any, ids: list[int]) -> bool:
        """One of the word ``ids`` is among the words ``check`` or matches the regular
        expression ``check`` (asked once per word)."""
        if isinstance(check, frozenset):
            return not check.isdisjoint(ids)
        memo = self.seen.setdefault(check, {})
        if len(memo) > MEMO_SIZE:  # a bound for long runs over big archives
            memo.clear()
        strings = doc.vocab.strings
        for wid in ids:
            hit = memo.get(wid)
            if hit is None:
                hit = memo[wid] = bool(check.search(strings[wid]))
            if hit:
                return True
        return False

    def __call__(
        self, doc: Doc, columns: list[list[int]] | None = None
    ) -> list[tuple[int, int, int]]:
        """The ``Matcher``'s ``(match_id, start, end)`` on ``doc``, sorted by start and end
        (``columns``: as in :meth:`windows`).

        When two keys match the same tokens, the ``Matcher``'s own order decides which
        a consumer meets first: then the whole Doc goes through the ``Matcher`` itself.
        """
        found = self.rest(doc) if len(self.rest) else []
        for kid, spans in self.windows(doc, columns).items():
            matcher = self.by_key[kid]
            found += [(k, a + s, a + e) for a, b in spans for k, s, e in matcher(doc[a:b])]
        if len({(s, e) for _, s, e in found}) < len(found):
            return self.full(doc)
        return sorted(found, key=lambda m: (m[1], m[2]))
