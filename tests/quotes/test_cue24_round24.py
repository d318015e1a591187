"""Cue frames of round 24 (issue 10, "Cues"): verbs that start a statement only in one place.

- a verb of knowing as an inverted trailing frame ("…, weiß die Zoodirektorin X."): what
  the expert knows is her statement; not "Der Minister weiß, dass …", "…, weiß man im Dorf",
  "Ob …, weiß niemand", "…, weiß ich nicht", "…, weiß also, was …" (knowing, no frame);
- verbs of computing ("berechnen", "errechnen", "ausrechnen"): "…, berechneten Forscher",
  "Die Forscher errechneten, dass …" state a result; with a question complement ("Das
  Programm berechnet, wie viel …") or as an infinitive ("Die Software kann die Kürzung nicht
  errechnen") they compute, nothing is said;
- a quoted fragment inside a mixed quote whose own clause names a nearer source before it
  ("Wie die Zeitung berichtete, soll laut der Studie … „verbesserte Bedingungen“ …", "…,
  bei dem es sich seiner Meinung nach um einen „Angriff“ handle", "dass nach Aussagen
  eines Gutachters die Spuren „wie Pech“ klebten"): that source speaks the fragment; a bare
  "nach Polizeiangaben" names no one and the outer speaker stays.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        (
            "Die Jungvögel sind noch grau. In zwei Jahren werden ihre Federn aber rosa sein, "
            "weiß Zoodirektorin Maria Berger."
        ),
        [
            (
                "indirect",
                "In zwei Jahren werden ihre Federn aber rosa sein",
                "weiß",
                "Zoodirektorin Maria Berger",
            )
        ],
    ),
    (
        "Die Erwärmung verändert die Wanderrouten der Vögel, berechneten Forscher der Universität Wien.",
        [
            (
                "indirect",
                "Die Erwärmung verändert die Wanderrouten der Vögel",
                "berechneten",
                "Forscher der Universität Wien",
            )
        ],
    ),
    (
        "Die Forscher errechneten, dass die Kosten um zehn Prozent steigen.",
        [
            (
                "indirect",
                "dass die Kosten um zehn Prozent steigen",
                "errechneten",
                "Die Forscher",
            )
        ],
    ),
    # knowing, no frame
    ("Der Minister weiß, dass die Lage ernst ist.", []),
    ("Seit dem Urteil weiß man, dass die Firma haften muss.", []),
    ("Ob das im Jenseits gilt, weiß niemand. Im Diesseits gilt es.", []),
    ("Wann der Umbau fertig wird, weiß ich nicht. Die Firma schweigt.", []),
    ("Der Winter wird lang, weiß man im Dorf.", []),
    ("Er ist Techniker, weiß also, was ein Kondensstreifen ist.", []),
    # computing, nothing said
    ("Das Programm berechnet, wie viel Strom die Anlage erzeugt.", []),
    ("Da die Software die Kürzung nicht errechnen kann, wird sie von Hand bearbeitet.", []),
]

#: (text, the fragment's speaker mention); the fragment is the text's only direct quote
FRAGMENTS = [
    (
        (
            "Wie die Zeitung berichtete, soll laut der Studie nur jeder zweite Zahler von "
            "seinem Beitrag „verbesserte Bedingungen“ erwarten."
        ),
        "der Studie",
    ),
    (
        (
            "Der Anwalt fordert eine Untersuchung des Vorfalls, bei dem es sich seiner Meinung "
            "nach um einen „entsetzlichen Angriff“ gehandelt haben könne."
        ),
        "seiner Meinung",
    ),
    (
        "Das Gericht wies darauf hin, dass nach Aussagen eines Gutachters die Spuren „wie Pech“ klebten.",
        "eines Gutachters",
    ),
    (
        "Der Minister sagte, nach Polizeiangaben sei die Demonstration „weitgehend störungsfrei“ verlaufen.",
        "Der Minister",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_round24_cue_frames(nlp, text, expected):
    rows = [row[:4] for row in quote_rows(nlp(text))]
    assert rows == expected


@pytest.mark.parametrize(("text", "speaker"), FRAGMENTS)
def test_round24_fragment_source(nlp, text, speaker):
    rows = [row for row in quote_rows(nlp(text)) if row[0] == "direct"]
    assert [row[3] for row in rows] == [speaker]
