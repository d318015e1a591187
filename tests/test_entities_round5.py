"""Classes of wrong rows from the independent check of seeds 1005/1006 (issue 11, fifth
round): a name right after an organisation class noun is an ORG, also when the class noun
is a compound ("Anwaltskanzlei", "Hightech-Verband") or in the genitive ("des Verbandes"),
never a person with a ``newsx:person:`` id: exact rows, with texts that must yield nothing."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

CLASS = ("ORG", None, None, "org.class_noun")

#: the same rows with and without the model
BOTH_CASES = [
    (  # German: hyphenated compound head in the genitive
        "Laut einer Umfrage des deutschen Hightech-Verbandes Bitkom wollen viele Kunden tauschen.",
        [("Bitkom", *CLASS)],
    ),
    (  # Austrian: compound head, a surname-like firm name
        "Eingebunden war auch die Wiener Anwaltskanzlei Lansky, die in New York helfen sollte.",
        [
            ("Lansky", *CLASS),
            ("New York", "LOC", "Q60", "New York", "place:city.new-york"),
        ],
    ),
    (  # Swiss: the bare head
        "Die Kanzlei Baumgartner vertritt den Kläger vor dem Obergericht.",
        [("Baumgartner", *CLASS)],
    ),
    (  # the maker, not a person
        "Der chinesische Hersteller OnePlus bringt im Herbst ein neues Smartphone.",
        [("OnePlus", *CLASS)],
    ),
    (  # compound head without hyphen
        "Der Branchenverband Bitkom erwartet für das Weihnachtsgeschäft ein Umsatzplus.",
        [("Bitkom", *CLASS)],
    ),
    (  # genitive -s of a compound head; a name that is also a surname
        "Ein Sprecher des Sportartikelherstellers Hummel wollte das nicht kommentieren.",
        [("Hummel", *CLASS)],
    ),
    (  # a first name after the class noun: the person stays a person
        "Der Sprecher des Bauernverbandes Hans Huber wies die Kritik zurück.",
        [("Hans Huber", "PER", "newsx:person:hans-huber", "Hans Huber", "person.first_name")],
    ),
    # no name after the class noun: nothing
    ("Die Anwaltskanzlei hat am Montag eine Stellungnahme abgegeben.", []),
    ("Der Präsident des Fußballverbandes sagte, man werde die Vorwürfe prüfen.", []),
    (  # a lower-case word after the class noun: only the place
        "Die Bundeskanzlei in Bern teilte mit, die Frist sei abgelaufen.",
        [("Bern", "LOC", "newsx:bern", "Bern", "place:city.bern")],
    ),
]


@pytest.mark.parametrize("text,expected", BOTH_CASES)
def test_round5_rows_rules_only(entities_blank, text, expected):
    assert rows(entities_blank(text)) == expected


@pytest.mark.parametrize("text,expected", BOTH_CASES)
def test_round5_rows_with_model(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


PERSON = "person.first_name"

#: a one-word model PER written like a brand (a capital inside) is no person, unless a
#: first name, a title or a verb of a person says so (rows of the shipped model)
BRAND_CASES = [
    (  # no first name, no title, no person verb in the article
        "Dass OnePlus in diesem Jahr noch ein zweites Smartphone bringt, gilt als sicher.",
        [("OnePlus", "ORG", None, None, None)],
    ),
    (  # a surname prefix: the person, also alone later
        "Schon Paul McCartney hatte das gesagt. Dass McCartney wieder auftritt, gilt als sicher.",
        [
            ("Paul McCartney", "PER", "newsx:person:paul-mccartney", "Paul McCartney", PERSON),
            (
                "McCartney",
                "PER",
                "newsx:person:paul-mccartney",
                "Paul McCartney",
                "person.propagated",
            ),
        ],
    ),
    (  # a first name elsewhere in the article keeps the lone mention a person
        "Dass Leon DeWitt wieder spielt, freut die Fans. Laut DeWitt ist das Knie gesund.",
        [
            ("Leon DeWitt", "PER", "newsx:person:leon-dewitt", "Leon DeWitt", PERSON),
            ("DeWitt", "PER", "newsx:person:leon-dewitt", "Leon DeWitt", "person.propagated"),
        ],
    ),
    (  # a role before the name
        "Der Sänger JoJo sagte, er komme wieder.",
        [("JoJo", "PER", "newsx:person:jojo", "JoJo", "person.title")],
    ),
    ("Das neue Smartphone kommt im Herbst in den Handel.", []),
]


@pytest.mark.parametrize("text,expected", BRAND_CASES)
def test_round5_brand_words_with_model(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(
    "word,expected",
    [
        ("OnePlus", True),
        ("PayPal", True),
        ("McCartney", False),
        ("DiCaprio", False),
        ("O'Neill", False),
        ("ÖVP", False),
        ("Huber", False),
        ("iPhone", False),
    ],
)
def test_round5_camel_word(entities_blank, word, expected):
    from pipeline.entities.repairs import camel_word

    tables = entities_blank.get_pipe("newsx_entities").tables
    assert camel_word(tables, word) is expected
