"""Speaker mentions of round 23, second wave (issue 10, "Speakers"): the subject a frame left
in another slot.

- a time phrase opening the sentence that the parse took for the subject ("Anfang der Woche
  hatte die Internationale Arbeitsorganisation bekannt gegeben, …"): the subject after the
  finite verb speaks; a subject before the verb stays;
- finite verbs in a row sharing the subject that opens the sentence ("Der Bürgermeister
  lobte die Polizei, nimmt die Beamten in Schutz und warnt, …"): the noun after a verb that
  opens its conjunct right after a comma is that verb's object, not the speaker of the cue
  verb at the end of the row; a speech verb after the comma ("…, sagt der Minister und
  fordert") is a frame and keeps its subject;
- a cue verb opening its sentence right after "Und" with the subject left out ("Und stellen
  eine Lücke in den Zahlen fest: …"): the object after the verb is no speaker; a subject
  after the verb marked nominative ("Und betont der Präsident:") or a pronoun stays.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    # a fronted time phrase is no speaker: the subject after the verb is
    (
        (
            "Die Zahl der Arbeitslosen steigt weiter. Anfang der Woche hatte die Internationale "
            "Arbeitsorganisation (ILO) bekannt gegeben, weltweit seien 200 Millionen Menschen "
            "ohne Arbeit."
        ),
        [
            (
                "die Internationale Arbeitsorganisation (ILO)",
                "Internationale Arbeitsorganisation",
            )
        ],
    ),
    (
        (
            "Viele Menschen sind auf der Flucht. Anfang der Woche hatte das Hilfswerk der "
            "Vereinten Nationen (UNHCR) bekannt gegeben, seit Jänner seien 100.000 Menschen "
            "gekommen."
        ),
        [("das Hilfswerk der Vereinten Nationen (UNHCR)", "UNHCR")],
    ),
    (
        "Am Montag hatte die Polizei mitgeteilt, der Verdächtige sei gefasst worden.",
        [("die Polizei", "Polizei")],
    ),
    # a row of finite verbs shares the subject that opens the sentence
    (
        (
            "Der Bürgermeister lobte die Polizei, nimmt die Beamten in Schutz und warnt, "
            "die Lage sei weiter angespannt."
        ),
        [("Der Bürgermeister", None)],
    ),
    (
        (
            "Die Ministerin dankte den Helfern, lobt die Feuerwehr und betont, der Einsatz sei "
            "vorbildlich gewesen."
        ),
        [("Die Ministerin", None)],
    ),
    # a speech verb after the comma is a frame: its own subject speaks
    (
        "Die Lage sei ernst, sagt der Minister und fordert, die Hilfe rasch auszuweiten.",
        [("der Minister", None)],
    ),
    # "Und" + verb with the subject left out: the object is no speaker
    (
        (
            "Die Kontrolleure sind mit dem Bericht unzufrieden. Und stellen eine Lücke in den "
            "Zahlen fest: Die Kosten seien doppelt so hoch."
        ),
        [(None, None)],
    ),
    (
        "Die Ministerin ist zufrieden. Und sie betont: Die Reform wirkt.",
        [("sie", None)],
    ),
    (
        "Der Verband ist zufrieden. Und betont der Präsident: Die Reform wirkt.",
        [("der Präsident", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_spk23b_speakers(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
