"""Speaker names of round 23 (issue 10, "Speakers"): descriptions and pronouns after a person
named in a statement taken whole.

- a definite description after a person named inside a sentence that is itself a reported
  statement ("Der Obmann des Bauernbundes, Georg Strasser, fordert … . …, betonte der
  Bauernbund-Chef"): the name is the statement's speaker, not someone talked of in quoted
  words, so the description refers back to that person;
- a described subject that resolves as a speaker mention stands for its person on the
  pronoun timeline: a later "er"/"sie" takes that person's name ("Und er versichert: …"),
  not the anonymous person the description was first taken for;
- a description of another body's office ("die Chefin der Gewerkschaft") stays without a
  name, and so does a pronoun after a new anonymous person ("Eine Bäuerin … widerspricht.
  Und sie sagt: …").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

_STRASSER = "Der Obmann des Bauernbundes, Georg Strasser, fordert höhere Förderungen. "

DESCRIBED_AFTER_STATEMENT = [
    (
        (
            _STRASSER + "Ohne Hilfe würden viele Höfe schließen, betonte der Bauernbund-Chef. "
            "Und er versichert: Wir kämpfen um jeden Betrieb."
        ),
        [
            ("Der Obmann des Bauernbundes, Georg Strasser", "Georg Strasser"),
            ("der Bauernbund-Chef", "Georg Strasser"),
            ("er", "Georg Strasser"),
        ],
    ),
    (
        (
            "Die Präsidentin der Wiener Ärztekammer, Martina Gruber, verlangt mehr Personal "
            "für die Spitäler. Die Lage sei dramatisch, warnte die Ärztekammer-Chefin. Und sie "
            "versichert: Wir lassen niemanden im Stich."
        ),
        [("die Ärztekammer-Chefin", "Martina Gruber"), ("sie", "Martina Gruber")],
    ),
    # an anonymous person between: the pronoun is hers, no name
    (
        (
            _STRASSER + "Ohne Hilfe würden viele Höfe schließen, betonte der Bauernbund-Chef. "
            "Eine Bäuerin aus dem Mühlviertel widerspricht. Und sie sagt: Wir brauchen keine "
            "Förderungen."
        ),
        [
            ("Der Obmann des Bauernbundes, Georg Strasser", "Georg Strasser"),
            ("der Bauernbund-Chef", "Georg Strasser"),
            ("sie", None),
        ],
    ),
    # the office of another body: someone else
    (
        (
            "Die Präsidentin der Wiener Ärztekammer, Martina Gruber, verlangt mehr Personal "
            "für die Spitäler. Die Lage sei dramatisch, warnte die Chefin der Gewerkschaft."
        ),
        [("die Chefin der Gewerkschaft", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    DESCRIBED_AFTER_STATEMENT,
    ids=[str(i) for i in range(len(DESCRIBED_AFTER_STATEMENT))],
)
def test_description_after_person_named_in_statement(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
