"""Direct quotes: pair quotation marks in the text (every German style, nesting, paragraphs).

Works on characters, so it needs no model. A quote may run over several sentences; over
several paragraphs when each new paragraph opens with the same mark (German convention:
no closing mark at the end of a quoted paragraph). A style may put a space inside its marks
(``space_inside``: „ Wir kommen “ in archive copies); a mark right before a comma or a
sentence's end opens nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: a quote left open at a paragraph's end runs on over at most this many line breaks and
#: characters to its closing mark (:meth:`MarkFinder._closes_later`)
SPAN_PARAGRAPHS = 4
SPAN_CHARS = 600
# curly closing marks that end a straight-opened quote no straight mark closes
LOOSE_CLOSES = "“”"
#: the marks that end a sentence (before a space) where a quote left open may end
SENTENCE_ENDS = ".!?"


def _punctuation_after(text: str, i: int) -> bool:
    """Does a comma, a closing bracket or a sentence's end (a stop before a space, not the
    dots of „...und dann“) follow the mark at ``i``, after a space or none?"""
    j = i + 2 if text[i + 1 : i + 2] == " " else i + 1
    after = text[j : j + 1]
    if after and after in ",;)]}":
        return True
    return bool(after) and after in ".!?:" and (j + 1 >= len(text) or text[j + 1].isspace())


#: quotes typed with doubled marks, two commas and two apostrophes (",,Wir kommen''", old
#: forum and typewriter style): opened after a space or a bracket, before a word; closed
#: after a non-space, before no word or digit; inside one paragraph
DOUBLED = re.compile(r"(?<![^\s(\[/])(,,)(?=\w)[^\n]*?(?<=\S)('')(?![\w])")
DOUBLED_RULE = "doubled_comma"


def _with_doubled(found: list[MarkedQuote], text: str) -> list[MarkedQuote]:
    """``found`` with the quotes in doubled marks (:data:`DOUBLED`) that overlap none of
    them, in text order (the one-character scan skips ``''`` as markup and never opens
    at a comma)."""
    if ",," not in text:
        return found
    extra = [
        MarkedQuote(m.start(), m.end(), DOUBLED_RULE)
        for m in DOUBLED.finditer(text)
        if not any(q.start < m.end() and m.start() < q.end for q in found)
    ]
    return sorted(found + extra, key=lambda q: q.start) if extra else found


@dataclass
class MarkedQuote:
    """A span between an opening and a closing mark, marks included (character offsets)."""

    start: int
    end: int
    rule: str
    closed: bool = True


class MarkFinder:
    """Pairs quotation marks; built once from the ``quote_marks.jsonl`` records."""

    def __init__(self, records: list[dict[str, Any]]):
        self.records = records
        self.opens: dict[str, dict[str, Any]] = {}
        for rec in records:
            self.opens.setdefault(rec["open"], rec)
        self.all_marks = set(self.opens)
        # where a quote can open: the scan jumps from one of these characters to the next
        singles = sorted(re.escape(c) for c in self.opens if len(c) == 1)
        self.open_chars = re.compile(f"[{''.join(singles)}]") if singles else None
        for rec in records:
            self.all_marks.update(rec["close"])
        # inside a quote only marks and line breaks matter: the close scan jumps between them
        # (no jumping when a mark is longer than one character)
        stops = self.all_marks | {"\n"}
        self.stop_chars = (
            re.compile(f"[{''.join(sorted(re.escape(c) for c in stops))}]")
            if all(len(c) == 1 for c in stops)
            else None
        )

    @staticmethod
    def _opening_context(text: str, i: int, spaced: bool = False) -> bool:
        """``spaced``: the mark's style puts a space inside (French « … »). A mark right
        before a comma or a sentence's end closes (``« Wir kommen », sagte er``: the ``»``
        of a spaced pair opens nothing)."""
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        inner_ok = not after.isspace() or (spaced and after != "\n")
        return (
            (before.isspace() or before in "([{/–-—:;,.!?>" or before in '„“"»«‚‘›‹')
            and inner_ok
            and not _punctuation_after(text, i)
        )

    @staticmethod
    def _closing_context(text: str, i: int, spaced: bool = False) -> bool:
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        inner_ok = not before.isspace() or (spaced and before != "\n")
        # "… reparieren.“Das sagte er": a mark glued to the next sentence still closes
        glued = before in SENTENCE_ENDS and after.isupper()
        return inner_ok and (not after.isalnum() or glued)

    def find(self, text: str) -> list[MarkedQuote]:
        """All top-level quotes in ``text`` (nested single-mark quotes stay inside)."""
        out: list[MarkedQuote] = []
        i = 0
        while self.open_chars is not None:
            m = self.open_chars.search(text, i)
            if m is None:
                break
            i = m.start()
            rec = self.opens[text[i]]
            if self._doubled(text, i, rec):
                i += 2  # markup ('' for italics in wiki text), no quotation mark
                continue
            if not self._opening_context(text, i, rec.get("space_inside", False)):
                i += 1
                continue
            end = self._find_close(text, i, rec) or self._fallback_close(text, i, rec)
            if end is None:
                i += 1
                continue
            j, closed = end
            out.append(MarkedQuote(i, j, rec["id"], closed))
            i = j
        return _with_doubled(out, text)

    def _fallback_close(self, text: str, i: int, rec: dict[str, Any]) -> tuple[int, bool] | None:
        """A close for a quote :meth:`_find_close` left open. A straight ``"`` that no
        straight mark closes in its paragraph ends at the first curly closing mark there
        (``"Wir kommen wieder“, sagte er``: archives mix the styles). A typographic opener
        left open in the text's last paragraph ends with the text, as it would end with
        any other paragraph."""
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        if rec["open"] in rec["close"]:
            if rec.get("nested") or text.find(rec["open"], i + 1, end) >= 0:
                return None
            for k in range(i + 2, end):
                if text[k] in LOOSE_CLOSES and self._closing_context(text, k):
                    return (k + 1, True)
                if text[k] in self.opens:
                    return None  # „…“ inside: its close is its own
            return None
        if (
            end == len(text)
            and not rec.get("nested")
            and end - i > 20
            and text[i + 1] not in rec["close"]
        ):
            return (end, False)
        return None

    @staticmethod
    def _doubled(text: str, i: int, rec: dict[str, Any]) -> bool:
        """A mark that opens and closes alike (the straight ``'``) written twice: wiki
        markup for italics (''Titel''), not a quotation."""
        return rec["open"] in rec["close"] and text[i + 1 : i + 2] == text[i]

    def _closes_later(self, text: str, m: int, rec: dict[str, Any]) -> bool:
        """A quote left open at a line's end goes on when the lines from ``m`` close it (at
        most :data:`SPAN_PARAGRAPHS` line breaks, :data:`SPAN_CHARS` characters, no blank
        line) before any quotation mark opens: a quoted list or law text with its items on
        lines of their own."""
        stop = min(len(text), m + SPAN_CHARS)
        breaks, line_start = 0, m
        for k in range(m, stop):
            c = text[k]
            if c == "\n":
                breaks += 1
                if breaks > SPAN_PARAGRAPHS or not text[line_start:k].strip():
                    return False
                line_start = k + 1
            elif c in rec["close"] and self._closing_context(text, k):
                return True
            elif c in self.opens and self._opening_context(text, k):
                return False
        return False

    def _closes_paragraph(self, text: str, m: int, rec: dict[str, Any]) -> bool:
        """A quote left open at a paragraph's end goes on over a blank line when the first
        quotation mark of the next paragraph (from ``m``, at most :data:`SPAN_CHARS`
        characters) closes it: „A.\n\nB.“ and „A.\n\nB“, sagte sie. are one quote. Not for
        a mark that opens and closes alike (the straight ``"``)."""
        if rec["open"] in rec["close"]:
            return False
        end = text.find("\n", m)
        end = min(len(text) if end < 0 else end, m + SPAN_CHARS)
        for k in range(m, end):
            c = text[k]
            if c in self.all_marks:
                return c in rec["close"] and self._closing_context(text, k)
        return False

    def _typed_close_later(self, text: str, k: int, rec: dict[str, Any]) -> bool:
        """The close at ``k`` is a symmetric mark that also opens quotes of its own (the
        straight ``"`` some archives close „ with) while a proper close of ``rec`` follows
        before the paragraph ends or ``rec`` opens again: „Wir haben "genug" gesagt“
        closes at “, not after genug."""
        other = self.opens.get(text[k])
        # symmetric: the mark's canonical close is itself (not “, which closes “…” and
        # also “…“ where a „ was lost)
        if other is None or other is rec or other["close"][0] != other["open"]:
            return False
        stops = [j for j in (text.find("\n", k), text.find(rec["open"], k)) if j >= 0]
        rest = text[k + 1 : min(stops, default=len(text))]
        return any(c in rest for c in rec["close"] if c != text[k])

    def _line_break(self, text: str, i: int, k: int, rec: dict[str, Any]) -> tuple[bool, Any]:
        """A paragraph end at ``k`` inside the quote opened at ``i``: ``(True, m)`` when the
        quote goes on from ``m`` (the next paragraph reopens it, or a line or paragraph
        after closes it), else ``(False, end)`` with what :meth:`_find_close` returns."""
        n = len(text)
        m = k
        while m < n and text[m].isspace():
            m += 1
        if m < n and text[m] == rec["open"] and not rec.get("nested"):
            return True, m + 1
        single = text.count("\n", k, m) == 1  # a line break, not a blank line
        if single and not rec.get("nested") and self._closes_later(text, m, rec):
            return True, m  # "anwenden:\n[…]\n11. heimliches Beobachten …“": one quote
        if not single and not rec.get("nested") and self._closes_paragraph(text, m, rec):
            return True, m  # „A.\n\nB.“: the next paragraph closes the quote, no mark opens
        if rec["open"] != '"' and not rec.get("nested") and k - i > 20:
            return False, (k, False)  # unclosed: the quote ends with its paragraph
        return False, None

    def _find_close(self, text: str, i: int, rec: dict[str, Any]) -> tuple[int, bool] | None:
        closes = rec["close"]
        opener = rec["open"]
        n = len(text)
        k = i + 1
        depth_inner = 0
        depth_same = 0
        reopened = -1  # where the same mark opened again inside the quote
        stop_chars = self.stop_chars
        while k < n:
            if stop_chars is not None:
                found = stop_chars.search(text, k)
                if found is None:
                    return self._reopened(text, i, reopened)
                k = found.start()
            c = text[k]
            if c == "\n":
                goes_on, at = self._line_break(text, i, k, rec)
                if not goes_on:
                    return self._reopened(text, i, reopened) or at
                k = at
                continue
            if (
                c in closes
                and self._closing_context(text, k, rec.get("space_inside", False))
                and depth_inner == 0
                and depth_same == 0
            ):
                if k == i + 1:
                    return None
                if not self._typed_close_later(text, k, rec):
                    return (k + 1, True)
            # a nested quote ("‚…‘" or another „…“ inside „…“) must not close us
            inner = self.opens.get(c)
            if c == opener and self._reopens(text, k, rec):
                depth_same += 1
                reopened = k if reopened < 0 else reopened
            elif depth_same and c in closes and self._closing_context(text, k):
                depth_same -= 1
                k += 1
                continue
            elif (
                inner is not None
                and inner is not rec
                and inner.get("nested")
                and self._opening_context(text, k)
            ):
                depth_inner += 1
            elif (
                depth_inner
                and any(c in r["close"] for r in self.records if r.get("nested"))
                and self._closing_context(text, k)
            ):
                depth_inner -= 1
            k += 1
        return self._reopened(text, i, reopened)

    def _reopens(self, text: str, k: int, rec: dict[str, Any]) -> bool:
        """Does the quote's own mark at ``k`` open a quote inside it? A mark that opens and
        closes alike (the straight ``"``) opens one only where it cannot close (after a
        space, before a word: ``"Wir sind "Stadt des Jahres" geworden."``)."""
        if not self._opening_context(text, k):
            return False
        return rec["open"] not in rec["close"] or not self._closing_context(text, k)

    @staticmethod
    def _reopened(text: str, i: int, p: int) -> tuple[int, bool] | None:
        """The end of a quote opened at ``i`` that nothing closes, when its mark opened again
        at ``p`` (``p < 0``: never): „Wir bauen auf. Sie sagte: „Der Bund hilft.“ is two
        quotes, not one that runs on past the second. The first ends after the last sentence
        before ``p`` (else right before ``p``); the second is a quote of its own."""
        if p < 0:
            return None
        for k in range(p - 1, i + 1, -1):
            if text[k] in SENTENCE_ENDS and text[k + 1].isspace():
                return (k + 1, False)
        while p > i + 1 and text[p - 1].isspace():
            p -= 1
        return (p, False)
