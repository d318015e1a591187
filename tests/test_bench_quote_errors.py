"""``bench.quote_errors``: the train errors a developer reads, and what a change moved."""

from __future__ import annotations

import pytest

from bench.quote_errors import compare, errors, main

TEXT = "Die Lage sei ernst, sagte der Minister. Die Kosten steigen, meint die Ministerin."


def _gold(type_: str, a: int, b: int, speaker: tuple[int, int] | None) -> dict:
    spans = [list(speaker)] if speaker else []
    return {"type": type_, "quote": {"spans": [[a, b]]}, "speaker": {"spans": spans}}


def _pred(a: int, b: int, speaker: tuple[int, int] | None, name: str | None) -> dict:
    s, e = speaker or (None, None)
    return {
        "parts": [[a, b]], "kind": "indirect", "speaker": TEXT[s:e] if speaker else None,
        "speaker_start": s, "speaker_end": e, "speaker_name": name, "cue": "sagte",
        "confidence": 0.9,
    }  # fmt: skip


GOLD = [
    {
        "text": TEXT,
        "quotes": [_gold("Indirect", 0, 18, (26, 38)), _gold("Indirect", 40, 58, (66, 80))],
    }
]


def test_errors_are_false_positives_misses_and_wrong_speakers():
    preds = [[_pred(0, 18, (20, 25), None), _pred(60, 65, None, None)]]
    found = errors(GOLD, preds)
    assert [(e["kind"], e["head"]) for e in found] == [
        ("fp", "FP d0 indirect conf 0.90 speaker=None name=None cue='sagte'"),
        ("fn", "FN d0 Indirect gold speaker='die Ministerin'"),
        (
            "speaker",
            ("SPK d0 indirect conf 0.90 speaker='sagte' name=None cue='sagte' gold='der Minister'"),
        ),
    ]
    assert found[1]["context"] == (
        "…Die Lage sei ernst, sagte der Minister. [[Die Kosten steigen]], meint die Ministerin.…"
    )


def test_compare_lists_what_a_change_fixed_and_broke():
    before = errors(GOLD, [[_pred(0, 18, (20, 25), None)]])
    after = errors(GOLD, [[_pred(0, 18, (26, 38), "Minister"), _pred(40, 58, (40, 50), None)]])
    lines = compare(before, after)
    assert [line.split("\n")[0] for line in lines] == [
        "- FN d0 Indirect gold speaker='die Ministerin'",
        "- SPK d0 indirect conf 0.90 speaker='sagte' name=None cue='sagte' gold='der Minister'",
        (
            "+ SPK d0 indirect conf 0.90 speaker='Die Kosten' name=None cue='sagte' "
            "gold='die Ministerin'"
        ),
    ]


def test_dev_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="dev is for reporting only"):
        main(["--gold", str(tmp_path / "dev.jsonl")])
