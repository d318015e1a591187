"""Continuation speakers of round 23 (issue 10): the speaker of a continuation is the frame's
speaker, not the subject inside the statement's words (:mod:`pipeline.quotes.chain_heads`).

- a statement whose words are a sentence with a speech verb of their own ("Der Verband
  *fordert* mehr Personal, sagte Präsident Hans Gruber.", "Die Ärztekammer *warnt* vor
  Engpässen, sagte …"): the Konjunktiv sentence after it goes on with the frame's speaker
  (Gruber), not with the subject of the words (der Verband);
- stays as before: a plain statement with a frame ("Die Gewerkschaft verlangt …, erklärte
  Sprecherin …" goes on with the speaker named in the frame either way), nested reporting
  ("Der Minister sagte, die Polizei habe erklärt, …": the minister's), and a statement of
  its own subject with no frame ("Die Stadt fordert Hilfe vom Bund. Die Lage sei ernst.":
  the city's).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

CASES = [
    (
        "Der Verband fordert mehr Personal, sagte Präsident Hans Gruber. Die Lage sei ernst.",
        [
            (
                "indirect",
                "Der Verband fordert mehr Personal",
                "sagte",
                "Präsident Hans Gruber",
                "Hans Gruber",
            ),
            ("continuation", "Die Lage sei ernst.", None, "Präsident Hans Gruber", "Hans Gruber"),
        ],
    ),
    (
        (
            "Die Ärztekammer warnt vor Engpässen, sagte Präsidentin Eva Brunner. Viele Praxen "
            "fänden keine Nachfolger."
        ),
        [
            (
                "indirect",
                "Die Ärztekammer warnt vor Engpässen",
                "sagte",
                "Präsidentin Eva Brunner",
                "Eva Brunner",
            ),
            (
                "continuation",
                "Viele Praxen fänden keine Nachfolger.",
                None,
                "Präsidentin Eva Brunner",
                "Eva Brunner",
            ),
        ],
    ),
    (
        (
            "Die Gewerkschaft verlangt eine Lohnerhöhung, erklärte Sprecherin Maria Lechner am "
            "Montag. Die Inflation treffe die Beschäftigten hart."
        ),
        [
            (
                "indirect",
                "Die Gewerkschaft verlangt eine Lohnerhöhung",
                "erklärte",
                "Sprecherin Maria Lechner",
                "Maria Lechner",
            ),
            (
                "continuation",
                "Die Inflation treffe die Beschäftigten hart.",
                None,
                "Sprecherin Maria Lechner",
                "Maria Lechner",
            ),
        ],
    ),
    (
        "Der Minister sagte, die Polizei habe erklärt, der Täter sei geflohen. Er sei bewaffnet.",
        [
            (
                "indirect",
                "die Polizei habe erklärt, der Täter sei geflohen",
                "sagte",
                "Der Minister",
                None,
            ),
            ("continuation", "Er sei bewaffnet.", None, "Der Minister", None),
        ],
    ),
    (
        "Die Stadt fordert Hilfe vom Bund. Die Lage sei ernst.",
        [
            ("reported", "Die Stadt fordert Hilfe vom Bund.", "fordert", "Die Stadt", None),
            ("continuation", "Die Lage sei ernst.", None, "Die Stadt", None),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_frame_speaker_goes_on(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
