"""Entity rows of round 12e (genitives in canonical names): a person's genitive whose name
without -s the text writes before a hyphen ("Werke Egon Schieles ... Schiele-Bilder") takes
the name without the -s; a model place or organisation without an id whose last word is the
genitive of a resolved entity of the text ("Puerto Ricos Gouverneur" after "Puerto Rico")
takes that entity's ids. Names whose -s is no genitive keep it ("Alexis Tsipras", "Heinrich
Peters"). A registry company before "Go" names its product ("Sky Go", MISC): "Go" is no
ordinary noun in the noun list any more. A one-word person that is a known first name, not
after an article, takes the capitalised word after it when a comma, colon or full stop
follows ("Hermann König:", "Julia Herr,"). Exact rows of the shipped model; own sentences in Austrian, Swiss and German news
style."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

ROWS = [
    (  # Austrian: the painter's genitive, the name written without -s in a compound
        (
            "Wien – Geht es um Werke Egon Schieles, die seit Jahren umstritten sind, wird es "
            "heikel. Die Schiele-Bilder bleiben im Leopold Museum."
        ),
        [
            ("Wien", "LOC", "Q1741", "Wien", "place:city.wien"),
            (
                "Egon Schieles",
                "PER",
                "newsx:person:egon-schiele",
                "Egon Schiele",
                "person.first_name",
            ),
            ("Schiele-Bilder", "ORG", None, None, None),
            ("Leopold Museum", "ORG", None, None, None),
        ],
    ),
    (  # a country's genitive after the country
        (
            "Das hoch verschuldete US-Territorium Puerto Rico bittet um Hilfe. Puerto Ricos "
            "Gouverneur Alejandro Garcia Padilla warnte vor der Pleite."
        ),
        [
            ("Puerto Rico", "LOC", "iso:PR", "Puerto Rico", "place:country.pr"),
            ("Puerto Ricos", "LOC", "iso:PR", "Puerto Rico", "place:country.pr"),
            (
                "Alejandro Garcia Padilla",
                "PER",
                "newsx:person:alejandro-garcia-padilla",
                "Alejandro Garcia Padilla",
                "person.title",
            ),
        ],
    ),
    (  # Swiss: the painter's genitive, "Hodler" before a hyphen
        (
            "Zürich – Die Ausstellung zeigt Bilder Ferdinand Hodlers, des Berner Malers. "
            "Hodler-Werke sind teuer."
        ),
        [
            ("Zürich", "LOC", "newsx:zuerich", "Zürich", "place:city.zuerich"),
            (
                "Ferdinand Hodlers",
                "PER",
                "newsx:person:ferdinand-hodler",
                "Ferdinand Hodler",
                "person.first_name",
            ),
        ],
    ),
    (  # a name ending in -s after a vowel keeps it
        "Athen – Die Regierung Alexis Tsipras verhandelt in Brüssel weiter mit den Gläubigern.",
        [
            ("Athen", "LOC", "newsx:athen", "Athen", "place:city.athen"),
            ("Alexis Tsipras", "PER", "newsx:tsipras", "Alexis Tsipras", "person:person.tsipras"),
            ("Brüssel", "LOC", "newsx:bruessel", "Brüssel", "place:city.bruessel"),
        ],
    ),
    (  # German: "Peter" as another person's first name does not cut "Peters"
        "Berlin – Der Maler Heinrich Peters stellt in Hamburg aus. Peter Müller eröffnete die Schau.",
        [
            ("Berlin", "LOC", "Q64", "Berlin", "place:city.berlin"),
            (
                "Heinrich Peters",
                "PER",
                "newsx:person:heinrich-peters",
                "Heinrich Peters",
                "person.first_name",
            ),
            ("Hamburg", "LOC", "Q1055", "Hamburg", "place:city.hamburg"),
            (
                "Peter Müller",
                "PER",
                "newsx:person:peter-müller",
                "Peter Müller",
                "person.first_name",
            ),
        ],
    ),
    (  # German: the streaming service of a registry company is a product ("Go" no noun here)
        "Der Bezahlsender Sky bringt seinen Streaming-Dienst Sky Go künftig auch auf Windows-Tablets.",
        [
            ("Sky", "ORG", "newsx:sky", "Sky", "org:sky"),
            ("Sky Go", "MISC", None, None, "misc.product_name"),
        ],
    ),
    (  # the company alone stays the company
        "Sky zeigt die Spiele der deutschen Bundesliga auch in Österreich live.",
        [
            ("Sky", "ORG", "newsx:sky", "Sky", "org:sky"),
            ("Bundesliga", "ORG", "newsx:bundesliga", "Bundesliga", "org:bundesliga"),
            ("Österreich", "LOC", "Q40", "Österreich", "place:country.at"),
        ],
    ),
    (  # German: a surname that is also a noun ("Kaiser") joins the first name
        "Das sagte der Greenpeace-Klimaexperte Martin Kaiser. Die Regierung in Berlin schweigt.",
        [
            (
                "Martin Kaiser",
                "PER",
                "newsx:person:martin-kaiser",
                "Martin Kaiser",
                "person.joined",
            ),
            ("Berlin", "LOC", "Q64", "Berlin", "place:city.berlin"),
        ],
    ),
    (  # Austrian: "Herr" between commas
        "Für die Vorsitzende der Sozialistischen Jugend, Julia Herr, ist das ein Schlag ins Gesicht.",
        [
            ("Sozialistischen Jugend", "ORG", None, "Sozialistische Jugend", None),
            ("Julia Herr", "PER", "newsx:person:julia-herr", "Julia Herr", "person.joined"),
        ],
    ),
    (  # Austrian: "König" before a colon
        (
            "In Salzburg sprachen wir mit zwei Bergbauern, Alois Raudaschl und Hermann König: "
            "Sie waren misstrauisch."
        ),
        [
            ("Salzburg", "LOC", "newsx:salzburg", "Salzburg", "place:city.salzburg"),
            (
                "Alois Raudaschl",
                "PER",
                "newsx:person:alois-raudaschl",
                "Alois Raudaschl",
                "person.first_name",
            ),
            (
                "Hermann König",
                "PER",
                "newsx:person:hermann-könig",
                "Hermann König",
                "person.joined",
            ),
        ],
    ),
    (  # after an article the noun is no surname: "des Johannes Vorboten"
        "Sie gelten nach der Offenbarung des Johannes Vorboten des Jüngsten Gerichts.",
        [("Johannes", "PER", "newsx:person:johannes", "Johannes", None)],
    ),
    (  # no entity at all
        "Die Preise für Strom und Gas steigen im Winter wieder deutlich an.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_round12e_rows(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected
