"""Entity rows of the eighth round (issue 11, after the judging of seeds 1009/1010):
ordinary words the model tags as names (a language, noun compounds, hyphen words with an
ordinary first part, an adverb starting a sentence), events written as hyphen words ("-WM") as MISC,
names inside longer names (companies, a fusion device, a game, an app), a stage name with a
title word, a person's later mention as the end of the full name ("Della Rocca" after
"Carla Della Rocca"), a name pair the model took for a work ("Erez Shmueli") and two
surnames run together ("Mayer Doskozil"). Exact rows of the shipped model, with texts that must yield nothing."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

CASES = [
    (  # a language is no place; "Englisch" is the registry's MISC language
        (
            "Der Bericht des Ministeriums wurde auf Deutsch veröffentlicht, eine Fassung auf "
            "Englisch folgt."
        ),
        [("Englisch", "MISC", "newsx:englisch", "Englisch", "misc:englisch")],
    ),
    (  # a region before an ordinary noun: no place
        "Italien, Balkan-Verkauf und Klagen belasten die Bilanz der Bank.",
        [("Italien", "LOC", "Q38", "Italien", "place:country.it")],
    ),
    (  # an event as a hyphen word
        "Bei der Leichtathletik-WM in Peking holte die Tirolerin Silber.",
        [
            ("Leichtathletik-WM", "MISC", None, None, None),
            ("Peking", "LOC", "Q956", "Peking", "place:city.peking"),
        ],
    ),
    (  # a company named with a country, not the football club
        "Der Glücksspielkonzern Novomatic steigt bei den Casinos Austria ein.",
        [
            ("Novomatic", "ORG", "newsx:novomatic", "Novomatic", "org:novomatic"),
            (
                "Casinos Austria",
                "ORG",
                "newsx:casinos-austria",
                "Casinos Austria",
                "org:casinos-austria",
            ),
        ],
    ),
    (  # the same alias written with two spaces
        "Novomatic hält nun 33 Prozent an den Casinos  Austria.",
        [
            ("Novomatic", "ORG", "newsx:novomatic", "Novomatic", "org:novomatic"),
            (
                "Casinos  Austria",
                "ORG",
                "newsx:casinos-austria",
                "Casinos Austria",
                "org:casinos-austria",
            ),
        ],
    ),
    (  # a company named with a country, not the country
        "Der Bildschirmhersteller Japan Display meldete am Freitag in Tokio einen Verlust.",
        [
            ("Japan Display", "ORG", "newsx:japan-display", "Japan Display", "org:japan-display"),
            ("Tokio", "LOC", "Q1490", "Tokio", "place:city.tokio"),
        ],
    ),
    (  # a device named after a town
        "Im Test-Reaktor Wendelstein 7-X in Greifswald wurde erstmals ein Plasma erzeugt.",
        [
            (
                "Wendelstein 7-X",
                "MISC",
                "newsx:wendelstein-7-x",
                "Wendelstein 7-X",
                "misc:wendelstein-7-x",
            ),
            ("Greifswald", "LOC", "newsx:greifswald", "Greifswald", "place:city.greifswald"),
        ],
    ),
    (  # a game, no person
        "Das Smartphone-Spiel Angry Birds brachte dem Hersteller Millionen ein.",
        [("Angry Birds", "MISC", "newsx:angry-birds", "Angry Birds", "misc:angry-birds")],
    ),
    (  # an app and its company, no person
        "Die Dating-App Tinder hat in der Schweiz viele Nutzer.",
        [
            ("Tinder", "ORG", "newsx:tinder", "Tinder", "org:tinder"),
            ("Schweiz", "LOC", "Q39", "Schweiz", "place:country.ch"),
        ],
    ),
    (  # "Lady" is part of the stage name, not a title
        "Zu Tränen rührte Lady Gaga das Publikum in der Wiener Stadthalle.",
        [
            ("Lady Gaga", "PER", "newsx:lady-gaga", "Lady Gaga", "person:person.lady-gaga"),
            ("Wiener Stadthalle", "ORG", None, None, None),
        ],
    ),
    (  # the end of a full name given before is the same person
        (
            "Die Ökonomin Carla Della Rocca legte am Dienstag in Bern den Bericht vor. Laut Della "
            "Rocca steigen die Mieten weiter."
        ),
        [
            (
                "Carla Della Rocca",
                "PER",
                "newsx:person:carla-della-rocca",
                "Carla Della Rocca",
                "person.title",
            ),
            ("Bern", "LOC", "newsx:bern", "Bern", "place:city.bern"),
            (
                "Della Rocca",
                "PER",
                "newsx:person:carla-della-rocca",
                "Carla Della Rocca",
                "person.full_name",
            ),
        ],
    ),
    (  # a name pair the model took for a work is the person the text names again
        (
            "Zu diesem Befund kam das Team um Erez Shmueli nach einer Reihe von Experimenten. "
            "Die Daten seien eindeutig, so Shmueli."
        ),
        [
            ("Erez Shmueli", "PER", "newsx:person:erez-shmueli", "Erez Shmueli", "person.pair"),
            (
                "Shmueli",
                "PER",
                "newsx:person:erez-shmueli",
                "Erez Shmueli",
                "person.propagated",
            ),
        ],
    ),
    (  # two surnames of two full names run together are two persons
        (
            "Der Verfassungsrechtler Heinz Mayer kritisierte Verteidigungsminister Hans Peter "
            "Doskozil. Seither haben Mayer Doskozil nicht mehr getroffen."
        ),
        [
            ("Heinz Mayer", "PER", "newsx:person:heinz-mayer", "Heinz Mayer", "person.first_name"),
            (
                "Hans Peter Doskozil",
                "PER",
                "newsx:person:hans-peter-doskozil",
                "Hans Peter Doskozil",
                "person.first_name",
            ),
            ("Mayer", "PER", "newsx:person:heinz-mayer", "Heinz Mayer", "person.split"),
            (
                "Doskozil",
                "PER",
                "newsx:person:hans-peter-doskozil",
                "Hans Peter Doskozil",
                "person.split",
            ),
        ],
    ),
    (  # an adverb at the start of a sentence names no one
        (
            "Die Partei bestreitet jede Verzögerung. Theoretisch könnte Poroschenko vorgezogene "
            "Neuwahlen ausrufen."
        ),
        [
            (
                "Poroschenko",
                "PER",
                "newsx:poroschenko",
                "Petro Poroschenko",
                "person:person.poroschenko",
            )
        ],
    ),
    (  # a square ends like a place: it stays
        "Der Verkehr am Rathausplatz wird ab Montag umgeleitet.",
        [("Rathausplatz", "LOC", None, None, None)],
    ),
]

NO_ROWS = [
    "Die Regierungsparteien sehen sich in Flüchtlingskurs bestätigt.",
    "In Umfragen-Samplings liegt die Partei seit Wochen vorne.",
    "Die älteste Frauenschutz-NGO des Landes muss ihre Arbeit einstellen.",
    "Der Marketing-Stunt kam bei den Kunden schlecht an.",
    "Die  Streikbereitschaft der Ärzte ist groß.",
    "Die Firma hat wenig Speicher verbaut. Realistisch bleiben den Nutzern nur zehn Gigabyte.",
    "Das Museum wurde 1998 gegründet. Gruselig beschrieb sie auch den Keller.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round8_rows_with_model(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NO_ROWS)
def test_round8_no_rows(ud_nlp, text):
    assert rows(ud_nlp(text)) == []
