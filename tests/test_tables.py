"""Table schemas and writers: every format reads back with the same values."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import spacy

from pipeline import extensions
from pipeline.batch import decode_item
from pipeline.tables import SCHEMAS, TABLES, columns, doc_rows, frame, quote_rows, read_table
from pipeline.writers import FORMATS, OutputSet

TRICKY = 'Er sagte: „Das ist, wie man sagt, ""gut""\nund neu.“\r\nZeile 2; Komma, Tab\tEnde'


def _rows():
    return {
        "documents": [
            {
                "doc_id": "a/x.txt",
                "path": "in/a/x.txt",
                "date": "2022-01",
                "n_chars": 10,
                "n_tokens": 3,
                "n_quotes": 1,
                "n_entities": 1,
                "n_numbers": 1,
                "status": "ok",
                "error": None,
                "encoding": "utf-8",
            },
            {
                "doc_id": "b.txt",
                "path": "in/b.txt",
                "date": None,
                "n_chars": None,
                "n_tokens": None,
                "n_quotes": None,
                "n_entities": None,
                "n_numbers": None,
                "status": "error",
                "error": "binary file: contains NUL/control bytes",
                "encoding": None,
            },
        ],
        "quotes": [
            {
                "doc_id": "a/x.txt",
                "quote_id": 1,
                "kind": "direct",
                "text": TRICKY,
                "quote_text": f"{TRICKY[0:5]} … {TRICKY[9:20]}",
                "start": 0,
                "end": len(TRICKY),
                "spans": json.dumps([[0, 5], [9, 20]]),
                "speaker": "Er",
                "speaker_start": 0,
                "speaker_end": 2,
                "speaker_name": "Wladimir Putin",
                "cue": "sagte",
                "cue_start": 3,
                "cue_end": 8,
                "cue_lemma": "sagen",
                "confidence": 0.875,
                "rule": "direct.colon",
            },
        ],
        "entities": [
            {
                "doc_id": "a/x.txt",
                "text": "ОДКБ",
                "label": "ORG",
                "start": 4,
                "end": 8,
                "canonical_id": "Q485179",
                "canonical_name": "OVKS",
                "country_code": None,
                "source": "rules",
                "entity_type": "military alliance",
                "rule": "org.alias",
            },
        ],
        "numbers": [
            {
                "doc_id": "a/x.txt",
                "text": "mehr als 160 Todesopfer",
                "value": 160.0,
                "value_min": 160.0,
                "value_max": None,
                "qualifier": "mehr als",
                "noun": "Todesopfer",
                "kind": "count",
                "start": 1,
                "end": 24,
                "noun_text": "Todesopfer",
                "unit": None,
                "rule": "num.digits",
            },
        ],
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_roundtrip_every_format(tmp_path, fmt):
    rows = _rows()
    with OutputSet(tmp_path, [fmt]) as out:
        out.write({t: rows[t][:1] for t in TABLES})
        out.write({t: rows[t][1:] for t in TABLES})
    for table in TABLES:
        got = read_table(str(tmp_path / f"{table}.{fmt}"), table)
        pd.testing.assert_frame_equal(got, frame(table, rows[table]))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.{fmt}" for t in TABLES)


def test_plain_read_csv_without_options_gets_the_values(tmp_path):
    rows = _rows()
    with OutputSet(tmp_path, ["csv"]) as out:
        out.write(rows)
    quotes = pd.read_csv(tmp_path / "quotes.csv")
    assert quotes.loc[0, "text"] == TRICKY
    assert json.loads(quotes.loc[0, "spans"]) == [[0, 5], [9, 20]]
    assert list(quotes.columns) == columns("quotes")
    ents = pd.read_csv(tmp_path / "entities.csv")
    assert ents.loc[0, "text"] == "ОДКБ"


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_tables_have_schema(tmp_path, fmt):
    with OutputSet(tmp_path, [fmt]):
        pass
    for table in TABLES:
        got = read_table(str(tmp_path / f"{table}.{fmt}"), table)
        assert list(got.columns) == columns(table) and len(got) == 0
        assert [str(t) for t in got.dtypes] == [t for _, t, _ in SCHEMAS[table]]
    if fmt == "csv":
        assert (tmp_path / "quotes.csv").read_text().splitlines() == [",".join(columns("quotes"))]


def test_failed_writer_leaves_no_file(tmp_path):
    with pytest.raises(RuntimeError), OutputSet(tmp_path, ["csv", "parquet"]) as out:
        out.write(_rows())
        raise RuntimeError("crash mid-run")
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="unknown format 'xlsx'"):
        OutputSet(tmp_path, ["xlsx"])


def test_doc_rows_shift_offsets_by_metadata_header():
    extensions.register()
    nlp = spacy.blank("de")
    item = decode_item(" date 2022-01 Putin sagte: „Nein.“".encode(), "a.txt", "a.txt")
    doc = nlp(item.text)
    q = doc.char_span(14, 19)
    q._.kind, q._.parts, q._.cue, q._.cue_start, q._.cue_end = "direct", [[14, 19]], "sagte", 6, 11
    doc.spans["quotes"] = [q]
    doc.ents = [doc.char_span(0, 5, label="PER")]
    rows = doc_rows(item, doc)
    (qr,) = rows["quotes"]
    assert item.content[qr["start"] : qr["end"]] == qr["text"] == "Nein."
    assert item.content[qr["cue_start"] : qr["cue_end"]] == "sagte"
    assert json.loads(qr["spans"]) == [[28, 33]]
    (er,) = rows["entities"]
    assert (er["text"], er["start"], er["end"], er["source"]) == ("Putin", 14, 19, "model")
    assert rows["documents"] == [
        {
            "doc_id": "a.txt",
            "path": "a.txt",
            "date": "2022-01",
            "n_chars": 34,
            "n_tokens": 7,
            "n_quotes": 1,
            "n_entities": 1,
            "n_numbers": 0,
            "status": "ok",
            "error": None,
            "encoding": "utf-8",
            "language": "de",
        }
    ]


def test_entity_and_number_on_the_same_words_keep_their_own_rule():
    """spaCy keys Span._ values by character offsets: the MISC entity "Zweiten Weltkrieg"
    and the ordinal number on the same characters must not overwrite each other's rule."""
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_entities")
    nlp.add_pipe("newsx_numbers")
    item = decode_item("Er kämpfte im Zweiten Weltkrieg in Frankreich.".encode(), "w.txt", "w.txt")
    rows = doc_rows(item, nlp(item.text))
    ents = [(r["text"], r["label"], r["rule"]) for r in rows["entities"]]
    nums = [(r["text"], r["kind"], r["rule"]) for r in rows["numbers"]]
    assert ents == [
        ("Zweiten Weltkrieg", "MISC", "misc:zweiter-weltkrieg"),
        ("Frankreich", "LOC", "place:country.fr"),
    ]
    assert nums == [("Zweiten Weltkrieg", "ordinal", "ordinal.word")]


