"""Source mentions of round 25 (issue 10, precision on unseen text): where "laut X" ends.

- a source mention after "laut" / "nach Angaben" runs on over the statement's own noun
  phrase ("Der Vertrag schließt laut Filzmaier Aufträge von Parteien aus", "Die Firma
  zahlte laut Anklage Gelder an Politiker", "laut Jahresbericht ein Rückgang",
  "laut den Salzburger Nachrichten der größte Schulsponsor"): the mention ends before it
  and the words go back to the statement;
- one noun phrase stays whole: a genitive attribute ("laut einer Studie der Universität
  Wien"), a role before a name ("laut einem Sprecher von Siemens"), a coordinated second
  source ("laut Polizei und Staatsanwaltschaft": the mention holds both since leak25b), a name that owns the
  noun after it ("laut Prieths Anwalt Mathias Kapferer", "von Straches Pinnwand").

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows

OVERRUNS = [
    (
        "Der aktuelle Vertrag schließt laut Filzmaier Aufträge von politischen Parteien aus.",
        [("Der aktuelle Vertrag schließt || Aufträge von politischen Parteien aus", "Filzmaier")],
    ),
    (
        "Die Firma zahlte laut Anklage Gelder an mehrere Politiker.",
        [("Die Firma zahlte || Gelder an mehrere Politiker", "Anklage")],
    ),
    (
        "Im Vorjahr war laut Jahresbericht ein Rückgang der Anzeigen zu verzeichnen.",
        [("Im Vorjahr war || ein Rückgang der Anzeigen zu verzeichnen", "Jahresbericht")],
    ),
    (
        "Der Raiffeisenverband ist dort laut den Salzburger Nachrichten der größte Schulsponsor.",
        [
            (
                "Der Raiffeisenverband ist dort || der größte Schulsponsor",
                "den Salzburger Nachrichten",
            )
        ],
    ),
    (
        "Der Konzern hat laut Medienberichten Informationen an die Behörden weitergegeben.",
        [("Der Konzern hat || Informationen an die Behörden weitergegeben", "Medienberichten")],
    ),
]

ONE_PHRASE = [
    (
        "Der Schaden ist laut einer Studie der Universität Wien groß.",
        [("Der Schaden ist || groß", "einer Studie der Universität Wien")],
    ),
    (
        "Der Konzern will laut einem Sprecher von Siemens tausend Stellen streichen.",
        [("Der Konzern will || tausend Stellen streichen", "einem Sprecher von Siemens")],
    ),
    (
        "Die Firma hat laut Polizei und Staatsanwaltschaft keine Unterlagen vorgelegt.",
        [("Die Firma hat || keine Unterlagen vorgelegt", "Polizei und Staatsanwaltschaft")],
    ),
    # a name that owns the noun after it
    (
        "Die Kosten dürften sich laut Prieths Anwalt Mathias Kapferer auf 6.000 Euro belaufen.",
        [("Die Kosten dürften sich || auf 6.000 Euro belaufen", "Prieths Anwalt Mathias Kapferer")],
    ),
    (
        "Sie wurde laut Kurier von Straches Pinnwand ausgesperrt.",
        [("Sie wurde || ausgesperrt", "Kurier von Straches Pinnwand")],
    ),
    (
        "Der Politiker soll laut Medienberichten von seinem Amt zurücktreten.",
        [("Der Politiker soll || von seinem Amt zurücktreten", "Medienberichten")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OVERRUNS, ids=[str(i) for i in range(len(OVERRUNS))])
def test_mention_ends_before_statement_phrase(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"), ONE_PHRASE, ids=[str(i) for i in range(len(ONE_PHRASE))]
)
def test_one_source_phrase_stays(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected
