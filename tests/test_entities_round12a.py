"""Entity rows of round 12a (issue 11, the class of the thing a span names;
:mod:`pipeline.entities.kinds`): a referee after "SR" in a match box is a person without the
role; a one-word place after a kinship noun ("Zwillingsbruder") is a person; spacecraft,
missions and malware after their class noun are MISC, with their other mentions; model ORGs
with a model code and Apple's camel-case products are MISC; "Sonne" right after a bare
preposition is sunshine, no place. Exact rows of the shipped model; own sentences in
Austrian, Swiss and German news style, and sentences that keep their rows."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

CHANGED = [
    (  # Austrian match box: the referee
        "Rapid – Sturm 2:1 (1:0). Allianz Stadion, 18.400, SR Harkam. Tore: 1:0 (12.) Schaub.",
        [
            ("Rapid", "ORG", "newsx:rapid-wien", "Rapid Wien", "org:rapid_wien"),
            ("Allianz", "ORG", "Q487292", "Allianz", "org:allianz"),
            ("Harkam", "PER", "newsx:person:harkam", "Harkam", "person.role_abbreviation"),
            ("Schaub", "PER", "newsx:person:schaub", "Schaub", None),
        ],
    ),
    (  # Swiss match box: "SR" is no Saarländischer Rundfunk before the referee
        "Der FC Basel gewann 3:0 (Basel, St. Jakob-Park, 28.000, SR Schärer).",
        [
            ("FC Basel", "ORG", "newsx:fc-basel", "FC Basel", "org:fc-basel"),
            ("Basel", "LOC", "newsx:basel", "Basel", "place:city.basel"),
            ("St. Jakob-Park", "LOC", None, None, "place.saint"),
            ("Schärer", "PER", "newsx:person:schärer", "Schärer", "person.after_agency"),
        ],
    ),
    (  # a kinship compound before the ski resort's name: the brother
        "Die Brüder standen sich nahe: Jaroslaw und sein Zwillingsbruder Lech führten die Partei.",
        [
            ("Jaroslaw", "PER", "newsx:person:jaroslaw", "Jaroslaw", "person.first_name_alone"),
            ("Lech", "PER", "newsx:person:lech", "Lech", "person.kinship"),
        ],
    ),
    (  # German space news: the probe and its later mention
        "Die Raumsonde Rosetta kreist um den Kometen. Rosetta soll 2016 auf dem Kometen landen.",
        [
            ("Rosetta", "MISC", None, "Rosetta", "misc.thing_class"),
            ("Rosetta", "MISC", None, "Rosetta", "misc.thing_class"),
        ],
    ),
    (  # the class noun leaves the span
        "Der Landeroboter Philae meldete sich aus dem All, Philaes Batterien sind wieder geladen.",
        [("Philae", "MISC", None, "Philae", "misc.thing_class")],
    ),
    (  # malware
        "Der Verschlüsselungstrojaner Locky hat tausende Rechner in Deutschland befallen.",
        [
            ("Locky", "MISC", None, "Locky", "misc.thing_class"),
            ("Deutschland", "LOC", "Q183", "Deutschland", "place:country.de"),
        ],
    ),
    (  # a mission, not a person "Sophia"
        "Die Fregatte der EU-Mission Sophia rettete 300 Menschen vor der libyschen Küste.",
        [("Sophia", "MISC", None, "Sophia", "misc.thing_class")],
    ),
    (  # products with a model code in or after the model's ORG
        "Als bester Laptop gilt der Dell XPS 13, bei den Kameras die Panasonic Lumix G7.",
        [
            ("Dell XPS 13", "MISC", None, "Dell XPS 13", "misc.product"),
            ("Panasonic Lumix G7.", "MISC", None, "Panasonic Lumix G7.", "misc.product"),
        ],
    ),
    (  # a code and its generation letter
        "Bei den Kompaktkameras empfiehlt der Test die Canon G9 X um 500 Euro.",
        [
            ("G9 X", "MISC", None, "G9 X", "misc.product"),
            ("Euro", "MISC", "Q4916", "Euro", "misc:euro"),
        ],
    ),
    (  # Apple's camel case (Swiss)
        "Die Fotos landeten in der iCloud, sagte der Sprecher in Zürich.",
        [
            ("iCloud", "MISC", None, "iCloud", "misc.product"),
            ("Zürich", "LOC", "newsx:zuerich", "Zürich", "place:city.zuerich"),
        ],
    ),
]

KEPT = [
    (  # the Sun with its article stays a place
        "Der Komet bewegt sich von der Sonne weg.",
        [("Sonne", "LOC", None, None, None)],
    ),
    (  # a subsidiary after "Konzerntochter" is no person
        "Die Konzerntochter Zielpunkt schloss alle Filialen in Wien.",
        [
            ("Zielpunkt", "ORG", None, None, None),
            ("Wien", "LOC", "Q1741", "Wien", "place:city.wien"),
        ],
    ),
    (  # a club with its number keeps its registry row
        "Salzburg gewann gegen Hannover 96 mit 2:0.",
        [
            ("Salzburg", "LOC", "newsx:salzburg", "Salzburg", "place:city.salzburg"),
            ("Hannover 96", "ORG", "newsx:hannover-96", "Hannover 96", "org:hannover-96"),
        ],
    ),
    (  # registry companies are no products
        "Der Kurs der Erste Group fiel um drei Prozent, die Bank Austria verlor zwei Prozent.",
        [
            ("Erste Group", "ORG", "newsx:erste-group", "Erste Group", "org:erste-group"),
            (
                "Bank Austria",
                "ORG",
                "newsx:bank-austria",
                "UniCredit Bank Austria",
                "org:bank-austria",
            ),
        ],
    ),
    (  # a first name after a kinship compound stays a person
        "Der Unternehmer und sein Halbbruder Hannes führen das Hotel in Kitzbühel.",
        [
            ("Hannes", "PER", "newsx:person:hannes", "Hannes", "person.first_name_alone"),
            ("Kitzbühel", "LOC", None, "Kitzbühel", "place:geonames.at"),
        ],
    ),
]

#: sunshine after a bare preposition: no place row
NO_PLACE = [
    "Die Pflanzen warten auf Sonne und Regen, sagte der Bauer im Emmental.",
    "Wegen Strommangels musste das Minilabor auf Sonne warten.",
]


@pytest.mark.parametrize("text, expected", CHANGED + KEPT)
def test_round12a_rows(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NO_PLACE)
def test_round12a_no_sunshine_place(ud_nlp, text):
    assert [r for r in rows(ud_nlp(text)) if r[1] == "LOC"] == []
