"""Speakers of round 21b (issue 10, "Speakers"): whom a speaking "er"/"sie" names.

- a name set beside a subject noun ("Der Tennisspieler Novak Djokovic verlor gegen Roger
  Federer. Er sagte, …") is the subject of its sentence: the pronoun takes it, not the
  person named after it as an object;
- a name inside quoted first-person words ("Dominic Thiem zeigte sich enttäuscht: „Ich habe
  Rafael … geschenkt.“ Er sagte, Nadal habe …") is someone the speaker talks about: the
  pronoun goes on with that speaker; the subject of a sentence of the writer's stays the
  one it takes ("Am Ende war Rafael Nadal einfach stärker. Er sagte, …" -> Nadal);
- a person's name in the genitive before a kinship noun ("sagte Badawis Ehefrau", "Hubers
  Sohn"): the relative speaks, not the person named -- no name; a spokesperson ("Maffays
  Sprecher") still speaks for the person.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CASES = [
    (
        (
            "Der Tennisspieler Novak Djokovic verlor am Sonntag gegen Roger Federer. Er sagte, "
            "der Wind habe ihn gestört."
        ),
        [("Er", "Novak Djokovic")],
    ),
    (
        (
            "Die Ministerin Karin Kneissl traf in Paris die Kanzlerin Angela Merkel. Sie sagte, "
            "man sei sich einig."
        ),
        [("Sie", "Karin Kneissl")],
    ),
    (
        (
            "Dominic Thiem zeigte sich nach dem Spiel enttäuscht: „Ich habe Rafael heute viel "
            "zu viele Punkte geschenkt.“ Er sagte, Nadal habe sehr stark serviert."
        ),
        [("Dominic Thiem", "Dominic Thiem"), ("Er", "Dominic Thiem")],
    ),
    # the writer's own sentence: its subject is whom "er" takes, as before
    (
        (
            "Nach dem Spiel zeigte sich Dominic Thiem enttäuscht. Am Ende war Rafael Nadal der "
            "Stärkere. Er sagte, der Wind habe gestört."
        ),
        [("Er", "Rafael Nadal")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_pronoun_takes_the_subject_or_the_speaker(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


RELATIVES = [
    (
        (
            "Der Blogger Omar Haddad sitzt seit drei Jahren in Haft. Er werde nicht aufgeben, "
            "sagte Haddads Ehefrau am Montag."
        ),
        [("Haddads Ehefrau", None)],
    ),
    (
        (
            "Der Unternehmer Karl Huber ist schwer erkrankt. Die Firma werde weitergeführt, "
            "sagte Hubers Sohn am Dienstag."
        ),
        [("Hubers Sohn", None)],
    ),
    # a spokesperson speaks for the person: the name stays
    (
        ("Der Sänger Peter Maffay ist erkrankt. Es gehe ihm schon besser, sagte Maffays Sprecher."),
        [("Maffays Sprecher", "Peter Maffay")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), RELATIVES, ids=[str(i) for i in range(len(RELATIVES))]
)
def test_relative_of_a_named_person_is_not_that_person(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
