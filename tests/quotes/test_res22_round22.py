"""Speaker names of round 22 (issue 10, "Speakers"): names set off after a description.

- two or three capitalised words set off by commas after the phrase of a singular person
  noun ("Der Ministerpräsident Thailands, Abhisit Vejjajiva, kündigte an", "Einer der
  Putschisten, Harouna Djibrilla Adamou, ergänzte") name that person, also where NER missed
  them or took them for a place; a later "er" and the bare given name are that person too;
  a body set off after a body's noun ("Der Chef des Konzerns, Volkswagen AG, sagte") is
  no person;
- a speaker NER missed that opens with a given name ("Karl-Theodor warf … vor") is someone
  unknown: a later "er" is not the person named before it (no name rather than a wrong one);
- a truncated compound joined by "und" ("der Such- und Rettungsbehörde") is one noun, not
  two who speak.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CASES = [
    (
        (
            "Der Ministerpräsident Thailands, Abhisit Vejjajiva, kündigte am Montag an, er "
            "werde nicht zurücktreten."
        ),
        [("Der Ministerpräsident Thailands, Abhisit Vejjajiva", "Abhisit Vejjajiva")],
    ),
    (
        (
            "Der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise, sagte in Nürnberg, "
            "die Zahlen seien gut."
        ),
        [("Der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise", "Frank-Jürgen Weise")],
    ),
    (
        (
            "Einer der Putschisten, Harouna Djibrilla Adamou, dankte den Menschen und "
            "ergänzte, der Staatsstreich sei im Interesse des Landes."
        ),
        [("Einer der Putschisten, Harouna Djibrilla Adamou", "Harouna Djibrilla Adamou")],
    ),
    # a later bare given name and "er" are that person too
    (
        (
            "Der Ministerpräsident Thailands, Abhisit Vejjajiva, kündigte am Montag Neuwahlen "
            "an. Die Opposition verlangte ein Datum. Er sagte, ein Datum werde es erst im "
            "Herbst geben."
        ),
        [
            ("Der Ministerpräsident Thailands, Abhisit Vejjajiva", "Abhisit Vejjajiva"),
            ("Die Opposition", "Opposition"),
            ("Er", "Abhisit Vejjajiva"),
        ],
    ),
    (
        (
            "Einer der größten Kritiker des Premiers, Sondhi Limthongkul, Sprecher der "
            "Volksallianz, meldete sich zu Wort. Er sagte, der Rücktritt sei nur vorgetäuscht."
        ),
        [("Er", "Sondhi Limthongkul")],
    ),
    # the mention ends before the name set off after it: a kinship word, an indefinite noun
    (
        (
            "Die Kämpfe würden weitergehen, erklärte ein Talibanführer auf pakistanischer "
            "Seite, Baitullah Mehsud."
        ),
        [("ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud", "Baitullah Mehsud")],
    ),
    # a truncated compound joined by "und" is one noun, not two who speak
    (
        (
            "Der Leiter der Indonesischen Such- und Rettungsagentur, Karl Oberleitner, sagte, "
            "die Suche gehe weiter."
        ),
        [
            (
                "Der Leiter der Indonesischen Such- und Rettungsagentur, Karl Oberleitner",
                "Karl Oberleitner",
            )
        ],
    ),
    # a speaker NER missed that opens with a given name: "er" after it is not the person
    # named before (no name rather than a wrong one); a medium missed stays no one
    (
        (
            "Der Abgeordnete Peter Kranz forderte ein Verbot. Karl-Theodor warf der Partei "
            "daraufhin Heuchelei vor. Ihre Haltung bezeichnete er als verlogen."
        ),
        [
            ("Der Abgeordnete Peter Kranz", "Peter Kranz"),
            ("Karl-Theodor", None),
            ("er", None),
        ],
    ),
    (
        (
            "Der Abgeordnete Peter Kranz forderte ein Verbot. Das sei nötig, berichtet Heise. "
            "Er sagte, er werde weiter kämpfen."
        ),
        [
            ("Der Abgeordnete Peter Kranz", "Peter Kranz"),
            ("Heise", None),
            ("Er", "Peter Kranz"),
        ],
    ),
    # a body set off after a body's noun is no person
    (
        "Der Chef des Konzerns, Volkswagen AG, sagte, die Zahlen seien gut.",
        [("Der Chef des Konzerns, Volkswagen AG", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_apposition_names_the_person(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
