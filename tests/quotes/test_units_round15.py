"""A score with the sentence's full stop glued to it ("verlor mit 0:2. Die …": the tokenizer
keeps "0:2." as one token) ends the sentence before a capital, like a year ("seit 2011.");
so the next Konjunktiv sentence is a quote of its own, not the end of the narrative one.
News-style texts written for these tests; both label schemes.

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

COACH = ("Trainer Peter Stöger", "Peter Stöger")
CASES = [
    (
        (
            "„Wir haben alles versucht“, sagte Trainer Peter Stöger nach dem Spiel. Die Mannschaft "
            "verlor mit 0:2. Die Niederlage sei aber verdient gewesen."
        ),
        [
            ("direct", "„Wir haben alles versucht“", "sagte", *COACH),
            ("continuation", "Die Niederlage sei aber verdient gewesen.", None, *COACH),
        ],
    ),
    (
        # a score inside the sentence: no end
        "Der Trainer sagte, das 2:1 gegen Salzburg sei verdient gewesen.",
        [
            (
                "indirect",
                "das 2:1 gegen Salzburg sei verdient gewesen",
                "sagte",
                "Der Trainer",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_glued_score_ends_the_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected
