"""Continuations of round 21b (issue 10, "Speakers"): general classes of German news language.

- source memory: a Konjunktiv sentence with no statement right before it reports what the
  last source phrase of the writer's sentences gave ("Laut Angaben der Polizei …", "Einem
  Bericht der Zeitung X zufolge …"), in its paragraph or the one before, with only the
  writer's sentences between; not when the source stands two paragraphs back, nor after
  someone else's speech act ("Die Staatsanwaltschaft berichtete über …").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

MEMORY = [
    (
        (
            "Laut Angaben der Polizei wurde der Mann am Montag in seiner Wohnung in Graz "
            "festgenommen. Er lebte seit Jahren unter falschem Namen in der Stadt.\n\n"
            "Beamte hatten ihn wochenlang beobachtet. Bei der Festnahme habe er keinen "
            "Widerstand geleistet."
        ),
        [
            (
                "indirect",
                "wurde der Mann am Montag in seiner Wohnung in Graz festgenommen",
                "Laut",
                "Angaben der Polizei",
                "Polizei",
            ),
            (
                "continuation",
                "Bei der Festnahme habe er keinen Widerstand geleistet.",
                None,
                "Angaben der Polizei",
                "Polizei",
            ),
        ],
    ),
    (
        (
            "Einem Bericht der Zeitung Kurier zufolge soll das Spital Ende des Jahres "
            "schließen.\n\nDie Gemeinde betreibt es seit 1950. Die Belegschaft sei bereits "
            "informiert worden."
        ),
        [
            (
                "indirect",
                "soll das Spital Ende des Jahres schließen",
                "zufolge",
                "Einem Bericht der Zeitung Kurier",
                "Kurier",
            ),
            (
                "continuation",
                "Die Belegschaft sei bereits informiert worden.",
                None,
                "Einem Bericht der Zeitung Kurier",
                "Kurier",
            ),
        ],
    ),
    # the source two paragraphs back: no speaker
    (
        (
            "Nach Angaben des Ministeriums wurden im Vorjahr rund 3000 Anträge gestellt.\n\n"
            "Die Zahl stieg damit deutlich an.\n\nDie Anträge kamen vor allem aus Syrien. Ein "
            "Großteil der Anträge sei inzwischen bearbeitet worden."
        ),
        [
            (
                "indirect",
                "wurden im Vorjahr rund 3000 Anträge gestellt",
                "Nach Angaben",
                "des Ministeriums",
                "Ministerium",
            ),
            (
                "continuation",
                "Ein Großteil der Anträge sei inzwischen bearbeitet worden.",
                None,
                None,
                None,
            ),
        ],
    ),
    # someone else's speech act between: no speaker
    (
        (
            "Laut Angaben der Polizei wurde der Mann am Montag in Graz festgenommen. Die "
            "Staatsanwaltschaft berichtete am Dienstag über weitere Ermittlungen. Der Wagen "
            "wurde beschlagnahmt. Darin seien Waffen gefunden worden."
        ),
        [
            (
                "indirect",
                "wurde der Mann am Montag in Graz festgenommen",
                "Laut",
                "Angaben der Polizei",
                "Polizei",
            ),
            ("continuation", "Darin seien Waffen gefunden worden.", None, None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMORY, ids=[str(i) for i in range(len(MEMORY))])
def test_source_memory(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
