"""Continuations, round 16 (issue 10), on news-style texts written for these tests.

1. Hearsay of the writer's ("Der Brand *soll* … ausgelöst worden sein") with no statement
   before it and no one named who says so is no quote; right after a statement it goes on
   with that statement's speaker.
2. A sentence whose main verb is a present-tense "sollen" right after a statement of a plan
   or a demand (one with an infinitive) goes on with it ("X kündigte an, … auszubauen. Auch
   *sollen* die Busse …"): the speaker is the statement's, never the sentence's own subject.
   Not after a plain statement ("…, die Bahn sei zu langsam"), words in the first person or
   a narrative sentence, not across a paragraph break, not a question.

Rows: ``(quote text, speaker)`` in text order.
"""

from __future__ import annotations

import pytest

ANNOUNCE = (
    "Die Bürgermeisterin Anna Berger kündigte an, dass die Innenstadt bis 2030 autofrei "
    "werden solle."
)
BERGER = "Die Bürgermeisterin Anna Berger"
AUTOFREI = "dass die Innenstadt bis 2030 autofrei werden solle"
KUNZ = "Der Verkehrsminister Peter Kunz"
TRAINS = "Die neuen Züge sollen ab Juni zwischen Wien und Graz fahren."

CASES = [
    # 1: the writer's hearsay, no source: nothing
    (
        (
            "Am Sonntagabend brach in einer Lagerhalle am Stadtrand von Linz ein Feuer aus. Der "
            "Brand soll durch einen technischen Defekt ausgelöst worden sein."
        ),
        [],
    ),
    (
        (
            "Die Verdächtigen wurden am Montag in Salzburg festgenommen. Sie sollen mehrere "
            "Banken überfallen haben."
        ),
        [],
    ),
    # 1: hearsay that names its source stays
    (
        (
            "Nach dem Einbruch in ein Juweliergeschäft in Graz fahndet die Polizei nach zwei "
            "Männern. Die Täter sollen durch ein Fenster im Hof geflohen sein, so ein "
            "Polizeisprecher."
        ),
        [("Die Täter sollen durch ein Fenster im Hof geflohen sein", "ein Polizeisprecher")],
    ),
    # 1: hearsay right after a statement goes on with its speaker
    (
        (
            "Der Polizeisprecher Markus Haller sagte, der Fahrer sei nach dem Unfall geflüchtet. "
            "Er soll zuvor einen Radfahrer gestreift haben."
        ),
        [
            ("der Fahrer sei nach dem Unfall geflüchtet", "Der Polizeisprecher Markus Haller"),
            (
                "Er soll zuvor einen Radfahrer gestreift haben.",
                "Der Polizeisprecher Markus Haller",
            ),
        ],
    ),
    # 2: a plan in "sollen" right after the statement of a plan
    (
        ANNOUNCE + " Auch sollen die Busse künftig im Zehnminutentakt fahren.",
        [
            (AUTOFREI, BERGER),
            ("Auch sollen die Busse künftig im Zehnminutentakt fahren.", BERGER),
        ],
    ),
    # 2: the speaker is the statement's, not the sentence's subject ("Die neuen Züge")
    (
        "Der Verkehrsminister Peter Kunz kündigte an, das Schienennetz bis 2030 auszubauen. "
        + TRAINS,
        [("das Schienennetz bis 2030 auszubauen", KUNZ), (TRAINS, KUNZ)],
    ),
    # 2: not after a statement that is no plan
    (
        "Der Verkehrsminister Peter Kunz sagte, die Bahn sei zu langsam. " + TRAINS,
        [("die Bahn sei zu langsam", KUNZ)],
    ),
    # 2: not after words in the first person
    (
        (
            "Ich werde den Verein nicht verlassen, betonte der Trainer Max Huber. Am Samstag soll "
            "vor allem der junge Stürmer für Tore sorgen."
        ),
        [("Ich werde den Verein nicht verlassen", "der Trainer Max Huber")],
    ),
    # 2: not across a paragraph break
    (
        ANNOUNCE + "\n\nAuch sollen die Busse künftig im Zehnminutentakt fahren.",
        [(AUTOFREI, BERGER)],
    ),
    # 2: not a question
    (ANNOUNCE + " Was soll dann mit den Parkhäusern geschehen?", [(AUTOFREI, BERGER)]),
    # 2: not after a narrative sentence
    (
        (
            "Die Stadt will im Sommer drei neue Buslinien eröffnen. Bis Dezember sollen zwei "
            "weitere Linien folgen."
        ),
        [],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_chain_round16(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker) for q in doc.spans["quotes"]] == expected
