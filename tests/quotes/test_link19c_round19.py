"""Speakers of round 19c (issue 10, "Speakers"): rows that keep no speaker although the
sentence before names one.

- a cue that names no source after its content ("…, hieß es.", "…, heißt es demnach."):
  the statement goes on with the speaker of the statement in the sentence right before, in
  its paragraph; no speaker when that sentence has no statement of its own (a person named
  in a sentence of the writer's between, or no statement at all), nor for such a cue
  before its content ("Bisher hieß es, …": another time or source);
- a text with double spaces: a speaker mention does not keep the whitespace at its edges
  ("die  " -> "die"), and a relative pronoun after a name is resolved to that name even when
  the parse makes the extra space a second subject of its clause ("Maria Berger, die  nicht
  müde wird zu betonen, dass …" -> Maria Berger);
- a Konjunktiv sentence after a sentence that states a person's view with a holder
  preposition ("Für die Ärztin X steht fest, dass … . Er sei …"): X speaks, as after
  "…, so X."; a thing after the preposition ("Für die Sanierung …") names no speaker.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

SOURCELESS = [
    (
        (
            "Wie die Polizei am Montag mitteilte, wurden zwei Geschäfte beschädigt. Der "
            "Täter sei vermutlich durch ein Fenster eingestiegen, hieß es."
        ),
        [
            (
                "indirect",
                "wurden zwei Geschäfte beschädigt",
                "Wie … mitteilte",
                "die Polizei",
                "Polizei",
            ),
            (
                "indirect",
                "Der Täter sei vermutlich durch ein Fenster eingestiegen",
                "hieß es",
                "die Polizei",
                "Polizei",
            ),
        ],
    ),
    (
        (
            "Das Werk werde bis Ende des Jahres geschlossen, sagte Betriebsrat Karl Huber am "
            "Dienstag. Alle Mitarbeiter sollen ein Angebot bekommen, heißt es demnach."
        ),
        [
            (
                "indirect",
                "Das Werk werde bis Ende des Jahres geschlossen",
                "sagte",
                "Betriebsrat Karl Huber",
                "Karl Huber",
            ),
            (
                "indirect",
                "Alle Mitarbeiter sollen ein Angebot bekommen",
                "heißt es",
                "Betriebsrat Karl Huber",
                "Karl Huber",
            ),
        ],
    ),
    # the cue before its content: another time or source
    (
        (
            "Die Schule werde im Herbst eröffnet, sagte Bürgermeisterin Anna Berger. Bisher "
            "hieß es, die Schule solle erst im Winter öffnen."
        ),
        [
            (
                "indirect",
                "Die Schule werde im Herbst eröffnet",
                "sagte",
                "Bürgermeisterin Anna Berger",
                "Anna Berger",
            ),
            ("indirect", "die Schule solle erst im Winter öffnen", "hieß es", None, None),
        ],
    ),
    # no statement in the sentence before
    (
        (
            "Der Bürgermeister eröffnete am Montag die neue Brücke. Sie sei die längste des "
            "Landes, hieß es."
        ),
        [("indirect", "Sie sei die längste des Landes", "hieß es", None, None)],
    ),
    # another person named in a sentence of the writer's between
    (
        (
            "Der Standort sei sicher, sagte Gewerkschaftschef Karl Huber. Die Ministerin Anna "
            "Berger besuchte am Abend das Werk. Die Zukunft der Anlage sei offen, hieß es."
        ),
        [
            (
                "indirect",
                "Der Standort sei sicher",
                "sagte",
                "Gewerkschaftschef Karl Huber",
                "Karl Huber",
            ),
            ("indirect", "Die Zukunft der Anlage sei offen", "hieß es", None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SOURCELESS, ids=[str(i) for i in range(len(SOURCELESS))]
)
def test_sourceless_cue_goes_on(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


SPACES = [
    (
        (
            "Den Vorsitz übernimmt die Juristin Maria Berger, die  nicht müde wird zu betonen, "
            "dass ihre Aufgabe auch das Sparen ist."
        ),
        [("indirect", "dass ihre Aufgabe auch das Sparen ist", "betonen", "die", "Maria Berger")],
    ),
    (
        "Die Reform komme zu spät, sagte Minister Karl  Huber  am Montag in Wien.",
        [("indirect", "Die Reform komme zu spät", "sagte", "Minister Karl  Huber", "Karl Huber")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPACES, ids=[str(i) for i in range(len(SPACES))])
def test_double_spaces_around_mention(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


HOLDERS = [
    (
        (
            "Für die Ärztin Anna Berger steht fest, dass der Patient zu spät kam. Er sei schon "
            "bewusstlos gewesen."
        ),
        [
            (
                "continuation",
                "Er sei schon bewusstlos gewesen.",
                None,
                "die Ärztin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    (
        (
            "Für Bürgermeister Karl Huber ist die Brücke ein großer Erfolg. Sie sei in nur zwei "
            "Jahren gebaut worden."
        ),
        [
            (
                "continuation",
                "Sie sei in nur zwei Jahren gebaut worden.",
                None,
                "Bürgermeister Karl Huber",
                "Karl Huber",
            )
        ],
    ),
    # a thing after the preposition: no speaker
    (
        "Für die Sanierung der Schule ist klar, dass das Geld fehlt. Die Kosten seien zu hoch.",
        [("continuation", "Die Kosten seien zu hoch.", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS, ids=[str(i) for i in range(len(HOLDERS))])
def test_holder_view_before_orphan(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
