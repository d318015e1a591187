"""Speakers of round 21b (issue 10, "Speakers"): the subject after the finite verb.

- a fronted object before a speech verb with a masculine subject after it ("Die Niederlage
  bezeichnete *der Trainer* als …", "Rapids Debakel … bezeichnete *der 69-Jährige* als …"):
  the parse takes the fronted noun for the subject; the article "der" with a masculine
  person noun (a role, a person noun, an age noun) right after the verb marks the subject;
  a feminine noun after "der" is a dative ("sagte der Journalistin") and a fronted person
  stays the subject;
- the neuter pronoun "es" as the subject of an active speech verb right after a sentence
  whose subject is a neuter speaking body ("Das Gericht prüfte den Fall. Es stellte fest,
  …"): "es" is the speaker mention (Wikinews gold marks it); the "es" of "heißt es" and of a
  passive stays no speaker.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

FRONTED_OBJECTS = [
    (
        "Die Niederlage bezeichnete der Trainer danach als „unnötig“.",
        [("der Trainer", None)],
    ),
    (
        "Die Pleite in Graz bezeichnete der 54-Jährige als „bitter“.",
        [("der 54-Jährige", None)],
    ),
    (
        "Das Angebot lehnte der Betriebsratschef ab, es sei „völlig unzureichend“.",
        [("der Betriebsratschef", None), ("der Betriebsratschef", None)],
    ),
    (
        "Die Regierung kritisierte der Oppositionschef scharf, sie habe versagt.",
        [("der Oppositionschef", None)],
    ),
    (
        (
            "Der Gegner sei stark, warnte Trainer Hans Gruber. Sturms Niederlage gegen den LASK "
            "bezeichnete der 61-Jährige als einmaligen Ausrutscher, der nicht mehr passieren werde."
        ),
        [("Trainer Hans Gruber", "Hans Gruber"), ("der 61-Jährige", "Hans Gruber")],
    ),
    # a feminine noun after "der" is the one spoken to: unchanged
    (
        "Die Ministerin sagte der Journalistin, sie werde nicht zurücktreten.",
        [("Die Ministerin", None)],
    ),
    # the subject before the verb, a dative thing after it: unchanged
    (
        "Der Minister sagte der Nachrichtenagentur, er werde nicht zurücktreten.",
        [("Der Minister", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), FRONTED_OBJECTS, ids=[str(i) for i in range(len(FRONTED_OBJECTS))]
)
def test_subject_after_verb(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


NEUTER_BODIES = [
    (
        (
            "Das Gericht prüfte den Fall genau. Es stellte fest, dass die Berichterstattung zu "
            "weit gegangen sei."
        ),
        [("Es", "Gericht")],  # round 29: the body subject before names "es"
    ),
    (
        "Das Unternehmen reagierte am Montag. Es teilte mit, man werde die Anlage schließen.",
        [("Es", None)],
    ),
    (
        "Das Ministerium wies die Vorwürfe zurück. Es sei alles korrekt abgelaufen, erklärte es.",
        [("es", "Ministerium")],  # round 29
    ),
    # "heißt es", a passive, no body before: no speaker
    (
        "Das Ministerium prüft den Antrag. Es heißt, die Entscheidung falle bald.",
        [(None, None)],
    ),
    ("Das Wetter war schlecht. Es wird erwartet, dass der Regen anhält.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), NEUTER_BODIES, ids=[str(i) for i in range(len(NEUTER_BODIES))]
)
def test_neuter_pronoun_of_body(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
