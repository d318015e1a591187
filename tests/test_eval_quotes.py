"""Tests for the quote scorer (``pipeline.evaluate.quotes``) and the naive baseline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import baseline, extensions
from pipeline.evaluate import quotes as ev
from tests.conftest import shared_path

# ------------------------------------------------------------------------------ helpers


def role(spans: list[list[int]] | None = None, text: str = "") -> dict[str, Any]:
    return {"text": text, "spans": spans or []}


def gold_quote(
    spans: list[list[int]],
    speaker: list[list[int]] | None = None,
    cue: list[list[int]] | None = None,
    type_: str = "Direct",
) -> dict[str, Any]:
    return {
        "type": type_,
        "medium": "Speech",
        "is_nested": False,
        "has_nested": False,
        "quote": role(spans),
        "speaker": role(speaker),
        "cue": role(cue),
        "frame": role(),
        "addressee": role(),
    }


def gold_doc(quotes: list[dict[str, Any]], text: str = "x" * 100, id_: str = "d1") -> dict:
    return {"id": id_, "title": "", "date": "", "text": text, "quotes": quotes}


def pred(
    parts: list[list[int]],
    speaker: tuple[int, int] | None = None,
    cue: tuple[int, int] | None = None,
    kind: str | None = "direct",
) -> dict[str, Any]:
    return {
        "parts": parts,
        "kind": kind,
        "speaker": "S" if speaker else None,
        "speaker_start": speaker[0] if speaker else None,
        "speaker_end": speaker[1] if speaker else None,
        "speaker_name": None,
        "cue": "sagte" if cue else None,
        "cue_start": cue[0] if cue else None,
        "cue_end": cue[1] if cue else None,
    }


def prf(result: dict[str, Any], key: str) -> tuple[float, float, float]:
    return result[key]["p"], result[key]["r"], result[key]["f1"]


# ------------------------------------------------------------------------ overlap, pairing


def test_overlap_f1_partial_and_multi_span():
    assert ev.overlap_f1([[0, 10]], [[4, 10]]) == pytest.approx(0.75)
    assert ev.overlap_f1([[0, 10], [20, 30]], [[0, 10], [20, 30]]) == 1.0
    # one predicted span over a quote interrupted by its frame: 2*20 / (20 + 30)
    assert ev.overlap_f1([[0, 10], [20, 30]], [[0, 30]]) == pytest.approx(0.8)
    assert ev.overlap_f1([[0, 10]], [[10, 20]]) == 0.0


def test_pairing_is_one_to_one_and_takes_best_first():
    # gold 0 overlaps both predictions; the exact one wins, the other stays unpaired
    pairs = ev.pair_quotes([[[0, 10]]], [[[0, 9]], [[0, 10]]])
    assert pairs == [(0, 1, 1.0)]
    # one prediction over two gold quotes: equal scores, the earlier gold gets it
    pairs = ev.pair_quotes([[[0, 10]], [[10, 20]]], [[[0, 20]]])
    assert pairs == [(0, 0, pytest.approx(2 / 3))]


# -------------------------------------------------------------------------------- score


def test_partial_overlap_matches_at_05_not_at_08():
    gold = [gold_doc([gold_quote([[10, 30]])])]
    result = ev.score(gold, [[pred([[10, 22]])]])  # char F1 = 24 / 32 = 0.75
    assert prf(result, "quotes@0.3") == (1.0, 1.0, 1.0)
    assert prf(result, "quotes@0.5") == (1.0, 1.0, 1.0)
    assert prf(result, "quotes@0.8") == (0.0, 0.0, 0.0)
    assert result["quotes@0.8"] == {
        "p": 0.0,
        "r": 0.0,
        "f1": 0.0,
        "tp": 0,
        "n_pred": 1,
        "n_gold": 1,
    }
    assert result["matched"] == 1
    # a threshold of 0.8 leaves nothing to judge speakers on
    strict = ev.score(gold, [[pred([[10, 22]])]], threshold=0.8)
    assert strict["matched"] == 0 and strict["speaker_accuracy"] == 0.0


def test_threshold_is_inclusive_and_custom_threshold_reported():
    gold = [gold_doc([gold_quote([[0, 10], [20, 30]])])]
    result = ev.score(gold, [[pred([[0, 30]])]], threshold=0.6)  # score exactly 0.8
    assert result["quotes@0.8"]["tp"] == 1
    assert result["quotes@0.6"]["tp"] == 1
    assert [k for k in result if k.startswith("quotes@")] == [
        "quotes@0.3",
        "quotes@0.5",
        "quotes@0.6",
        "quotes@0.8",
    ]


def test_precision_recall_counts_over_documents():
    gold = [
        gold_doc([gold_quote([[0, 10]]), gold_quote([[50, 60]], type_="Indirect")], id_="a"),
        gold_doc([gold_quote([[0, 20]], type_="Reported")], id_="b"),
        gold_doc([], id_="c"),
    ]
    preds = [
        [pred([[0, 10]]), pred([[80, 90]])],  # one hit, one false positive
        [pred([[0, 20]], kind="reported")],  # hit
        [pred([[5, 9]], kind=None)],  # nothing to find here
    ]
    result = ev.score(gold, preds)
    assert result["n_docs"] == 3
    q = result["quotes@0.5"]
    assert (q["tp"], q["n_pred"], q["n_gold"]) == (2, 4, 3)
    assert q["p"] == pytest.approx(0.5)
    assert q["r"] == pytest.approx(2 / 3)
    assert q["f1"] == pytest.approx(4 / 7)
    assert result["recall_by_type"]["Direct"] == {"r": 1.0, "tp": 1, "n_gold": 1}
    assert result["recall_by_type"]["Indirect"] == {"r": 0.0, "tp": 0, "n_gold": 1}
    assert result["recall_by_type"]["Reported"] == {"r": 1.0, "tp": 1, "n_gold": 1}
    assert result["recall_by_type"]["FreeIndirect"] == {"r": 0.0, "tp": 0, "n_gold": 0}
    assert result["pred_by_kind"] == {"direct": 2, "reported": 1, "none": 1}


def test_empty_predictions_give_zero_precision():
    gold = [gold_doc([gold_quote([[0, 10]])])]
    result = ev.score(gold, [[]])
    assert result["quotes@0.5"] == {
        "p": 0.0,
        "r": 0.0,
        "f1": 0.0,
        "tp": 0,
        "n_pred": 0,
        "n_gold": 1,
    }
    assert result["attributed"]["p"] == 0.0
    nothing = ev.score([gold_doc([])], [[]])
    assert prf(nothing, "quotes@0.5") == (0.0, 0.0, 0.0)
    assert json.loads(json.dumps(nothing)) == nothing  # JSON-serialisable


@pytest.mark.parametrize(
    ("gold_speaker", "pred_speaker", "right"),
    [
        ([[0, 10]], (0, 10), True),
        ([[0, 10]], (8, 14), True),  # partial overlap ("Minister" vs "der Minister Weil")
        ([[0, 10]], (10, 14), False),  # adjacent is not overlapping
        ([[0, 10]], None, False),
        ([[0, 3], [40, 45]], (41, 42), True),  # any gold speaker span counts
        (None, None, True),  # no speaker in the text, none predicted
        (None, (0, 3), False),  # no speaker in the text, one invented
    ],
)
def test_speaker_accuracy_and_attributed(gold_speaker, pred_speaker, right):
    gold = [gold_doc([gold_quote([[20, 30]], speaker=gold_speaker)])]
    result = ev.score(gold, [[pred([[20, 30]], speaker=pred_speaker)]])
    assert result["speaker_accuracy"] == (1.0 if right else 0.0)
    assert result["speaker_correct"] == int(right)
    assert prf(result, "attributed") == ((1.0, 1.0, 1.0) if right else (0.0, 0.0, 0.0))


def test_speaker_judged_only_on_matches():
    gold = [gold_doc([gold_quote([[20, 30]], speaker=[[0, 5]]), gold_quote([[60, 90]])])]
    preds = [[pred([[20, 30]], speaker=(0, 5)), pred([[95, 99]], speaker=(0, 5))]]
    result = ev.score(gold, preds)
    assert result["matched"] == 1
    assert result["speaker_accuracy"] == 1.0
    assert result["attributed"] == {
        "p": 0.5,
        "r": 0.5,
        "f1": 0.5,
        "tp": 1,
        "n_pred": 2,
        "n_gold": 2,
    }


def test_cue_accuracy_excludes_gold_without_cue():
    gold = [
        gold_doc(
            [
                gold_quote([[20, 30]], cue=[[5, 10], [40, 43]]),  # split verb "teilte ... mit"
                gold_quote([[50, 60]], cue=[[45, 49]]),
                gold_quote([[70, 80]]),  # no cue: excluded
            ]
        )
    ]
    preds = [[pred([[20, 30]], cue=(40, 43)), pred([[50, 60]]), pred([[70, 80]], cue=(0, 2))]]
    result = ev.score(gold, preds)
    assert result["cue_n"] == 2
    assert result["cue_correct"] == 1
    assert result["cue_accuracy"] == pytest.approx(0.5)


def test_score_rejects_bad_input():
    gold = [gold_doc([gold_quote([[0, 10]])])]
    with pytest.raises(ValueError, match="1 gold documents but 2"):
        ev.score(gold, [[], []])
    with pytest.raises(ValueError, match="threshold"):
        ev.score(gold, [[]], threshold=0.0)
    with pytest.raises(ValueError, match="without parts"):
        ev.score(gold, [[{"parts": []}]])


# ---------------------------------------------------------------------------- load_gold


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_reads_skips_blank_lines_and_limits(tmp_path):
    doc = gold_doc([gold_quote([[0, 10]], speaker=[[20, 25]])])
    path = write_lines(tmp_path / "g.jsonl", [json.dumps(doc), "", json.dumps(doc | {"id": "2"})])
    assert [d["id"] for d in ev.load_gold(path)] == ["d1", "2"]
    assert [d["id"] for d in ev.load_gold(path, limit=1)] == ["d1"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", r"g\.jsonl:2: invalid JSON"),
        (json.dumps([1, 2]), r":2: expected a JSON object"),
        (json.dumps({"id": "x", "quotes": []}), r":2: field 'text' missing"),
        (
            json.dumps(gold_doc([gold_quote([[0, 500]])])),
            r":2: quotes\[0\]\.quote\.spans: span \[0, 500\] outside the text \(length 100\)",
        ),
        (json.dumps(gold_doc([gold_quote([])])), r":2: quotes\[0\]\.quote\.spans: must not be"),
        (
            json.dumps(gold_doc([gold_quote([[0, 5]], speaker=[[3]])])),
            r":2: quotes\[0\]\.speaker\.spans: expected \[start, end\]",
        ),
        (
            json.dumps(gold_doc([gold_quote([[0, 5]], type_="Quoted")])),
            r":2: quotes\[0\]\.type: 'Quoted' is not one of",
        ),
    ],
)
def test_load_gold_names_line_and_field(tmp_path, bad, message):
    path = write_lines(tmp_path / "g.jsonl", [json.dumps(gold_doc([])), bad])
    with pytest.raises(ev.GoldFormatError, match=message):
        ev.load_gold(path)


# ----------------------------------------------------------------------------- baseline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte: „Wir kommen morgen.“", ["„Wir kommen morgen.“"]),
        ("»Nein«, rief sie.", ["»Nein«"]),
        ('Er nannte den Plan "absurd".', ['"absurd"']),
        ("«Grüezi», sagte er.", ["«Grüezi»"]),
        ("Er sagte “yes” und ging.", ["“yes”"]),
        ("Er sagte „ja“ und sie „nein“.", ["„ja“", "„nein“"]),
        ("„Er rief ‚Feuer!‘ und lief“, sagte sie.", ["„Er rief ‚Feuer!‘ und lief“"]),
        ("„Sie nannten es »Wahnsinn«“, so Merz.", ["„Sie nannten es »Wahnsinn«“"]),
        ("„a „b“ c“ d", ["„a „b“ c“"]),
        ("„Erster Absatz.\n\nZweiter Absatz.“", ["„Erster Absatz.\n\nZweiter Absatz.“"]),
        ("Er sagte: „Wir kommen", []),  # unclosed
        ("„Wir kommen, „so er“", ["„so er“"]),  # unclosed outer, closed inner
        ("Die Regierung tagte am Montag.", []),
        ("Peter's Haus und der ‚Titel‘", []),  # single quotes never count
        ("leer: „“", []),
    ],
)
def test_baseline_quote_parts(text, expected):
    assert [text[a:b] for a, b in baseline.quote_parts(text)] == expected


def test_baseline_doc_example():
    assert baseline.quote_parts("Er sagte: „Wir gehen.“ Dann »nichts«.") == [[10, 22], [28, 36]]


def test_baseline_predictions_have_the_scorer_shape():
    [q] = baseline.predict_quotes("Sie sagte: „Ja.“")
    assert q["parts"] == [[11, 16]]
    assert q["kind"] == "direct"
    assert q["speaker_start"] is None and q["cue_start"] is None
    assert set(q) == set(pred([[0, 1]]))
    assert baseline.predict(["„a“", "b"]) == [baseline.predict_quotes("„a“"), []]


@given(st.text(alphabet='ab „“»«"‚‘', max_size=40))
def test_baseline_spans_are_ordered_disjoint_and_marked(text):
    parts = baseline.quote_parts(text)
    previous_end = 0
    for start, end in parts:
        assert previous_end <= start < end <= len(text)
        assert text[start] in baseline.PAIRS
        assert text[end - 1] in baseline.PAIRS[text[start]]
        previous_end = end


@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), min_size=1, max_size=3),
    st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), min_size=1, max_size=3),
)
def test_overlap_f1_is_symmetric_and_bounded(a, b):
    ga = [[s, s + n] for s, n in a]
    pb = [[s, s + n] for s, n in b]
    f1 = ev.overlap_f1(ga, pb)
    assert 0.0 <= f1 <= 1.0
    assert f1 == ev.overlap_f1(pb, ga)
    assert ev.overlap_f1(ga, ga) == 1.0


# --------------------------------------------------------- predict / evaluate with a stub nlp

STUB = "test_eval_stub_quotes"


@Language.component(STUB)
def _stub_quotes(doc: Doc) -> Doc:
    """Marks every baseline quote; the first one gets ``parts`` None and a speaker."""
    extensions.register()
    spans = []
    for i, (start, end) in enumerate(baseline.quote_parts(doc.text)):
        span = doc.char_span(start, end, alignment_mode="expand")
        span._.kind = "direct"
        span._.parts = None if i == 0 else [[start, end]]
        if i == 0:
            span._.speaker, span._.speaker_start, span._.speaker_end = "Er", 0, 2
        spans.append(span)
    doc.spans["quotes"] = spans
    return doc


@pytest.fixture
def stub_nlp() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe(STUB)
    return nlp


TEXT = "Er sagte: „Wir kommen.“ Sie meinte, das sei gut. »Nie«, rief jemand."


def test_predict_reads_doc_spans(stub_nlp):
    [doc_preds] = ev.predict(stub_nlp, [gold_doc([], text=TEXT)], batch_size=2)
    assert [p["parts"] for p in doc_preds] == [[[10, 23]], [[49, 54]]]
    assert doc_preds[0]["speaker_start"] == 0 and doc_preds[1]["speaker_start"] is None
    # a pipeline without quotes predicts nothing
    assert ev.predict(spacy.blank("de"), [gold_doc([], text=TEXT)]) == [[]]


def test_evaluate_scores_newsx_and_baseline_and_renders(stub_nlp, tmp_path):
    gold = gold_doc(
        [
            gold_quote([[10, 23]], speaker=[[0, 2]], cue=[[3, 8]]),
            gold_quote([[36, 47]], speaker=[[24, 27]], type_="Indirect"),
            gold_quote([[49, 54]], speaker=[[61, 67]]),
        ],
        text=TEXT,
    )
    path = write_lines(tmp_path / "gold.jsonl", [json.dumps(gold)])
    result = ev.evaluate(stub_nlp, path, threshold=0.5)
    assert result["gold"] == str(path) and result["threshold"] == 0.5 and result["n_docs"] == 1
    new, base = result["newsx"], result["baseline"]
    assert prf(new, "quotes@0.5") == prf(base, "quotes@0.5") == (1.0, pytest.approx(2 / 3), 0.8)
    assert new["speaker_accuracy"] == 0.5 and base["speaker_accuracy"] == 0.0
    assert new["attributed"]["tp"] == 1 and base["attributed"]["tp"] == 0
    assert new["cue_n"] == 1 and new["cue_accuracy"] == 0.0
    assert json.loads(json.dumps(result)) == result

    console = Console(record=True, width=160)
    console.print(ev.render_table(result))
    out = console.export_text()
    assert "newsx" in out and "baseline" in out
    assert "quotes F1 @0.5" in out and "speaker accuracy" in out
    assert "recall Indirect (n=1)" in out


# --------------------------------------------------------------------- real gold (../shared)


def test_baseline_on_first_dev_docs():
    path = shared_path("corpora", "wikinews-quotes", "dev.jsonl")
    gold = ev.load_gold(path, limit=20)
    assert len(gold) == 20
    result = ev.score(gold, ev.predict_baseline(gold))
    assert set(result) == {
        "n_docs",
        "threshold",
        "matching",
        "quotes@0.3",
        "quotes@0.5",
        "quotes@0.8",
        "matched",
        "speaker_accuracy",
        "speaker_correct",
        "cue_accuracy",
        "cue_correct",
        "cue_n",
        "attributed",
        "recall_by_type",
        "pred_by_kind",
        "calibration",
    }
    assert result["calibration"]["n"] == 0  # the baseline has no confidence
    assert result["n_docs"] == 20
    assert set(result["recall_by_type"]) == set(ev.GOLD_TYPES)
    n_gold = sum(len(d["quotes"]) for d in gold)
    for key in ("quotes@0.3", "quotes@0.5", "quotes@0.8", "attributed"):
        assert set(result[key]) == {"p", "r", "f1", "tp", "n_pred", "n_gold"}
        assert result[key]["n_gold"] == n_gold
        assert all(0.0 <= result[key][m] <= 1.0 for m in ("p", "r", "f1"))
    assert result["quotes@0.3"]["tp"] >= result["quotes@0.5"]["tp"] >= result["quotes@0.8"]["tp"]
    # quotation marks find most Direct quotes and (almost) nothing else
    direct = result["recall_by_type"]["Direct"]
    assert direct["n_gold"] > 0 and direct["r"] >= 0.8
    assert result["recall_by_type"]["Reported"]["tp"] == 0
    assert 0.1 <= result["quotes@0.5"]["f1"] <= 0.6


def test_calibration_bins_and_ece():
    cal = ev.calibration([0.95, 0.85, 0.85, 0.15], [True, True, False, False])
    assert [b["n"] for b in cal["bins"]] == [0, 1, 0, 0, 0, 0, 0, 0, 2, 1]
    assert cal["bins"][8]["right"] == 0.5
    # |0.5 - 0.85| * 2/4 + |1 - 0.95| * 1/4 + |0 - 0.15| * 1/4
    assert cal["ece"] == pytest.approx(0.175 + 0.0125 + 0.0375)
    assert (cal["p_at_0.8"], cal["n_at_0.8"]) == (pytest.approx(2 / 3), 3)


def test_reliability_rows_in_table():
    gold = [
        {
            "id": "a",
            "text": "x" * 20,
            "quotes": [{"type": "Direct", "quote": {"text": "", "spans": [[0, 10]]}}],
        }
    ]
    preds = [[{"parts": [[0, 10]], "kind": "direct", "confidence": 0.9}]]
    new = ev.score(gold, preds)
    table = ev.render_table({"gold": "g", "threshold": 0.5, "newsx": new, "baseline": new})
    labels = list(table.columns[0].cells)
    assert "confidence: ECE (10 bins)" in labels
    assert "  confidence 0.9–1.0 (n=1, mean 0.90)" in labels
