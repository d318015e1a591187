"""Teams in sports news (``org.team``) and named products after their maker
(``misc.product_name``): exact rows of news-style sentences (Austrian, Swiss, German),
including texts that must keep their places and companies."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

TEAM = "org.team"

BLANK_CASES = [
    (  # Austrian Bundesliga report: both sides of "X gegen Y" before a score
        (
            "Fußball-Bundesliga, 20. Runde: Im Spiel Grödig gegen Altach (0:1) fiel das einzige "
            "Tor erst in der Nachspielzeit. Der Trainer war zufrieden."
        ),
        [  # Austrian clubs: the Austrian league; each side the one registry club of its town
            (
                "Fußball-Bundesliga",
                "ORG",
                "newsx:bundesliga-at",
                "Österreichische Fußball-Bundesliga",
                "org:bundesliga-at",
            ),
            ("Grödig", "ORG", "newsx:sv-groedig", "SV Grödig", "org.club_city"),
            ("Altach", "ORG", "newsx:scr-altach", "SCR Altach", "org.club_city"),
        ],
    ),
    (  # a role before the side; "gegen" before the other side
        (
            "Eishockey-WM: Titelverteidiger Kanada steht im Halbfinale, der Trainer ist zufrieden. Am Samstag (20.15 Uhr) "
            "geht es gegen Finnland, das Finale steigt in Prag."
        ),
        [
            ("Kanada", "ORG", None, "Kanada", TEAM),
            ("Finnland", "ORG", None, "Finnland", TEAM),
            ("Prag", "LOC", "newsx:prag", "Prag", "place:city.prag"),
        ],
    ),
    (  # result list: the athletes' countries in brackets stay places
        (
            "Weitsprung: 1. Xénia Krizsán (Ungarn) 6,54, 2. Nadine Visser (Niederlande) 6,44. Im "
            "Finale der Saison fehlte die Titelverteidigerin, die Tore der Halle blieben zu, der "
            "Trainer schwieg."
        ),
        [
            (
                "Xénia Krizsán",
                "PER",
                "newsx:person:xénia-krizsán",
                "Xénia Krizsán",
                "person.first_name",
            ),
            ("Ungarn", "LOC", "Q28", "Ungarn", "place:country.hu"),
            (
                "Nadine Visser",
                "PER",
                "newsx:person:nadine-visser",
                "Nadine Visser",
                "person.first_name",
            ),
            ("Niederlande", "LOC", "Q55", "Niederlande", "place:country.nl"),
        ],
    ),
    (  # no sports news: "gegen" after a country is politics
        (
            "Österreich verhandelt mit Ungarn gegen die Schließung der Grenze am Brenner, hieß es "
            "am Montag in Wien."
        ),
        [
            ("Österreich", "LOC", "Q40", "Österreich", "place:country.at"),
            ("Ungarn", "LOC", "Q28", "Ungarn", "place:country.hu"),
            ("Wien", "LOC", "Q1741", "Wien", "place:city.wien"),
        ],
    ),
    (  # German/Swiss sports news with one place as venue only
        "Die Endrunde der EM findet in Frankreich statt, das erste Spiel steigt in Paris.",
        [
            ("Frankreich", "LOC", "Q142", "Frankreich", "place:country.fr"),
            ("Paris", "LOC", "Q90", "Paris", "place:city.paris"),
        ],
    ),
    (  # products named after their maker
        "Mit Google Now on Tap und Amazon Prime will der Hersteller Kunden binden.",
        [
            ("Google Now on Tap", "MISC", None, None, "misc.product_name"),
            ("Amazon Prime", "MISC", None, None, "misc.product_name"),
        ],
    ),
    (  # a country, a company word, a title after the maker: no product
        "Google Österreich und die BMW Group meldeten am Montag höhere Umsätze.",
        [
            ("Google", "ORG", "Q95", "Google", "org:google"),
            ("Österreich", "LOC", "Q40", "Österreich", "place:country.at"),
            ("BMW", "ORG", "Q26678", "BMW", "org:bmw"),
        ],
    ),
    ("Die Swisscom Cloud Chefin sprach am Montag in Zürich.", None),
    ("Niemand hat gewonnen, das Spiel endete 0:0.", []),
    (  # a club's city in the genitive before a sports word; a league role; "gegen die"
        (
            "Bundesliga, 3. Runde: Der Trainer hat gewählt. Salzburgs Kader ist groß genug, "
            "Zweitligist St. Pölten verlor 0:2 gegen die Schweiz. Das Tor fiel spät."
        ),
        [  # Austrian towns: the Austrian league (round 6)
            (
                "Bundesliga",
                "ORG",
                "newsx:bundesliga-at",
                "Österreichische Fußball-Bundesliga",
                "org:bundesliga-at",
            ),
            ("Salzburgs", "ORG", None, "Salzburg", TEAM),
            ("St. Pölten", "ORG", None, "St. Pölten", TEAM),
            ("Schweiz", "ORG", None, "Schweiz", TEAM),
        ],
    ),
    (  # a country in the genitive before its team stays the country
        (
            "Österreichs Nationalteam ist in der Weltrangliste Zehnter. Der Trainer und die "
            "Mannschaft sind vor dem Spiel zufrieden, das Tor des Jahres fiel in Graz."
        ),
        [
            ("Österreichs", "LOC", "Q40", "Österreich", "place:country.at"),
            ("Graz", "LOC", "newsx:graz", "Graz", "place:city.graz"),
        ],
    ),
    (  # IOC codes in brackets are countries
        "Gesamtweltcup: 1. Marc Girardelli (LUX) 1465, 2. Pirmin Zurbriggen (SUI) 1406.",
        [
            (
                "Marc Girardelli",
                "PER",
                "newsx:person:marc-girardelli",
                "Marc Girardelli",
                "person.first_name",
            ),
            ("LUX", "LOC", "Q32", "Luxemburg", "place:country.lu"),
            (
                "Pirmin Zurbriggen",
                "PER",
                "newsx:person:pirmin-zurbriggen",
                "Pirmin Zurbriggen",
                "person.first_name",
            ),
            ("SUI", "LOC", "Q39", "Schweiz", "place:country.ch"),
        ],
    ),
    ("Das ESP (elektronisches Stabilitätsprogramm) ist Serie, die AUT-Werte stimmen.", []),
]


@pytest.mark.parametrize("text,expected", BLANK_CASES)
def test_teams_and_products_rules_only(entities_blank, text, expected):
    got = rows(entities_blank(text))
    if expected is None:  # only: no product, no team
        assert not [r for r in got if r[4] in (TEAM, "misc.product_name")]
    else:
        assert got == expected


MODEL_CASES = [
    (
        (
            "Luxemburg gewann das Kellerduell gegen Mazedonien mit 1:0, das Tor schoss der "
            "Stürmer in der 80. Minute. Der Trainer lobte die Abwehr."
        ),
        [
            ("Luxemburg", "ORG", None, "Luxemburg", TEAM),
            ("Mazedonien", "ORG", None, "Nordmazedonien", TEAM),
        ],
    ),
    (
        (
            "Die Schweiz besiegte Österreich im Testspiel mit 2:1. Der Trainer lobte die Abwehr, "
            "das Tor des Abends fiel in der 80. Minute."
        ),
        [
            ("Schweiz", "ORG", None, "Schweiz", TEAM),
            ("Österreich", "ORG", None, "Österreich", TEAM),
        ],
    ),
    (  # one sentence with a single sports word: places stay places (as GermEval tags them)
        "Deutschland verlor das Länderspiel gegen Frankreich in Paris mit 0:2.",
        [
            ("Deutschland", "LOC", "Q183", "Deutschland", "place:country.de"),
            ("Frankreich", "LOC", "Q142", "Frankreich", "place:country.fr"),
            ("Paris", "LOC", "Q90", "Paris", "place:city.paris"),
        ],
    ),
    (
        "Auch Google Earth ist nun als App verfügbar, teilte der Konzern in Wien mit.",
        [
            ("Google Earth", "MISC", None, None, "misc.product_name"),
            ("Wien", "LOC", "Q1741", "Wien", "place:city.wien"),
        ],
    ),
]


MODEL_CASES += [
    (  # a model PER that ends in name particles takes the name after them
        (
            "Man werde sich wieder treffen, sagte der Chefunterhändler der Regierung, Humberto de "
            "la Calle, nach den Gesprächen in Havanna."
        ),
        [
            (
                "Humberto de la Calle",
                "PER",
                "newsx:person:humberto-de-la-calle",
                "Humberto de la Calle",
                None,
            ),
            ("Havanna", "LOC", "newsx:havanna", "Havanna", "place:city.havanna"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", MODEL_CASES)
def test_teams_and_products_with_model(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected
