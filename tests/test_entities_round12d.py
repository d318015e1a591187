"""Entity rows of round 12d (issue 11, common nouns as entities): a one-word model entity
that is a compound of two known nouns is no name with any label and tag ("vergibt
Ausgleichschance", model LOC tagged as a name; "Abtreibungsverbot", model MISC); a short
acronym before an ordinary noun is none as a place or work ("Richtung EM-Endrunde"), but a
model ORG keeps it ("YPG-Miliz") and so does an event ("Eishockey-WM"); two or more words in
capitals ending in an ordinary noun are a heading ("SOZIOÖKONOMISCHES RISIKO"); a registry
party named by an adjective ("Linke") in a text that names another country but not the
party's is no row; a first name as a one-word model person takes the name-tagged word after
it ("Michael Stampfer"). Exact rows of
the shipped model; own sentences in Austrian, Swiss and German news style, and sentences
that keep their rows."""

from __future__ import annotations

import pytest

from pipeline.entities.ordinary import acronym_noun, caps_heading
from tests.conftest import entity_rule_rows as rows

ROWS = [
    (  # Austrian football headline: the chance is no place
        "Der LASK vergibt Ausgleichschance. Linz – Die Linzer verloren am Samstag gegen Salzburg.",
        [
            ("LASK", "ORG", "newsx:lask", "LASK", "org:lask"),
            ("Linz", "LOC", "newsx:linz", "Linz", "place:city.linz"),
            ("Salzburg", "LOC", "newsx:salzburg", "Salzburg", "place:city.salzburg"),
        ],
    ),
    (  # Swiss football: the final tournament is no place
        "Die Schweiz machte in Basel einen Riesenschritt Richtung EM-Endrunde. Die Eidgenossen siegten.",
        [
            ("Schweiz", "LOC", "Q39", "Schweiz", "place:country.ch"),
            ("Basel", "LOC", "newsx:basel", "Basel", "place:city.basel"),
        ],
    ),
    (  # a list of policies: no work
        "Die Regierung in Warschau plant Privatisierung, Zuwanderungsstopp und Abtreibungsverbot.",
        [("Warschau", "LOC", "Q270", "Warschau", "place:city.warschau")],
    ),
    (
        "Im Jahresabstand stieg das Bruttoinlandsprodukt in Österreich um 1,6 Prozent.",
        [("Österreich", "LOC", "Q40", "Österreich", "place:country.at")],
    ),
    (  # Swiss business news
        "Die Zahlen kamen aus Bankenkreisen in Zürich, sagte ein Sprecher der UBS.",
        [
            ("Zürich", "LOC", "newsx:zuerich", "Zürich", "place:city.zuerich"),
            ("UBS", "ORG", "newsx:ubs", "UBS", "org:ubs"),
        ],
    ),
    (
        "Die Firma lagerte Jobs in IT-Sweatshops in Indien aus.",
        [("Indien", "LOC", "Q668", "Indien", "place:country.in")],
    ),
    (  # Greek news: the left of Greece is no German party Die Linke
        (
            "Athen – Nach der langen Nacht von Brüssel ruft Griechenlands geschlagene Linke "
            "am Montag zur Kundgebung auf."
        ),
        [
            ("Athen", "LOC", "newsx:athen", "Athen", "place:city.athen"),
            ("Brüssel", "LOC", "newsx:bruessel", "Brüssel", "place:city.bruessel"),
            ("Griechenlands", "LOC", "Q41", "Griechenland", "place:country.gr"),
        ],
    ),
    (  # kept: German news names Germany otherwise
        "Berlin – Die Linke fordert im Bundestag höhere Renten.",
        [
            ("Berlin", "LOC", "Q64", "Berlin", "place:city.berlin"),
            ("Linke", "ORG", "Q49764", "Die Linke", "org:linke"),
            ("Bundestag", "ORG", "Q154797", "Deutscher Bundestag", "org:bundestag"),
        ],
    ),
    (  # kept: no other country named
        "Die Linke fordert höhere Renten.",
        [("Linke", "ORG", "Q49764", "Die Linke", "org:linke")],
    ),
    (  # kept: an organisation's unit after its acronym
        "Kämpfer der YPG-Miliz rückten auf Azaz vor, sagte Ahmet Davutoglu in Ankara.",
        [
            ("YPG-Miliz", "ORG", None, "YPG", None),
            (
                "Ahmet Davutoglu",
                "PER",
                "newsx:person:ahmet-davutoglu",
                "Ahmet Davutoglu",
                "person.first_name",
            ),
            ("Ankara", "LOC", "newsx:ankara", "Ankara", "place:city.ankara"),
        ],
    ),
    (  # kept: an event after a sport
        "Die Schweiz holte bei der Eishockey-WM in Prag die Silbermedaille.",
        [
            ("Schweiz", "LOC", "Q39", "Schweiz", "place:country.ch"),
            ("Eishockey-WM", "MISC", None, None, None),
            ("Prag", "LOC", "newsx:prag", "Prag", "place:city.prag"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_round12d_rows(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


ACRONYM = [
    ("EM-Endrunde", "LOC", True),
    ("IT-Sweatshops", "MISC", True),
    ("YPG-Miliz", "ORG", False),  # a model ORG keeps it
    ("ORF-Zentrum", "LOC", False),  # a building
    ("ÖVP-Wien", "LOC", False),  # a place after the hyphen
    ("Rallye-WM", "MISC", False),  # no acronym first
]


@pytest.mark.parametrize(("word", "label", "expected"), ACRONYM)
def test_round12d_acronym_noun(ud_nlp, word, label, expected):
    tables = ud_nlp.get_pipe("newsx_entities").tables
    assert acronym_noun(tables, word, label) is expected


HEADINGS = [
    ("SOZIOÖKONOMISCHES RISIKO", True),
    ("SONDERPÄDAGOGISCHER FÖRDERBEDARF", True),
    ("DIE FRAU", True),
    ("ORF III", False),  # an acronym and a numeral
    ("Rotes Kreuz", False),  # no capitals
    ("RISIKO", False),  # one word
]


@pytest.mark.parametrize(("span", "expected"), HEADINGS)
def test_round12d_caps_heading(ud_nlp, span, expected):
    tables = ud_nlp.get_pipe("newsx_entities").tables
    words = span.split()
    assert caps_heading(tables, words, 0, len(words)) is expected


SURNAMES = [
    # a first name, then an unknown word tagged as a name: the full name (Austrian)
    ("Laut Geschäftsführer Michael Stampfer steigt die Förderung", 2, 4),
    # a title after the first name ("Julia Herr"): left alone
    ("Die Vorsitzende Julia Herr ist dagegen", 2, 3),
    # a place after it: left alone (Swiss)
    ("Gestern sagte Thomas Basel ab", 2, 3),
    # no first name and no title before it: left alone ("hatte Nishikori Berdych geschlagen")
    ("Zuvor hatte Nishikori Berdych geschlagen", 2, 3),
]


@pytest.mark.parametrize(("text", "start", "end"), SURNAMES)
def test_round12d_surname_end(ud_nlp, text, start, end):
    from spacy.tokens import Doc

    from pipeline.entities.repairs import surname_end

    tables = ud_nlp.get_pipe("newsx_entities").tables
    words = text.split()
    tags = ["NE" if w[:1].isupper() and i > start else "X" for i, w in enumerate(words)]
    pos = ["PROPN" if t == "NE" else "X" for t in tags]
    doc = Doc(ud_nlp.vocab, words=words, tags=tags, pos=pos)
    assert surname_end(tables, doc, start, start + 1, words) == end
