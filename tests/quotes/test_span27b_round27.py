"""Speech around frames of round 27, second wave (issue 10, "the German quote engine").

- unmarked speech between two statements of one speaker, with a first person in it (also
  "mein"): the start of speech framed after it, or continuations of the statement before
  (:mod:`pipeline.quotes.speech_between`);
- a quote whose own speaker sits in a frame after its last comma ends at that comma
  (:mod:`pipeline.quotes.inner_frames`);
- a sentence adverb before a bare participle ("Vereinfacht gesagt:") or a pronoun of no one
  ("niemand behaupten") frames nothing (:mod:`pipeline.quotes.no_one_mentions`);
- a frame as a sentence of its own after the words ("… aufzuhören. Sagt X.") frames the
  sentence before it (:mod:`pipeline.quotes.frame_sentences`);
- a continuation that opens with its own frame ("Sie möchte wissen, wie … sei") is the
  clause after it (:mod:`pipeline.quotes.opening_frames`).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

CASES = [
    # a frame as a sentence of its own ('Sagt die Sängerin X.') frames the sentence before: cue 'Sagt'
    (
        "Sie wolle nach dieser Tournee eine Pause einlegen. Sagt die Sängerin Lena Hofer. Das wäre für ihre Fans ein harter Schlag.",
        [
            (
                "indirect",
                "Sie wolle nach dieser Tournee eine Pause einlegen",
                "Sagt",
                "die Sängerin Lena Hofer",
                "Lena Hofer",
            ),
            (
                "continuation",
                "Das wäre für ihre Fans ein harter Schlag.",
                None,
                "die Sängerin Lena Hofer",
                "Lena Hofer",
            ),
        ],
    ),
    # 'Sagt sie.' after a sentence: that sentence is what she said
    (
        "Die Sängerin Lena Hofer steht seit 30 Jahren auf der Bühne. Dennoch ist sie nicht müde. Sagt sie. Ihr neues Album erscheint im Mai.",
        [("indirect", "Dennoch ist sie nicht müde", "Sagt", "sie", "Lena Hofer")],
    ),
    # a question before it is no statement: nothing
    ("Die Sängerin Lena Hofer plant eine Pause. Wie lange wird sie dauern? Sagt sie nicht.", []),
    # sentences between a continuation and speech framed after it, one with 'meine': the start of that speech
    (
        "Die Trainerin Eva Berger sprach nach dem Spiel von einem verdienten Sieg. Die Mannschaft habe gut gekämpft. Das war meine beste Woche als Trainerin. Nun freue ich mich auf das Finale, sagte Berger.",
        [
            (
                "reported",
                "Die Trainerin Eva Berger sprach nach dem Spiel von einem verdienten Sieg.",
                "sprach",
                "Die Trainerin Eva Berger",
                "Eva Berger",
            ),
            (
                "continuation",
                "Die Mannschaft habe gut gekämpft.",
                None,
                "Die Trainerin Eva Berger",
                "Eva Berger",
            ),
            (
                "indirect",
                "Das war meine beste Woche als Trainerin. Nun freue ich mich auf das Finale",
                "sagte",
                "Berger",
                "Eva Berger",
            ),
        ],
    ),
    # a sentence with 'meine' between a statement and a continuation of its speaker goes on with it
    (
        "Die Stadt habe das Budget eingehalten, sagte Bürgermeister Karl Huber. Das war meine wichtigste Aufgabe. Die Gebühren würden im nächsten Jahr nicht steigen, die Stadt werde aber weiter sparen.",
        [
            (
                "indirect",
                "Die Stadt habe das Budget eingehalten",
                "sagte",
                "Bürgermeister Karl Huber",
                "Karl Huber",
            ),
            (
                "continuation",
                "Das war meine wichtigste Aufgabe.",
                None,
                "Bürgermeister Karl Huber",
                "Karl Huber",
            ),
            (
                "continuation",
                "Die Gebühren würden im nächsten Jahr nicht steigen, die Stadt werde aber weiter sparen.",
                None,
                "Bürgermeister Karl Huber",
                "Karl Huber",
            ),
        ],
    ),
    # the writer's sentence without a first person ends the run: only the one before it goes on
    (
        "Die Stadt habe das Budget eingehalten, sagte Bürgermeister Karl Huber. Das war meine wichtigste Aufgabe. Seit Mai sitzt der Gemeinderat im neuen Rathaus. Die Stadt werde aber weiter sparen.",
        [
            (
                "indirect",
                "Die Stadt habe das Budget eingehalten",
                "sagte",
                "Bürgermeister Karl Huber",
                "Karl Huber",
            ),
            (
                "continuation",
                "Das war meine wichtigste Aufgabe.",
                None,
                "Bürgermeister Karl Huber",
                "Karl Huber",
            ),
            (
                "continuation",
                "Die Stadt werde aber weiter sparen.",
                None,
                "Bürgermeister Karl Huber",
                "Karl Huber",
            ),
        ],
    ),
    # the writer's sentence between two statements of one speaker stays out
    (
        "Bürgermeister Karl Huber zeigte sich am Montag zufrieden. Die Stadt habe das Budget eingehalten, sagte Huber. Die Gemeinde hat 12.000 Einwohner. Die Steuern würden nicht steigen.",
        [("indirect", "Die Stadt habe das Budget eingehalten", "sagte", "Huber", "Karl Huber")],
    ),
    # a frame the tagger misreads ('lies' for 'ließ') at the end of a continuation: the quote ends at the comma
    (
        "Polizeisprecher Max Lang bestätigte am Abend eine Festnahme. Der Verdächtige werde noch befragt. Wann die Ermittlungen abgeschlossen sein würden, lies der Sprecher offen.",
        [
            (
                "continuation",
                "Der Verdächtige werde noch befragt.",
                None,
                "Polizeisprecher Max Lang",
                "Max Lang",
            ),
            (
                "continuation",
                "Wann die Ermittlungen abgeschlossen sein würden",
                None,
                "der Sprecher",
                "Max Lang",
            ),
        ],
    ),
    # 'ließ X offen' after a continuation's words: the frame is no part of the quote
    (
        "Der Konzern baut Stellen ab, bestätigte Vorstand Peter Kern. Wie viele Mitarbeiter betroffen seien, ließ Kern am Dienstag offen.",
        [
            (
                "indirect",
                "Der Konzern baut Stellen ab",
                "bestätigte",
                "Vorstand Peter Kern",
                "Peter Kern",
            ),
            (
                "continuation",
                "Wie viele Mitarbeiter betroffen seien, ließ Kern am Dienstag offen.",
                None,
                "Kern",
                "Peter Kern",
            ),
        ],
    ),
    # a relative clause after the comma is no frame: the continuation stays whole
    (
        "Der Verein ist pleite. Die Kosten seien hoch, sagte Obmann Franz Maier. Damit seien Ausgaben verbunden, die von Maier nicht zu tragen sind.",
        [
            ("indirect", "Die Kosten seien hoch", "sagte", "Obmann Franz Maier", "Franz Maier"),
            (
                "continuation",
                "Damit seien Ausgaben verbunden, die von Maier nicht zu tragen sind.",
                None,
                "Obmann Franz Maier",
                "Franz Maier",
            ),
        ],
    ),
    # 'Vereinfacht gesagt:' is a manner of speaking, no frame: no quote
    (
        "Die Regeln sind kompliziert. Frage: Warum zahlen manche weniger? Antwort: Vereinfacht gesagt: Weil sie weniger verdienen.",
        [],
    ),
    # 'Ehrlich gesagt:' opens no quote
    (
        "Der Vertrag gilt ab Mai, sagte Ministerin Lisa Wolf. Ehrlich gesagt: Damit hat im Haus niemand gerechnet.",
        [("indirect", "Der Vertrag gilt ab Mai", "sagte", "Ministerin Lisa Wolf", "Lisa Wolf")],
    ),
    # 'niemand behaupten': nothing was said
    ("Die Regeln sind neu. Dann kann ja niemand behaupten, dass er benachteiligt wird.", []),
    # 'Niemand sagte, dass …': nothing was said
    ("Niemand sagte, dass die Steuer steigt.", []),
    # 'Sie möchte … wissen, wie … sei': the question after the frame is the quote
    (
        "Grund dafür ist eine Anfrage der Abgeordneten Sabine Lechner. Sie möchte vom Innenminister wissen, wie die Daten an die Öffentlichkeit gelangt seien.",
        [
            (
                "indirect",
                "wie die Daten an die Öffentlichkeit gelangt seien.",
                "wissen",
                "Sabine Lechner",
                "Sabine Lechner",
            )
        ],
    ),
    # a frame in the Konjunktiv ('Sie habe gefragt, ob …') stays as it is
    (
        "Die Abgeordnete Sabine Lechner kritisierte das Ministerium. Sie habe gefragt, ob die Daten sicher seien.",
        [("indirect", "ob die Daten sicher seien", "gefragt", "Sie", "Sabine Lechner")],
    ),
    # a continuation with no frame of its own stays whole
    (
        "Die Ministerin Anna Roth verteidigte den Plan. Die Kosten seien gedeckt, sagte Roth. Er sei gut durchdacht, und man werde ihn umsetzen.",
        [
            ("indirect", "Die Kosten seien gedeckt", "sagte", "Roth", "Anna Roth"),
            (
                "continuation",
                "Er sei gut durchdacht, und man werde ihn umsetzen.",
                None,
                "Roth",
                "Anna Roth",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span27b_rows(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
