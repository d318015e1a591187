"""Round 21b (issue 10): frames and source phrases from the derStandard hand checks.

- "Das/Dies bestätigte X" in a text of archive shape (title, teaser and body joined into one
  paragraph with no dateline that goes on after it, 10kGNAD): the back-reference never
  takes in the document's opening unit (the title or teaser); after a dateline it reaches
  back as before;
- "laut Berechnungen der Zeitung von Inseraten …": a "von" phrase after a genitive
  attribute of the source is the clause's own (a passive's agent), not the source's;
  "laut einem Bericht von X" keeps the publisher in the source;
- "nach seinem Ausscheiden Informationen": a noun with its own article between "nach"
  and a source noun makes "nach" a time, no source ("Nach Müllers Meinung",
  "Nach eigenen Angaben" stay sources);
- "wie aus dem am Montag eingereichten Antrag hervorgeht": a participle phrase the
  tagger calls a verb inside the source phrase keeps the source;
- ", so X im Gespräch mit der Zeitung, sollten …": a verbless phrase of occasion after a
  mid-sentence "so X" source, then the comma and the finite verb of the interrupted
  clause, keeps the frame.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    (
        (
            "Neue Spiele für den Herbst: Die Konsole bekommt einen Nachfolger. Das neue Gerät "
            "soll im Laufe des Jahres 2018 in den Handel kommen. Dies bestätigte der Hersteller "
            "Nordsoft in einem Blogeintrag. Einen Namen nannte die Firma nicht. Die Arbeiten "
            "laufen seit zwei Jahren."
        ),
        [
            (
                "indirect",
                "Das neue Gerät soll im Laufe des Jahres 2018 in den Handel kommen. Dies",
                "bestätigte",
                "der Hersteller Nordsoft",
                "Nordsoft",
            )
        ],
    ),
    # after a dateline the back-reference still takes in the paragraph
    (
        (
            "Wien – Die Mieten steigen weiter. Die Preise sind im Vorjahr um acht Prozent "
            "gestiegen. Das geht aus einer Studie der Arbeiterkammer hervor. Die Studie umfasst "
            "80 Seiten. Sie erscheint am Montag."
        ),
        [
            (
                "indirect",
                (
                    "Die Mieten steigen weiter. Die Preise sind im Vorjahr um acht Prozent "
                    "gestiegen. Das"
                ),
                "geht aus einer Studie der Arbeiterkammer hervor",
                "einer Studie der Arbeiterkammer",
                "Arbeiterkammer",
            )
        ],
    ),
    (
        (
            "Die Kampagne wurde laut Berechnungen der Zeitung von Inseraten im Wert von 200.000 "
            "Euro begleitet."
        ),
        [
            (
                "indirect",
                (
                    "Die Kampagne wurde laut Berechnungen der Zeitung von Inseraten im Wert von "
                    "200.000 Euro begleitet"
                ),
                "laut",
                "Berechnungen der Zeitung",
                None,
            )
        ],
    ),
    (
        (
            "Einige Angestellte sollen laut einem Bericht von The Guardian eine Weisung erhalten "
            "haben."
        ),
        [
            (
                "indirect",
                (
                    "Einige Angestellte sollen laut einem Bericht von The Guardian eine Weisung "
                    "erhalten haben"
                ),
                "laut",
                "einem Bericht von The Guardian",
                "The Guardian",
            )
        ],
    ),
    # "nach" as a time: nothing
    (
        "Der frühere Chef bekam auch nach seinem Ausscheiden Informationen aus der Firma.",
        [],
    ),
    (
        "Nach eigenen Angaben wurde der Mann nicht verletzt.",
        [
            (
                "indirect",
                "wurde der Mann nicht verletzt",
                "Nach eigenen Angaben",
                "eigenen Angaben",
                None,
            )
        ],
    ),
    (
        "Nach Müllers Meinung ist die Reform gescheitert.",
        [
            (
                "indirect",
                "ist die Reform gescheitert",
                "Nach Müllers Meinung",
                "Müllers Meinung",
                None,
            )
        ],
    ),
    (
        (
            "Die Behörden wollen das Verfahren stoppen, wie aus dem am Montag eingereichten Antrag "
            "hervorgeht."
        ),
        [
            (
                "indirect",
                "Die Behörden wollen das Verfahren stoppen",
                "wie aus dem am Montag eingereichten Antrag hervorgeht",
                "dem am Montag eingereichten Antrag",
                None,
            )
        ],
    ),
    (
        (
            "Migranten, so Müller im Gespräch mit der Zeitung, sollten besser an den Außengrenzen "
            "gestoppt werden."
        ),
        [
            (
                "indirect",
                (
                    "Migranten, so Müller im Gespräch mit der Zeitung, sollten besser an den "
                    "Außengrenzen gestoppt werden"
                ),
                "so",
                "Müller",
                "Müller",
            )
        ],
    ),
    # "so" as "such as": a relative clause after the phrase, no statement
    ("Es kamen viele Gäste, so Müller mit seiner Frau, die im Dorf wohnt.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENTS, ids=[f"doc{i}" for i in range(len(DOCUMENTS))]
)
def test_round21b_rows(nlp, text, expected):
    assert _rows(nlp(text)) == expected
