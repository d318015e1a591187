"""Continuations of round 23 (issue 10): the speaker of a continuation is the frame's
speaker, not the subject inside the statement's words (:mod:`pipeline.quotes.chain_heads`);
the writer's arithmetic is no continuation (:func:`pipeline.quotes.konjunktiv_two.writer_sum`).

- a statement whose words are a sentence with a speech verb of their own ("Der Verband
  *fordert* mehr Personal, sagte Präsident Hans Gruber.", "Die Ärztekammer *warnt* vor
  Engpässen, sagte …"): the Konjunktiv sentence after it goes on with the frame's speaker
  (Gruber), not with the subject of the words (der Verband);
- stays as before: a plain statement with a frame ("Die Gewerkschaft verlangt …, erklärte
  Sprecherin …" goes on with the speaker named in the frame either way), nested reporting
  ("Der Minister sagte, die Polizei habe erklärt, …": the minister's), and a statement of
  its own subject with no frame ("Die Stadt fordert Hilfe vom Bund. Die Lage sei ernst.":
  the city's).
- a sentence whose main verb is a singular Konjunktiv II of a verb that amounts to a figure
  ("entspräche", "bekäme", "käme") with a figure in digits, after a statement or after the
  writer's sentence: the writer's conversion or projection, no row ("Nach heutigem Maßstab
  *entspräche* dies einem Preis von 2079 Dollar.", "Ein Bündnis … *bekäme* 47 Prozent.");
- stays a continuation: the same verb without a figure ("Ein Neubau käme nicht in Frage."),
  a figure with a Konjunktiv I ("werde … kosten") or a plural Konjunktiv II ("Die Kosten
  *lägen* bei 20 Millionen Euro.").

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


MAIER = "Die Kosten seien zu hoch, sagte der Bürgermeister Karl Maier."
MAIER_ROW = (
    "indirect",
    "Die Kosten seien zu hoch",
    "sagte",
    "der Bürgermeister Karl Maier",
    "Karl Maier",
)


def _maier(text: str) -> tuple:
    return ("continuation", text, None, "der Bürgermeister Karl Maier", "Karl Maier")


SUMS = [
    (
        (
            "Der Rekordpreis wurde 1980 mit 850 Dollar erreicht. Nach heutigem Maßstab "
            "entspräche dies einem Preis von 2079 Dollar."
        ),
        [],
    ),
    (MAIER + " Ein Neubau käme die Stadt auf 20 Millionen Euro.", [MAIER_ROW]),
    (
        (
            "Die SPD liege bei 28 Prozent, teilte das Institut mit. Ein Bündnis aus SPD und "
            "Grünen bekäme 47 Prozent."
        ),
        [
            (
                "indirect",
                "Die SPD liege bei 28 Prozent",
                "teilte … mit",
                "das Institut",
                "Institut",
            )
        ],
    ),
    (
        MAIER + " Ein Neubau käme nicht in Frage.",
        [MAIER_ROW, _maier("Ein Neubau käme nicht in Frage.")],
    ),
    (
        MAIER + " Der Neubau werde 20 Millionen Euro kosten.",
        [MAIER_ROW, _maier("Der Neubau werde 20 Millionen Euro kosten.")],
    ),
    (
        MAIER + " Die Kosten lägen bei 20 Millionen Euro.",
        [MAIER_ROW, _maier("Die Kosten lägen bei 20 Millionen Euro.")],
    ),
]


@pytest.mark.parametrize("text,expected", SUMS)
def test_writer_sum(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
