"""Entity rows of round 12a (issue 11, the class of the thing a span names;
:mod:`pipeline.entities.kinds`): a referee after "SR" in a match box is a person without the
role; a one-word place after a kinship noun ("Zwillingsbruder") is a person; spacecraft,
missions and malware after their class noun are MISC, with their other mentions; model ORGs
with a model code and Apple's camel-case products are MISC; "Sonne" right after a bare
preposition is sunshine, no place; a party's adjective after "Der" is a member; a city
after "den" is a plural noun; a side of a sports article is the side again where it is
not used as a place. Exact rows of the shipped model; own sentences in
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

SPORTS = (
    "Die Schweiz besiegte Slowenien in Basel mit 3:2 und feierte einen Sieg in der "
    "EM-Qualifikation. Der Trainer lobte das Team nach dem Spiel. Ein klarer 6:0-Sieg über "
    "San Marino gelang England, in der Gruppe E bleibt Slowenien Dritter. Die Tore erzielten "
    "Rooney und Kane. Luxemburg – Mazedonien 1:0 (0:0) Luxemburg. Tor: Thill (92.). In "
    "Luxemburg hatte Mazedonien keine Chance."
)
LUX = ("Luxemburg", "LOC", "Q32", "Luxemburg", "place:country.lu")
MKD = ("Mazedonien", "ORG", None, "Nordmazedonien", "org.team")

CHANGED += [
    (  # a side named again is the side (not as the venue after a score, nor "in ...")
        SPORTS,
        [
            ("Schweiz", "ORG", None, "Schweiz", "org.team"),
            ("Slowenien", "ORG", None, "Slowenien", "org.team"),
            ("Basel", "LOC", "newsx:basel", "Basel", "place:city.basel"),
            ("San Marino", "LOC", "iso:SM", "San Marino", "place:country.sm"),
            ("England", "LOC", "newsx:england", "England", "place:region.england"),
            ("Slowenien", "ORG", None, "Slowenien", "org.team"),
            ("Rooney", "PER", "newsx:person:rooney", "Rooney", "person.surname"),
            ("Kane", "PER", "newsx:person:kane", "Kane", "person.first_name_alone"),
            ("Luxemburg", "ORG", None, "Luxemburg", "org.team"),
            MKD,
            LUX,
            LUX,
            MKD,
        ],
    ),
    (  # a party's adjective after "Der": a member, no row of the party
        "Der Grüne Peter Pilz kritisierte den Innenminister scharf.",
        [("Peter Pilz", "PER", "newsx:person:peter-pilz", "Peter Pilz", "person.first_name")],
    ),
    (
        "Der Linke hält die Vorschläge der Kommission für zu schwach, sagte er in Berlin.",
        [("Berlin", "LOC", "Q64", "Berlin", "place:city.berlin")],
    ),
    (  # a graphics chip: digits and a letter split by the tokenizer
        (
            "Die Luxusausführung setzt auf einen Core-i7, 16 GB RAM, Geforce GTX 980M und einem "
            "4K-Bildschirm."
        ),
        [("GTX 980M", "MISC", None, "GTX 980M", "misc.product")],
    ),
    (  # "in den Bergen": no Bergen in Norway
        "Die Helden sitzen in einem Wintersturm an einer Postkutschenstation in den Bergen fest.",
        [],
    ),
]

TRANSFER = (
    "Der ehemalige Sturm-Kicker war zuletzt bei Cottbus engagiert. Der SV Austria Salzburg hat "
    "mit ihm einen Vertrag bis Saisonende abgeschlossen. Der "
    "Mittelfeldspieler spielte zuletzt für eine Saison für den deutschen Drittligisten Energie "
    "Cottbus. In Österreich war er auch schon beim LASK tätig."
)
COTTBUS = ("Energie Cottbus", "ORG", "newsx:energie-cottbus", "Energie Cottbus")

CHANGED.append(
    (  # a player's club by its city after "bei" (Austrian transfer note)
        TRANSFER,
        [
            ("Cottbus", "ORG", *COTTBUS[2:], "org.club_city"),
            (
                "SV Austria Salzburg",
                "ORG",
                "newsx:austria-salzburg",
                "SV Austria Salzburg",
                "org:austria-salzburg",
            ),
            (*COTTBUS, "org:energie-cottbus"),
            ("Österreich", "LOC", "Q40", "Österreich", "place:country.at"),
            ("LASK", "ORG", "newsx:lask", "LASK", "org:lask"),
        ],
    )
)

KEPT = [
    (  # "bei" a city in a text without sports words: the place
        "Die Konferenz fand bei Cottbus statt, der Chef von Energie Cottbus war nicht dabei.",
        [
            ("Cottbus", "LOC", "newsx:cottbus", "Cottbus", "place:city.cottbus"),
            (*COTTBUS, "org:energie-cottbus"),
        ],
    ),
    (  # digits of an age after a name make no product
        "Damals war Schickhofer 33 und selbst in den Reihen der SPÖ schüttelte so mancher den Kopf.",
        [
            ("Schickhofer 33", "ORG", None, None, None),
            ("SPÖ", "ORG", "newsx:spoe", "SPÖ", "org:spoe"),
        ],
    ),
    (  # the party after "die", "der ...n"
        "Die Grünen und die Linke stimmten gegen den Antrag der Linken.",
        [
            ("Grünen", "ORG", "Q49766", "Bündnis 90/Die Grünen", "org:gruene"),
            ("Linke", "ORG", "Q49764", "Die Linke", "org:linke"),
            ("Linken", "ORG", "Q49764", "Die Linke", "org:linke"),
        ],
    ),
    (  # a racing series with a number is no product
        "Die Formel 1 schickt ab der Saison 2017 breitere Autos auf die Strecke.",
        [("Formel 1", "ORG", None, None, None)],
    ),
    (  # the relative pronoun "das" before a person
        "Grundlage ist ein Manifest, das Yanis Varoufakis mit Mitstreitern veröffentlicht hat.",
        [
            (
                "Yanis Varoufakis",
                "PER",
                "newsx:person:yanis-varoufakis",
                "Yanis Varoufakis",
                "person.first_name",
            )
        ],
    ),
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
