"""A quoted phrase with no frame takes the subject of its clause only when that names
someone (a person, a speaking body, a pronoun); a thing as subject gives no speaker
(issue 10: a wrong name is worse than an empty one).

Each row: a text written for these tests (Austrian, Swiss, German news style) and
``(speaker mention, speaker_name)`` of every quote in text order. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CASES = [
    (
        "Die Studie zeige in Wahrheit, dass die Gebühren „kaum vom Studium abschrecken“.",
        [(None, None)],
    ),
    ("Einspareffekte sollen „durch mehr Effizienz“ erreicht werden.", [(None, None)]),
    (
        "Bürgermeister Georg Willi hält die Pläne für „völlig überzogen“.",
        [("Bürgermeister Georg Willi", "Georg Willi")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_phrase_speaker(ud_nlp, text, expected):
    assert speaker_rows(ud_nlp(text)) == expected
