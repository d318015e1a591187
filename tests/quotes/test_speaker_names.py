"""Speaker names: a surname, a role or a pronoun resolves to the full name the article
introduced; an unnamed person of a body is not the body ("die Moderatorin eines
Lokalsenders" has no name, issue 10).

Each row: a text written for these tests (Austrian, Swiss, German news style) and
``(speaker mention, speaker_name)`` of every quote in text order. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CASES = [
    (
        "Am Sonntag warnte die Moderatorin eines Lokalsenders: „Auf dem Eis kann es glatt sein.“",
        [("die Moderatorin eines Lokalsenders", None)],
    ),
    (
        (
            "Bundeskanzler Karl Nehammer besuchte Brüssel. „Wir brauchen Lösungen“, sagte "
            "Nehammer. Der Kanzler betonte, Österreich stehe zu Europa."
        ),
        [("Nehammer", "Karl Nehammer"), ("Der Kanzler", "Karl Nehammer")],
    ),
    (
        (
            "Die Ministerin Leonore Gewessler kündigte ein Gesetz an. Sie sagte, das Klima warte "
            "nicht."
        ),
        # round 18: the announcement is a reported speech act of its own
        [("Die Ministerin Leonore Gewessler", "Leonore Gewessler"), ("Sie", "Leonore Gewessler")],
    ),
    # a place inside a participle attribute does not speak
    (
        "„Wir bleiben hart“, sagte die in Linz geborene Abgeordnete Eva Berger.",
        [("die in Linz geborene Abgeordnete Eva Berger", "Eva Berger")],
    ),
    # a role noun of the lexicon, also compounded, names someone who speaks
    (
        "Ein Hauptkommissar nach der Festnahme: „Er ist dort, wo er hingehört.“",
        [("Ein Hauptkommissar", None)],
    ),
    (
        "„Wir ermitteln in alle Richtungen“, sagte ein Sprecher der Kantonspolizei Zürich.",
        [("ein Sprecher der Kantonspolizei Zürich", "Kantonspolizei Zürich")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_speaker_name(ud_nlp, text, expected):
    assert speaker_rows(ud_nlp(text)) == expected
