"""Step 6 of the engine: overlaps -- keep the more confident of two overlapping quotes;
a direct quote may stay inside an indirect one (mixed quotes), a speaker is never part
of what is said, and a quote is never only a frame's cue and speaker.

>>> kept = resolve_overlaps(ctx.quotes)   # doctest: +SKIP
"""

from __future__ import annotations

from .context import Quote

KINDS = ("direct", "indirect", "mixed", "continuation", "reported")
#: the rules of labelled paragraphs (:mod:`.interviews`)
INTERVIEW_RULE = "interview:"


Bounded = tuple[int, int, Quote]  # a quote's start and end (its parts' extremes), the quote


def _nested(q: Bounded, k: Bounded) -> bool:
    """Is the shorter of two overlapping quotes a direct quote inside the other?"""
    inner, outer = (q, k) if (q[1] - q[0]) <= (k[1] - k[0]) else (k, q)
    if inner[2].rule.startswith(INTERVIEW_RULE):
        return False  # a labelled answer is no quoted phrase: "…? Antwort: Heute würde ich …"
    return inner[2].direct and outer[0] <= inner[0] and inner[1] <= outer[1] and not outer[2].direct


def _within_any(q: Quote, spans: list[tuple[int, int]]) -> bool:
    """Does ``q`` lie inside one of ``spans``?"""
    return any(a <= q.start and q.end <= b for a, b in spans)


def _frame_words(quotes: list[Quote]) -> set[int]:
    """The tokens of the quotes' cues and speaker mentions: their frames."""
    words = set()
    for q in quotes:
        for a, b in q.cue + ([q.speaker] if q.speaker is not None else []):
            words.update(range(a, b))
    return words


def _only_frame(q: Quote, frame_words: set[int]) -> bool:
    """Does ``q`` hold nothing but a frame's cue and speaker mention ("…, sagte X." read as
    a quote of its own)? What is said is never only who says it."""
    return all(k in frame_words for a, b in q.parts for k in range(a, b))


def resolve_overlaps(quotes: list[Quote]) -> list[Quote]:
    """The quotes to output, in text order (working kinds such as frames dropped)."""
    quotes = [q for q in quotes if q.kind in KINDS]
    for q in quotes:
        # a speaker is never part of what is said (reported acts span their whole clause)
        if (
            q.speaker is not None
            and q.kind not in ("reported", "continuation")
            and any(a < q.speaker[1] and q.speaker[0] < b for a, b in q.parts)
        ):
            q.speaker = None
    # a quoted name that is another quote's speaker is a source, not a quote ("laut „Welt“",
    # "„…“, zitiert die „Handelszeitung“ Bruno Keller")
    speakers = [
        q.speaker
        for q in quotes
        if q.speaker is not None and q.kind in ("indirect", "mixed", "direct")
    ]
    quotes = [q for q in quotes if not (q.direct and _within_any(q, speakers))]
    # a mixed or indirect frame that holds nothing but a direct quote is that quote
    # ("antwortete X: „Nein, ich bleibe.“" found as both; "Auf die Frage, ob …, sagte X:
    # „Nein.“" whose answer the question step took after the colon): one row, the direct one
    directs = {(q.start, q.end) for q in quotes if q.direct}
    quotes = [
        q
        for q in quotes
        if q.direct or q.kind not in ("mixed", "indirect") or (q.start, q.end) not in directs
    ]
    frame_words = _frame_words(quotes)
    quotes = [q for q in quotes if not _only_frame(q, frame_words)]
    bounded = [(q.start, q.end, q) for q in quotes]  # the parts do not change below
    bounded.sort(key=lambda b: (-b[2].confidence, b[0]))
    kept: list[Bounded] = []
    for b in bounded:
        if all(not (b[0] < k[1] and k[0] < b[1]) or _nested(b, k) for k in kept):
            kept.append(b)
    kept.sort(key=lambda b: (b[0], -b[1]))
    return [b[2] for b in kept]
