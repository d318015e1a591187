"""``newsx show FILE --html OUT.html``: one text with its quotes, entities and numbers.

The page is standalone (inline CSS, a few lines of JavaScript) and built from the table
rows (:func:`pipeline.tables.doc_rows`), so it shows what the CSV files hold:

- the text, with every quote in its own colour (two alternating colours and a border), its
  number as a badge where it starts, the cue underlined, the speaker mention outlined in
  red with the number of the quote it belongs to, entities coloured by label and numbers
  on blue;
- three tables (quotes, entities, numbers); the quotes table has speaker mention, speaker
  name, cue, kind, confidence and rule. Clicking a row scrolls to its span in the text and
  flashes it (each row also links to ``#quote-3``, ``#entity-2``, ``#number-1``).
"""

from __future__ import annotations

import html
import json
from itertools import pairwise
from typing import Any

CSS = """
body{font-family:system-ui,sans-serif;max-width:80em;margin:2em auto;padding:0 1em;line-height:1.9}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1em;border-radius:6px}
.q{border-top:1px solid #b59b00;border-bottom:1px solid #b59b00;padding:2px 0}
.qa{background:#fff3b0}.qb{background:#d9f2d0;border-color:#4c9a2a}
.qs{border-left:3px solid #b59b00;padding-left:2px;margin-left:3px}
.qb.qs{border-left-color:#4c9a2a}
.qe{border-right:3px solid #b59b00;padding-right:2px}.qb.qe{border-right-color:#4c9a2a}
.qn{background:#333;color:#fff;border-radius:8px;padding:0 5px;font-size:70%;margin-right:2px}
.cue{font-weight:bold;text-decoration:underline}
.spk{outline:2px solid #d62728;outline-offset:1px}
.spkn{color:#d62728;font-size:70%;font-weight:bold}
.PER{color:#1f77b4;font-weight:600}.ORG{color:#9467bd;font-weight:600}
.LOC{color:#2a7f2a;font-weight:600}.MISC{color:#8c564b;font-weight:600}
.num{background:#cfe8ff}
.flash{animation:flash 1.2s}@keyframes flash{0%,60%{background:#ff9}}
table{border-collapse:collapse;margin:.5em 0 2em;font-size:90%;width:100%}
th{background:#eee;text-align:left}#quotes td:nth-child(3){min-width:22em}
td:last-child{overflow-wrap:anywhere;font-family:monospace;font-size:90%}td,th{vertical-align:top;padding:3px 6px;border:1px solid #ddd}
tbody tr{cursor:pointer}tbody tr:nth-child(even){background:#fafafa}tbody tr:hover{background:#ffe}
.legend span{padding:0 6px;margin-right:4px}
"""

SCRIPT = """
for (const row of document.querySelectorAll('tr[data-target]')) {
  row.addEventListener('click', () => {
    const el = document.getElementById(row.dataset.target);
    if (!el) return;
    el.scrollIntoView({block: 'center'});
    for (const s of document.querySelectorAll('.' + row.dataset.target)) {
      s.classList.remove('flash'); void s.offsetWidth; s.classList.add('flash');
    }
  });
}
"""

QUOTE_COLUMNS = (
    "#",
    "kind",
    "quote",
    "speaker mention",
    "speaker name",
    "cue",
    "confidence",
    "rule",
)
ENTITY_COLUMNS = ("#", "text", "label", "canonical name", "canonical id", "country", "type",
                  "source", "rule")  # fmt: skip
NUMBER_COLUMNS = ("#", "text", "value", "min", "max", "qualifier", "noun", "unit", "kind", "rule")


