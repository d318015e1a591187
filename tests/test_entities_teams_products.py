"""Teams in sports news (``org.team``) and named products after their maker
(``misc.product_name``): exact rows of news-style sentences (Austrian, Swiss, German),
including texts that must keep their places and companies."""

from __future__ import annotations

import pytest
import spacy

from tests.conftest import scheme_pipeline


@pytest.fixture(scope="module")
def blank():
    """Rules only: registry places and companies, no model."""
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_entities")
    return nlp


@pytest.fixture(scope="module")
def model():
    """The default pipeline (team verbs need the model's lemmas and tags)."""
    return scheme_pipeline("ud")


def rows(doc) -> list[tuple]:
    return [
        (e.text, e.label_, e._.canonical_id, e._.canonical_name, e._.entity_rule) for e in doc.ents
    ]


TEAM = "org.team"

BLANK_CASES = [
    (  # Austrian Bundesliga report: both sides of "X gegen Y" before a score
        (
            "Fußball-Bundesliga, 20. Runde: Im Spiel Grödig gegen Altach (0:1) fiel das einzige "
            "Tor erst in der Nachspielzeit. Der Trainer war zufrieden."
        ),
        [
            ("Fußball-Bundesliga", "ORG", "newsx:bundesliga", "Bundesliga", "org:bundesliga"),
            ("Grödig", "ORG", None, "Grödig", TEAM),
            ("Altach", "ORG", None, "Altach", TEAM),
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
]


@pytest.mark.parametrize("text,expected", BLANK_CASES)
def test_teams_and_products_rules_only(blank, text, expected):
    got = rows(blank(text))
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
            ("Mazedonien", "ORG", None, "Mazedonien", TEAM),
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


@pytest.mark.parametrize("text,expected", MODEL_CASES)
def test_teams_and_products_with_model(model, text, expected):
    assert rows(model(text)) == expected
