"""Speaker names of round 27, second wave (issue 10, "Resolution").

- "Ihnen zufolge …": a pronoun that only ever means several (roles.jsonl
  ``plural_pronoun``) takes the group named before, as a plural "sie" does
  (:mod:`pipeline.speakers.plural_groups`); no group before: no name;
- a pronoun subject with a partitive genitive ("Einige der Mitarbeiter … Sie forderten")
  names the group of its genitive noun;
- an interview label with a surname alone ("Lindner:") is the person the text names with
  that surname ("Die Direktorin Eva Lindner"), not the persons gazetteer's namesake; a
  text that names the gazetteer's person keeps him.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    # "Ihnen zufolge" after a group named as the subject
    (
        (
            "Forscher der Universität Innsbruck haben die Daten von 4000 Pendlern ausgewertet "
            "und kommen zu einem klaren Ergebnis: Ihnen zufolge verlieren Pendler im Schnitt "
            "eine Stunde am Tag."
        ),
        [("Ihnen", "Universität Innsbruck")],
    ),
    # no group named before: no name
    (
        "Die Stadt hat das Budget für Schulen gekürzt. Ihnen zufolge fehlen nun zwei Millionen Euro.",
        [("Ihnen", None)],
    ),
    # a pronoun subject's partitive genitive names the group
    (
        (
            "Einige der älteren Mitarbeiter sitzen auch im Betriebsrat des Unternehmens. Ihnen "
            "wurde eine Abfindung angeboten. Sie forderten den Vorstand stattdessen auf, den "
            "Standort zu erhalten."
        ),
        [("Sie", "älteren Mitarbeiter")],
    ),
    # an interview label in a new paragraph: the text's Eva Lindner, not the gazetteer's
    (
        (
            "Die Bürgermeisterin Eva Lindner will die Gebühren erhöhen. Im Interview erklärt "
            "sie, warum.\n\nSTANDARD: Warum müssen die Bürger mehr zahlen?\n\nLindner: Die "
            "Kosten für das Kanalnetz sind stark gestiegen. Wir haben keine Wahl.\n\nSTANDARD: "
            "Wird es Ausnahmen geben?\n\nLindner: Ja, für Familien mit geringem Einkommen."
        ),
        [
            ("STANDARD", "Der Standard"),
            ("Lindner", "Eva Lindner"),
            ("STANDARD", "Der Standard"),
            ("Lindner", "Eva Lindner"),
        ],
    ),
    # the text names the gazetteer's person: he stays
    (
        (
            "Der Parteichef Christian Lindner will die Steuern senken. Im Interview erklärt er, "
            "warum.\n\nFrage: Wie wollen Sie das bezahlen?\n\nLindner: Der Staat nimmt so viel "
            "ein wie nie."
        ),
        [(None, None), ("Lindner", "Christian Lindner")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
