"""The four output tables: one schema each, and one function per table turning a Doc into rows.

The schemas below are the single source of truth for column order and dtypes; every writer
(CSV, Parquet, JSONL), the README table and ``newsx show`` use them. All character offsets
index into the decoded file content: ``content[start:end] == text`` for every row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pandas as pd
from spacy.tokens import Doc, Span

from .batch import InputItem

#: table -> [(column, pandas dtype, description)]
SCHEMAS: dict[str, list[tuple[str, str, str]]] = {
    "documents": [
        ("doc_id", "string", "POSIX path relative to the input root; joins all tables"),
        ("path", "string", "path of the file as read"),
        ("date", "string", "leading `date …` metadata field, if any"),
        ("n_chars", "Int64", "characters of decoded content"),
        ("n_tokens", "Int64", "spaCy tokens of the text"),
        ("n_quotes", "Int64", "rows in `quotes`"),
        ("n_entities", "Int64", "rows in `entities`"),
        ("n_numbers", "Int64", "rows in `numbers`"),
        ("status", "string", "`ok` or `error`"),
        ("error", "string", "why the file failed"),
        ("encoding", "string", "detected encoding"),
        ("language", "string", "language the text was processed in (`de`, `fr`)"),
    ],
    "quotes": [
        ("doc_id", "string", ""),
        ("quote_id", "Int64", "1-based within the document"),
        ("kind", "string", "direct, indirect, mixed, continuation, reported"),
        ("text", "string", "content[start:end]; for interrupted quotes includes the frame"),
        ("start", "Int64", "character offset"),
        ("end", "Int64", "character offset (exclusive)"),
        ("spans", "string", "JSON list of [start, end] pieces of the quote"),
        ("speaker", "string", "speaker mention as written"),
        ("speaker_start", "Int64", ""),
        ("speaker_end", "Int64", ""),
        ("speaker_name", "string", "resolved name of the speaker"),
        (
            "speaker_entity_id",
            "string",
            "`entity_id` of the speaker in `entities` (same document), if it is one",
        ),
        ("cue", "string", "cue as written, e.g. `sagte`, `nach den Worten von`"),
        ("cue_start", "Int64", ""),
        ("cue_end", "Int64", ""),
        ("cue_lemma", "string", "e.g. `sagen`, `mitteilen`, `laut`"),
        ("confidence", "Float64", "0–1"),
        ("rule", "string", "id of the rule(s) that fired"),
    ],
    "entities": [
        ("doc_id", "string", ""),
        ("text", "string", ""),
        ("label", "string", "PER, LOC, ORG, MISC"),
        ("start", "Int64", ""),
        ("end", "Int64", ""),
        (
            "entity_id",
            "string",
            "`ent:` + 12 hex digits; shared by all mentions of one entity (see Entity ids)",
        ),
        (
            "canonical_id",
            "string",
            "Wikidata QID, `newsx:`/`iso:` registry id, or `newsx:person:<slug>` for people",
        ),
        ("canonical_name", "string", ""),
        ("country_code", "string", "ISO 3166-1 alpha-2"),
        ("source", "string", "`model` or `rules`"),
        ("entity_type", "string", "organisation type or place type"),
        ("rule", "string", "id of the rule that fired"),
    ],
    "numbers": [
        ("doc_id", "string", ""),
        ("text", "string", ""),
        ("value", "Float64", ""),
        ("value_min", "Float64", ""),
        ("value_max", "Float64", ""),
        ("qualifier", "string", "e.g. `mehr als`, `fast`"),
        ("noun", "string", "counted noun (nominative: Todesopfern → Todesopfer) or unit"),
        (
            "kind",
            "string",
            "count, percent, money, quantity, year, year_range, date, time, ordinal",
        ),
        ("start", "Int64", ""),
        ("end", "Int64", ""),
        ("noun_text", "string", "counted noun as written"),
        ("unit", "string", "normalised unit"),
        ("rule", "string", "id of the rule that fired"),
    ],
}
TABLES = tuple(SCHEMAS)


def columns(table: str) -> list[str]:
    """Column names of ``table`` in order."""
    return [c for c, _, _ in SCHEMAS[table]]


def dtypes(table: str) -> dict[str, str]:
    """Column -> pandas dtype of ``table``."""
    return {c: t for c, t, _ in SCHEMAS[table]}


def frame(table: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Rows -> DataFrame with the schema's column order and dtypes (also when empty)."""
    cols = columns(table)
    df = pd.DataFrame.from_records(list(rows), columns=cols)
    return df.astype(dtypes(table))


def read_table(path: str, table: str) -> pd.DataFrame:
    """Read a written CSV/Parquet/JSONL table back with the schema's dtypes."""
    if path.endswith(".parquet"):
        df = pd.read_parquet(path)
    elif path.endswith(".jsonl"):
        df = pd.read_json(path, lines=True, dtype=False)
        if df.empty:
            df = pd.DataFrame(columns=columns(table))
    else:
        df = pd.read_csv(path, dtype=dtypes(table), keep_default_na=False, na_values=[""])
    return df[columns(table)].astype(dtypes(table))


# ---------------------------------------------------------------- rows from a Doc


def _span_attr(span: Span, name: str) -> Any:
    return getattr(span._, name) if span.has_extension(name) else None


def _shift(value: int | None, offset: int) -> int | None:
    return None if value is None else int(value) + offset


def speaker_entities(doc: Doc) -> list[Span]:
    """The entities a speaker can be: PER and ORG with an ``entity_id``."""
    return [e for e in doc.ents if e.label_ in ("PER", "ORG") and _span_attr(e, "entity_id")]


def speaker_entity_id(doc: Doc, span: Span, ents: list[Span] | None = None) -> str | None:
    """The ``entity_id`` of a quote's speaker: the PER/ORG entity inside the speaker mention
    ("Kremlchef Wladimir Putin"), else the one whose ``canonical_name`` or text is the
    resolved ``speaker_name`` ("der Argentinier" resolved to "Lionel Messi"), else the one
    person whose full name ends in it ("Messi"); None when no entity fits.

    ``ents``: :func:`speaker_entities` of ``doc``, when the caller has them already (rows
    take them once per Doc, not once per quote)."""
    ents = speaker_entities(doc) if ents is None else ents
    s, e = _span_attr(span, "speaker_start"), _span_attr(span, "speaker_end")
    if s is not None and e is not None:
        inside = [x for x in ents if x.start_char >= s and x.end_char <= e]
        if inside:
            return _span_attr(max(inside, key=len), "entity_id")
    name = _span_attr(span, "speaker_name")
    if not name:
        return None
    for x in ents:
        if name in (x.text, _span_attr(x, "canonical_name")):
            return _span_attr(x, "entity_id")
    ids = {
        _span_attr(x, "entity_id")
        for x in ents
        if x.label_ == "PER" and (_span_attr(x, "canonical_name") or "").endswith(" " + name)
    }
    return ids.pop() if len(ids) == 1 else None


def quote_rows(doc: Doc, doc_id: str, offset: int = 0) -> Iterator[dict[str, Any]]:
    """One row per span in ``doc.spans["quotes"]``."""
    if "quotes" not in doc.spans:
        return
    quotes = sorted(doc.spans["quotes"], key=lambda s: (s.start_char, s.end_char))
    text = doc.text  # built from the tokens on every access: once, not once per quote
    ents = speaker_entities(doc) if quotes else []
    for i, span in enumerate(quotes, 1):
        parts = _span_attr(span, "parts") or [[span.start_char, span.end_char]]
        start = min(p[0] for p in parts)
        end = max(p[1] for p in parts)
        confidence = _span_attr(span, "confidence")
        yield {
            "doc_id": doc_id,
            "quote_id": i,
            "kind": _span_attr(span, "kind"),
            "text": text[start:end],
            "start": start + offset,
            "end": end + offset,
            "spans": json.dumps([[int(a) + offset, int(b) + offset] for a, b in parts]),
            "speaker": _span_attr(span, "speaker"),
            "speaker_start": _shift(_span_attr(span, "speaker_start"), offset),
            "speaker_end": _shift(_span_attr(span, "speaker_end"), offset),
            "speaker_name": _span_attr(span, "speaker_name"),
            "speaker_entity_id": speaker_entity_id(doc, span, ents),
            "cue": _span_attr(span, "cue"),
            "cue_start": _shift(_span_attr(span, "cue_start"), offset),
            "cue_end": _shift(_span_attr(span, "cue_end"), offset),
            "cue_lemma": _span_attr(span, "cue_lemma"),
            "confidence": None if confidence is None else float(confidence),
            "rule": _span_attr(span, "rule"),
        }


