"""``bench.handcheck.show``: what a judge reads for a row."""

from __future__ import annotations

from bench.handcheck import show


def test_show_brackets_each_span_of_an_interrupted_quote():
    text = "Vorher. Die Lage sei, sagte er, ernst.\nDanach."
    row = {"start": 8, "end": 37, "spans": "[[8, 20], [32, 37]]"}
    assert show(text, row, 8) == "…Vorher. [[Die Lage sei]], sagte er, [[ernst]]. Danach…"


def test_show_brackets_an_entity_row():
    assert show("Heute sprach Putin in Moskau.", {"start": 13, "end": 18}, 6) == (
        "…prach [[Putin]] in Mo…"
    )
