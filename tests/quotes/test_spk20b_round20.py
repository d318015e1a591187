"""Speakers of round 20b (issue 10, "Speakers"): pronouns that carry a person on.

- a subject pronoun "er"/"sie" outside quotations and outside any quote row stands for the
  person it refers to on the pronoun timeline: a later speaker pronoun reaches that person,
  not a name beside the pronoun in a comparison ("Er hatte ähnlich wie Peter Moser … ,
  behauptete auch er" -> the one "Er" meant);
- the pronoun's own referent is never a name that is an argument of its own clause ("Wie
  Jesus hat er gelitten"), but may be a name inside a noun of its sentence ("die Kritik von
  Piltz; sie ist Sprecherin");
- without such a pronoun the speaker pronoun keeps reaching the last fitting person;
- a cue noun that is the subject of its verb, with an origin phrase on that verb ("Von der
  Polizei kam die Information, …", "Seitens der Opposition kam die Forderung, …"): that
  phrase names the speaker; not a reason ("Aus Mangel an Beweisen kam die Entscheidung"),
  and a subject of the verb stays ("Die Polizei erhielt aus Wien die Information, …").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CARRIED = [
    (
        (
            "Der Bürgermeister Karl Huber war gestern in Graz. Er hatte ähnlich wie Peter Moser "
            "den Plan kritisiert. Die Stadt brauche mehr Geld, behauptete auch er."
        ),
        [("er", "Karl Huber")],
    ),
    (
        (
            "Die Ministerin Anna Berger reiste am Montag nach Linz. Dort traf sie wie geplant "
            "die Bürgermeisterin Eva Gruber. Die Schulen bekämen mehr Personal, versprach sie."
        ),
        [("sie", "Anna Berger")],
    ),
    # no pronoun between: the speaker pronoun reaches the person named last, as before
    (
        (
            "Der Bürgermeister Karl Huber war gestern in Graz. Dort traf Peter Moser die "
            "Gemeinderäte. Die Stadt brauche mehr Geld, behauptete er."
        ),
        [("er", "Peter Moser")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED, ids=[str(i) for i in range(len(CARRIED))])
def test_subject_pronoun_carries_person(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


NOUN_ORIGIN = [
    (
        "Von der Polizei kam die Information, bei den Toten handle es sich um zwei Brüder.",
        [("der Polizei", "Polizei")],
    ),
    (
        "Von der Regierung gab es die Zusage, die Schulen würden saniert.",
        [("der Regierung", "Regierung")],
    ),
    # a reason is no source
    (
        "Aus Mangel an Beweisen kam die Entscheidung, das Verfahren werde eingestellt.",
        [(None, None)],
    ),
    # the subject of the verb speaks, not the place the information came from
    (
        "Die Polizei erhielt aus Wien die Information, der Verdächtige sei geflohen.",
        [("Die Polizei", "Polizei")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NOUN_ORIGIN, ids=[str(i) for i in range(len(NOUN_ORIGIN))]
)
def test_origin_of_cue_noun(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
