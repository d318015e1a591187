"""Headline quotes the body repeats (issue 10, item 2: headline attributions), on
news-style texts written for these tests (:mod:`pipeline.quotes.headlines`).

A quote in marks in the title with no frame of its own ("… – "Werde mich nicht an mein Amt
klammern"") is a statement of the one the body quotes with the same words, even though the
quotation-mark rule alone rates a bare title quote too low to keep; a name in marks the
body repeats ("Ärzte ohne Grenzen für Kinder") has no verb and stays out.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    (
        (
            'Nach der Wahlniederlage in Graz – "Werde mich nicht an mein Amt klammern". Graz – '
            "Bürgermeisterin Eva Huber hat am Montag ihren Rückzug angekündigt. Ich werde mich "
            "sicher nicht an mein Amt klammern, sagte Huber."
        ),
        [
            ("direct", '"Werde mich nicht an mein Amt klammern"', None, "Huber", "Eva Huber"),
            (  # round 18: an announcement is a reported speech act
                "reported",
                "Bürgermeisterin Eva Huber hat am Montag ihren Rückzug angekündigt.",
                "angekündigt",
                "Bürgermeisterin Eva Huber",
                "Eva Huber",
            ),
            (
                "indirect",
                "Ich werde mich sicher nicht an mein Amt klammern",
                "sagte",
                "Huber",
                "Eva Huber",
            ),
        ],
    ),
    (
        (
            'Spendenaufruf von "Ärzte ohne Grenzen für Kinder". Wien – Die Organisation "Ärzte '
            'ohne Grenzen für Kinder" bittet um Spenden. Die Lage sei dramatisch, sagte eine '
            "Sprecherin."
        ),
        [("indirect", "Die Lage sei dramatisch", "sagte", "eine Sprecherin", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_headline_repeats(nlp, text, expected):
    assert _rows(nlp(text)) == expected