def entity_rows(doc: Doc, doc_id: str, offset: int = 0) -> Iterator[dict[str, Any]]:
    """One row per entity in ``doc.ents`` (model and rule entities)."""
    for ent in doc.ents:
        yield {
            "doc_id": doc_id,
            "text": ent.text,
            "label": ent.label_,
            "start": ent.start_char + offset,
            "end": ent.end_char + offset,
            "entity_id": _span_attr(ent, "entity_id"),
            "canonical_id": _span_attr(ent, "canonical_id"),
            "canonical_name": _span_attr(ent, "canonical_name"),
            "country_code": _span_attr(ent, "country_code"),
            "source": _span_attr(ent, "source") or "model",
            "entity_type": _span_attr(ent, "entity_type"),
            "rule": _span_attr(ent, "entity_rule"),
        }


def _float(v: Any) -> float | None:
    return None if v is None else float(v)


#: A sentence's full stop glued to a number by the tokenizer ("bis 2014."), not an
#: ordinal's dot ("am 3.") nor an abbreviation's ("5 Mio.").
_SENTENCE_END = re.compile(r"\d\.$")  # "bis 2014." -> "2014"
_DAY = re.compile(r"\d{1,2}\.")  # "vom 1. bis 3. Juli": the day keeps its dot


def number_rows(doc: Doc, doc_id: str, offset: int = 0) -> Iterator[dict[str, Any]]:
    """One row per span in ``doc.spans["numbers"]``."""
    if "numbers" not in doc.spans:
        return
    for span in sorted(doc.spans["numbers"], key=lambda s: (s.start_char, s.end_char)):
        kind = _span_attr(span, "number_kind")
        text = span.text
        if kind != "ordinal" and _SENTENCE_END.search(text) and not _DAY.fullmatch(text):
            text = text[:-1]
        yield {
            "doc_id": doc_id,
            "text": text,
            "value": _float(_span_attr(span, "value")),
            "value_min": _float(_span_attr(span, "value_min")),
            "value_max": _float(_span_attr(span, "value_max")),
            "qualifier": _span_attr(span, "qualifier"),
            "noun": _span_attr(span, "noun"),
            "kind": kind,
            "start": span.start_char + offset,
            "end": span.start_char + len(text) + offset,
            "noun_text": _span_attr(span, "noun_text"),
            "unit": _span_attr(span, "unit"),
            "rule": _span_attr(span, "number_rule"),
        }


def document_row(item: InputItem, doc: Doc | None, counts: Mapping[str, int]) -> dict[str, Any]:
    """The documents-table row of one input (``doc`` is None for failed inputs)."""
    return {
        "doc_id": item.doc_id,
        "path": item.path,
        "date": item.date,
        "n_chars": len(item.content) if item.error is None else None,
        "n_tokens": len(doc) if doc is not None else None,
        "n_quotes": counts.get("quotes", 0) if doc is not None else None,
        "n_entities": counts.get("entities", 0) if doc is not None else None,
        "n_numbers": counts.get("numbers", 0) if doc is not None else None,
        "status": "ok" if item.error is None else "error",
        "error": item.error,
        "encoding": item.encoding,
        "language": item.language or (doc.lang_ if doc is not None else None),
    }


ROW_FUNCTIONS = {"quotes": quote_rows, "entities": entity_rows, "numbers": number_rows}


def doc_rows(item: InputItem, doc: Doc | None) -> dict[str, list[dict[str, Any]]]:
    """All rows of one input: ``{"documents": [...], "quotes": [...], ...}``."""
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    if doc is not None and item.error is None:
        for table, fn in ROW_FUNCTIONS.items():
            out[table] = list(fn(doc, item.doc_id, item.offset))
    counts = {t: len(rows) for t, rows in out.items()}
    out["documents"] = [document_row(item, doc if item.error is None else None, counts)]
    return out


def markdown_schema() -> str:
    """The schemas as Markdown tables (for the README)."""
    lines = []
    for table, cols in SCHEMAS.items():
        lines += [f"**{table}**", "", "| column | dtype | meaning |", "|---|---|---|"]
        lines += [f"| `{c}` | {t} | {d} |" for c, t, d in cols]
        lines.append("")
    return "\n".join(lines)
