"""Entity rows of round 11c (issue 11; :mod:`pipeline.entities.evidence`,
:mod:`pipeline.entities.products`, :mod:`pipeline.entities.teams`): more evidence keeps a
one-word person in a long text -- a quote's speaker after ", so", a name noun ("Tarnnamen
Bolek"), a first name that is also a noun ("Oscar Wilde"), a person known by one name
("Jesu"), coordination with a person noun ("und zwei ihrer Brüder"), an anaphor opening the
next sentence ("Der Grieche"); without it the name still goes ("Der Entwickler" is no
anaphor). Products after "der Marken" and a neuter article, a company named after its
founder and trade, a first name the source split, "Sony Music" as a company, a town whose
verb has a company class noun as its object. Exact rows of the shipped model; own
sentences in Austrian, Swiss and German news style, each in a long text."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows
from tests.test_entities_round11a import FILL

KEPT = [
    (  # a quote's speaker after ", so" (Austrian politics)
        "Das Gesetz sei schlecht gemacht, so Grundig: Man hätte die Betriebe fragen müssen.",
        [("Grundig", "PER", "newsx:person:grundig", "Grundig", None)],
    ),
    (  # a name noun right before
        "Der Geheimdienst führte Lech Wałęsa unter dem Tarnnamen Bolek, sagt der Historiker.",
        [
            ("Lech Wałęsa", "ORG", None, None, None),
            ("Bolek", "PER", "newsx:person:bolek", "Bolek", None),
        ],
    ),
    (  # a first name that is also an ordinary noun
        "Der Autor ist Biograf von Oscar Wilde und lebt in Dublin.",
        [
            ("Wilde", "PER", "newsx:person:wilde", "Wilde", None),
            ("Dublin", "LOC", "newsx:dublin", "Dublin", "place:city.dublin"),
        ],
    ),
    (  # a person known by one name (the genitive "Jesu")
        (
            "Die Rede von Papst Franziskus handelte von Barmherzigkeit. Jesu Liebe heile alle "
            "Wunden, sagte er."
        ),
        [
            (
                "Franziskus",
                "PER",
                "newsx:papst-franziskus",
                "Papst Franziskus",
                "person:person.papst-franziskus",
            ),
            ("Jesu", "PER", "newsx:person:jesu", "Jesu", None),
        ],
    ),
    (  # joined to a person noun after a possessive
        "1849 sollen Araminta und zwei ihrer Brüder verkauft worden sein.",
        [("Araminta", "PER", "newsx:person:araminta", "Araminta", None)],
    ),
    (  # the next sentence opens with "Der" and a noun of a people (German sports news)
        "Auch Tsakiri wird am Samstag fehlen. Der Grieche zog sich im Training eine Zerrung zu.",
        [("Tsakiri", "PER", "newsx:person:tsakiri", "Tsakiri", None)],
    ),
]

DROPPED = [
    # "Der Entwickler" may be a company: no anaphor of a person
    "Lumbrook wächst stetig. Der Entwickler plant ein großes Update.",
    # no subject of its sentence, and "Der Präsident" is another person
    "Auf Samos hat das Militär die Versorgung übernommen. Der Präsident reiste am Montag an.",
]

CLASS_TWO = [
    (  # the items of two words after "der Marken" are car models
        (
            "Betroffen sind Kleinwagen der Marken Opel Corsa, Ford Fiesta und Fiat Punto aus dem "
            "Modelljahr 2015."
        ),
        [
            ("Opel Corsa", "MISC", None, None, "misc.product_name"),
            ("Ford Fiesta", "MISC", None, "Ford Fiesta", "misc.product_class"),
            ("Fiat Punto", "MISC", None, None, "misc.product_name"),
        ],
    ),
    (  # a brand and a model word after "das": a phone
        "Im Test überzeugte vor allem das OnePlus One.",
        [("OnePlus One", "MISC", None, "OnePlus One", "misc.product_class")],
    ),
    (  # "das" before an institution stays an organisation
        "Die Daten lieferte das Europäische Statistikamt am Montag.",
        [("Europäische Statistikamt", "ORG", None, "Europäisches Statistikamt", None)],
    ),
    (  # a company named after its founder and its trade, in a list (Carinthia)
        (
            "Verkauft wurden die Tischlerei Huber und Franz Gruber Holz-Fertighäuser sowie ein "
            "Sägewerk in Kärnten."
        ),
        [
            ("Huber", "ORG", None, None, None),
            (
                "Franz Gruber Holz-Fertighäuser",
                "ORG",
                None,
                "Franz Gruber Holz-Fertighäuser",
                "org.founder_trade",
            ),
            ("Kärnten", "LOC", "newsx:kaernten", "Kärnten", "place:region.kaernten"),
        ],
    ),
    (  # "Music" names no product: the label is a company
        "Die Sängerin hat einen Vertrag mit Sony Music unterschrieben.",
        [("Sony Music", "ORG", None, None, None)],
    ),
    (  # a first name the source split ("Sven erik")
        "Generalsekretär Sven erik Lindqvist warnte am Montag vor einer neuen Krise.",
        [
            (
                "Sven erik Lindqvist",
                "PER",
                "newsx:person:sven-erik-lindqvist",
                "Sven erik Lindqvist",
                "person.split_first_name",
            )
        ],
    ),
    (  # the club's town with a company class noun as the object of its verb is the town
        (
            "Die Güssing Knights verloren in der Liga. Güssing hat keine großen Firmen, es bleibt "
            "eine strukturschwache Region."
        ),
        [
            (
                "Güssing Knights",
                "ORG",
                "newsx:guessing-knights",
                "Güssing Knights",
                "org:guessing-knights",
            ),
            ("Güssing", "LOC", None, "Güssing", "place:geonames.at"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", KEPT + CLASS_TWO)
def test_round11c_rows_in_long_text(ud_nlp, text, expected):
    assert rows(ud_nlp(text + FILL)) == expected


@pytest.mark.parametrize("text", DROPPED)
def test_round11c_dropped_in_long_text(ud_nlp, text):
    assert [r for r in rows(ud_nlp(text + FILL)) if r[1] == "PER"] == []


def test_round11c_split_first_name_only_in_an_article(ud_nlp):
    """A single sentence keeps the spans of the model and the name lists."""
    text = "Generalsekretär Sven erik Lindqvist warnte am Montag vor einer neuen Krise."
    assert rows(ud_nlp(text)) == [
        ("Sven", "PER", "newsx:person:sven", "Sven", "person.title"),
        ("Lindqvist", "PER", "newsx:person:lindqvist", "Lindqvist", "person.surname"),
    ]
