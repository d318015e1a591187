"""Continuations of round 26, second wave (issue 10): an ``-e`` form that opens a conjunct
shares the subject "ich" of the finite verb before it and is indicative ("Ich bin gekommen
und *habe* es gebracht": :meth:`pipeline.quotes.lang.de.GermanGrammar._first_person_e`), so
first-person words start no Konjunktiv orphan of their own and stay with the frame after
them (also before "es", which :func:`pipeline.quotes.speech_moods.inverted_moods` would
read as an inverted subject); a coordinated
Konjunktiv I whose subject is a third person stays reported speech.
A singular Konjunktiv II with an ablaut stem ("läge", "bekäme") right after a framed
statement in its paragraph goes on with that statement (:mod:`pipeline.quotes.ablaut_moods`);
in the next paragraph it is the writer's conditional.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    # first-person words with a coordinated "habe" are one statement with the frame after them
    (
        (
            "Der Läufer gewann sein drittes Gold und zog mit Paul Weber (1990 und 1994) gleich. "
            "Ich bin ganz locker gestartet, ohne Druck und habe den Sieg nach Hause gebracht. "
            "Mein Ziel ist der Rekord, sagte Max Bauer."
        ),
        [
            (
                "indirect",
                (
                    "Ich bin ganz locker gestartet, ohne Druck und habe den Sieg nach Hause "
                    "gebracht. Mein Ziel ist der Rekord"
                ),
                "sagte",
                "Max Bauer",
                "Max Bauer",
            ),
        ],
    ),
    # "habe es": not the inverted Konjunktiv I of "es" (inverted_moods)
    (
        (
            "Die Sprinterin siegte vor Anna Weber (2019 und 2021). Ich bin ruhig geblieben, "
            "ohne Stress und habe es ins Ziel gebracht. Das war mein Plan, sagte Lena Bauer."
        ),
        [
            (
                "indirect",
                (
                    "Ich bin ruhig geblieben, ohne Stress und habe es ins Ziel gebracht. Das "
                    "war mein Plan"
                ),
                "sagte",
                "Lena Bauer",
                "Lena Bauer",
            ),
        ],
    ),
    # a third person's coordinated Konjunktiv I stays in the reported statement
    (
        "Der Minister sagte, er sei zu spät gekommen und habe von dem Vertrag nichts gewusst.",
        [
            (
                "indirect",
                "er sei zu spät gekommen und habe von dem Vertrag nichts gewusst",
                "sagte",
                "Der Minister",
                None,
            ),
        ],
    ),
    (
        (
            "Die Firma sei gesund, sagte der Geschäftsführer Karl Huber. Sie habe im Vorjahr "
            "neue Kunden gewonnen und habe keine Schulden."
        ),
        [
            (
                "indirect",
                "Die Firma sei gesund",
                "sagte",
                "der Geschäftsführer Karl Huber",
                "Karl Huber",
            ),
            (
                "continuation",
                "Sie habe im Vorjahr neue Kunden gewonnen und habe keine Schulden.",
                None,
                "der Geschäftsführer Karl Huber",
                "Karl Huber",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_first_person_conjunct(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


ABLAUT_DOCUMENTS = [
    (
        (
            "Für den Bürgermeister ist das Heim unmöglich, wie er am Montag versicherte. Das "
            "geplante Heim läge mitten im Ort, neben der Volksschule. Er verlangt eine Befragung."
        ),
        [
            (
                "indirect",
                "Für den Bürgermeister ist das Heim unmöglich",
                "wie … versicherte",
                "er",
                None,
            ),
            (
                "continuation",
                "Das geplante Heim läge mitten im Ort, neben der Volksschule.",
                None,
                "er",
                None,
            ),
            ("reported", "Er verlangt eine Befragung.", "verlangt", "Er", None),
        ],
    ),
    (
        (
            "Die Steuerexpertin plädiert dafür, das Modell der Pauschale auszuweiten. Wie in "
            "Deutschland bekäme man dann für jeden Kilometer einen festen Betrag. Die Reform "
            "kommt 2027."
        ),
        [
            (
                "indirect",
                "das Modell der Pauschale auszuweiten",
                "plädiert",
                "Die Steuerexpertin",
                None,
            ),
            (
                "continuation",
                "Wie in Deutschland bekäme man dann für jeden Kilometer einen festen Betrag.",
                None,
                "Die Steuerexpertin",
                None,
            ),
        ],
    ),
    # in the next paragraph: the writer's conditional
    (
        (
            "Der Trainer plädiert dafür, die Liga auf zehn Klubs zu verkleinern.\n\nWie in "
            "England bekäme man dann mehr Spannung in jeder Runde."
        ),
        [
            (
                "indirect",
                "die Liga auf zehn Klubs zu verkleinern",
                "plädiert",
                "Der Trainer",
                None,
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ABLAUT_DOCUMENTS, ids=[d[0][:40] for d in ABLAUT_DOCUMENTS]
)
def test_ablaut_after_statement(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
