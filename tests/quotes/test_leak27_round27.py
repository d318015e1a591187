"""Source phrases and reported speech acts of round 27 (issue 10, the German quote engine).

- a source phrase ("laut X", "nach Angaben X") speaks for its own clause only: a verb-second
  clause after a comma with its own subject and a speech verb is another source's statement,
  and the source's row ends at the comma (:mod:`pipeline.quotes.source_clause_ends`); a
  clause that goes on with the account (in the Konjunktiv or with no speech verb) stays;
- a speech act whose sentence holds a quoted name or title that the rules rate low as a
  quotation is a reported speech act all the same (:mod:`pipeline.quotes.titled_acts`); not
  a name a verb of naming gives ("nennt sich „…“"), not an act in a subordinate clause, not
  a quotation after a colon, and a quoted phrase that is the speaker's words stays a direct
  quote.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        (
            "Am Samstag zogen nach Angaben der Organisatoren rund 5.000 Menschen durch Graz, "
            "die Polizei spricht von 2.000 Teilnehmern."
        ),
        [
            (
                "indirect",
                "Am Samstag zogen nach Angaben der Organisatoren rund 5.000 Menschen durch Graz",
                "nach Angaben",
                "der Organisatoren",
                None,
            ),
            (
                "reported",
                "die Polizei spricht von 2.000 Teilnehmern.",
                "spricht",
                "die Polizei",
                "Polizei",
            ),
        ],
    ),
    (
        "In Linz gingen laut Veranstaltern 3.000 Menschen auf die Straße, die Polizei sprach von 1.200.",
        [
            (
                "indirect",
                "In Linz gingen laut Veranstaltern 3.000 Menschen auf die Straße",
                "laut",
                "Veranstaltern",
                None,
            ),
            ("reported", "die Polizei sprach von 1.200.", "sprach", "die Polizei", "Polizei"),
        ],
    ),
    # the source's account goes on: the row stays whole
    (
        "Laut Polizei wurden drei Menschen verletzt, der Asylantrag laufe weiter.",
        [
            (
                "indirect",
                "wurden drei Menschen verletzt, der Asylantrag laufe weiter",
                "Laut",
                "Polizei",
                "Polizei",
            )
        ],
    ),
    (
        (
            "Nach Angaben der Stadt fließen 20 Millionen Euro in die Schulen, der Rest geht an "
            "die Kindergärten."
        ),
        [
            (
                "indirect",
                "fließen 20 Millionen Euro in die Schulen, der Rest geht an die Kindergärten",
                "Nach Angaben",
                "der Stadt",
                None,
            )
        ],
    ),
    # a quoted name or title in a reported speech act
    (
        "Am Montag forderte der Gemeinderat von Linz die Rückgabe der „Goldenen Krone“ an das Museum.",
        [
            (
                "reported",
                (
                    "Am Montag forderte der Gemeinderat von Linz die Rückgabe der „Goldenen "
                    "Krone“ an das Museum."
                ),
                "forderte",
                "der Gemeinderat von Linz",
                None,
            )
        ],
    ),
    (
        "Die Opposition warnte vor dem „Projekt Nordbahn“ und seinen Kosten.",
        [
            (
                "reported",
                "Die Opposition warnte vor dem „Projekt Nordbahn“ und seinen Kosten.",
                "warnte",
                "Die Opposition",
                "Opposition",
            )
        ],
    ),
    # a name given, a colon's content, a subordinate act: nothing
    ("Im Herbst nennt sich die Messe dann „Bauen 2030“ und zieht nach Graz.", []),
    ("Die Firma gab auch den Namen bekannt: „Alpenblick“.", []),
    (
        "Für die Ministerin ist die „Zeit der Ausreden“ vorbei, wenn der Bund auf die Länder hinweist.",
        [],
    ),
    # the speaker's own words stay a direct quote
    (
        "Der Minister nannte den Vorschlag einen „Schildbürgerstreich“.",
        [("direct", "„Schildbürgerstreich“", "nannte", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_source_clauses_and_titled_acts(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


#: a stative passive of a verb of asking reports no act; a perfect with "haben" does
STATIVE = [
    ("Derzeit sind ganz klar andere Staaten gefordert.", []),
    ("Am Sonntag ist die Mannschaft gegen Porto gefordert.", []),
    (
        "Die Gewerkschaft hat mehr Lohn gefordert.",
        [
            (
                "reported",
                "Die Gewerkschaft hat mehr Lohn gefordert.",
                "gefordert",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATIVE, ids=[d[0][:40] for d in STATIVE])
def test_stative_passives_report_no_act(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


#: a source mention of one report noun takes the genitive attribute after it
GENITIVES = [
    (
        "Laut Angaben seiner Familie ist der Sänger am Montag gestorben.",
        [
            (
                "indirect",
                "ist der Sänger am Montag gestorben",
                "Laut",
                "Angaben seiner Familie",
                None,
            )
        ],
    ),
    (
        "Laut Angaben des Innenministeriums kamen 300 Menschen.",
        [
            (
                "indirect",
                "kamen 300 Menschen",
                "Laut",
                "Angaben des Innenministeriums",
                "Innenministerium",
            )
        ],
    ),
    (
        "Laut Angaben war das Haus leer.",
        [("indirect", "war das Haus leer", "Laut", "Angaben", None)],
    ),
    (
        (
            "Während der Feier sollen die Ärzte laut Angaben ihrer Witwen, die im selben Spital "
            "arbeiteten, viel Bier getrunken haben."
        ),
        [
            (
                "indirect",
                (
                    "Während der Feier sollen die Ärzte laut Angaben ihrer Witwen, die im selben "
                    "Spital arbeiteten, viel Bier getrunken haben"
                ),
                "laut",
                "Angaben ihrer Witwen",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENITIVES, ids=[d[0][:40] for d in GENITIVES])
def test_report_noun_takes_its_genitive(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
