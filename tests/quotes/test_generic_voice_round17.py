"""Everyone's or the writer's thought is no statement (issue 10: what is not speech), on
news-style texts written for these tests (:mod:`pipeline.quotes.generic_voice`; the modal
cases are :func:`pipeline.quotes.content.writer_statement`).

Nothing: the indefinite pronoun with a modal in the indicative or Konjunktiv II ("Man kann
nur hoffen, dass …", "wird man sagen dürfen", "Man könnte meinen", "konnte man noch nicht
sagen"), an "as"-clause with it ("wie man früher sagte"), the writer's "Nehmen wir an, …". Kept: the pronoun as the voice
of a source ("Im Ministerium betonte man", "In Wien hofft man") and a modal in the mood of
reported speech ("Man müsse davon ausgehen, …, sagte X").

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    ("Die Ermittler suchen weiter. Man kann nur hoffen, dass die Tortur bald endet.", []),
    ("Hier wird man ohne Übertreibung sagen dürfen, dass diese Wahl entscheidend war.", []),
    ("Man könnte meinen, diese Produkte seien leicht austauschbar.", []),
    ("Es war eine Kunst der Kriegsführung, wie man früher sagte.", []),
    ("Ob ein Zünder in der Granate war, konnte man am Freitag noch nicht sagen.", []),
    ("Ein fiktives Beispiel: Nehmen wir an, dass die Partei aus vier Wörtern besteht.", []),
    ("Nehmen wir an, die Partei gewinnt die Wahl.", []),
    (
        "Wir nehmen an, dass die Wahl wiederholt wird.",
        [("indirect", "dass die Wahl wiederholt wird", "nehmen … an", "Wir", None)],
    ),
    (
        "Im Ministerium betonte man, dass die Behörde alles geprüft habe.",
        # the body the "im" phrase names speaks for "man" (round 21)
        [
            (
                "indirect",
                "dass die Behörde alles geprüft habe",
                "betonte",
                "Ministerium",
                "Ministerium",
            )
        ],
    ),
    (
        "In Wien hofft man nun, die Verhandlungen bis Ende August abschließen zu können.",
        [
            (
                "indirect",
                "die Verhandlungen bis Ende August abschließen zu können",
                "hofft",
                None,
                None,
            )
        ],
    ),
    (
        (
            "Man müsse davon ausgehen, dass mehrere Tonnen Abfall vergraben wurden, sagte der "
            "Sprecher der Polizei."
        ),
        [
            (
                "indirect",
                "Man müsse davon ausgehen, dass mehrere Tonnen Abfall vergraben wurden",
                "sagte",
                "der Sprecher der Polizei",
                "Polizei",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_generic_voice(nlp, text, expected):
    assert _rows(nlp(text)) == expected
