"""Person names ending in -s that are no genitives ("Gudenus", "Griss"), a lone title is no
entity ("Exbankchef"), a hyphenated compound noun ends no name, and a place name after a
media class noun is the medium ("die Tageszeitung Österreich"): exact rows."""

from __future__ import annotations

import pytest

from pipeline.entities.candidates import Cand
from pipeline.entities.identity import trim_class_nouns
from tests.conftest import entity_rule_rows as rows

GUDENUS = "newsx:person:johann-gudenus"
GRISS = "newsx:person:irmgard-griss"
MEDIA = "org.media_class"

BLANK_CASES = [
    (
        (
            "Vizekanzler Johann Gudenus sprach in Wien. Gudenus Äußerungen wurden am Montag "
            "kritisiert."
        ),
        [
            ("Johann Gudenus", "PER", GUDENUS, "Johann Gudenus", "person.title"),
            ("Wien", "LOC", "Q1741", "Wien", "place:city.wien"),
            ("Gudenus", "PER", GUDENUS, "Johann Gudenus", "person.propagated"),
        ],
    ),
    (
        (
            "Das berichtet die Tageszeitung Österreich in ihrer Samstagsausgabe. Auch in "
            "Österreich wird gewählt."
        ),
        [
            ("Österreich", "ORG", None, "Österreich", MEDIA),
            ("Österreich", "LOC", "Q40", "Österreich", "place:country.at"),
        ],
    ),
    (
        "Der Zürcher Sender Schweiz 5 zeigt das Spiel, berichtet wird auch in Deutschland.",
        [
            ("Schweiz 5", "ORG", None, None, MEDIA),
            ("Deutschland", "LOC", "Q183", "Deutschland", "place:country.de"),
        ],
    ),
    ("Die Zeitung berichtete am Montag über die Lage.", []),
]


@pytest.mark.parametrize("text,expected", BLANK_CASES)
def test_names_and_media_rules_only(entities_blank, text, expected):
    assert rows(entities_blank(text)) == expected


MODEL_CASES = [
    (
        (
            "Die frühere Höchstrichterin Irmgard Griss tritt an. Griss Vorsprung in den Umfragen "
            "wächst."
        ),
        [
            ("Irmgard Griss", "PER", GRISS, "Irmgard Griss", None),
            ("Griss", "PER", GRISS, "Irmgard Griss", "person.propagated"),
        ],
    ),
    (
        "Auch Wolfgang Kulterer war dabei, sagte der Exbankchef am Montag.",
        [
            (
                "Wolfgang Kulterer",
                "PER",
                "newsx:person:wolfgang-kulterer",
                "Wolfgang Kulterer",
                "person.first_name",
            )
        ],
    ),
    (
        "Laut Polizeisprecher wurde am Sonntag in Graz niemand verletzt.",
        [("Graz", "LOC", "newsx:graz", "Graz", "place:city.graz")],
    ),
    (
        "Für die Hauptrolle wurde Ursula Strauss Theater-Preisträgerin des Vorjahres besetzt.",
        [
            (
                "Ursula Strauss",
                "PER",
                "newsx:person:ursula-strauss",
                "Ursula Strauss",
                "person.first_name",
            )
        ],
    ),
]


MODEL_CASES += [
    (  # a place class noun before a model PER: the island, not a person
        (
            "Verteidigungsminister Panos Kammenos ist am Freitag auf der Insel Kos von "
            "aufgebrachten Bürgern mit Eiern beworfen worden."
        ),
        [
            (
                "Panos Kammenos",
                "PER",
                "newsx:person:panos-kammenos",
                "Panos Kammenos",
                "person.title",
            ),
            ("Kos", "LOC", None, None, None),
        ],
    ),
    (  # a profession before a surname is no part of the name
        "Dort scheiterte die Begehung, sagte Forensiker Havranek am Montag in Graz.",
        [
            ("Havranek", "PER", "newsx:person:havranek", "Havranek", "person.title"),
            ("Graz", "LOC", "newsx:graz", "Graz", "place:city.graz"),
        ],
    ),
]


MODEL_CASES += [
    (  # an unknown given name before a one-word model PER belongs to it
        "Danach besiegte er Paul-Henri Mathieu in zwei Sätzen.",
        [
            (
                "Paul-Henri Mathieu",
                "PER",
                "newsx:person:paul-henri-mathieu",
                "Paul-Henri Mathieu",
                None,
            )
        ],
    ),
    (
        "Sieben Profis, darunter Stars wie Alexis Sanchez oder Santi Cazorla, fallen aus.",
        [
            (
                "Alexis Sanchez",
                "PER",
                "newsx:person:alexis-sanchez",
                "Alexis Sanchez",
                "person.first_name",
            ),
            ("Santi Cazorla", "PER", "newsx:person:santi-cazorla", "Santi Cazorla", None),
        ],
    ),
    (  # a double space inside a name; the canonical name has one
        "Das warnt Rupert  Wolff, Präsident der Kammer.",
        [
            (
                "Rupert  Wolff",
                "PER",
                "newsx:person:rupert-wolff",
                "Rupert Wolff",
                "person.first_name",
            )
        ],
    ),
    ("Woran aber dann? Für einmal lässt sich das nicht sagen.", []),  # a question word
    (  # a lone title is no person
        (
            "Die Mails sollen laut Generalinspekteur der Geheimdienste, Charles McCullough, "
            "Geheiminformationen enthalten haben."
        ),
        [
            (
                "Charles McCullough",
                "PER",
                "newsx:person:charles-mccullough",
                "Charles McCullough",
                "person.first_name",
            )
        ],
    ),
    (  # an organisation head noun starts a model LOC: the organisation
        "Das hieß es auf APA-Anfrage seitens der Landwirtschaftskammer Steiermark am Montag.",
        [("Landwirtschaftskammer Steiermark", "ORG", None, None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", MODEL_CASES)
def test_names_with_model(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(
    "text,span,expected",
    [
        (
            "Verkauft wurde Wilhelm Blasko Convenience-Fertiggerichte an einen Investor .",
            (2, 5),
            (2, 4),
        ),
        ("Die Ärztin Anna Maria Müller-Lüdenscheidt sprach .", (2, 5), (2, 5)),
    ],
)
def test_per_ends_before_a_hyphen_compound_noun(entities_blank, text, span, expected):
    doc = entities_blank.make_doc(text)
    tables = entities_blank.get_pipe("newsx_entities").tables
    c = Cand(span[0], span[1], "PER", {}, "model", None)
    trim_class_nouns(tables, doc, [c])
    assert (c.start, c.end) == expected
