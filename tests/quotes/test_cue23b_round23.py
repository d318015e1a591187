"""Cue frames of round 23, second wave (issue 10, "Cues"): frames of written text and of
questions that no speech verb names.

- a written text as the place of the words (``komma_steht_in``, ``in_bericht_steht``):
  "…, steht in dem Erlass des Ministeriums", "…, stand in dem Schreiben an die
  Gemeinden", "In dem Bericht der Kommission steht, dass …", "Im Jahresbericht stand, …":
  the text is the source, as with "heißt es in der Erklärung"; "stehen" with a place that
  is no text ("steht noch in den Sternen") or without content ("Im Bericht steht nichts
  über die Kosten") stays narration;
- "wissen wollen" frames a question or a claim (``wollte_wissen``, ``will_wissen``): "Der
  Abgeordnete wollte vom Minister wissen, wie hoch …", "Warum …, wollten die Beamten
  wissen."; in the present only after the question ("Wie hoch …, will die
  Opposition wissen."), since "Die Kunden wollen wissen, woher …" is a wish, not an asked question;
  "will davon nichts wissen" and "wissen lassen" stay narration.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

WRITTEN = [
    (
        (
            "Schulen dürfen Politiker nur in Ausnahmefällen einladen, steht in dem Erlass des "
            "Ministeriums."
        ),
        [
            (
                "indirect",
                "Schulen dürfen Politiker nur in Ausnahmefällen einladen",
                "steht",
                "dem Erlass",
                None,
            )
        ],
    ),
    (
        "Die Förderung werde im Herbst auslaufen, stand in dem Schreiben an die Gemeinden.",
        [
            (
                "indirect",
                "Die Förderung werde im Herbst auslaufen",
                "stand",
                "dem Schreiben",
                None,
            )
        ],
    ),
    (
        "In dem Bericht der Kommission steht, dass die Mittel nicht reichen würden.",
        [
            (
                "indirect",
                "dass die Mittel nicht reichen würden",
                "In dem Bericht der Kommission steht",
                "dem Bericht der Kommission",
                "Kommission",
            )
        ],
    ),
    (
        "Im Jahresbericht der Behörde stand, die Zahl der Anzeigen sei deutlich gestiegen.",
        [
            (
                "indirect",
                "die Zahl der Anzeigen sei deutlich gestiegen",
                "Im Jahresbericht der Behörde stand",
                "Jahresbericht der Behörde",
                "Behörde",
            )
        ],
    ),
    (
        "In einem Jahresbericht für 2015 des Ministeriums steht, dass viele Fälle ungeklärt sind.",
        [
            (
                "indirect",
                "dass viele Fälle ungeklärt sind",
                "In einem Jahresbericht für 2015 des Ministeriums steht",
                "einem Jahresbericht",
                None,
            )
        ],
    ),
    ("Wann die neue Brücke fertig wird, steht noch in den Sternen.", []),
    ("Im Bericht steht nichts über die Kosten.", []),
]

QUESTIONS = [
    (
        "Warum die Familie das Land verlassen habe, wollten die Beamten wissen.",
        [
            (
                "indirect",
                "Warum die Familie das Land verlassen habe",
                "wollten die Beamten wissen",
                "die Beamten",
                None,
            )
        ],
    ),
    (
        "Der Abgeordnete wollte vom Minister wissen, wie hoch die Kosten des Projekts seien.",
        [
            (
                "indirect",
                "wie hoch die Kosten des Projekts seien",
                "wollte vom Minister wissen",
                "Der Abgeordnete",
                None,
            )
        ],
    ),
    (
        "Wie hoch die Kosten seien, will die Opposition wissen.",
        [
            (
                "indirect",
                "Wie hoch die Kosten seien",
                "will die Opposition wissen",
                "die Opposition",
                "Opposition",
            )
        ],
    ),
    (
        "Ob das stimmt, wollen wir nun wissen.",
        [("indirect", "Ob das stimmt", "wollen wir nun wissen", "wir", None)],
    ),
    # present tense only after the question: a medium's claim "will wissen, dass …" is
    # left to other frames (its nested quoted fragments keep their own speaker)
    (
        "Die Zeitung will aber wissen, dass der Minister im Mai zurücktreten wollte.",
        [],
    ),
    ("Die Kunden wollen wissen, woher ihr Fleisch kommt.", []),
    ("Der Bürgermeister will davon nichts wissen.", []),
    ("Der Trainer will die Spieler wissen lassen, wie wichtig das Spiel ist.", []),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN + QUESTIONS)
def test_cue23b_frames(nlp, text, expected):
    assert _rows(nlp(text)) == expected
