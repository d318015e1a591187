"""Cues and frame content of round 31 (issue 10): news patterns the engine missed.

- "ausrichten lassen" is a speech act ("…, ließ X über seinen Anwalt ausrichten", "X ließ
  ausrichten, er sei …"; the cue is "ließ … ausrichten"); hosting an event stays no cue;
- a document or written surface that "says" with "stehen": a participle phrase before the
  document ("In dem von Ärzten verfassten Brief steht, …") and a surface after "auf" ("Auf
  dem Plakat stand: …"); the document is the speaker; "Im Mittelpunkt steht", "Auf der
  Tagesordnung steht" stay no cue;
- a conclusion before a colon ("Die Studie kommt zu dem Ergebnis: …"): the subject's
  statement; a negated one is none;
- a question before the cue with a person in it ("Gefragt, wann er zurücktrete, antwortete
  der Parteichef: …"): the one who answers speaks;
- a surprise after what is said ("…, zeigte sich X verblüfft."): X's statement, as with
  the stance adjectives.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

DOCUMENTS = [
    (
        "Er habe sich nichts vorzuwerfen, ließ Grasser über seinen Anwalt ausrichten.",
        [("indirect", "Er habe sich nichts vorzuwerfen", "ließ … ausrichten", "Grasser")],
    ),
    (
        "Der Sänger ließ ausrichten, er sei krank.",
        [("indirect", "er sei krank", "ließ … ausrichten", "Der Sänger")],
    ),
    (
        "Die Ministerin ließ über ihre Sprecherin ausrichten, sie werde nicht zurücktreten.",
        [("indirect", "sie werde nicht zurücktreten", "ließ … ausrichten", "Die Ministerin")],
    ),
    (
        "„Ich bleibe“, ließ der Trainer ausrichten.",
        [("direct", "„Ich bleibe“", "ließ … ausrichten", "der Trainer")],
    ),
    ("Die Stadt Graz wird die Meisterschaft 2028 ausrichten.", []),
    ("Der Verein richtet das Turnier im Mai aus.", []),
    (
        "In dem von Ärzten verfassten Brief steht, die Versorgung sei gefährdet.",
        [
            (
                "indirect",
                "die Versorgung sei gefährdet",
                "In dem von Ärzten verfassten Brief steht",
                "dem von Ärzten verfassten Brief",
            )
        ],
    ),
    (
        "Auf seiner Website steht, er sei unschuldig.",
        [("indirect", "er sei unschuldig", "Auf seiner Website steht", "seiner Website")],
    ),
    (
        "Auf den Transparenten stand, das Klima warte nicht.",
        [("indirect", "das Klima warte nicht", "Auf den Transparenten stand", "den Transparenten")],
    ),
    ("Auf der Tagesordnung steht die Budgetdebatte.", []),
    ("Im Mittelpunkt steht die Frage, wie es weitergeht.", []),
    ("Auf dem Plakat steht der Kandidat vor einem Bergpanorama.", []),
    (
        "Der Bericht der Kommission kommt zu einem klaren Schluss: Die Behörden hätten versagt.",
        [
            (
                "indirect",
                "Die Behörden hätten versagt",
                "kommt zu einem klaren Schluss",
                "Der Bericht der Kommission",
            )
        ],
    ),
    (
        "Die Prüfer kamen zu einem vernichtenden Urteil: Das Projekt sei gescheitert.",
        [
            (
                "indirect",
                "Das Projekt sei gescheitert",
                "kamen zu einem vernichtenden Urteil",
                "Die Prüfer",
            )
        ],
    ),
    ("Der Rechnungshof kam nicht zu dem Schluss: Die Regeln wurden gebrochen.", []),
    (
        "Gefragt, wann er zurücktreten werde, antwortete der Parteichef knapp: „Nie.“",
        [("direct", "„Nie.“", "antwortete", "der Parteichef")],
    ),
    (
        "Auf die Frage, ob er kandidieren werde, antwortete Huber: „Das weiß ich noch nicht.“",
        [("direct", "„Das weiß ich noch nicht.“", "antwortete", "Huber")],
    ),
    (
        "Ich habe damit nicht gerechnet, zeigte sich auch Trainer Peter Huber verblüfft.",
        [
            (
                "indirect",
                "Ich habe damit nicht gerechnet",
                "zeigte … verblüfft",
                "Trainer Peter Huber",
            )
        ],
    ),
    (
        "Das Ergebnis ist eine Katastrophe, zeigte sich der Bürgermeister schockiert.",
        [
            (
                "indirect",
                "Das Ergebnis ist eine Katastrophe",
                "zeigte … schockiert",
                "der Bürgermeister",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_round31_cues(nlp, text, expected):
    doc = nlp(text)
    rows = [(q._.kind, q.text, q._.cue, q._.speaker) for q in doc.spans["quotes"]]
    assert rows == expected
