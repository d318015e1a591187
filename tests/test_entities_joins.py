"""Joins within an article and noun vetoes from the second hand check of 10kGNAD articles
(issue 11): a lone first name takes the one full name of the article that starts with it, a
lone surname of a registry person after a demonym of the person's country takes the registry
person, no genitive -s is stripped from a name the article writes with -s elsewhere, long
forms of acronym organisations carry the registry id, and compounds of two ordinary nouns
are no ORG. Exact rows with the model, including texts that must yield no join or no
entity."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

CAMERON = ("Cameron", "PER", "newsx:cameron", "David Cameron", "person.title")
THIEM = ("PER", "newsx:person:dominic-thiem", "Dominic Thiem")
FEDERER = ("PER", "newsx:person:roger-federer", "Roger Federer")
STRACHE = ("PER", "newsx:person:heinz-christian-strache", "Heinz-Christian Strache")
CELMINS = ("PER", "newsx:person:vija-celmins", "Vija Celmins")

CASES = [
    (  # Austrian sports news: the lone first name is the article's Dominic Thiem
        "Dominic Thiem gewann am Sonntag in Kitzbühel. Dominic freute sich über den Titel.",
        [
            ("Dominic Thiem", *THIEM, "person.first_name"),
            ("Kitzbühel", "LOC", None, "Kitzbühel", "place:geonames.at"),
            ("Dominic", *THIEM, None),
        ],
    ),
    (  # Swiss
        "Roger Federer siegte in Basel zum zehnten Mal. Danach sagte Roger, er sei müde.",
        [
            ("Roger Federer", *FEDERER, "person.first_name"),
            ("Basel", "LOC", "newsx:basel", "Basel", "place:city.basel"),
            ("Roger", *FEDERER, "person.first_name_alone"),
        ],
    ),
    (  # two persons with the first name: no join
        "Anna Fenninger und Anna Veith fuhren in Sölden. Anna war am Ende schneller.",
        [
            (
                "Anna Fenninger",
                "PER",
                "newsx:person:anna-fenninger",
                "Anna Fenninger",
                "person.first_name",
            ),
            ("Anna Veith", "PER", "newsx:person:anna-veith", "Anna Veith", "person.first_name"),
            ("Anna", "PER", "newsx:person:anna", "Anna", "person.first_name_alone"),
        ],
    ),
    (  # a demonym of the registry person's country
        "Der britische Premierminister Cameron traf am Montag in Berlin Bundeskanzlerin Angela Merkel.",
        [
            CAMERON,
            ("Berlin", "LOC", "Q64", "Berlin", "place:city.berlin"),
            ("Angela Merkel", "PER", "Q567", "Angela Merkel", "person:person.merkel"),
        ],
    ),
    (  # Austrian
        "Der österreichische Außenminister Kurz reiste am Dienstag nach Bern.",
        [
            ("Kurz", "PER", "newsx:sebastian-kurz", "Sebastian Kurz", "person.title"),
            ("Bern", "LOC", "newsx:bern", "Bern", "place:city.bern"),
        ],
    ),
    (  # no demonym: not the registry's David Cameron
        "Regisseur Cameron drehte den Film in Neuseeland.",
        [
            ("Cameron", "PER", "newsx:person:cameron", "Cameron", "person.title"),
            ("Neuseeland", "LOC", "iso:NZ", "Neuseeland", "place:country.nz"),
        ],
    ),
    (  # the article writes "Celmins" as the nominative: "Celmins Kunst" keeps the -s
        "Die Künstlerin Vija Celmins stellt im Mumok in Wien aus. Celmins Kunst ist leise.",
        [
            ("Vija Celmins", *CELMINS, "person.title"),
            ("Wien", "LOC", "Q1741", "Wien", "place:city.wien"),
            ("Celmins", *CELMINS, "person.propagated"),
        ],
    ),
    (  # Austrian: the article also writes "Strache", so "Straches" is a genitive
        (
            "Der Nationalrat hat die Auslieferung Heinz-Christian Straches abgelehnt. "
            "Strache zeigte sich erfreut."
        ),
        [
            (
                "Nationalrat",
                "ORG",
                "newsx:nationalrat-at",
                "Nationalrat (Österreich)",
                "org:nationalrat-at",
            ),
            ("Heinz-Christian Straches", *STRACHE, "person.first_name"),
            ("Strache", *STRACHE, "person.propagated"),
        ],
    ),
    (  # "Kaiser" is cut as a title: the lone "Martin" before it is not Martin Schulz
        (
            "Parlamentspräsident Martin Schulz sprach in Straßburg, der Greenpeace-Experte "
            "Martin Kaiser widersprach."
        ),
        [
            ("Martin Schulz", "PER", "newsx:person:martin-schulz", "Martin Schulz", "person.title"),
            ("Straßburg", "LOC", "newsx:strassburg", "Straßburg", "place:city.strassburg"),
            ("Martin", "PER", "newsx:person:martin", "Martin", "person.title"),
        ],
    ),
    (
        "Die Central Intelligence Agency wollte die Berichte nicht kommentieren.",
        [("Central Intelligence Agency", "ORG", "Q37230", "CIA", "org:cia")],
    ),
    (
        "Der Österreichische Rundfunk überträgt das Konzert live aus Salzburg.",
        [
            ("Österreichische Rundfunk", "ORG", "newsx:orf", "ORF", "org:orf"),
            ("Salzburg", "LOC", "newsx:salzburg", "Salzburg", "place:city.salzburg"),
        ],
    ),
    (  # two ordinary nouns are no ORG
        "Der SV Ried steckt nach der Niederlage tief in der Abstiegszone.",
        [("SV Ried", "ORG", "newsx:sv-ried", "SV Ried", "org:sv-ried")],
    ),
    (  # an organisation's program is no place
        "Das UNHCR-Regionalprogramm für Syrien läuft im Dezember aus.",
        [("Syrien", "LOC", "Q858", "Syrien", "place:country.sy")],
    ),
    ("Laut der Studie Daten aus zwölf Kantonen stieg die Zahl der Lehrlinge.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_join_rows_with_model(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(
    "word,expected",
    [
        ("Abstiegszone", True),
        ("Datenbank", True),
        ("Goldberg", False),  # a surname
        ("Kitzbühel", False),
        ("abstiegszone", False),
    ],
)
def test_two_nouns(entities_blank, word, expected):
    tables = entities_blank.get_pipe("newsx_entities").tables
    assert tables.two_nouns(word) is expected
