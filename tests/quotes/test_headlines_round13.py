"""Headline attributions in archives that join title, teaser and body into one paragraph
(issue 10, point 2), on news-style texts written for these tests.

"Nagl: Die Stadt braucht mehr Busse. Graz – …": a single speaker label heads its own
sentence only (in a text with paragraphs it still runs to the paragraph's end); a role
before the name belongs to the label ("ZTE-Chef Schuster:"); a label that names no person
of the text ("Fazit:", a party before an election result) is no speaker.

Rows: ``(kind, text, speaker, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    return [(q._.kind, q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


HEADLINES = [
    # a role before the surname; the full name comes from the body
    (
        (
            "ZTE-Chef Schuster: Wir wollen in Europa wachsen. Der chinesische Konzern plant neue"
            " Werke. Wien – Der Netzwerkausrüster ZTE will expandieren, sagte Österreich-Chef"
            " Alexander Schuster."
        ),
        [
            ("direct", "Wir wollen in Europa wachsen.", "ZTE-Chef Schuster", "Alexander Schuster"),
            (
                "indirect",
                "Der Netzwerkausrüster ZTE will expandieren",
                "Österreich-Chef Alexander Schuster",
                "Alexander Schuster",
            ),
        ],
    ),
    # the headline quote ends at its sentence, the body's own statement is a row of its own
    (
        (
            "Nagl: Die Stadt braucht mehr Busse. Graz – Bürgermeister Siegfried Nagl fordert"
            " mehr Geld für den Verkehr."
        ),
        [
            ("direct", "Die Stadt braucht mehr Busse.", "Nagl", "Siegfried Nagl"),
            (
                "reported",
                "Bürgermeister Siegfried Nagl fordert mehr Geld für den Verkehr.",
                "Bürgermeister Siegfried Nagl",
                "Siegfried Nagl",
            ),
        ],
    ),
    # a text with paragraphs: the labelled paragraph is the quote
    (
        (
            "Der Virologe Peter Scolik leitet das Institut seit 2010.\n\n"
            "Scolik: Die Verhandlungen sind gescheitert. Wir machen trotzdem weiter."
        ),
        [
            (
                "direct",
                "Die Verhandlungen sind gescheitert. Wir machen trotzdem weiter.",
                "Scolik",
                "Peter Scolik",
            )
        ],
    ),
]

NOTHING = [
    "Fazit: Die Reform ist gescheitert. Wien – Die Regierung berät weiter.",
    "Ergebnis der Wahl. Schweizerische Volkspartei: 17,8 Prozent. Sozialdemokraten: 28,2 Prozent.",
]


@pytest.mark.parametrize("text, expected", HEADLINES)
def test_headline_attribution(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_labels_that_name_no_person(ud_nlp, text):
    assert _rows(ud_nlp(text)) == []
