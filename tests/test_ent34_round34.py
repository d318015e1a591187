"""Entities, round 34: an adjective or participle of a person's state that opens a sentence
before a state verb ("Erfreut zeigte sich Landeshauptmann X", "Enttäuscht reagierte die
Gewerkschaft") is no person, though the recogniser tags it PER; the pronoun after it then
resolves to the person named after the verb. A surname in the same place stays: a known
surname, the word used again in the text, a predicative adjective after the verb ("Kurz
zeigte sich erfreut") or no state verb ("Fröhlich sagte, ...").

Entity rows: ``(text, label)`` in text order; speaker rows: ``(mention, speaker_name)``.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

ENTITY_ROWS = [
    (
        "Erfreut zeigte sich Landeshauptmann Thomas Stelzer über den Beschluss.",
        [("Thomas Stelzer", "PER")],
    ),
    (
        "Verärgert zeigte sich auch der Obmann Franz Müller.",
        [("Franz Müller", "PER")],
    ),
    (
        "Skeptisch äußerte sich Gewerkschaftschef Wolfgang Katzian zu den Plänen.",
        [("Wolfgang Katzian", "PER")],
    ),
    (
        "Besorgt zeigte sich der Arzt Michael Binder über die steigenden Zahlen.",
        [("Michael Binder", "PER")],
    ),
    (  # a surname the text uses again stays a name
        (
            "Die Abgeordnete Maria Freundlich kritisierte den Plan. Freundlich zeigte sich auch "
            "die Ministerin skeptisch."
        ),
        [("Maria Freundlich", "PER"), ("Freundlich", "PER")],
    ),
    (  # a known surname before a verb that is no state verb
        "Fröhlich sagte, man sei mit dem Ergebnis zufrieden.",
        [("Fröhlich", "PER")],
    ),
    (  # a surname before its object: no state verb
        "Schwarz kritisierte die Regierung scharf.",
        [("Schwarz", "PER")],
    ),
    (  # a surname in -ig tagged as a proper noun, the adjective after the verb
        "Herzig gab sich nach dem Spiel wortkarg.",
        [("Herzig", "PER")],
    ),
    (  # a surname in -dt is no participle
        "Gebhardt zeigte sich zuversichtlich, dass der Vertrag hält.",
        [("Gebhardt", "PER")],
    ),
    (  # no subject after the reaction verb
        "Bergt reagierte nicht auf die Anfrage.",
        [("Bergt", "PER")],
    ),
    (  # a state verb without "sich": no state
        "Enttäuscht gab die Ministerin den Rücktritt bekannt.",
        [],
    ),
]

SPEAKER_ROWS = [
    (
        (
            "Erfreut zeigte sich Landeshauptmann Thomas Stelzer. Das Ergebnis sei ein klarer "
            "Auftrag, sagte er."
        ),
        [("er", "Thomas Stelzer")],
    ),
    (
        (
            "Besorgt zeigte sich der Virologe Martin Huber. Die Lage werde sich im Herbst "
            "verschärfen, warnte er."
        ),
        [("er", "Martin Huber")],
    ),
    (
        "Skeptisch gab sich die Ökonomin Sabine Lechner. Die Inflation bleibe hoch, sagte sie.",
        [("sie", "Sabine Lechner")],
    ),
    (  # a known surname with the state adjective after the verb stays the speaker
        "Fröhlich zeigte sich zufrieden mit dem Ergebnis. Man habe viel erreicht, sagte er.",
        [("er", "Fröhlich")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENTITY_ROWS)
def test_state_word_entities(nlp, text, expected):
    assert [(e.text, e.label_) for e in nlp(text).ents] == expected


@pytest.mark.parametrize(("text", "expected"), SPEAKER_ROWS)
def test_state_word_speakers(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
