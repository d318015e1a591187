"""Speakers of continuations of round 19b (issue 10, "Speakers"): sources named not as the
subject of the sentence before.

- a speech act told noun first, its speaker after the verb ("Kritik übt Verfassungsjurist
  Martin Gruber …", "Scharfe Kritik übt auch die Gewerkschaft.", "Kritik kommt von der
  Opposition."): the Konjunktiv sentences after it say those words, the one after the verb
  speaks them, not the noun; with no one after the verb who speaks ("Kritik gab es vor
  allem am Zeitplan.", a place after a preposition: "Lob kam aus Brüssel.") the sentence
  stays with no speaker, as before; a sentence whose subject is no speech-act noun keeps
  its own subject's rules ("Der Umbau kostet die Stadt …": no speaker);
- a speech act without a quote whose speaker is a thing brought in with an indefinite
  article ("Jetzt droht ein Streik.", "Im Herbst droht ein Engpass …"): no one speaks, the
  Konjunktiv sentence after it has no speaker (not "ein Streik"); a speaker with an
  indefinite article who is someone ("drohte ein Sprecher der Gewerkschaft") and a definite
  one ("Die Gewerkschaft droht mit Streik.") go on as before;
- a Konjunktiv sentence after two sentences of the writer's that name no person goes on
  with the statement before them ("Die Polizei teilte mit, … Die Straße blieb gesperrt. Der
  Verkehr staute sich. Verletzt worden *sei* niemand."); none when a person is named
  between, nor across three sentences; after a statement of another speaker between, that
  speaker's.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

ACT_NOUN_FIRST = [
    (
        "Kritik übt Verfassungsjurist Martin Gruber. Das Gesetz sei verfassungswidrig.",
        [("Verfassungsjurist Martin Gruber", "Martin Gruber")],
    ),
    (
        (
            "Kritik übt Verfassungsjurist Martin Gruber von der Universität Graz. Er halte das "
            "Gesetz für verfassungswidrig."
        ),
        [("Verfassungsjurist Martin Gruber von der Universität Graz", "Martin Gruber")],
    ),
    (
        "Scharfe Kritik übt auch die Gewerkschaft. Die Löhne seien zu niedrig.",
        [("die Gewerkschaft", "Gewerkschaft")],
    ),
    (
        "Kritik kommt von der Opposition. Die Reform sei zu teuer.",
        [("der Opposition", "Opposition")],
    ),
    # a Konjunktiv II sentence right after it says those words too
    (
        (
            "Kritik kommt von der Gewerkschaft am langsamen Ausbau der Bahn. Derzeit würden "
            "dort zu wenige Techniker eingestellt."
        ),
        [("der Gewerkschaft", "Gewerkschaft")],
    ),
    # no one after the verb who speaks: no speaker, as before
    ("Kritik gab es vor allem am Zeitplan. Die Reform sei zu teuer.", [(None, None)]),
    ("Lob kam aus Brüssel. Die Reform sei ein Erfolg.", [(None, None)]),
    # no speech-act noun: the subject names nobody who speaks, no speaker
    (
        "Der Umbau kostet die Stadt Graz viel Geld. Die Pläne seien längst überholt.",
        [(None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ACT_NOUN_FIRST, ids=[str(i) for i in range(len(ACT_NOUN_FIRST))]
)
def test_speech_act_told_noun_first(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


NO_ONE_ACTS = [
    ("Jetzt droht ein Streik. Der Lohn der Arbeiter liege unter dem Tarif.", [(None, None)]),
    ("Im Herbst droht ein Engpass bei Medikamenten. Die Lager seien fast leer.", [(None, None)]),
    # someone, with a definite or an indefinite article: goes on as before
    (
        "Die Gewerkschaft droht mit Streik. Der Lohn der Arbeiter liege unter dem Tarif.",
        [("Die Gewerkschaft", "Gewerkschaft")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NO_ONE_ACTS, ids=[str(i) for i in range(len(NO_ONE_ACTS))]
)
def test_speech_act_of_no_one(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


def test_indefinite_speaker_goes_on(nlp):
    doc = nlp(
        "Am Montag drohte ein Sprecher der Gewerkschaft mit Streik. Der Lohn der Arbeiter "
        "liege unter dem Tarif."
    )
    assert [name for _, name in speaker_rows(doc)] == ["Gewerkschaft"]


POLICE = "Die Polizei teilte mit, der Mann sei bewaffnet gewesen. "
HURT = "Verletzt worden sei niemand."
ACROSS_TWO = [
    (
        POLICE + "Die Straße blieb zwei Stunden gesperrt. Der Verkehr staute sich. " + HURT,
        [("Die Polizei", "Polizei"), ("Die Polizei", "Polizei")],
    ),
    # a person named between: whose words they are is open
    (
        POLICE + "Anwohner Peter Huber hatte die Beamten gerufen. Der Verkehr staute sich. " + HURT,
        [("Die Polizei", "Polizei"), (None, None)],
    ),
    # a statement of another speaker between: that speaker's
    (
        POLICE
        + "Die Straße blieb gesperrt, sagte ein Sprecher der Stadt. Der Verkehr staute sich. "
        + HURT,
        [
            ("Die Polizei", "Polizei"),
            ("ein Sprecher der Stadt", None),
            ("ein Sprecher der Stadt", None),
        ],
    ),
    # three sentences between: no speaker
    (
        POLICE
        + "Die Straße blieb gesperrt. Der Verkehr staute sich. Die Anwohner waren verärgert. "
        + HURT,
        [("Die Polizei", "Polizei"), (None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ACROSS_TWO, ids=[str(i) for i in range(len(ACROSS_TWO))]
)
def test_continuation_across_two_sentences(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
