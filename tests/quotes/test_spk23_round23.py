"""Speaker mentions of round 23 (issue 10, "Speakers"): which words of the frame name the speaker.

- a singular phrase before a speech verb whose dative is the one spoken to
  (``dative_speech_lemmas``: "Die Anklage wirft Peter Huber Betrug vor", "Die Studie
  empfiehlt der Regierung …") is the subject even when it names no person: the person after
  the verb is told, not telling; a masculine-marked phrase stays the subject as before, and
  a fronted object before a verb without a dative still gives way to the person after it;
- adverbs before the subject after the verb ("meint denn auch Anwalt X", "berichten nun
  Forscher …") are no part of the mention; "rund"/"mehr als" before a number stay.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        "Die Anklage wirft Peter Huber Betrug vor. Er habe das Geld veruntreut.",
        [("Die Anklage", None), ("Die Anklage", None)],
    ),
    (
        "Die Anklage wirft Peter Huber vor, das Geld veruntreut zu haben.",
        [("Die Anklage", None)],
    ),
    # a person before the verb stays the speaker
    (
        "Die Staatsanwältin Anna Berger wirft dem Bürgermeister vor, Gelder veruntreut zu haben.",
        [("Die Staatsanwältin Anna Berger", "Anna Berger")],
    ),
    # adverbs before the subject after the verb
    (
        "Dazu meint denn auch Anwalt Peter Bitsche: „Das ist ein Skandal.“",
        [("Anwalt Peter Bitsche", "Peter Bitsche")],
    ),
    (
        (
            "Das berichten nun Forscher der Universität Wien in einer Studie: "
            "Die Korallen sterben schneller."
        ),
        [("Forscher der Universität Wien", "Universität Wien")],
    ),
    # no quote: nothing
    ("Die Anklage wirft Peter Huber Betrug und Untreue in drei Fällen.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENTS, ids=[str(i) for i in range(len(DOCUMENTS))]
)
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
