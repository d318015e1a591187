"""Speaker names of round 23 (issue 10, "Speakers"): descriptions and pronouns after a person
named in a statement taken whole.

- a definite description after a person named inside a sentence that is itself a reported
  statement ("Der Obmann des Bauernbundes, Georg Strasser, fordert … . …, betonte der
  Bauernbund-Chef"): the name is the statement's speaker, not someone talked of in quoted
  words, so the description refers back to that person;
- a described subject that resolves as a speaker mention stands for its person on the
  pronoun timeline: a later "er"/"sie" takes that person's name ("Und er versichert: …"),
  not the anonymous person the description was first taken for;
- a relative pronoun after an apposition set off by commas ("Reinhard Bütikofer,
  Parteivorsitzender der Grünen, der sagte, …") names the person before the apposition; after
  a noun with a genitive ("den Chef der Gewerkschaft, der betonte, …") it stands for the
  whole phrase, not the body in the genitive; a name stands for itself ("der Sitzung der
  IAEA von Ägypten, das vorschlug"), and a pronoun of the other gender stays without a name;
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
        [
            ("Die Präsidentin der Wiener Ärztekammer", "Martina Gruber"),
            ("die Ärztekammer-Chefin", "Martina Gruber"),
            ("sie", "Martina Gruber"),
        ],
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
        [
            ("Die Präsidentin der Wiener Ärztekammer", "Martina Gruber"),
            ("die Chefin der Gewerkschaft", None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    DESCRIBED_AFTER_STATEMENT,
    ids=[str(i) for i in range(len(DESCRIBED_AFTER_STATEMENT))],
)
def test_description_after_person_named_in_statement(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


RELATIVES = [
    (
        (
            "Dem widerspricht die Aussage von Reinhard Bütikofer, Parteichef der Grünen, der "
            "sagte, man dürfe nicht so tun, als sei alles entschieden."
        ),
        [("der", "Reinhard Bütikofer")],
    ),
    (
        "Die Ministerin traf Karl Huber, den Chef der Gewerkschaft, der betonte, man werde streiken.",
        [("der", "Karl Huber")],
    ),
    (
        (
            "Das Gericht hörte Anna Berger, Sprecherin des Vereins, die erklärte, man habe "
            "nichts gewusst."
        ),
        [("die", "Anna Berger")],
    ),
    # the body in the genitive is not the one who speaks
    (
        "Die Ministerin traf den Chef der Gewerkschaft, der betonte, man werde streiken.",
        [("der", None)],
    ),
    # the genitive alone has the relative pronoun's gender: the body speaks
    (
        "Ein Sprecher der Polizei, die mitteilte, man suche Zeugen, war vor Ort.",
        [("die", "Polizei")],
    ),
    # the relative pronoun's gender is not the person's
    (
        (
            "Das Gericht hörte Anna Berger, Sprecherin des Vereins, der erklärte, man habe "
            "nichts gewusst."
        ),
        [("der", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), RELATIVES, ids=[str(i) for i in range(len(RELATIVES))]
)
def test_relative_after_apposition_or_genitive(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