def format_number(value: float | None) -> str:
    """A value for reading: 20220107, 477000000000 -> 477,000,000,000, 2.4."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}" if abs(value) >= 100_000_000 else str(int(value))
    return f"{value:g}"


def _marks(rows: dict[str, list[dict[str, Any]]]) -> list[tuple[int, int, str, str]]:
    """(start, end, css classes, anchor id) of every highlighted piece, in table order.

    Quote pieces carry ``q qa``/``q qb`` (alternating per quote) and ``quote-<n>``;
    the anchor id is set on the first piece of each item only.
    """
    marks = []
    for q in rows["quotes"]:
        n, tone = q["quote_id"], "qa" if q["quote_id"] % 2 else "qb"
        for k, (a, b) in enumerate(json.loads(q["spans"])):
            marks.append((a, b, f"q {tone} quote-{n}", f"quote-{n}" if k == 0 else ""))
        if q["cue_start"] is not None:
            marks.append((q["cue_start"], q["cue_end"], f"cue quote-{n}", ""))
        if q["speaker_start"] is not None:
            marks.append((q["speaker_start"], q["speaker_end"], f"spk quote-{n}", ""))
    for i, e in enumerate(rows["entities"], 1):
        label = e["label"] if e["label"] in ("PER", "ORG", "LOC") else "MISC"
        marks.append((e["start"], e["end"], f"{label} entity-{i}", f"entity-{i}"))
    for i, n in enumerate(rows["numbers"], 1):
        marks.append((n["start"], n["end"], f"num number-{i}", f"number-{i}"))
    return [m for m in marks if m[0] < m[1]]


def _badges(rows: dict[str, list[dict[str, Any]]]) -> tuple[dict[int, str], dict[int, str]]:
    """HTML to put before a position (quote numbers) and after one (speaker numbers)."""
    before: dict[int, str] = {}
    after: dict[int, str] = {}
    for q in rows["quotes"]:
        n = q["quote_id"]
        before[q["start"]] = before.get(q["start"], "") + f'<span class="qn">{n}</span>'
        if q["speaker_end"] is not None:
            tag = f'<sup class="spkn" title="speaker of quote {n}">→{n}</sup>'
            after[q["speaker_end"]] = after.get(q["speaker_end"], "") + tag
    return before, after


def _text_html(content: str, rows: dict[str, list[dict[str, Any]]]) -> str:
    """The text with nested ``<span>`` marks, anchors and quote/speaker badges."""
    marks = _marks(rows)
    before, after = _badges(rows)
    bounds = sorted({0, len(content), *(m[0] for m in marks), *(m[1] for m in marks),
                     *before, *after})  # fmt: skip
    parts = []
    for a, b in pairwise(bounds):
        parts.append(after.get(a, ""))
        parts.extend(f'<a id="{m[3]}"></a>' for m in marks if m[0] == a and m[3])
        parts.append(before.get(a, ""))
        active = [m for m in marks if m[0] <= a and b <= m[1]]
        piece = html.escape(content[a:b])
        classes = " ".join(m[2] for m in active)
        for m in active:  # visible start and end of each quote
            if m[2].startswith("q ") and m[0] == a:
                classes += " qs"
            if m[2].startswith("q ") and m[1] == b:
                classes += " qe"
        parts.append(f'<span class="{classes}">{piece}</span>' if active else piece)
    parts.append(after.get(len(content), ""))
    return "".join(parts)


def _table(table_id: str, columns: tuple[str, ...], body: list[tuple[str, list[Any]]]) -> str:
    """A table whose rows scroll to ``target`` when clicked (and link to it)."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    rows = []
    for target, cells in body:
        first = f'<a href="#{target}">{html.escape(str(cells[0]))}</a>'
        rest = "".join(f"<td>{html.escape('' if c is None else str(c))}</td>" for c in cells[1:])
        rows.append(f'<tr data-target="{target}"><td>{first}</td>{rest}</tr>')
    return (
        f'<table id="{table_id}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _tables(rows: dict[str, list[dict[str, Any]]]) -> str:
    """The quotes, entities and numbers tables with headings."""
    quotes = [
        (
            f"quote-{q['quote_id']}",
            [
                q["quote_id"],
                q["kind"],
                q["quote_text"],
                q["speaker"],
                q["speaker_name"],
                q["cue"],
                "" if q["confidence"] is None else f"{q['confidence']:.2f}",
                q["rule"],
            ],
        )
        for q in rows["quotes"]
    ]
    ents = [
        (
            f"entity-{i}",
            [
                i,
                e["text"],
                e["label"],
                e["canonical_name"],
                e["canonical_id"],
                e["country_code"],
                e["entity_type"],
                e["source"],
                e["rule"],
            ],
        )
        for i, e in enumerate(rows["entities"], 1)
    ]
    nums = [
        (
            f"number-{i}",
            [
                i,
                n["text"],
                format_number(n["value"]),
                format_number(n["value_min"]),
                format_number(n["value_max"]),
                n["qualifier"],
                n["noun"],
                n["unit"],
                n["kind"],
                n["rule"],
            ],
        )
        for i, n in enumerate(rows["numbers"], 1)
    ]
    return (
        f"<h2>Quotes ({len(quotes)})</h2>{_table('quotes', QUOTE_COLUMNS, quotes)}"
        f"<h2>Entities ({len(ents)})</h2>{_table('entities', ENTITY_COLUMNS, ents)}"
        f"<h2>Numbers ({len(nums)})</h2>{_table('numbers', NUMBER_COLUMNS, nums)}"
    )


LEGEND = (
    '<p class="legend"><span class="q qa qs qe">quote</span><span class="q qb qs qe">next quote'
    '</span><span class="cue">cue</span><span class="spk">speaker</span><span class="PER">PER'
    '</span><span class="ORG">ORG</span><span class="LOC">LOC</span><span class="MISC">MISC'
    '</span><span class="num">number</span></p>'
)


def render_html(content: str, rows: dict[str, list[dict[str, Any]]], title: str = "newsx") -> str:
    """A standalone HTML page of one text: marked text, then the three tables."""
    doc = rows["documents"][0] if rows.get("documents") else {}
    error = (
        f"<p><b>error:</b> {html.escape(str(doc['error']))}</p>"
        if doc.get("status") == "error"
        else ""
    )
    return (
        f"<!doctype html><html lang='de'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>{LEGEND}{error}"
        f"<div class='text'>{_text_html(content, rows)}</div>{_tables(rows)}"
        f"<script>{SCRIPT}</script></body></html>"
    )
