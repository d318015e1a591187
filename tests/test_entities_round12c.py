"""Entity rows of round 12c (issue 11, labels by the text around a name;
:mod:`pipeline.entities.places`): a model ORG in a list of places, persons or products
takes the label of the list, a one-word model ORG takes the label the model gives the same word
elsewhere in the text; an institution's field ends before an article that is no genitive
(:func:`pipeline.entities.candidates.institution_cands`). Exact rows of the shipped model;
own sentences in Austrian, Swiss and German news style, and sentences that keep their rows
(an apposition after a college, a mayor's town before his name, a firm after "Firma")."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

CHANGED = [
    (  # Lower Austrian statutory towns: the first item of a list after a preposition
        (
            "Mit dem neuen Status stünde Baden in einer Reihe mit Wiener Neustadt, "
            "Sankt Pölten, Krems und Waidhofen an der Ybbs."
        ),
        [
            ("Wiener Neustadt", "LOC", None, "Wiener Neustadt", "place.listed"),
            ("Sankt Pölten", "LOC", "newsx:st-poelten", "St. Pölten", "place:city.st-poelten"),
            (
                "Waidhofen an der Ybbs",
                "LOC",
                None,
                "Waidhofen an der Ybbs",
                "place:geonames.at",
            ),
        ],
    ),
    (  # Greek islands: the last item after "oder"
        "Vor griechischen Inseln wie Kos, Samos, Chios oder Lesbos wurden 300 Menschen geborgen.",
        [
            ("Kos", "LOC", None, "Kos", "place.class_cue"),
            ("Samos", "LOC", None, "Samos", "place.class_cue"),
            ("Chios", "LOC", None, "Chios", "place:geonames.gr"),
            ("Lesbos", "LOC", None, "Lesbos", "place.listed"),
        ],
    ),
    (  # Swiss reading list: a person between two persons
        (
            "In Zürich lesen heuer Ruth Schweikert, Fiston Mwanza Mujila und Lukas Bärfuss "
            "aus ihren Büchern."
        ),
        [
            ("Zürich", "LOC", "newsx:zuerich", "Zürich", "place:city.zuerich"),
            (
                "Ruth Schweikert",
                "PER",
                "newsx:person:ruth-schweikert",
                "Ruth Schweikert",
                "person.first_name",
            ),
            (
                "Fiston Mwanza Mujila",
                "PER",
                "newsx:person:fiston-mwanza-mujila",
                "Fiston Mwanza Mujila",
                "person.listed",
            ),
            (
                "Lukas Bärfuss",
                "PER",
                "newsx:person:lukas-bärfuss",
                "Lukas Bärfuss",
                "person.first_name",
            ),
        ],
    ),
    (  # a product between products
        "Vorinstalliert sind nur noch Google Docs, Google Fit, Google+, Google Earth und Google Photos.",
        [
            ("Google Docs", "MISC", None, None, "misc.product_name"),
            ("Google Fit", "MISC", None, None, "misc.product_name"),
            ("Google+", "MISC", None, "Google+", "misc.listed"),
            ("Google Earth", "MISC", None, None, "misc.product_name"),
            ("Google Photos", "MISC", None, None, "misc.product_name"),
        ],
    ),
    (  # a game after two games (a Viennese studio)
        "Das Wiener Studio arbeitete zuvor an Titeln wie The Witcher 3, The Division und Enemy Front.",
        [
            ("The Witcher", "MISC", None, None, None),
            ("The Division", "MISC", None, None, None),
            ("Enemy Front", "MISC", None, "Enemy Front", "misc.listed"),
        ],
    ),
    (  # the village named LOC once: its other mentions
        (
            "Die Flüchtlinge sollen im slowakischen Dorf Gabčíkovo wohnen. Ob es Richtung "
            "Gabčíkovo gehe, sei offen. Eine Alternative zu Gabčíkovo sei nicht realistisch."
        ),
        [
            ("Gabčíkovo", "LOC", None, None, None),
            ("Gabčíkovo", "LOC", None, "Gabčíkovo", "place.mentioned"),
            ("Gabčíkovo", "LOC", None, "Gabčíkovo", "place.mentioned"),
        ],
    ),
    (  # Viennese stage review: the character named PER once
        (
            "Erna und das Mariedl bestreiten ihr Leben damit, anderen den Dreck wegzuputzen. "
            "Mariedl versteht sich auf die Kunst des Putzens."
        ),
        [
            ("Erna", "PER", "newsx:person:erna", "Erna", "person.first_name_alone"),
            ("Mariedl", "PER", "newsx:person:mariedl", "Mariedl", "person.mentioned"),
            ("Mariedl", "PER", "newsx:person:mariedl", "Mariedl", None),
        ],
    ),
    (  # German economic news: the field ends before the object "die Prognose"
        "Zuletzt hatte das Steirische Institut für Wirtschaftsforschung die Prognose gesenkt.",
        [
            (
                "Steirische Institut für Wirtschaftsforschung",
                "ORG",
                None,
                "Steirisches Institut für Wirtschaftsforschung",
                "org.head",
            )
        ],
    ),
]

KEPT = [
    (  # a genitive article stays in the field
        "Laut dem Institut für Geschichte der Medizin in Wien ist das neu.",
        [
            ("Institut für Geschichte der Medizin", "ORG", None, None, "org.head"),
            ("Wien", "LOC", "Q1741", "Wien", "place:city.wien"),
        ],
    ),
    (  # the college's town after a comma is an apposition, no list
        "Der Zoologe Ofer Tchernichovski (Hunter College, New York) sagte, die Studie sei neu.",
        [
            (
                "Ofer Tchernichovski",
                "PER",
                "newsx:person:ofer-tchernichovski",
                "Ofer Tchernichovski",
                None,
            ),
            ("Hunter College", "ORG", None, None, None),
            ("New York", "LOC", "Q60", "New York", "place:city.new-york"),
        ],
    ),
    (  # a mayor's town before his name is no person of a list
        "In den Landtag rückt der Bürgermeister von St. Margarethen, Gerd Brand, nach.",
        [
            ("St. Margarethen", "ORG", None, None, None),
            (
                "Gerd Brand",
                "PER",
                "newsx:person:gerd-brand",
                "Gerd Brand",
                "person.first_name",
            ),
        ],
    ),
    (  # a university before "und" and a city: no list of places
        "Eine Initiative der TU Wien und Graz, der Medizin-Uni Wien und des AIT fördert das Projekt.",
        [
            ("TU Wien", "ORG", None, None, None),
            ("Graz", "LOC", "newsx:graz", "Graz", "place:city.graz"),
            ("Medizin-Uni Wien", "ORG", None, None, "org.institution"),
        ],
    ),
    (  # a firm after "Firma" is no person, though the model tags a later mention PER
        (
            "Die Vorarlberger Firma Häusle soll Abfälle vergraben haben. Geschäftsführer von "
            "Häusle ist Thomas Habermann."
        ),
        [
            ("Häusle", "ORG", None, None, None),
            ("Häusle", "PER", "newsx:person:häusle", "Häusle", None),
            (
                "Thomas Habermann",
                "PER",
                "newsx:person:thomas-habermann",
                "Thomas Habermann",
                "person.first_name",
            ),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", CHANGED + KEPT)
def test_round12c_rows(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


NOTHING = [
    "Am Donnerstag und Freitag bleibt es in ganz Österreich trocken und mild.",
    "Die Prognose wurde zuletzt deutlich gesenkt, sagte der Sprecher.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_round12c_no_rows(ud_nlp, text):
    assert [r for r in rows(ud_nlp(text)) if r[1] in ("ORG", "PER")] == []
