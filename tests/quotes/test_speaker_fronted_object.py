"""A fronted object or adverbial is no speaker: the subject follows the finite verb
("Als Grund nannte X …", "Des Weiteren verwies X darauf", "Die Tat bezeichnete er als …"),
unless the verb's number rules it out ("Die Grünen werfen Olaf Scholz vor") or the fronted
phrase is itself a name (issue 10).

Each row: a text written for these tests (Austrian, Swiss, German news style) and
``(speaker mention, speaker_name)`` of every quote in text order. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CASES = [
    (
        "Als Grund für den Rücktritt nannte Landesrat Stefan Schnöll gesundheitliche Probleme.",
        [("Landesrat Stefan Schnöll", "Stefan Schnöll")],
    ),
    (
        "Des Weiteren verwies Bundesrat Alain Berset darauf, dass die Reserven ausreichten.",
        [("Bundesrat Alain Berset", "Alain Berset")],
    ),
    ("Die Tat bezeichnete er als feige.", [("er", None)]),
    # an article of the nominative or accusative: the parse's object label is a guess
    (
        "Als Beispiel nannte die ÖVP die Senkung der Lohnnebenkosten.",
        [("die ÖVP", "ÖVP")],
    ),
    (
        (
            "Als Grund für die Verschiebung nannte die SBB, den Fahrgästen mehr Zeit zum "
            "Umsteigen zu geben."
        ),
        [("die SBB", "Schweizerische Bundesbahnen")],
    ),
    # the plural verb agrees with the fronted subject, not with the name after it
    (
        "Die Grünen werfen Bundeskanzler Olaf Scholz vor, die Klimaziele zu verfehlen.",
        [("Die Grünen", "Bündnis 90/Die Grünen")],
    ),
    # a name before the verb is the speaker; the name after it is the object
    (
        "Thaksin beschuldigte General Prem, an dem Putsch mitgewirkt zu haben.",
        [("Thaksin", None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_fronted_object_is_no_speaker(ud_nlp, text, expected):
    assert speaker_rows(ud_nlp(text)) == expected
