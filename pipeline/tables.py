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
from spacy.tokens.underscore import Underscore

from .batch import InputItem
from .number_cues import unglued

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
        (
            "quote_text",
            "string",
            (
                "the quote's own words: its `spans` joined by ` … ` (= `text` unless a frame "
                "interrupts the quote)"
            ),
        ),
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


_MUTABLE = Underscore.mutable_types


class _SpanValues:
    """``values(span, names)``: the ``span._`` values of ``names`` (None for an extension
    that is not registered), read straight from ``doc.user_data`` for plain extensions.

    ``span._.name`` builds an Underscore object per read; rows read 13-18 values of
    thousands of spans, so this reads the dictionary spaCy keeps them in, under spaCy's own
    key ``("._.", name, start_char, end_char)``. Extensions with a getter or method, or a
    mutable default, still go through ``span._``.
    """

    def __init__(self, doc: Doc):
        self.data = doc.user_data
        exts = Underscore.span_extensions
        self.plain = {
            name: ext[0]
            for name, ext in exts.items()
            if ext[1] is None and ext[2] is None and not isinstance(ext[0], _MUTABLE)
        }

    def __call__(self, span: Span, names: Iterable[str]) -> dict[str, Any]:
        start, end, data, plain = span.start_char, span.end_char, self.data, self.plain
        out = {}
        for name in names:
            if name in plain:
                out[name] = data.get(("._.", name, start, end), plain[name])
            else:
                out[name] = _span_attr(span, name)
        return out


def _shift(value: int | None, offset: int) -> int | None:
    return None if value is None else int(value) + offset


def speaker_entities(doc: Doc, values: _SpanValues | None = None) -> list[Span]:
    """The entities a speaker can be: PER and ORG with an ``entity_id``."""
    values = values or _SpanValues(doc)
    return [
        e for e in doc.ents if e.label_ in ("PER", "ORG") and values(e, ("entity_id",))["entity_id"]
    ]


_SPEAKER_ENTITY = ("entity_id", "canonical_name")


def speaker_entity_id(
    doc: Doc,
    span: Span,
    ents: list[Span] | None = None,
    values: _SpanValues | None = None,
) -> str | None:
    """The ``entity_id`` of a quote's speaker: the PER/ORG entity inside the speaker mention
    ("Kremlchef Wladimir Putin"), else the one whose ``canonical_name`` or text is the
    resolved ``speaker_name`` ("der Argentinier" resolved to "Lionel Messi"), else the one
    person whose full name ends in it ("Messi"); None when no entity fits.

    ``ents``: :func:`speaker_entities` of ``doc``, when the caller has them already (rows
    take them once per Doc, not once per quote)."""
    values = values or _SpanValues(doc)
    ents = speaker_entities(doc, values) if ents is None else ents
    v = values(span, ("speaker_start", "speaker_end", "speaker_name"))
    s, e = v["speaker_start"], v["speaker_end"]
    if s is not None and e is not None:
        inside = [x for x in ents if x.start_char >= s and x.end_char <= e]
        if inside:
            return values(max(inside, key=len), ("entity_id",))["entity_id"]
    name = v["speaker_name"]
    if not name:
        return None
    known = [(x, values(x, _SPEAKER_ENTITY)) for x in ents]
    for x, xv in known:
        if name in (x.text, xv["canonical_name"]):
            return xv["entity_id"]
    ids = {
        xv["entity_id"]
        for x, xv in known
        if x.label_ == "PER" and (xv["canonical_name"] or "").endswith(" " + name)
    }
    return ids.pop() if len(ids) == 1 else None


#: between the parts of an interrupted quote in ``quote_text`` ("…, sagte er, …")
QUOTE_PART_JOINER = " … "

_QUOTE_ATTRS = (
    "parts", "kind", "confidence", "speaker", "speaker_start", "speaker_end", "speaker_name",
    "cue", "cue_start", "cue_end", "cue_lemma", "rule",
)  # fmt: skip


def quote_rows(
    doc: Doc, doc_id: str, offset: int = 0, text: str | None = None
) -> Iterator[dict[str, Any]]:
    """One row per span in ``doc.spans["quotes"]``.

    ``text``: a string in which ``text[offset:]`` starts with the Doc's text (the decoded
    file content of a run), which spares building ``doc.text`` from all tokens.
    """
    if "quotes" not in doc.spans:
        return
    quotes = sorted(doc.spans["quotes"], key=lambda s: (s.start_char, s.end_char))
    if not quotes:
        return
    if text is None:
        text, base = doc.text, 0  # built from the tokens on every access: once per Doc
    else:
        base = offset
    values = _SpanValues(doc)
    ents = speaker_entities(doc, values)
    for i, span in enumerate(quotes, 1):
        v = values(span, _QUOTE_ATTRS)
        parts = v["parts"] or [[span.start_char, span.end_char]]
        start = min(p[0] for p in parts)
        end = max(p[1] for p in parts)
        confidence = v["confidence"]
        yield {
            "doc_id": doc_id,
            "quote_id": i,
            "kind": v["kind"],
            "text": text[start + base : end + base],
            "quote_text": QUOTE_PART_JOINER.join(text[a + base : b + base] for a, b in parts),
            "start": start + offset,
            "end": end + offset,
            "spans": json.dumps([[int(a) + offset, int(b) + offset] for a, b in parts]),
            "speaker": v["speaker"],
            "speaker_start": _shift(v["speaker_start"], offset),
            "speaker_end": _shift(v["speaker_end"], offset),
            "speaker_name": v["speaker_name"],
            "speaker_entity_id": speaker_entity_id(doc, span, ents, values),
            "cue": v["cue"],
            "cue_start": _shift(v["cue_start"], offset),
            "cue_end": _shift(v["cue_end"], offset),
            "cue_lemma": v["cue_lemma"],
            "confidence": None if confidence is None else float(confidence),
            "rule": v["rule"],
        }


