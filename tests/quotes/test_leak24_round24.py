"""Quote spans of round 24 (issue 10, precision of high-confidence rows).

- a source phrase that opens the sentence ("Laut …", "Nach Angaben …") is all that stands
  before the main clause's finite verb: what the source said starts at that verb, not at
  the rest of the phrase the mention left out ("Laut Oberst X vom Landeskriminalamt hatten
  …", "Nach Angaben des Roten Kreuzes in Graz wurden …", an apposition "Laut der
  Sprecherin der Stadtwerke, Anna Berger, fehlt …", "Laut einer Studie aus dem Jahr 2019
  wird …"), past a relative clause of the phrase ("Nach Informationen des Blogs X, das …
  hat, wird …": the phrase is no row of its own either); with no comma before it the first
  finite verb is the main one however the parse hangs it ("Laut einem Bericht der Caritas
  leben …, leiden …"); rows whose span starts at the verb
  already stay as they are, and so does a source phrase inside the clause ("Die Lage ist
  laut Polizei in Linz stabil").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

FRONTED_SOURCES = [
    (
        (
            "Laut Oberst Franz Polzer vom Landeskriminalamt hatten die Täter das Geld bereits "
            "ausgegeben."
        ),
        [
            (
                "indirect",
                "hatten die Täter das Geld bereits ausgegeben",
                "Laut",
                "Oberst Franz Polzer",
                "Franz Polzer",
            )
        ],
    ),
    (
        "Nach Angaben des Roten Kreuzes in Graz wurden drei Menschen verletzt.",
        [
            (
                "indirect",
                "wurden drei Menschen verletzt",
                "Nach Angaben",
                "des Roten Kreuzes",
                "Rotes Kreuz",
            )
        ],
    ),
    (
        "Laut der Sprecherin der Stadtwerke, Anna Berger, fehlt es an einem Konzept für den Winter.",
        [
            (
                "indirect",
                "fehlt es an einem Konzept für den Winter",
                "Laut",
                "der Sprecherin der Stadtwerke, Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    (
        "Laut einer Studie aus dem Jahr 2019 wird der Ausbau insgesamt zwei Milliarden Euro kosten.",
        [
            (
                "indirect",
                "wird der Ausbau insgesamt zwei Milliarden Euro kosten",
                "Laut",
                "einer Studie",
                None,
            )
        ],
    ),
    # a relative clause inside the phrase: its verb before the comma is no main verb, and
    # the phrase is no row of its own
    (
        (
            "Nach Informationen des Blogs Technikwelt, das seit Jahren gute Quellen hat, wird "
            "das neue Telefon im März vorgestellt."
        ),
        [
            (
                "indirect",
                "wird das neue Telefon im März vorgestellt",
                "Nach Informationen",
                "des Blogs Technikwelt",
                None,
            )
        ],
    ),
    # no comma before it: the first finite verb is the main one, however it is parsed
    (
        (
            "Laut einem Bericht der Caritas leben viele Familien in Armut, leiden unter "
            "Ausgrenzung und werden diskriminiert."
        ),
        [
            (
                "indirect",
                "leben viele Familien in Armut, leiden unter Ausgrenzung und werden diskriminiert",
                "Laut",
                "einem Bericht der Caritas",
                "Caritas",
            )
        ],
    ),
    # the span starts at the verb already: unchanged
    (
        "Laut Innenminister Karl Huber ist die Lage stabil.",
        [("indirect", "ist die Lage stabil", "Laut", "Innenminister Karl Huber", "Karl Huber")],
    ),
    (
        "Laut einem Bericht der Zeitung Kurier sollen die Daten schon im März gestohlen worden sein.",
        [
            (
                "indirect",
                "sollen die Daten schon im März gestohlen worden sein",
                "Laut",
                "einem Bericht der Zeitung Kurier",
                "Kurier",
            )
        ],
    ),
    # the source phrase inside the clause: unchanged
    (
        "Die Lage ist laut Polizei in Linz stabil.",
        [("indirect", "Die Lage ist laut Polizei in Linz stabil", "laut", "Polizei", "Polizei")],
    ),
    # no source
    ("Nach dem Spiel in Wien fuhr die Mannschaft nach Hause.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), FRONTED_SOURCES, ids=[str(i) for i in range(len(FRONTED_SOURCES))]
)
def test_fronted_source_phrase_ends_at_the_verb(nlp, text, expected):
    assert _rows(nlp(text)) == expected
