"""Sentence units (issue 10, item 5: spans), round 16.

Subheadings joined to their paragraph. Archives drop
the line break after a subheading ("Auch im Krankenstand Laut der Umfrage beantworten …"):
a capitalised sentence opener after a short verbless phrase that ends in a noun starts a new
sentence unit, so no quote begins with the subheading. A phrase that opens with an article,
a preposition or a w-word stays one sentence ("Unter dem Titel Der Hexer …"), and so does a
phrase with a verb.

A number with the full stop glued to it ends a sentence when a word follows that no ordinal
stands before ("stieg auf 92. Der Anteil …"); "am 5. Dezember" stays one sentence. News-style
texts written for these tests.

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    (
        (
            "Die Pendler sind unzufrieden. Lange Wartezeiten Laut einer Umfrage des Verkehrsclubs "
            "warten Pendler im Schnitt zwanzig Minuten auf ihren Zug."
        ),
        [
            (
                "indirect",
                "warten Pendler im Schnitt zwanzig Minuten auf ihren Zug",
                "Laut",
                "einer Umfrage des Verkehrsclubs",
                None,
            )
        ],
    ),
    (
        (
            "Der Landtag tagte am Mittwoch. Kein Verständnis für Kritik Die Landesrätin Maria "
            "Berger sagte, die Reform sei notwendig."
        ),
        [
            (
                "indirect",
                "die Reform sei notwendig",
                "sagte",
                "Die Landesrätin Maria Berger",
                "Maria Berger",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_subheading_is_no_part_of_a_quote(nlp, text, expected):
    assert _rows(nlp(text)) == expected


UNITS = [
    (
        "Die Pendler sind unzufrieden. Lange Wartezeiten Laut einer Umfrage warten sie.",
        ["Die Pendler sind unzufrieden.", "Lange Wartezeiten", "Laut einer Umfrage warten sie."],
    ),
    # a preposition or an article opens the phrase: a title or a clause
    ("Unter dem Titel Der Hexer lief der Film.", ["Unter dem Titel Der Hexer lief der Film."]),
    ("Die Seite Die Tagespresse hat viele Leser.", ["Die Seite Die Tagespresse hat viele Leser."]),
    # a verb in the phrase: one sentence
    ("Die Kinder lesen Die Zeit am Sonntag.", ["Die Kinder lesen Die Zeit am Sonntag."]),
]


@pytest.mark.parametrize(("text", "expected"), UNITS, ids=[str(i) for i in range(len(UNITS))])
def test_subheading_starts_a_unit(nlp, text, expected):
    from pipeline.quotes.units import split_units

    doc = nlp(text)
    openers = frozenset({"Laut", "Die", "Der"})
    units = split_units(doc, [-1] * len(doc), set(), frozenset(), heading_openers=openers)
    assert [doc[u.start : u.end].text for u in units] == expected


NUMBERS = [
    (
        (
            "Die Zahl der Anzeigen stieg von sechs auf 92. Der Anstieg bereitet uns Sorgen, sagte "
            "der Polizeichef."
        ),
        [("indirect", "Der Anstieg bereitet uns Sorgen", "sagte", "der Polizeichef", None)],
    ),
    (
        "Am 5. Dezember sagte der Minister, er trete zurück.",
        [("indirect", "er trete zurück", "sagte", "der Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=[str(i) for i in range(len(NUMBERS))])
def test_number_with_full_stop(nlp, text, expected):
    assert _rows(nlp(text)) == expected
