"""Sentence units that never split a quotation.

A unit is a sentence, cut at newlines and at sentence-final punctuation outside quotation
marks (and at a closing mark after sentence-final punctuation followed by a capital):
"„Es ist gut.“ Dann ging er." is two units, "„Es ist gut. Wir gehen“, sagte er." one.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from .phrases import SENT_END

MEMO_SIZE = 200_000
# ORTH id -> may its token end a unit, for every ORTH id asked about (ids are hashes of the
# strings: the same in every Vocab)
_MAY_END: dict[int, bool] = {}


@dataclass
class Unit:
    """A sentence that never splits a quotation: tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    paragraph: int

    def content_end(self, doc: Doc) -> int:
        """End without the final punctuation."""
        e = self.end
        while e > self.start:
            t = doc[e - 1]
            if not (t.is_punct and t.text in SENT_END or t.is_space):
                break
            e -= 1
        return e


def _starts_sentence(doc: Doc, k: int) -> bool:
    if k >= len(doc):
        return True
    t = doc[k]
    if t.is_space:
        return True
    ch = t.text[:1]
    return ch.isupper() or ch.isdigit() or (t.is_quote or t.is_punct and ch in '„“"»«‚(–-')


def _is_abbrev(t: Token, abbreviations: frozenset[str]) -> bool:
    low = t.lower_.rstrip(".")
    return low in abbreviations or (len(t.text) == 1 and t.text.isupper())


def _cut_after(
    doc: Doc, i: int, start: int, inside: list[int], closes: set[int], abbreviations
) -> int | None:
    """Does a unit end after token ``i``? The end index, or None."""
    t = doc[i]
    if inside[i] < 0:
        if t.text in SENT_END or (t.text.endswith(("!", "?")) and t.is_punct):
            prev = doc[i - 1] if i > start else None
            abbrev = (
                prev is not None
                and t.text == "."
                and prev.whitespace_ == ""
                and _is_abbrev(prev, abbreviations)
            )
            if not abbrev and _starts_sentence(doc, i + 1):
                return i + 1
        return None
    if (
        i in closes
        and i > 0
        and doc[i - 1].text in SENT_END | {"!", "?"}
        and i + 1 < len(doc)
        and doc[i + 1].text[:1].isupper()
        and not doc[i + 1].is_punct
    ):
        return i + 1
    return None


def _boundary_candidates(doc: Doc, closes: set[int], orth: list[int] | None = None) -> list[int]:
    """Tokens where a unit may end (newlines, sentence-final punctuation, closing marks),
    in order: set look-ups instead of a Python step per token (``orth``: the ORTH ids of
    the tokens, when the caller has them)."""
    if orth is None:
        orth = doc.to_array(ORTH).tolist()
    if len(_MAY_END) > MEMO_SIZE:  # a bound for long runs over big archives
        _MAY_END.clear()
    flags = list(map(_MAY_END.get, orth))
    if None in flags:  # words not seen before
        strings = doc.vocab.strings
        for o in set(orth).difference(_MAY_END):
            w = strings[o]
            _MAY_END[o] = w in SENT_END or w.endswith(("!", "?")) or (w.isspace() and "\n" in w)
        flags = list(map(_MAY_END.__getitem__, orth))
    return sorted(closes.union(compress(count(), flags)))


def split_units(
    doc: Doc,
    inside: list[int],
    closes: set[int],
    abbreviations: frozenset[str],
    orth: list[int] | None = None,
) -> list[Unit]:
    """Split ``doc`` into sentence units.

    ``inside[i]`` is the index of the direct quote covering token ``i`` (-1 outside);
    ``closes`` holds the token indices of closing quotation marks; ``abbreviations`` are
    words whose period ends no sentence; ``orth`` are the tokens' ORTH ids if known.
    """
    units: list[Unit] = []
    start = para = 0
    for i in _boundary_candidates(doc, closes, orth):
        t = doc[i]
        if t.is_space and "\n" in t.text:
            if i > start:
                units.append(Unit(start, i, para))
            para += 1
            start = i + 1
            continue
        cut = _cut_after(doc, i, start, inside, closes, abbreviations)
        if cut is not None:
            units.append(Unit(start, cut, para))
            start = cut
    if start < len(doc):
        units.append(Unit(start, len(doc), para))
    # drop units that are only whitespace
    units = [u for u in units if any(not doc[k].is_space for k in range(u.start, u.end))]
    return [part for i, u in enumerate(units) for part in _split_dateline(doc, units, i)]


DASHES = frozenset({"–", "—", "-"})
#: a dateline is at most this many tokens before its dash ("Wien (APA) –")
MAX_DATELINE = 5


def _split_dateline(doc: Doc, units: list[Unit], i: int) -> list[Unit]:
    """ "London – Der Premier …", "Wien (APA) – „…“": a paragraph-initial place (and
    agency) before a dash is its own unit, so no quote starts with it."""
    u = units[i]
    if i > 0 and units[i - 1].paragraph == u.paragraph:
        return [u]
    for k in range(u.start + 1, min(u.end - 1, u.start + MAX_DATELINE + 1)):
        t = doc[k]
        if t.text in DASHES and t.whitespace_ and doc[k - 1].whitespace_:
            words = [doc[m] for m in range(u.start, k) if doc[m].text not in "()/,"]
            if words and all(w.is_alpha and w.text[:1].isupper() for w in words):
                return [Unit(u.start, k + 1, u.paragraph), Unit(k + 1, u.end, u.paragraph)]
            return [u]
        if not (t.is_alpha or t.text in "()/,"):
            return [u]
    return [u]
