"""A relative pronoun run on into the object after it is no mention: the noun phrase it
refers to speaks ("ein Kommentar, der die Entscheidung als „…“ bezeichnet", issue 10).

Each row: a text written for these tests (Austrian, Swiss, German news style) and
``(speaker mention, speaker_name)`` of every quote in text order. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CASES = [
    (
        (
            "Im „Falter“ erschien ein Kommentar, der die Entscheidung des Gerichts als "
            "„Justizirrtum“ bezeichnet."
        ),
        [("ein Kommentar", None)],
    ),
    (
        (
            "Die Hacker hinterliessen eine Botschaft, welche die Sicherheitslage der ETH als "
            "„Schülerstreich“ bezeichnete."
        ),
        [("eine Botschaft", "Botschaft")],
    ),
    (
        "Der Minister, der die Reform als „notwendig“ bezeichnet hatte, trat zurück.",
        [("Der Minister", None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_relative_pronoun_mention(ud_nlp, text, expected):
    assert speaker_rows(ud_nlp(text)) == expected
