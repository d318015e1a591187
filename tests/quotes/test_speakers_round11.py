"""Speakers, round 11: descriptions and views.

- an age noun as subject resolves to the person the article introduced, whatever case the
  writer gave it ("der 54-jährige"), and a prepositional phrase after it is the occasion or
  the medium, not part of the mention ("die 64-jährige im Gespräch mit Radio SRF");
- a sentence that opens with "Für" and a person or role before the finite verb states that
  person's view ("Für den Ökonomen X sei der Kompromiss „…“"), also when it continues
  someone else's reported speech, and a phrase quoted in it is that person's;
- "Für" with a thing or with a person but no statement yields nothing.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        (
            "Der Wiener Bürgermeister Michael Ludwig eröffnete am Montag die Messe. Am Dienstag "
            "sagte der 54-jährige in einem Interview mit dem ORF, dass die Stadt sparen müsse."
        ),
        [("dass die Stadt sparen müsse", "der 54-jährige", "Michael Ludwig")],
    ),
    (
        (
            "Die Zürcher Stadtpräsidentin Corine Mauch besuchte am Freitag das Spital. Danach "
            "sagte die 64-jährige im Gespräch mit Radio SRF, dass die Lage ernst sei."
        ),
        [("dass die Lage ernst sei", "die 64-jährige", "Corine Mauch")],
    ),
    (
        (
            "Für Landeshauptmann Wilfried Haslauer ist die Reform ein „wichtiger Schritt für "
            "Salzburg“."
        ),
        [
            (
                "„wichtiger Schritt für Salzburg“",
                "Landeshauptmann Wilfried Haslauer",
                "Wilfried Haslauer",
            )
        ],
    ),
    (
        (
            "Bundeskanzler Olaf Scholz lobte die Einigung. Für den Münchner Ökonomen Clemens "
            "Fuest sei der Kompromiss „ein teurer Formelkompromiss“."
        ),
        [
            (
                (
                    "Für den Münchner Ökonomen Clemens Fuest sei der Kompromiss „ein teurer "
                    "Formelkompromiss“."
                ),
                "den Münchner Ökonomen Clemens Fuest",
                "Clemens Fuest",
            ),
            (
                "„ein teurer Formelkompromiss“",
                "den Münchner Ökonomen Clemens Fuest",
                "Clemens Fuest",
            ),
        ],
    ),
    ("Für die Sanierung der Brücke in Bern fehlen noch zwölf Millionen Franken.", []),
    ("Für den Grazer Bürgermeister stimmten am Sonntag 38 Prozent der Wähler.", []),
    ("Im Jahr 2019 fielen in Tirol 300 Millimeter Regen in 24 Stunden.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_speakers_round11(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
