"""Long texts run as pieces: cuts, merged rows, offsets into the whole content."""

from __future__ import annotations

import json
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import DATA_DIR
from pipeline.batch import decode_item
from pipeline.pieces import piece_limit, split_text
from pipeline.run import iter_document_rows

SAMPLE = (DATA_DIR / "samples" / "bundestag-haushalt.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text, limit, pieces",
    [
        ("kurz", 10, [(0, "kurz")]),
        ("Eins.\n\nZwei.\n\nDrei.", 9, [(0, "Eins.\n\n"), (7, "Zwei.\n\n"), (14, "Drei.")]),
        ("Eins.\n\nZwei.\n\nDrei.", 14, [(0, "Eins.\n\nZwei.\n\n"), (14, "Drei.")]),
        ("Satz eins. Satz zwei. Drei", 12, [(0, "Satz eins. "), (11, "Satz zwei. "), (22, "Drei")]),
        ("Er sagte: „Ja.“ Dann", 16, [(0, "Er sagte: „Ja.“ "), (16, "Dann")]),
        ("ein zwei drei", 5, [(0, "ein "), (4, "zwei "), (9, "drei")]),
        ("abcdefgh", 3, [(0, "abc"), (3, "def"), (6, "gh")]),
    ],
)
def test_split_text_cuts_at_paragraphs_then_sentences_then_spaces(text, limit, pieces):
    assert split_text(text, limit) == pieces


@given(st.text(alphabet="ab .\n„“", max_size=300), st.integers(1, 40))
def test_pieces_concatenate_back_and_respect_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= limit for _, p in pieces)
    assert [o for o, _ in pieces] == [
        sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))
    ]


def test_piece_limit_stays_below_max_length():
    assert piece_limit(1_000_000) == 20_000
    assert piece_limit(500, 20_000) == 499


@pytest.fixture(scope="module")
def nlp_blank():
    """A blank German tokenizer with the newsx components (fast, no model)."""
    from pipeline.model import load_pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_pipeline("blank:de")[0]


def _check_slices(content: str, rows: dict) -> None:
    """Every row's offsets slice its text out of the whole content."""
    for table in ("quotes", "entities", "numbers"):
        for row in rows[table]:
            assert content[row["start"] : row["end"]] == row["text"], (table, row)
    for q in rows["quotes"]:
        for a, b in json.loads(q["spans"]):
            assert q["start"] <= a < b <= q["end"]
        if q["speaker_start"] is not None:
            assert content[q["speaker_start"] : q["speaker_end"]] == q["speaker"]
    assert [q["quote_id"] for q in rows["quotes"]] == list(range(1, len(rows["quotes"]) + 1))


MARKS = "„“‚‘»«›‹\"'”"
texts = st.text(
    alphabet=st.one_of(st.sampled_from(MARKS + "\n\n \t.,:"), st.characters()), max_size=300
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_rows_that_slice_back(nlp_blank, text):
    item = decode_item(text.encode("utf-8", "surrogatepass"), "t.txt", "t.txt")
    (got, rows, _), *_ = iter_document_rows(nlp_blank, [item], piece_chars=50)
    assert rows["documents"][0]["status"] == ("ok" if got.error is None else "error")
    _check_slices(got.content, rows)


def _shifted(rows: dict, by: int) -> dict:
    out = {}
    for table in ("quotes", "entities", "numbers"):
        out[table] = []
        for row in rows[table]:
            row = {**row, "start": row["start"] + by, "end": row["end"] + by}
            if table == "quotes":
                row["spans"] = json.dumps([[a + by, b + by] for a, b in json.loads(row["spans"])])
                for k in ("speaker", "cue"):
                    if row[f"{k}_start"] is not None:
                        row[f"{k}_start"] += by
                        row[f"{k}_end"] += by
            out[table].append(row)
    return out


def _rows_of_pieces(nlp, content: str, limit: int) -> dict:
    """Rows of each piece processed as a document of its own, shifted and renumbered."""
    expected = {"quotes": [], "entities": [], "numbers": []}
    for start, piece in split_text(content, limit):
        item = decode_item(piece.encode("utf-8"), "long.txt", "long.txt")
        _, rows, _ = next(iter_document_rows(nlp, [item], piece_chars=len(piece) + 1))
        for table, table_rows in _shifted(rows, start).items():
            expected[table] += table_rows
    for i, q in enumerate(expected["quotes"], 1):
        q["quote_id"] = i
    return expected


paragraph = st.sampled_from(
    [
        "Merkel sagte: „Wir schaffen das.“",
        "„Das ist falsch“, sagte Scholz am Montag in Berlin.",
        "Die Preise stiegen um mehr als 5 Prozent.",
        "Laut Polizei gab es 12 Verletzte.",
        "Ein Satz ohne alles",
    ]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraph, min_size=2, max_size=12), st.sampled_from(["\n\n", "\n"]))
def test_long_text_gives_the_rows_of_its_pieces(nlp_blank, paragraphs, sep):
    content = sep.join(paragraphs)
    limit = 120
    item = decode_item(content.encode("utf-8"), "long.txt", "long.txt")
    _, rows, _ = next(iter_document_rows(nlp_blank, [item], piece_chars=limit))
    assert rows["documents"][0]["status"] == "ok"
    expected = _rows_of_pieces(nlp_blank, content, limit)
    assert {t: rows[t] for t in expected} == expected
    _check_slices(content, rows)


def test_shipped_model_over_a_text_above_max_length(nlp):
    """The real model: a text 4× a lowered max_length is one ok document, same rows as pieces."""
    content = "\n\n".join([SAMPLE.split("\n", 1)[1]] * 4)
    old = nlp.max_length
    nlp.max_length = len(content) // 3
    try:
        item = decode_item(content.encode("utf-8"), "long.txt", "long.txt")
        _, rows, _ = next(iter_document_rows(nlp, [item]))
        expected = _rows_of_pieces(nlp, content, piece_limit(nlp.max_length))
    finally:
        nlp.max_length = old
    doc_row = rows["documents"][0]
    assert (doc_row["status"], doc_row["n_quotes"]) == ("ok", len(rows["quotes"]))
    assert len(split_text(content, len(content) // 3 - 1)) >= 3
    assert len(rows["quotes"]) >= 4 * 3 and rows["numbers"]
    assert {t: rows[t] for t in expected} == expected
    _check_slices(content, rows)
