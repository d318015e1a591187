"""Continuations, round 16 (issue 10), on news-style texts written for these tests.

1. Hearsay of the writer's ("Der Brand *soll* … ausgelöst worden sein") with no statement
   before it and no one named who says so is no quote; right after a statement it goes on
   with that statement's speaker.

Rows: ``(quote text, speaker)`` in text order.
"""

from __future__ import annotations

import pytest

CASES = [
    # 1: the writer's hearsay, no source: nothing
    (
        (
            "Am Sonntagabend brach in einer Lagerhalle am Stadtrand von Linz ein Feuer aus. Der "
            "Brand soll durch einen technischen Defekt ausgelöst worden sein."
        ),
        [],
    ),
    (
        (
            "Die Verdächtigen wurden am Montag in Salzburg festgenommen. Sie sollen mehrere "
            "Banken überfallen haben."
        ),
        [],
    ),
    # 1: hearsay that names its source stays
    (
        (
            "Nach dem Einbruch in ein Juweliergeschäft in Graz fahndet die Polizei nach zwei "
            "Männern. Die Täter sollen durch ein Fenster im Hof geflohen sein, so ein "
            "Polizeisprecher."
        ),
        [("Die Täter sollen durch ein Fenster im Hof geflohen sein", "ein Polizeisprecher")],
    ),
    # 1: hearsay right after a statement goes on with its speaker
    (
        (
            "Der Polizeisprecher Markus Haller sagte, der Fahrer sei nach dem Unfall geflüchtet. "
            "Er soll zuvor einen Radfahrer gestreift haben."
        ),
        [
            ("der Fahrer sei nach dem Unfall geflüchtet", "Der Polizeisprecher Markus Haller"),
            (
                "Er soll zuvor einen Radfahrer gestreift haben.",
                "Der Polizeisprecher Markus Haller",
            ),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_chain_round16(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker) for q in doc.spans["quotes"]] == expected
