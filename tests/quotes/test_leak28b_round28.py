"""Source phrases of round 28, second wave (issue 10).

A source phrase that opens a clause after a comma speaks for what follows it only ("Das
Auto fährt 300, nach anderen Angaben 350"; :mod:`pipeline.quotes.source_clause_ends`) --
but not when the words before it are in the reported-speech mood: then the source's account
runs on before its phrase ("Vier Gruppen seien unterwegs gewesen, laut X sei …") and the row
keeps them. A writer's guess ("dürfte") is no reported mood: that clause is still cut.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

REPORTED_BEFORE = [
    (
        (
            "Am Hang seien drei Gruppen unterwegs gewesen, laut dem Bergführer Karl Huber sei das "
            "bei dieser Warnstufe leichtsinnig."
        ),
        [
            (
                "indirect",
                (
                    "Am Hang seien drei Gruppen unterwegs gewesen, laut dem Bergführer Karl "
                    "Huber sei das bei dieser Warnstufe leichtsinnig"
                ),
                "laut",
                "dem Bergführer Karl Huber",
                "Karl Huber",
            )
        ],
    ),
    (
        "Die Anlage werde bis März stillstehen, nach Angaben der Betreiber seien die Schäden groß.",
        [
            (
                "indirect",
                (
                    "Die Anlage werde bis März stillstehen, nach Angaben der Betreiber seien "
                    "die Schäden groß"
                ),
                "nach Angaben",
                "der Betreiber",
                None,
            )
        ],
    ),
    # the writer's guess before the phrase is still cut off
    (
        (
            "Viel ändern dürfte das nicht, laut Rektor Hans Maier gibt es großes Interesse an dem "
            "Studium."
        ),
        [
            (
                "indirect",
                "gibt es großes Interesse an dem Studium",
                "laut",
                "Rektor Hans Maier",
                "Hans Maier",
            )
        ],
    ),
    # a clause in the indicative before the phrase is cut off, as before
    (
        "Das Auto hat eine Reichweite von 300, nach anderen Angaben 350 Kilometern.",
        [("indirect", "350 Kilometern", "nach anderen Angaben", "anderen Angaben", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), REPORTED_BEFORE, ids=[d[0][:40] for d in REPORTED_BEFORE]
)
def test_reported_mood_before_source_phrase_keeps_row(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
