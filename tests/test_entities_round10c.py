"""Entity rows of round 10c (issue 11, after the judging of seeds 1015-1018): a lone first
name coordinated with "und" before a full name shares its surname ("Anna und Jörg Winger"
-> "Anna Winger"); a two-word model person at the start of a sentence that is an inflected
adjective and an ordinary noun ("Menschenunwürdige Betriebskonzepte wie ...") is no name.
Exact rows of the shipped model, with texts that must yield nothing."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

CASES = [
    (
        "Die Idee zur Serie hatten Anna und Jörg Winger aus Berlin.",
        [
            ("Anna", "PER", "newsx:person:anna-winger", "Anna Winger", "person.first_name_alone"),
            ("Jörg Winger", "PER", "newsx:person:jörg-winger", "Jörg Winger", "person.first_name"),
            ("Berlin", "LOC", "Q64", "Berlin", "place:city.berlin"),
        ],
    ),
    (
        "Am Sonntag eröffneten Maria und Thomas Gruber den Heurigen in Grinzing.",
        [
            (
                "Maria",
                "PER",
                "newsx:person:maria-gruber",
                "Maria Gruber",
                "person.first_name_alone",
            ),
            (
                "Thomas Gruber",
                "PER",
                "newsx:person:thomas-gruber",
                "Thomas Gruber",
                "person.first_name",
            ),
            ("Grinzing", "LOC", None, None, None),
        ],
    ),
    (  # an adjective at the start of a sentence before a place: the place stays
        "Gewaltige Regenfälle trafen am Wochenende Kärnten.",
        [("Kärnten", "LOC", "newsx:kaernten", "Kärnten", "place:region.kaernten")],
    ),
    (  # no "und": the first name keeps its own name
        "Mit Sven war Peter Müller am Samstag in Zürich.",
        [
            ("Sven", "PER", "newsx:person:sven", "Sven", "person.first_name_alone"),
            (
                "Peter Müller",
                "PER",
                "newsx:person:peter-müller",
                "Peter Müller",
                "person.first_name",
            ),
            ("Zürich", "LOC", "newsx:zuerich", "Zürich", "place:city.zuerich"),
        ],
    ),
]

NO_ROWS = [
    "Menschenunwürdige Betriebskonzepte wie Flatrate-Partys werden in Zukunft verboten.",
    "Unzumutbare Arbeitsbedingungen wie Nachtschichten ohne Pause sind nun untersagt.",
    "Die Idee hatten sie und ihr Mann schon im vergangenen Sommer.",
    "Am Sonntag eröffneten die Wirtsleute den Heurigen wieder.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round10c_rows(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NO_ROWS)
def test_round10c_no_rows(ud_nlp, text):
    assert rows(ud_nlp(text)) == []