@pytest.mark.parametrize(
    ("speaker", "speaker_name", "expected"),
    [
        ("Landeshauptmann Hans Niessl", "Hans Niessl", "Hans Niessl"),  # entity in the mention
        ("Er", "Hans Niessl", "Hans Niessl"),  # resolved name = the entity's canonical_name
        ("der Burgenländer", "Niessl", "Hans Niessl"),  # the one person named ... Niessl
        ("die Gewerkschaft", "Gewerkschaft", None),  # no entity: no id
        ("man", None, None),
    ],
)
def test_speaker_entity_id_joins_the_entities_table(speaker, speaker_name, expected):
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_entities")
    text = "Landeshauptmann Hans Niessl kam. Er sagte, der Burgenländer bleibe. Das sagte man."
    text += " Das meint die Gewerkschaft."
    doc = nlp(text)
    start = text.index(speaker)
    quote = doc.char_span(0, 5, alignment_mode="expand")
    quote._.speaker, quote._.speaker_name = speaker, speaker_name
    quote._.speaker_start, quote._.speaker_end = start, start + len(speaker)
    doc.spans["quotes"] = [quote]
    ids = {
        r["text"]: r["entity_id"] for r in doc_rows(decode_item(b"x", "x", "x"), doc)["entities"]
    }
    (row,) = quote_rows(doc, "d")
    got = row["speaker_entity_id"]
    assert got == (ids[expected] if expected else None)
