"""Cue frames of round 24 (issue 10, "Cues"): verbs that start a statement only in one place.

- a verb of knowing as an inverted trailing frame ("…, weiß die Zoodirektorin X."): what
  the expert knows is her statement; not "Der Minister weiß, dass …", "…, weiß man im Dorf",
  "Ob …, weiß niemand", "…, weiß ich nicht", "…, weiß also, was …" (knowing, no frame);
- verbs of computing ("berechnen", "errechnen", "ausrechnen"): "…, berechneten Forscher",
  "Die Forscher errechneten, dass …" state a result; with a question complement ("Das
  Programm berechnet, wie viel …") they compute, nothing is said.

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
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_round24_cue_frames(nlp, text, expected):
    rows = [row[:4] for row in quote_rows(nlp(text))]
    assert rows == expected
