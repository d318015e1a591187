"""Direct quotes and their speakers of round 31 (issue 10), from news sentences the lead
engineer wrote to probe the engine:

- a quoted sentence of its own, a dash, and a sentence that points back to it ("„…“ – Mit
  diesem Satz überraschte X …"): the splitter keeps the dash's sentence in the quote's unit,
  so the pointing-back rule read nothing; it now reads the rest of the unit after the dash
  (:func:`pipeline.quotes.direct._pointing_sentence`); a sentence after the dash that
  names no one ("So weit ist es …") gives no speaker;
- quoted phrases joined by a coordinator and the second one's article or preposition
  ("von einer „A“ und einem „B“"): both are rows, rated alike (the gold marks each);
- a quoted first-person sentence of its own after a sentence about one person named by a
  role or person noun ("Die Wirtin ist verzweifelt. „Ich weiß nicht …“"): that person's
  words (:mod:`pipeline.quotes.described_speakers`); not after a thing, several persons,
  or a quote that does not say "ich";
- a source phrase inside a sentence framed at its end ("Sie sollen laut Informationen aus
  Ungarn … eintreffen, so Pangl."): the row ends before the frame and the frame's speaker
  relays it (:mod:`pipeline.quotes.relayed_sources`).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        (
            "„Wir werden nicht aufgeben.“ – Mit diesem Satz überraschte Innenministerin Petra "
            "Holzer am Dienstag die Abgeordneten."
        ),
        [
            (
                "direct",
                "„Wir werden nicht aufgeben.“",
                None,
                "Innenministerin Petra Holzer",
                "Petra Holzer",
            )
        ],
    ),
    (
        (
            "„Die Preise werden weiter steigen.“ - Mit dieser Aussage sorgte die Ökonomin Anna "
            "Berger für Aufregung."
        ),
        [
            (
                "direct",
                "„Die Preise werden weiter steigen.“",
                None,
                "die Ökonomin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    # stays as it was: the pattern "Mit diesen Worten" frames it
    (
        (
            "„Das Spiel ist noch nicht verloren.“ — Mit diesen Worten machte Trainer Thomas "
            "Brandl seiner Mannschaft Mut."
        ),
        [
            (
                "direct",
                "„Das Spiel ist noch nicht verloren.“",
                "Mit diesen Worten",
                "Trainer Thomas Brandl",
                "Thomas Brandl",
            )
        ],
    ),
    # the sentence after the dash names no one
    (
        "„Wir werden nicht aufgeben.“ – So weit ist es aber noch nicht.",
        [("direct", "„Wir werden nicht aufgeben.“", None, None, None)],
    ),
    # no dash: as before
    (
        "„Wir haben gewonnen!“ Mit diesen Worten begrüßte der Trainer seine Spieler.",
        [("direct", "„Wir haben gewonnen!“", None, "der Trainer", None)],
    ),
    (
        "Er sprach von einer „Katastrophe“ und einem „Versagen der Behörden“.",
        [
            ("direct", "„Katastrophe“", "sprach", "Er", None),
            ("direct", "„Versagen der Behörden“", "sprach", "Er", None),
        ],
    ),
    (
        "Die Ministerin nannte die Reform „mutlos“ und „unsozial“.",
        [
            ("direct", "„mutlos“", "nannte", "Die Ministerin", None),
            ("direct", "„unsozial“", "nannte", "Die Ministerin", None),
        ],
    ),
    (
        (
            "Die Wirtin ist verzweifelt. „Ich weiß nicht, wie es weitergehen soll.“ Seit Wochen "
            "bleiben die Gäste aus."
        ),
        [("direct", "„Ich weiß nicht, wie es weitergehen soll.“", None, "Die Wirtin", None)],
    ),
    (
        (
            "Der Pensionist ist wütend. „Ich habe mein Leben lang gearbeitet.“ Nun droht ihm "
            "die Delogierung."
        ),
        [("direct", "„Ich habe mein Leben lang gearbeitet.“", None, "Der Pensionist", None)],
    ),
    (
        (
            "Der 70-jährige Landwirt steht vor den Trümmern. „Mir bleibt nichts mehr.“ Die Flut "
            "hat alles zerstört."
        ),
        [("direct", "„Mir bleibt nichts mehr.“", None, "Der 70-jährige Landwirt", None)],
    ),
    # a thing, several persons, a quote without "ich": no speaker
    (
        "Das Hotel ist geschlossen. „Ich habe keine Gäste mehr.“ Die Zukunft ist ungewiss.",
        [("direct", "„Ich habe keine Gäste mehr.“", None, None, None)],
    ),
    (
        "Die Bauern sind verzweifelt. „Ich weiß nicht weiter.“ Der Regen bleibt aus.",
        [("direct", "„Ich weiß nicht weiter.“", None, None, None)],
    ),
    (
        "Die Ministerin kam am Montag nach Graz. „Die Lage ist ernst.“ Danach reiste sie weiter.",
        [("direct", "„Die Lage ist ernst.“", None, None, None)],
    ),
    # a source phrase inside a sentence framed at its end: the frame's speaker relays it
    (
        (
            "Die Busse sollen laut Angaben aus Slowenien erst am Abend ankommen, so der "
            "Sprecher Karl Moser."
        ),
        [
            (
                "indirect",
                "Die Busse sollen laut Angaben aus Slowenien erst am Abend ankommen",
                "so",
                "der Sprecher Karl Moser",
                "Karl Moser",
            )
        ],
    ),
    (
        (
            "Polizeisprecherin Eva Lindner sagte, die Straße sei gesperrt. Sie soll laut "
            "Informationen der Asfinag erst am Montag wieder frei sein, so Lindner."
        ),
        [
            (
                "indirect",
                "die Straße sei gesperrt",
                "sagte",
                "Polizeisprecherin Eva Lindner",
                "Eva Lindner",
            ),
            (
                "indirect",
                "Sie soll laut Informationen der Asfinag erst am Montag wieder frei sein",
                "so",
                "Lindner",
                "Eva Lindner",
            ),
        ],
    ),
    # no frame at the end: the source speaks
    (
        "Die Zahl der Toten stieg laut Behörden auf zwölf.",
        [
            (
                "indirect",
                "Die Zahl der Toten stieg laut Behörden auf zwölf",
                "laut",
                "Behörden",
                "Behörden",
            )
        ],
    ),
    # "so" opens a main clause, no frame: this change leaves the row as it was
    (
        (
            "Selbst wenn sich der Besitzer laut Insidern nicht eingemischt hat, so verliert der "
            "Sender jetzt sein Publikum."
        ),
        [
            (
                "indirect",
                (
                    "Selbst wenn sich der Besitzer laut Insidern nicht eingemischt hat, so "
                    "verliert der Sender jetzt sein Publikum"
                ),
                "laut",
                "Insidern",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_round31_direct_quotes(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
