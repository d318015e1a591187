"""A quoted title after "laut" and an article (round 34, issue 10): the noun phrase reader
stops at the quotation mark after the article, so "Laut der „Presse“ …" gave no row while
"Laut „Krone“ …" did (:func:`pipeline.quotes.frames._title_at`). Also a lowercase title
("laut „profil“", "„profil“ zufolge"), a title glued to a noun ("laut „Spiegel“-Bericht") and a quoted title
after the verb of an anaphoric frame ("X. Das berichtet die „Presse“.").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

CASES = [
    (
        "Laut der „Presse“ wird der Vertrag am Montag unterschrieben.",
        [
            (
                "indirect",
                "wird der Vertrag am Montag unterschrieben",
                "Laut",
                "der „Presse“",
                "Die Presse",  # res34b: the paper's name (was 'Presse')
            )
        ],
    ),
    (
        "Laut dem „Kurier“ sei die Entscheidung bereits gefallen.",
        [("indirect", "sei die Entscheidung bereits gefallen", "Laut", "dem „Kurier“", "Kurier")],
    ),
    (
        "Laut der „Kleinen Zeitung“ hat der Landesrat bereits zugestimmt.",
        [
            (
                "indirect",
                "hat der Landesrat bereits zugestimmt",
                "Laut",
                "der „Kleinen Zeitung“",
                "Kleine Zeitung",
            )
        ],
    ),
    (
        "Laut den „Salzburger Nachrichten“ droht dem Verein der Zwangsabstieg.",
        [
            (
                "indirect",
                "droht dem Verein der Zwangsabstieg",
                "Laut",
                "den „Salzburger Nachrichten“",
                "Salzburger Nachrichten",
            )
        ],
    ),
    (
        "Laut dem „Guardian“ hat die britische Regierung die Pläne gestoppt.",
        [
            (
                "indirect",
                "hat die britische Regierung die Pläne gestoppt",
                "Laut",
                "dem „Guardian“",
                "The Guardian",
            )
        ],
    ),
    (
        "Laut des „Standard“ wurde die Ministerin bereits informiert.",
        [
            (
                "indirect",
                "wurde die Ministerin bereits informiert",
                "Laut",
                "des „Standard“",
                "Der Standard",
            )
        ],
    ),
    (
        "Laut der „Tagesschau“ sind bei dem Unglück drei Menschen gestorben.",
        [
            (
                "indirect",
                "sind bei dem Unglück drei Menschen gestorben",
                "Laut",
                "der „Tagesschau“",
                "Tagesschau",
            )
        ],
    ),
    # a lowercase title, with and without its article (no name: see the round-34 report)
    (
        "Laut „profil“ ermittelt die Staatsanwaltschaft gegen drei Beamte.",
        [
            (
                "indirect",
                "ermittelt die Staatsanwaltschaft gegen drei Beamte",
                "Laut",
                "„profil“",
                "profil",  # res34b (was None)
            )
        ],
    ),
    (
        "Laut dem „falter“ prüft die Behörde den Fall seit Wochen.",
        [
            (
                "indirect",
                "prüft die Behörde den Fall seit Wochen",
                "Laut",
                "dem „falter“",
                "Falter",  # res34b (was None)
            )
        ],
    ),
    # a lowercase title before "zufolge"
    (
        "„profil“ zufolge ermittelt die Staatsanwaltschaft gegen zwei Bürgermeister.",
        [
            (
                "indirect",
                "ermittelt die Staatsanwaltschaft gegen zwei Bürgermeister",
                "zufolge",
                "„profil“",
                "profil",  # res34b (was None)
            )
        ],
    ),
    (
        "Der Vertrag wird dem „profil“ zufolge am Montag unterschrieben.",
        [
            (
                "indirect",
                "Der Vertrag wird dem „profil“ zufolge am Montag unterschrieben",
                "zufolge",
                "dem „profil“",
                "profil",  # res34b (was None)
            )
        ],
    ),
    # a title glued to a noun
    (
        "Laut einem „Spiegel“-Bericht wurde der Kanzler bereits informiert.",
        [
            (
                "indirect",
                "wurde der Kanzler bereits informiert",
                "Laut",
                "einem „Spiegel“-Bericht",
                "Der Spiegel",  # res34b (was None)
            )
        ],
    ),
    # a quoted title after the verb of an anaphoric frame
    (
        "Der Bürgermeister hat seinen Rücktritt angeboten. Das berichtet die „Presse“.",
        [
            (
                "indirect",
                "Der Bürgermeister hat seinen Rücktritt angeboten. Das",
                "berichtet",
                "die „Presse“",
                "Die Presse",  # res34b: the paper's name (was 'Presse')
            )
        ],
    ),
    (
        "Die Stadt erhöht die Gebühren um zehn Prozent. Das meldet der „Kurier“ am Montag.",
        [
            (
                "indirect",
                "Die Stadt erhöht die Gebühren um zehn Prozent. Das",
                "meldet",
                "der „Kurier“",
                "Kurier",
            )
        ],
    ),
    # stay as they were
    (
        "Laut „Krone“ soll der Vertrag am Montag unterschrieben werden.",
        [
            (
                "indirect",
                "soll der Vertrag am Montag unterschrieben werden",
                "Laut",
                "„Krone“",
                "Kronen Zeitung",
            )
        ],
    ),
    (
        "Laut der Zeitung „Die Presse“ wird der Vertrag am Montag unterschrieben.",
        [
            (
                "indirect",
                "wird der Vertrag am Montag unterschrieben",
                "Laut",
                "der Zeitung „Die Presse“",
                "Die Presse",
            )
        ],
    ),
    (
        "Laut der Polizei wurde bei dem Unfall niemand verletzt.",
        [
            (
                "indirect",
                "wurde bei dem Unfall niemand verletzt",
                "Laut",
                "der Polizei",
                "Polizei",
            )
        ],
    ),
    ("Die Musik war laut.", []),
    ("Die Musik war laut, die Stimmung ausgelassen.", []),
    ("Das Publikum sang laut den „Donauwalzer“ mit.", []),
    ("Die Fans sangen laut die „Hymne“ mit.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_round34_quoted_titles(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
