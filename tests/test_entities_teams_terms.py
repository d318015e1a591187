"""Team nicknames, technical terms, capital headings and other countries' institutions:
exact rows of news-style sentences (Austrian, Swiss, German), including texts that must
yield nothing."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

TEAM = "org.team"
WIEN = ("Wien", "LOC", "Q1741", "Wien", "place:city.wien")

CASES = [
    (  # a team's nickname makes a model PER a team
        "Die Siegchance der favorisierten Carolina Panthers bezifferte der Kicker aus Wien mit 60 Prozent.",
        [("Carolina Panthers", "ORG", None, "Carolina Panthers", TEAM), WIEN],
    ),
    (  # result line: the untagged city before the nickname is part of the team's name
        "NHL: Chicago Blackhawks – Vancouver Canucks 4:0",
        [
            ("NHL", "ORG", "newsx:nhl", "NHL", "org:nhl"),
            ("Chicago Blackhawks", "ORG", None, "Chicago Blackhawks", TEAM),
            ("Vancouver Canucks", "ORG", None, "Vancouver Canucks", TEAM),
        ],
    ),
    (  # Austrian clubs are registry entries
        "Trainer Matthias Zollner und die besten Spieler haben die Güssing Knights verlassen.",
        [
            (
                "Matthias Zollner",
                "PER",
                "newsx:person:matthias-zollner",
                "Matthias Zollner",
                "person.title",
            ),
            (
                "Güssing Knights",
                "ORG",
                "newsx:guessing-knights",
                "Güssing Knights",
                "org:guessing-knights",
            ),
        ],
    ),
    (
        "Die jüngsten neun Bundesliga-Duelle gingen allesamt an Rapid, sagte der Trainer in Hütteldorf.",
        [
            ("Rapid", "ORG", "newsx:rapid-wien", "Rapid Wien", "org:rapid_wien"),
            ("Hütteldorf", "LOC", None, None, None),
        ],
    ),
    (
        "Die Nachhaltigkeitsziele der Uno wurden am Freitag in New York vorgestellt.",
        [
            ("Uno", "ORG", "Q1065", "Vereinte Nationen", "org:un"),
            ("New York", "LOC", "Q60", "New York", "place:city.new-york"),
        ],
    ),
    # technical terms and abbreviations name no entity
    ("Bei USB C muss nicht darauf geachtet werden, welche Seite beim Stecker oben ist.", []),
    (
        "Ein guter PIN ist sicherer als ein Fingerabdruck, sagen Experten in Zürich.",
        [("Zürich", "LOC", "newsx:zuerich", "Zürich", "place:city.zuerich")],
    ),
    (
        "Zwar versucht sich Google mit EIS an einem Softwareansatz, das Ergebnis überzeugt aber nicht.",
        [("Google", "ORG", "Q95", "Google", "org:google")],
    ),
    ("Die Benchmarks zeigen, dass das Gerät schneller ist als das Vorgängermodell.", []),
    # a heading in capitals is no organisation; the interviewer "STANDARD:" is
    ("VORSCHULSTUFE: Immer mehr Kinder werden in Vorschulklassen eingestuft.", []),
    (
        "STANDARD: Wie geht es nach der Wahl in Graz weiter?",
        [
            ("STANDARD", "ORG", "newsx:der-standard", "Der Standard", "org:der-standard"),
            ("Graz", "LOC", "newsx:graz", "Graz", "place:city.graz"),
        ],
    ),
    (  # another country's court (a genitive country right after it) is not the Austrian one
        "Das habe der Oberste Gerichtshof Nordkoreas entschieden, meldete die Nachrichtenagentur Xinhua.",
        [
            ("Oberste Gerichtshof", "ORG", None, None, "org.foreign"),
            ("Nordkoreas", "LOC", "Q423", "Nordkorea", "place:country.kp"),
            ("Xinhua", "ORG", "newsx:xinhua", "Xinhua", "org:xinhua"),
        ],
    ),
    (
        "Der Oberste Gerichtshof in Wien hat die Klage des Linzer Unternehmers abgewiesen.",
        [
            (
                "Oberste Gerichtshof",
                "ORG",
                "newsx:ogh",
                "Oberster Gerichtshof (Österreich)",
                "org:ogh",
            ),
            WIEN,
        ],
    ),
    (  # a kinship noun after an acronym names the parent company, not the acronym's company
        "Frankfurt am Main – Die AUA-Mutter Lufthansa startet ein neues Preismodell.",
        [
            ("Frankfurt am Main", "LOC", "Q1794", "Frankfurt am Main", "place:city.frankfurt"),
            ("Lufthansa", "ORG", "Q9325", "Lufthansa", "org:lufthansa"),
        ],
    ),
    (  # a registry place wins over a gazetteer place of the same name (Vienna, Virginia)
        "Refugees arrive at the railway station in #Vienna, schrieb ein Helfer aus Graz.",
        [
            ("Vienna", "LOC", "Q1741", "Wien", "place:city.wien"),
            ("Graz", "LOC", "newsx:graz", "Graz", "place:city.graz"),
        ],
    ),
    (  # the Swiss demonym before the alias picks the Swiss record, which stays
        "Der Schweizer Bundesrat hat am Mittwoch in Bern entschieden.",
        [
            ("Bundesrat", "ORG", "newsx:bundesrat-ch", "Bundesrat (Schweiz)", "org:bundesrat-ch"),
            ("Bern", "LOC", "newsx:bern", "Bern", "place:city.bern"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_teams_terms_headings_foreign(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected
