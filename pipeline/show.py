"""Human views of one text's extractions: rich tables for the terminal; the HTML page is
:mod:`pipeline.html_view` (``render_html`` is re-exported here).

Both views are built from the table rows (:func:`pipeline.tables.doc_rows`), so what a
person sees is exactly what the CSV files hold.
"""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .html_view import format_number as _number
from .html_view import render_html

__all__ = ["render_html", "render_terminal"]

# layer -> (css, rich style)
STYLES = {
    "quote": ("background:#fff3b0", "on #5f5f00"),
    "cue": ("font-weight:bold;text-decoration:underline", "bold underline"),
    "speaker": ("border-bottom:3px solid #d62728", "bold red"),
    "PER": ("color:#1f77b4;font-weight:600", "bold cyan"),
    "ORG": ("color:#9467bd;font-weight:600", "bold magenta"),
    "LOC": ("color:#2ca02c;font-weight:600", "bold green"),
    "MISC": ("color:#8c564b", "yellow"),
    "number": ("background:#d0ecff", "on #003f5f"),
}


def _marks(rows: dict[str, list[dict[str, Any]]]) -> list[tuple[int, int, str, str]]:
    """(start, end, layer, tooltip) for every highlighted piece."""
    marks = []
    for q in rows["quotes"]:
        tip = f"{q['kind']} quote #{q['quote_id']} — {q['speaker_name'] or q['speaker'] or '?'}"
        for a, b in json.loads(q["spans"]):
            marks.append((a, b, "quote", tip))
        if q["cue_start"] is not None:
            marks.append((q["cue_start"], q["cue_end"], "cue", f"cue {q['cue_lemma'] or q['cue']}"))
        if q["speaker_start"] is not None:
            marks.append(
                (q["speaker_start"], q["speaker_end"], "speaker", f"speaker → {q['speaker_name']}")
            )
    for e in rows["entities"]:
        tip = " ".join(
            str(x)
            for x in (e["label"], e["canonical_name"], e["canonical_id"], e["country_code"])
            if x
        )
        marks.append((e["start"], e["end"], e["label"] if e["label"] in STYLES else "MISC", tip))
    for n in rows["numbers"]:
        tip = f"{n['kind']} value={_number(n['value'])} {n['qualifier'] or ''} {n['noun'] or ''}".strip()
        marks.append((n["start"], n["end"], "number", tip))
    return marks


def _segments(content: str, marks: list[tuple[int, int, str, str]]):
    """Split content where the set of active marks changes: yields (text, [(layer, tip)])."""
    bounds = sorted({0, len(content), *(m[0] for m in marks), *(m[1] for m in marks)})
    for a, b in pairwise(bounds):
        active = [(m[2], m[3]) for m in marks if m[0] <= a and b <= m[1] and m[0] < m[1]]
        yield content[a:b], active


def render_terminal(console: Console, content: str, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Print the marked text and one table per extraction layer."""
    text = Text()
    for piece, active in _segments(content, _marks(rows)):
        style = " ".join(STYLES[layer][1] for layer, _ in active) or None
        text.append(piece, style=style)
    console.print(text)
    doc_row = rows["documents"][0]
    if doc_row["status"] == "error":
        console.print(f"[bold red]error:[/] {doc_row['error']}")
        return
    quotes = Table(title="Quotes", show_lines=True)
    for c in ("#", "kind", "speaker", "cue", "text", "conf", "rule"):
        quotes.add_column(c, overflow="fold")
    for q in rows["quotes"]:
        speaker = q["speaker_name"] or q["speaker"] or ""
        if q["speaker"] and q["speaker_name"] and q["speaker"] != q["speaker_name"]:
            speaker = f"{q['speaker_name']} ({q['speaker']})"
        conf = "" if q["confidence"] is None else f"{q['confidence']:.2f}"
        quotes.add_row(
            str(q["quote_id"]),
            q["kind"] or "",
            speaker,
            q["cue"] or "",
            q["quote_text"],
            conf,
            q["rule"] or "",
        )
    console.print(quotes)
    ents = Table(title="Entities")
    for c in ("text", "label", "canonical", "id", "country", "source"):
        ents.add_column(c)
    for e in rows["entities"]:
        ents.add_row(
            e["text"],
            e["label"],
            e["canonical_name"] or "",
            e["canonical_id"] or "",
            e["country_code"] or "",
            e["source"] or "",
        )
    console.print(ents)
    nums = Table(title="Numbers")
    for c in ("text", "value", "min", "max", "qualifier", "noun", "kind"):
        nums.add_column(c)
    fmt = _number
    for n in rows["numbers"]:
        nums.add_row(
            n["text"],
            fmt(n["value"]),
            fmt(n["value_min"]),
            fmt(n["value_max"]),
            n["qualifier"] or "",
            n["noun"] or "",
            n["kind"] or "",
        )
    console.print(nums)


#: Longer texts get :func:`render_summary` instead of the whole marked text.
SHOW_CHARS = 20_000


def render_summary(console: Console, content: str, rows: dict[str, list[dict[str, Any]]]) -> None:
    """A long text's summary: its size, counts per table and the first marked paragraphs."""
    doc = rows["documents"][0]
    console.print(
        f"[bold]long text[/]: {len(content):,} characters, {doc['n_tokens']:,} tokens — "
        f"{doc['n_quotes']:,} quotes, {doc['n_entities']:,} entities, {doc['n_numbers']:,} "
        f"numbers (showing the first {SHOW_CHARS // 10:,} characters; `newsx run` writes all)"
    )
    head = SHOW_CHARS // 10
    first = {
        t: [r for r in rs if r.get("end", 0) <= head] for t, rs in rows.items() if t != "documents"
    }
    render_terminal(console, content[:head], {**first, "documents": rows["documents"]})
