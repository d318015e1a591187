"""Elliptical frames split a row of reported speech: "Einige Anrainer sagen, der Lärm sei
unerträglich. Andere, man habe sich gewöhnt, wieder andere, sie seien schon weggezogen."
Each "Andere," (a word of ``elliptical_frame_words`` with the speech verb left out, after a
comma or at the row's start, before a comma, a dash-set insertion allowed: "andere –
darunter der Fahrer –,") opens the statement of another group: the row ends before the
comma ahead of it, and the Konjunktiv clause after it is a row of its own, a continuation
whose speaker is the frame's words ("Andere", "wieder andere"; no cue: the verb is left
out); the frame words are in no row. Only a clause in the reported-speech mood after the
frame counts ("Andere, die kamen, blieben" is no frame).

Round 29: train unchanged; 10kGNAD rows 0-999: 2 rows split into 4, both better (judged
rows).

>>> elliptical_frames(ctx)   # one row per group  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import replace

from .context import DocContext, Quote
from .spaces import before_spaces
from .units import DASHES

#: the kinds of a row an elliptical frame may split
SPLIT_KINDS = frozenset({"continuation", "indirect"})

#: the parts of speech of a noun an article hangs on
NOUNS = frozenset({"NOUN", "PROPN"})

#: the mark that ends an elliptical frame and opens its clause
COMMA = ","


def elliptical_frames(ctx: DocContext) -> None:
    """Split each row of one part at its elliptical frames (module docstring)."""
    out: list[Quote] = []
    for q in ctx.quotes:
        frames = _frames(ctx, q) if q.kind in SPLIT_KINDS and len(q.parts) == 1 else []
        out.extend(_split(ctx, q, frames) if frames else [q])
    ctx.quotes[:] = out


def _frames(ctx: DocContext, q: Quote) -> list[tuple[int, int, int]]:
    """The elliptical frames in ``q``: ``(frame start, frame end, clause start)``, the
    frame's words and where its clause begins (after the comma)."""
    a, b = q.parts[0]
    texts, found = ctx.table.texts, []
    for k in range(a, b):
        if k > a and (texts[k - 1] != COMMA or ctx.inside[k - 1] >= 0):
            continue
        clause = _frame_end(ctx, k, b)
        if clause is not None and ctx.any_mood(clause, _clause_end(ctx, clause, b)):
            found.append((k, _frame_words_end(ctx, k), clause))
    return found


def _frame_words_end(ctx: DocContext, k: int) -> int:
    """The end of the frame's words from ``k`` ("wieder andere")."""
    words = ctx.w.elliptical_frame_words
    m = k
    while m < len(ctx.doc) and ctx.doc[m].lower_ in words:
        m += 1
    return m


def _frame_end(ctx: DocContext, k: int, b: int) -> int | None:
    """Where the clause after an elliptical frame at ``k`` starts (after its comma), or
    None: one or two words of ``elliptical_frame_words`` (the last one no adverb: "wieder
    andere"), maybe a dash-set insertion, then a comma."""
    doc, texts = ctx.doc, ctx.table.texts
    m = _frame_words_end(ctx, k)
    if m == k or m - k > 2 or doc[m - 1].lower_ not in ctx.w.elliptical_frame_heads:
        return None
    if m < b and texts[m] in DASHES:
        m += 1
        while m < b and texts[m] not in DASHES and texts[m] != COMMA:
            m += 1
        m += 1
    if m + 1 < b and texts[m] == COMMA and not _relative(ctx, m + 1):
        return m + 1
    return None


def _relative(ctx: DocContext, k: int) -> bool:
    """Token ``k`` opens a relative clause ("Andere, die kamen, …"; ``relative_starts``),
    not the article of a noun after it ("…, die Ampel sei rot")."""
    t = ctx.doc[k]
    if t.lower_ not in ctx.w.relative_starts:
        return False
    return not (t.head.i > t.i and t.head.pos_ in NOUNS)


def _clause_end(ctx: DocContext, a: int, b: int) -> int:
    """The end of the clause from ``a``: the next comma outside quotation marks or ``b``."""
    m = a
    while m < b and (ctx.table.texts[m] != COMMA or ctx.inside[m] >= 0):
        m += 1
    return m


def _split(ctx: DocContext, q: Quote, frames: list[tuple[int, int, int]]) -> list[Quote]:
    """``q`` cut at its ``frames``: the part before the first frame (if any words), then one
    row per frame with the frame's words as its speaker."""
    a, b = q.parts[0]
    rows: list[Quote] = []
    if frames[0][0] > a:
        first = before_spaces(ctx.doc, a, _comma_before(ctx, frames[0][0]))
        rows.append(replace(q, parts=[(a, first)]))
    for n, (fa, fb, c) in enumerate(frames):
        end = b if n + 1 == len(frames) else _comma_before(ctx, frames[n + 1][0])
        rows.append(
            replace(
                q,
                parts=[(c, before_spaces(ctx.doc, c, end))],
                kind="continuation",
                speaker=(fa, fb),
                speaker_chars=None,
                cue=[],
                cue_lemma=None,
                rule=q.rule + "+elliptical",
            )
        )
    return rows


def _comma_before(ctx: DocContext, k: int) -> int:
    """The comma right before ``k`` (the row ends there), else ``k``."""
    return k - 1 if k > 0 and ctx.table.texts[k - 1] == COMMA else k
