"""Context rules over all number mentions of one text (issue 11), run once per Doc.

:func:`implied_money`: a bare scaled amount ("zumindest 50 Millionen", "20 bis 25 Millionen")
or a bare number after an ``amount_cue`` ("im Nennwert von 100.000", "in Höhe von 36,4
Millionen") is money when its own sentence or a neighbouring one names amounts of money in
exactly one currency ("90 bis 120 Millionen Euro", "500-Euro-Scheine"); it takes that
currency's unit and noun; a bare scaled amount takes only the currency of scaled amounts
("zehn Euro im Monat" makes no "40 Millionen" users money). With no currency in reach, a
bare scaled amount whose clause holds a ``money_verb`` ("investiert", "teure") is money
without a unit. Counts with a noun ("4 Millionen Einwohner") are never touched. Sentence
ends and the amounts of money are found once per text, and only when it has a candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

#: scale factors from which a bare scaled number may be an amount of money (Millionen)
MONEY_SCALE = 1_000_000.0
#: sentences looked at on either side of the candidate's sentence
NEIGHBOURS = 1
#: characters read before a number for its amount cue
CUE_REACH = 40

_SENTENCE_END_RE = re.compile(r"[.!?][\"'“”»«]?\s+(?=[^\W\d_a-zäöüß]|[\"„»«])")
#: marks that end a clause for :meth:`MoneyContext.spent`
_CLAUSE_MARKS = ".,;:!?()–\n"
_WORD_RE = re.compile(r"[^\W\d_]+|\S")


class _Mention(Protocol):
    start: int
    end: int
    kind: str
    value: float | None
    value_max: float | None
    noun: str | None
    unit: str | None
    rule: str
    qualifier: str | None


class MoneyContext:
    """The rule data of :func:`implied_money`, built once per lexicon."""

    def __init__(
        self,
        scales: Mapping[str, float],
        cues: Sequence[Sequence[str]],
        units: Sequence[Mapping[str, Any]],
        verbs: Sequence[Sequence[str]] = (),
        nouns: Sequence[str] = (),
        object_verbs: Sequence[Sequence[str]] = (),
    ):
        #: verb forms that make a bare scaled number money without a currency ("investiert")
        self.verbs = frozenset(v[0] for v in verbs if len(v) == 1)
        #: verb forms that do so only when the number does not open its clause (a subject):
        #: "habe zig Millionen verloren", not "Millionen verloren ihre Arbeit"
        self.object_verbs = frozenset(v[0] for v in object_verbs if len(v) == 1)
        #: nouns of amounts after a scale word: "7,9 Milliarden Verlust" is money
        self.amount_nouns = frozenset(n for n in nouns)
        #: lower-case scale words of at least ``MONEY_SCALE`` ("millionen", "mrd.")
        self.scales = frozenset(w for w, v in scales.items() if v >= MONEY_SCALE)
        #: amount cues as lower-case word tuples ("nennwert", "von")
        self.cues = frozenset(tuple(c) for c in cues)
        self.cue_len = max([len(c) for c in self.cues] + [0])
        money = [u for u in units if u["kind"] == "money" and u["text"].isalpha()]
        #: a currency word glued to a number: "500-Euro-Scheine", "10-Dollar-Note"
        self.glued = {u["text"]: (u["unit"], u["noun"]) for u in money}
        names = "|".join(re.escape(t) for t in sorted(self.glued, key=len, reverse=True))
        self.glued_re = re.compile(rf"\d-({names})(?![^\W\d_])") if names else None

    @classmethod
    def of(
        cls,
        phrases: Mapping[str, Mapping[tuple[str, ...], Mapping[str, Any]]],
        units: Sequence[Mapping[str, Any]],
    ) -> MoneyContext:
        """From the ``scale`` and ``amount_cue`` phrases of number_words.jsonl (by word
        tuple) and the records of units.jsonl."""
        scales = {"".join(k): float(r["value"]) for k, r in phrases.get("scale", {}).items()}
        verbs = list(phrases.get("money_verb", {}))
        nouns = [r["word"] for r in phrases.get("amount_noun", {}).values()]
        objects = list(phrases.get("money_object_verb", {}))
        return cls(scales, list(phrases.get("amount_cue", {})), units, verbs, nouns, objects)

    def scaled(self, text: str, m: _Mention) -> bool:
        """Whether the mention ``m`` holds a scale word of at least a million."""
        words = _WORD_RE.findall(text[m.start : m.end].lower())
        return any(w in self.scales or w + "." in self.scales for w in words)

    def spent(self, text: str, m: _Mention) -> bool:
        """Whether a ``money_verb`` ("investiert", "ausgegeben") stands in the clause of
        ``m``: between the punctuation marks around it."""
        if not self.verbs and not self.object_verbs:
            return False
        left = max(text.rfind(c, 0, m.start) for c in _CLAUSE_MARKS) + 1
        right = min([i for c in _CLAUSE_MARKS if (i := text.find(c, m.end)) >= 0] or [len(text)])
        words = _WORD_RE.findall(text[left : m.start].lower() + " " + text[m.end : right].lower())
        verbs = self.verbs if not text[left : m.start].strip() else self.verbs | self.object_verbs
        return any(w in verbs for w in words)

    def candidate(self, text: str, m: _Mention) -> str | None:
        """Whether ``m`` is a bare amount that context may make money: "scaled" (a bare
        "50 Millionen"), "cue" (after an amount cue: "Nennwert von 100.000") or None."""
        if m.kind == "count" and m.noun in self.amount_nouns and m.unit is None:
            return "scaled" if self.scaled(text, m) else None  # "7,9 Milliarden Verlust"
        if m.kind != "count" or m.noun is not None or m.unit is not None:
            return None
        if m.value is None and m.value_max is None:
            return None
        before = tuple(
            w.lower() for w in _WORD_RE.findall(text[max(0, m.start - CUE_REACH) : m.start])
        )
        n = len(before)
        if any(before[n - k :] in self.cues for k in range(1, min(n, self.cue_len) + 1)):
            return "cue"
        return "scaled" if self.scaled(text, m) else None


def implied_money(text: str, mentions: Sequence[_Mention], ctx: MoneyContext) -> None:
    """Make the candidate mentions money where their context has one currency (in place):
    a bare scaled number takes the currency of scaled amounts only ("90 bis 120 Millionen
    Euro", not "zehn Euro im Monat": "40 Millionen" users are no money); a number after an
    amount cue that of any amount, also of a currency glued to a number ("500-Euro-Scheine")."""
    todo = [(m, c) for m in mentions if (c := ctx.candidate(text, m)) is not None]
    if not todo:
        return
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(text)]
    money: list[tuple[int, str, str, bool]] = [
        (bisect_right(ends, m.start), m.unit, m.noun or "", ctx.scaled(text, m))
        for m in mentions
        if m.kind == "money" and m.unit
    ]
    if ctx.glued_re is not None:
        money += [
            (bisect_right(ends, g.start()), *ctx.glued[g.group(1)], False)
            for g in ctx.glued_re.finditer(text)
        ]
    for m, why in todo:
        s = bisect_right(ends, m.start)
        near = {
            (u, n) for t, u, n, big in money if abs(t - s) <= NEIGHBOURS and (big or why == "cue")
        }
        if not near and why == "scaled" and (m.noun is not None or ctx.spent(text, m)):
            m.kind = "money"  # "Norwegen, das Millionen in die Hilfe investiert": no currency
            m.rule += "+money_verb"
        if len({u for u, _ in near}) != 1:
            continue
        m.kind, m.unit, m.noun = "money", *min(near)
        m.rule += "+money_context"


#: how far a bare decimal may lie from a timed value of the text and still be one (a factor)
TIMED_SPREAD = 2.0


def timed_decimals(text: str, mentions: Sequence[_Mention], nouns: frozenset[str]) -> None:
    """'Gatlin hingegen hatte da 9,77 hingelegt' in an article with "9,79 Sekunden": a bare
    decimal count (no noun, unit or qualifier) takes the kind, noun and unit of a decimal
    of a ``timed_noun`` ("Sekunden") in the same text whose value is within a factor of
    ``TIMED_SPREAD`` of its own; with none it stays as it is."""
    timed = [m for m in mentions if m.noun in nouns and _decimal(m.value)]
    if not timed:
        return
    for m in mentions:
        bare = m.kind == "count" and m.noun is None and m.unit is None and m.qualifier is None
        if not (bare and _decimal(m.value) and "," in text[m.start : m.end]):
            continue
        near = [a for a in timed if a.value / TIMED_SPREAD <= m.value <= a.value * TIMED_SPREAD]
        if near:
            a = min(near, key=lambda x: abs(x.start - m.start))
            m.kind, m.noun, m.unit = a.kind, a.noun, a.unit
            m.rule += "+timed"


def _decimal(value: float | None) -> bool:
    """Whether ``value`` is a positive number with a fraction (9.79, not 10)."""
    return value is not None and value > 0 and value != int(value)
