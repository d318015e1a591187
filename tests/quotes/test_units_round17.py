"""Subheadings that archives join to their paragraph, before a person's surname (issue 10,
item 5: spans and mentions without the text around them), on news-style texts written
for these tests (:func:`pipeline.quotes.units.split_units`).

"Sechs Jahre in der Komfortzone Strugl sagte, …": after a verbless subheading that ends
in a noun, a surname the text gave with the full name before, right before a finite verb,
starts the sentence, so the speaker mention is the name alone. A role noun before the
name is no subheading ("Österreichs Bundeskanzler Faymann sagte").

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    (
        (
            "Landesrat Michael Strugl trat am Montag zurück. Sechs Jahre in der Komfortzone "
            "Strugl sagte, er habe genug von der Politik."
        ),
        [("indirect", "er habe genug von der Politik", "sagte", "Strugl", "Michael Strugl")],
    ),
    (
        (
            "Der Landeshauptmann Josef Pühringer lud zur Pressekonferenz. Breite Zusammenarbeit "
            "Pühringer betonte, das Land brauche alle Parteien."
        ),
        [("indirect", "das Land brauche alle Parteien", "betonte", "Pühringer", "Josef Pühringer")],
    ),
    (
        (
            "Der Kanzler Werner Faymann reiste am Abend ab. Österreichs Bundeskanzler Faymann "
            "sagte, er sei zufrieden."
        ),
        [
            (
                "indirect",
                "er sei zufrieden",
                "sagte",
                "Österreichs Bundeskanzler Faymann",
                "Werner Faymann",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subheading_before_surname(nlp, text, expected):
    assert _rows(nlp(text)) == expected
