"""Speaker names of round 23b (issue 10, "Speakers"): the gender of a speaking body.

- a body named in the dative or genitive ("im Fachblatt „X“ zitiert", "vom Sportmagazin
  „Y“", "des Konzerns") has no gender the article shows: "dem"/"des" serve masculine and
  neuter nouns alike, and the tagger's guess may be wrong. Such a body is no antecedent for
  a later "er", which then names the person quoted in the same sentence ("…, wird der
  Franzose im Fachblatt „X“ zitiert. Er glaubt …" -> the Frenchman, not the paper);
- a body whose article shows its gender stays an antecedent ("Die Polizei teilte mit, …
  Sie bat … und sagte, …" -> Polizei);
- nominalised adjectives that name a person's part in a case or a party ("sagte die
  Angeklagte", "vermutet der Sachverständige", "Doch der Grüne beklagt") refer back to the
  person named last, like other descriptions; not to one the text gave another office
  ("Bürgermeister X … sagte der Grüne", "Die Richterin X … sagte die Angeklagte");
- a demonym ("sagte der Franzose") after several persons of unknown country names the one
  named last when no one else was named outside quoted words in its sentence and the two
  before, and that mention is outside quoted words; with another person named there, or
  the person named last only inside the quoted words, it stays without a name.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

BODY_GENDER = [
    (
        (
            "Teamchef Jean Todt stellt sich vor seinen Fahrer: „Er ist immer noch der Meister“, "
            "wird der Franzose im Fachblatt „Gazzetta dello Sport“ zitiert. Er glaubt "
            "weiterhin, dass das Team stärker werde."
        ),
        [
            ("der Franzose", "Jean Todt"),
            ("im Fachblatt „Gazzetta dello Sport“", "Gazzetta dello Sport"),
            ("Er", "Jean Todt"),
        ],
    ),
    (
        (
            "Trainer Peter Gruber verteidigte die Aufstellung: „Wir hatten keine Wahl“, wird "
            "der Steirer vom Sportmagazin „Ballesterer“ zitiert. Er sagte außerdem, die "
            "Verletzten kämen bald zurück."
        ),
        [
            ("der Steirer", "Peter Gruber"),
            ("vom Sportmagazin „Ballesterer“", "Ballesterer"),
            ("Er", "Peter Gruber"),
        ],
    ),
    # the article shows the body's gender: it stays the pronoun's antecedent
    (
        (
            "Die Polizei teilte mit, der Täter sei geflüchtet. Sie bat die Bevölkerung um "
            "Hinweise und sagte, der Mann sei bewaffnet."
        ),
        [("Die Polizei", "Polizei"), ("Sie", "Polizei")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), BODY_GENDER, ids=[str(i) for i in range(len(BODY_GENDER))]
)
def test_pronoun_after_body_in_dative(nlp, text, expected):
    # the medium's mention keeps its preposition ("im", "vom") under one label scheme only
    rows = [(m.removeprefix("im ").removeprefix("vom "), n) for m, n in speaker_rows(nlp(text))]
    assert rows == [(m.removeprefix("im ").removeprefix("vom "), n) for m, n in expected]


NOMINALISED = [
    (
        (
            "Der Prozess gegen Maria Huber wurde am Montag fortgesetzt. Ihr Mann habe sie "
            "geschlagen, sagte die Angeklagte vor Gericht."
        ),
        [("die Angeklagte", "Maria Huber")],
    ),
    (
        (
            "Der Verkehrssachverständige Gerhard Denk legte sein Gutachten vor. Der Lenker sei "
            "zu schnell gefahren, vermutet der Sachverständige."
        ),
        [("der Sachverständige", "Gerhard Denk")],
    ),
    (
        (
            "Grundsätzlich nicht abgeneigt ist der deutsche EU-Abgeordnete Sven Giegold. Doch "
            "der Grüne beklagt, dass die Reform zu langsam komme."
        ),
        [("der Grüne", "Sven Giegold")],
    ),
    # introduced with another office: someone else
    (
        (
            "Bürgermeister Michael Ludwig eröffnete die Messe. Die Stadt brauche mehr "
            "Grünflächen, sagte der Grüne."
        ),
        [("der Grüne", None)],
    ),
    (
        (
            "Die Richterin Anna Berger eröffnete am Dienstag die Verhandlung. Sie sei "
            "unschuldig, sagte die Angeklagte."
        ),
        [("die Angeklagte", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NOMINALISED, ids=[str(i) for i in range(len(NOMINALISED))]
)
def test_nominalised_adjective_refers_back(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


_RALLY = (
    "Weltmeister Pierre Dubois hat die Rallye in Trier gewonnen. Er setzte sich vor Jari "
    "Virtanen aus Finnland und Lars Berg aus Norwegen durch. Für das Team war es der erste "
    "Heimsieg. "
)

DEMONYM_NEAR = [
    (
        (
            _RALLY + "Dubois, Weltmeister der Jahre 2013 und 2014, feierte einen nie gefährdeten "
            "Sieg. Es ist eine große Erleichterung, sagte der Franzose."
        ),
        [("der Franzose", "Pierre Dubois")],
    ),
    (
        (
            "Der Abfahrtssieg von Aksel Svindal war nie gefährdet. Da habe ich viel Speed "
            "mitgenommen, gestand der Norweger."
        ),
        [("der Norweger", "Aksel Svindal")],
    ),
    # another person named near: no name
    (
        (
            _RALLY + "Dubois feierte gemeinsam mit Berg. Es ist eine große Erleichterung, "
            "sagte der Franzose."
        ),
        [("der Franzose", None)],
    ),
    (
        (
            "Der Abfahrtssieg von Aksel Svindal war nie gefährdet. Hannes Reichelt wurde "
            "Vierter. Da habe ich viel Speed mitgenommen, gestand der Norweger."
        ),
        [("der Norweger", None)],
    ),
    # the person named last only in the quoted words: not the speaker
    (
        (
            _RALLY + "Dubois feierte einen nie gefährdeten Sieg. Ich wusste, dass Virtanen "
            "stark ist, sagte der Franzose."
        ),
        [("der Franzose", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DEMONYM_NEAR, ids=[str(i) for i in range(len(DEMONYM_NEAR))]
)
def test_demonym_alone_near(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
