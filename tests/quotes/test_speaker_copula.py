"""The speaker of a copula frame ("X ist der Ansicht, dass …") is the copula's subject,
which UD hangs on the predicate noun (issue 10).

Each row: a text written for these tests (Austrian, Swiss, German news style) and
``(speaker mention, speaker_name)`` of every quote in text order. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CASES = [
    (
        "Die Arbeiterkammer Wien ist der Ansicht, dass die Mieten zu stark gestiegen seien.",
        [("Die Arbeiterkammer Wien", "Arbeiterkammer Wien")],
    ),
    (
        "Der Bundesrat war der Meinung, dass die Vorlage verfassungswidrig sei.",
        [("Der Bundesrat", "Bundesrat")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_copula_frame_speaker(ud_nlp, text, expected):
    assert speaker_rows(ud_nlp(text)) == expected
