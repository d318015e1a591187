"""Continuations of round 21b (issue 10, "Speakers"): general classes of German news language.

- source memory: a Konjunktiv sentence with no statement right before it reports what the
  last source phrase of the writer's sentences gave ("Laut Angaben der Polizei …", "Einem
  Bericht der Zeitung X zufolge …"), in its paragraph or the one before, with only the
  writer's sentences between; not when the source stands two paragraphs back, nor after
  someone else's speech act ("Die Staatsanwaltschaft berichtete über …"); a writer's
  sentence that names a text after "in"/"im" ("In einem Bericht des Rechnungshofs steht,
  dass …", "… werden in der Studie auf … zurückgeführt") is such a source phrase too; a
  place is not ("… werden in Wien seit Jahren diskutiert");
- a finite ``-e`` form right before a 3rd person pronoun subject is Konjunktiv I even when
  the tagger reads it as indicative ("daran verschwende sie keinen Gedanken", "dann mache
  er eben sein Studium fertig"); not a past form ("Dann wurde er entlassen") nor an adverb
  ("Wie lange er noch bleibt, ist offen").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

MEMORY = [
    (
        (
            "Laut Angaben der Polizei wurde der Mann am Montag in seiner Wohnung in Graz "
            "festgenommen. Er lebte seit Jahren unter falschem Namen in der Stadt.\n\n"
            "Beamte hatten ihn wochenlang beobachtet. Bei der Festnahme habe er keinen "
            "Widerstand geleistet."
        ),
        [
            (
                "indirect",
                "wurde der Mann am Montag in seiner Wohnung in Graz festgenommen",
                "Laut",
                "Angaben der Polizei",
                "Polizei",
            ),
            (
                "continuation",
                "Bei der Festnahme habe er keinen Widerstand geleistet.",
                None,
                "Angaben der Polizei",
                "Polizei",
            ),
        ],
    ),
    (
        (
            "Einem Bericht der Zeitung Kurier zufolge soll das Spital Ende des Jahres "
            "schließen.\n\nDie Gemeinde betreibt es seit 1950. Die Belegschaft sei bereits "
            "informiert worden."
        ),
        [
            (
                "indirect",
                "soll das Spital Ende des Jahres schließen",
                "zufolge",
                "Einem Bericht der Zeitung Kurier",
                "Kurier",
            ),
            (
                "continuation",
                "Die Belegschaft sei bereits informiert worden.",
                None,
                "Einem Bericht der Zeitung Kurier",
                "Kurier",
            ),
        ],
    ),
    # the source two paragraphs back: no speaker
    (
        (
            "Nach Angaben des Ministeriums wurden im Vorjahr rund 3000 Anträge gestellt.\n\n"
            "Die Zahl stieg damit deutlich an.\n\nDie Anträge kamen vor allem aus Syrien. Ein "
            "Großteil der Anträge sei inzwischen bearbeitet worden."
        ),
        [
            (
                "indirect",
                "wurden im Vorjahr rund 3000 Anträge gestellt",
                "Nach Angaben",
                "des Ministeriums",
                "Ministerium",
            ),
            (
                "continuation",
                "Ein Großteil der Anträge sei inzwischen bearbeitet worden.",
                None,
                None,
                None,
            ),
        ],
    ),
    # someone else's speech act between: no speaker
    (
        (
            "Laut Angaben der Polizei wurde der Mann am Montag in Graz festgenommen. Die "
            "Staatsanwaltschaft berichtete am Dienstag über weitere Ermittlungen. Der Wagen "
            "wurde beschlagnahmt. Darin seien Waffen gefunden worden."
        ),
        [
            (
                "indirect",
                "wurde der Mann am Montag in Graz festgenommen",
                "Laut",
                "Angaben der Polizei",
                "Polizei",
            ),
            ("continuation", "Darin seien Waffen gefunden worden.", None, None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMORY, ids=[str(i) for i in range(len(MEMORY))])
def test_source_memory(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


DOCUMENTS = [
    (
        (
            "In einem Bericht des Rechnungshofs steht, dass die Stadt im Vorjahr 20 Millionen "
            "Euro zu viel ausgegeben hat. Jedoch seien die meisten Ausgaben gerechtfertigt "
            "gewesen."
        ),
        [
            # round 23 (cue23b): "In einem Bericht … steht, dass …" frames the report's words
            (
                "indirect",
                "dass die Stadt im Vorjahr 20 Millionen Euro zu viel ausgegeben hat",
                "In einem Bericht des Rechnungshofs steht",
                "einem Bericht des Rechnungshofs",
                "Rechnungshof (Österreich)",
            ),
            (
                "continuation",
                "Jedoch seien die meisten Ausgaben gerechtfertigt gewesen.",
                None,
                "einem Bericht des Rechnungshofs",
                "Rechnungshof (Österreich)",
            ),
        ],
    ),
    (
        (
            "Die Probleme der Spitäler werden in der Studie auf den Mangel an Pflegekräften "
            "zurückgeführt. Viele Stellen seien seit Monaten unbesetzt."
        ),
        [("continuation", "Viele Stellen seien seit Monaten unbesetzt.", None, "der Studie", None)],
    ),
    # a place: no speaker
    (
        (
            "Die Probleme der Spitäler werden in Wien seit Jahren diskutiert. Viele Stellen "
            "seien seit Monaten unbesetzt."
        ),
        [("continuation", "Viele Stellen seien seit Monaten unbesetzt.", None, None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENTS, ids=[str(i) for i in range(len(DOCUMENTS))]
)
def test_document_in_writers_sentence(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


INVERTED = [
    (
        (
            "Der Minister sagte, er sei zufrieden. Er weiß aber, dass die Karriere schnell "
            "vorbei sein kann. Wenn es ihn aufstreut, dann mache er eben sein Studium fertig."
        ),
        [
            ("indirect", "er sei zufrieden", "sagte", "Der Minister", None),
            (
                "continuation",
                "Wenn es ihn aufstreut, dann mache er eben sein Studium fertig.",
                None,
                "Der Minister",
                None,
            ),
        ],
    ),
    (
        (
            "Die Trainerin sagte, das Team sei bereit. Sie hat den Aufstieg im Blick. An eine "
            "Niederlage verschwende sie keinen Gedanken."
        ),
        [
            ("indirect", "das Team sei bereit", "sagte", "Die Trainerin", None),
            (
                "continuation",
                "An eine Niederlage verschwende sie keinen Gedanken.",
                None,
                "Sie",
                None,
            ),
        ],
    ),
    # a past form, an adverb: no continuation
    (
        (
            "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Dann wurde er vom Verein "
            "entlassen."
        ),
        [("indirect", "die Mannschaft sei gut vorbereitet", "sagte", "Der Trainer", None)],
    ),
    (
        "Der Spieler sagte, er sei enttäuscht. Wie lange er noch bleibt, ist offen.",
        [("indirect", "er sei enttäuscht", "sagte", "Der Spieler", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED, ids=[str(i) for i in range(len(INVERTED))])
def test_konjunktiv_before_pronoun_subject(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
