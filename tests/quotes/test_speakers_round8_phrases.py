"""A quoted phrase with no frame belongs to the subject of the verb that governs it when that
subject names someone ("Eine „heiße Spur“ führte die Kantonspolizei nach Lugano"); a thing as
subject leaves it without a speaker.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Eine „heiße Spur“ führte die Kantonspolizei nach Lugano.",
        [("„heiße Spur“", "die Kantonspolizei", "Kantonspolizei")],
    ),
    (
        "Bürgermeister Michael Ludwig feierte die Eröffnung als „großen Tag für die Stadt“.",
        [("„großen Tag für die Stadt“", "Bürgermeister Michael Ludwig", "Michael Ludwig")],
    ),
    (
        "Die Wiener Polizei feierte den Einsatz als „vollen Erfolg für alle Beteiligten“.",
        [("„vollen Erfolg für alle Beteiligten“", "Die Wiener Polizei", "Wiener Polizei")],
    ),
    # a thing as subject: no speaker
    (
        "Der Zug fuhr mit „deutlicher Verspätung“ in Basel ein.",
        [("„deutlicher Verspätung“", None, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_phrase_takes_the_governing_subject(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
