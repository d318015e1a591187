"""Speakers of round 21 (issue 10, "Speakers"): mentions of no one or of the wrong word.

- the second word of a fixed adverbial phrase the parse opens the subject with ("vor allem
  die Opposition", "vor allem Mozilla"): the mention starts after it;
- an adverbial of time with adjectives taken for the subject ("und vergangene Woche
  verkündet"): no speaker, the subject of the clause speaks; a date after a preposition
  that is part of a source phrase stays ("Ersten Angaben vom gestrigen Mittwoch zufolge");
- a row of coordinated participles that share one auxiliary ("hat Flugblätter verteilt,
  Plakate geklebt und letzten Montag angekündigt"): the noun before a middle participle is
  its object, the row's subject speaks; a conjunct with its own auxiliary and subject keeps
  it ("und die Stadt hat erklärt").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

FIXED_PHRASES = [
    (
        (
            "So hatte sich vor allem die Opposition lautstark darüber beschwert, dass das Gesetz "
            "zu spät komme."
        ),
        [("die Opposition", "Opposition")],
    ),
    (
        (
            "Damals hatte sich vor allem Greenpeace darüber beschwert, dass die Prüfung zu kurz "
            "gewesen sei."
        ),
        [("Greenpeace", "Greenpeace")],
    ),
    # no fixed phrase: unchanged
    (
        "Die Opposition hatte sich lautstark darüber beschwert, dass das Gesetz zu spät komme.",
        [("Die Opposition", "Opposition")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), FIXED_PHRASES, ids=[str(i) for i in range(len(FIXED_PHRASES))]
)
def test_fixed_phrase_before_subject(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


TIMES_AND_ROWS = [
    (
        (
            "Die ÖVP hat Unterschriften für KG gesammelt, massenhaft Pickerl in Umlauf gebracht "
            "und vergangene Woche verkündet, die Marke von 5.000 durchbrochen zu haben."
        ),
        [("ÖVP", "ÖVP")],
    ),
    (
        (
            "Die Gewerkschaft hat Flugblätter verteilt, Plakate geklebt und letzten Montag "
            "angekündigt, im Herbst zu streiken."
        ),
        [("Die Gewerkschaft", "Gewerkschaft")],
    ),
    # a time phrase that opens the sentence: the subject after the verb, as before
    (
        "Vergangene Woche hat der Minister angekündigt, im Herbst zurückzutreten.",
        [("der Minister", None)],
    ),
    # one auxiliary per conjunct: each keeps its own subject
    (
        (
            "Der Verein hat Spenden gesammelt, und die Stadt hat erklärt, sie werde den Betrag "
            "verdoppeln."
        ),
        [("die Stadt", None)],
    ),
    (
        ("Die Polizei hat den Mann festgenommen und erklärt, er habe keinen Widerstand geleistet."),
        [("Die Polizei", "Polizei")],
    ),
    # a date in a source phrase stays with it
    (
        "Ersten Angaben vom gestrigen Mittwoch zufolge war das Flugzeug voll besetzt.",
        [("gestrigen Mittwoch", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), TIMES_AND_ROWS, ids=[str(i) for i in range(len(TIMES_AND_ROWS))]
)
def test_time_phrase_and_participle_row(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