_ENTITY_ATTRS = (
    "entity_id", "canonical_id", "canonical_name", "country_code", "source", "entity_type",
    "entity_rule",
)  # fmt: skip


def entity_rows(
    doc: Doc, doc_id: str, offset: int = 0, text: str | None = None
) -> Iterator[dict[str, Any]]:
    """One row per entity in ``doc.ents`` (model and rule entities); ``text`` as in
    :func:`quote_rows`."""
    values = _SpanValues(doc)
    for ent in doc.ents:
        v = values(ent, _ENTITY_ATTRS)
        yield {
            "doc_id": doc_id,
            "text": _span_text(ent, offset, text),
            "label": ent.label_,
            "start": ent.start_char + offset,
            "end": ent.end_char + offset,
            "entity_id": v["entity_id"],
            "canonical_id": v["canonical_id"],
            "canonical_name": v["canonical_name"],
            "country_code": v["country_code"],
            "source": v["source"] or "model",
            "entity_type": v["entity_type"],
            "rule": v["entity_rule"],
        }


def _span_text(span: Span, offset: int, text: str | None) -> str:
    """``span.text``, sliced from ``text`` when given (see :func:`quote_rows`)."""
    if text is None:
        return span.text
    return text[span.start_char + offset : span.end_char + offset]


def _float(v: Any) -> float | None:
    return None if v is None else float(v)


#: A sentence's full stop glued to a number by the tokenizer ("bis 2014."), not an
#: ordinal's dot ("am 3.") nor an abbreviation's ("5 Mio.").
_SENTENCE_END = re.compile(r"\d\.$")  # "bis 2014." -> "2014"
_DAY = re.compile(r"\d{1,2}\.")  # "vom 1. bis 3. Juli": the day keeps its dot
_NUMBER_ATTRS = (
    "number_kind", "value", "value_min", "value_max", "qualifier", "noun", "noun_text", "unit",
    "number_rule",
)  # fmt: skip


def number_rows(
    doc: Doc, doc_id: str, offset: int = 0, text: str | None = None
) -> Iterator[dict[str, Any]]:
    """One row per span in ``doc.spans["numbers"]``; ``text`` as in :func:`quote_rows`."""
    if "numbers" not in doc.spans:
        return
    values = _SpanValues(doc)
    content = text
    for span in sorted(doc.spans["numbers"], key=lambda s: (s.start_char, s.end_char)):
        v = values(span, _NUMBER_ATTRS)
        kind = v["number_kind"]
        text = _span_text(span, offset, content)
        day = kind == "date" and _DAY.fullmatch(text)  # not "der Bus um 10." (a count)
        if kind != "ordinal" and _SENTENCE_END.search(text) and not day:
            text = text[:-1]
        elif v["noun_text"] and text.endswith(v["noun_text"] + "."):
            text = text[:-1]  # "auf 160 km/h." at a sentence end (spaCy's token "h.")
        text = unglued(text, v["noun_text"])  # "21,93 mSilber" in a results box
        yield {
            "doc_id": doc_id,
            "text": text,
            "value": _float(v["value"]),
            "value_min": _float(v["value_min"]),
            "value_max": _float(v["value_max"]),
            "qualifier": v["qualifier"],
            "noun": v["noun"],
            "kind": kind,
            "start": span.start_char + offset,
            "end": span.start_char + len(text) + offset,
            "noun_text": v["noun_text"],
            "unit": v["unit"],
            "rule": v["number_rule"],
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


def doc_rows(
    item: InputItem, doc: Doc | None, *, from_content: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """All rows of one input: ``{"documents": [...], "quotes": [...], ...}``.

    ``from_content``: ``doc`` was made from ``item.text`` (as in a run), so row texts are
    sliced from ``item.content`` instead of being rebuilt from the Doc's tokens.
    """
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    if doc is not None and item.error is None:
        text = item.content if from_content else None
        out["quotes"] = list(quote_rows(doc, item.doc_id, item.offset, text))
        out["entities"] = list(entity_rows(doc, item.doc_id, item.offset, text))
        out["numbers"] = list(number_rows(doc, item.doc_id, item.offset, text))
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
