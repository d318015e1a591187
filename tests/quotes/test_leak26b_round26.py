"""Source mentions of round 26, second wave (issue 10): who a source phrase names.

- "laut einem Bericht von The Verge ein Schreiben": the ``von`` phrase that the frame gave to
  the statement names the body that reports; the mention takes it back when the parse hangs
  it on the report noun (:mod:`pipeline.quotes.coordinated_sources`); a time after "von"
  and a phrase the parse hangs elsewhere stay where they were.

News-style texts written for these tests; both label schemes.
Rows: ``(statement parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows

AUTHORS = [
    (
        (
            "Einige Angestellte der Entwicklungsabteilung sollen laut einem Bericht von The Verge "
            "ein Schreiben erhalten haben."
        ),
        [
            (
                "Einige Angestellte der Entwicklungsabteilung sollen || ein Schreiben erhalten haben",
                "einem Bericht von The Verge",
            )
        ],
    ),
    # already whole: stays
    (
        "Die Bank soll laut einem Bericht von Bloomberg News bald Stellen abbauen.",
        [("Die Bank soll || bald Stellen abbauen", "einem Bericht von Bloomberg News")],
    ),
    # a time after "von" is no author
    (
        "Die Gespräche sind laut einem Bericht von gestern gescheitert.",
        [("Die Gespräche sind || gescheitert", "einem Bericht")],
    ),
    # a common noun after "von" is the statement's ("hängt … von den Preisen ab")
    (
        "Die Ernte hängt laut der Studie von den Preisen ab.",
        [("Die Ernte hängt || von den Preisen ab", "der Studie")],
    ),
    # no source phrase: nothing
    ("Der Kunde hat von der Firma einen Bericht erhalten.", []),
]


@pytest.mark.parametrize(("text", "expected"), AUTHORS, ids=[d[0][:40] for d in AUTHORS])
def test_report_authors(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected
