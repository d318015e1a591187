"""``bench.quote_rows diff``: what moved between two dumps of quote rows."""

from __future__ import annotations

import json

from bench.quote_rows import main

ARTICLES = [
    "Der Minister sagte, die Lage sei ernst. Danach ging er.",
    "Die Polizei teilte mit, der Mann sei gefasst.",
]


def _row(row: int, start: int, end: int, speaker: str | None) -> dict:
    return {
        "row": row, "start": start, "end": end, "spans": json.dumps([[start, end]]),
        "kind": "indirect", "speaker": speaker, "speaker_name": speaker, "cue": "sagte",
        "confidence": 0.9, "text": ARTICLES[row][start:end],
    }  # fmt: skip


def test_diff_prints_the_rows_that_moved(tmp_path, capsys):
    corpus = tmp_path / "test.csv"
    corpus.write_text("".join(f"Etat;'{t}'\n" for t in ARTICLES), encoding="utf-8")
    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    same = _row(1, 23, 44, "Die Polizei")
    before.write_text("\n".join(json.dumps(r) for r in [_row(0, 20, 38, None), same]) + "\n")
    after.write_text("\n".join(json.dumps(r) for r in [_row(0, 20, 38, "Der Minister"), same]))
    main(
        [
            "--corpus",
            str(corpus),
            "diff",
            str(before),
            str(after),
            "--docs",
            "0-1",
            "--context",
            "8",
        ]
    )
    assert capsys.readouterr().out.splitlines() == [
        "## row 0",
        "  - indirect | None | None | sagte | 0.9",
        "      … sagte, [[die Lage sei ernst]]. Danach…",
        "  + indirect | Der Minister | Der Minister | sagte | 0.9",
        "      … sagte, [[die Lage sei ernst]]. Danach…",
        "# 1 articles, 2 rows (- and +) differ in rows (0, 1)",
    ]
