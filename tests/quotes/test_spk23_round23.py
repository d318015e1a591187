"""Speaker mentions of round 23 (issue 10, "Speakers"): which words of the frame name the speaker.

- a singular phrase before a speech verb whose dative is the one spoken to
  (``dative_speech_lemmas``: "Die Anklage wirft Peter Huber Betrug vor", "Die Studie
  empfiehlt der Regierung …") is the subject even when it names no person: the person after
  the verb is told, not telling; a masculine-marked phrase stays the subject as before, and
  a fronted object before a verb without a dative still gives way to the person after it;
- adverbs before the subject after the verb ("meint denn auch Anwalt X", "berichten nun
  Forscher …") or opening the sentence before an article ("Auch die frühere Ministerin X")
  are no part of the mention;
- the verb's object the parse ran into a name ("beurteilte der Geschäftsführer …, Volker
  Beck das Pontifikat …"): the mention ends at the name; an article inside a name
  ("Jan den Haan") stays;
- a relative clause after a comma in the mention ("Anwalt X, der den Angeklagten
  vertritt"): the mention ends before it; an apposition with no verb stays.

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
    # a sentence-opening adverb before an article
    (
        "Auch die frühere Ministerin Anna Berger sagte, die Reform sei gescheitert.",
        [("die frühere Ministerin Anna Berger", "Anna Berger")],
    ),
    # a quantity's particle stays
    (
        "Fast jeder Fünfte gab an, sein Unternehmen sei nicht betroffen.",
        [("Fast jeder Fünfte", None)],
    ),
    # the object run into the name after the verb
    (
        (
            "Als „verpasste Chance“ beurteilte der Geschäftsführer der Fraktion, Volker Beck "
            "das Pontifikat Benedikt XVI."
        ),
        [("der Geschäftsführer der Fraktion, Volker Beck", "Volker Beck")],
    ),
    # an article inside a name stays
    (
        "Dazu sagt Kollege Jan den Haan: „Wir erzeugen eine Karte.“",
        [("Kollege Jan den Haan", "Jan den Haan")],
    ),
    # a relative clause after the name goes; an apposition without a verb stays
    (
        "Das sei ein Fehler, sagte Anwalt Herbert Huber, der den Angeklagten vertritt.",
        [("Anwalt Herbert Huber", "Herbert Huber")],
    ),
    (
        "Die Regierungspartei, die Hamas, erklärte, sie werde nicht verhandeln.",
        [("Die Regierungspartei, die Hamas", "Hamas")],
    ),
    # no quote: nothing
    ("Die Anklage wirft Peter Huber Betrug und Untreue in drei Fällen.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENTS, ids=[str(i) for i in range(len(DOCUMENTS))]
)
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
