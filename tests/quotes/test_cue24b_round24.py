"""Cue frames of round 24, second wave (issue 10, "Cues"): feelings, meanings and displays.

- a trailing frame of a feeling with its reason after it ("Der Start war miserabel,
  ärgerte sich die Läuferin X darüber, dass sie …"): the words before the comma are her
  statement; the "darüber, dass …" clause is the reason of the feeling, neither a clause
  that makes the frame no frame nor a second part of the statement;
- "angeben" with a "whether" complement ("Die Grafik gibt nur an, ob …"): a map or a list
  shows something, no one states it; "Die Polizei gab an, dass …" stays speech;
- "meinen" with "damit" in its clause ("Als die Ministerin sagte, …, meinte sie damit …"):
  what a statement meant, no frame of the clause before; "…, meinte X" stays a frame even
  with a "damit" inside the statement;
- "sich darauf berufen, dass …" ("Die Regierung beruft sich darauf, dass …"): the subject
  states the "dass" clause; "beruft sich auf Verordnungen" states nothing;
- "staunen", "stöhnen" as inverted trailing frames ("…, staunte der Bürgermeister"); not
  a verb that shares the subject of the clause before ("Der Läufer kam ins Ziel, staunte
  über die Zeit und jubelte");
- an agentless passive of naming a reason or date after "Als" ("Als Ursache wurde ein
  Defekt angegeben", "Als Grund wurden … genannt"): a reported speech act with no speaker;
  not a person ("Als Favorit wird X genannt": a rumour), not negated.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        (
            "Der Slalom lief schlecht. Der Start war miserabel, ärgerte sich die Läuferin Anna "
            "Berger darüber, dass sie am Start gepatzt hatte."
        ),
        [
            (
                "indirect",
                "Der Start war miserabel",
                "ärgerte sich",
                "die Läuferin Anna Berger",
            )
        ],
    ),
    (
        (
            "Das Dach ist endlich dicht, freute sich Bürgermeister Karl Huber im Gemeinderat "
            "darüber, dass die Arbeiten früher fertig wurden."
        ),
        [("indirect", "Das Dach ist endlich dicht", "freute sich", "Bürgermeister Karl Huber")],
    ),
    (
        "Das Dach ist endlich dicht, freute sich Bürgermeister Karl Huber.",
        [("indirect", "Das Dach ist endlich dicht", "freute sich", "Bürgermeister Karl Huber")],
    ),
    ("Die Grafik des Ministeriums gibt nur an, ob ein Bezirk versorgt ist oder nicht.", []),
    (
        "Die Polizei gab an, dass der Fahrer betrunken gewesen sei.",
        [("indirect", "dass der Fahrer betrunken gewesen sei", "gab … an", "Die Polizei")],
    ),
    (
        (
            "Als die Ministerin sagte, dass die Steuern sinken würden, meinte sie damit nur "
            "die Abgaben auf Diesel."
        ),
        [("indirect", "dass die Steuern sinken würden", "sagte", "die Ministerin")],
    ),
    (
        "Die Lage sei damit ernst, meinte der Bürgermeister.",
        [("indirect", "Die Lage sei damit ernst", "meinte", "der Bürgermeister")],
    ),
    (
        "Die Regierung beruft sich darauf, dass die Verfassung keine Frist vorsehe.",
        [
            (
                "indirect",
                "dass die Verfassung keine Frist vorsehe",
                "beruft sich darauf",
                "Die Regierung",
            )
        ],
    ),
    ("Der Staatsanwalt beruft sich dabei auf amtliche Verordnungen.", []),
    (
        "So etwas habe ich noch nie gesehen, staunte der Bürgermeister.",
        [("indirect", "So etwas habe ich noch nie gesehen", "staunte", "der Bürgermeister")],
    ),
    (
        "Die Miete steigt schon wieder, stöhnt die Mieterin darüber, dass sie kaum sparen kann.",
        [("indirect", "Die Miete steigt schon wieder", "stöhnt", "die Mieterin")],
    ),
    ("Der Läufer kam ins Ziel, staunte über die Zeit und jubelte.", []),
    ("Die Gäste kamen spät, stöhnten über die Hitze und gingen bald.", []),
    (
        "Der Flug fiel aus. Als Ursache wurde ein Defekt an der Bordelektronik angegeben.",
        [
            (
                "reported",
                "Als Ursache wurde ein Defekt an der Bordelektronik angegeben.",
                "angegeben",
                None,
            )
        ],
    ),
    ("Als Favorit für das Amt wird der Wirtschaftsminister genannt.", []),
    ("Als Grund wurde der Polizei das Motiv nicht genannt.", []),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_round24b_cue_frames(nlp, text, expected):
    rows = [row[:4] for row in quote_rows(nlp(text))]
    assert rows == expected
