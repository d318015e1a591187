"""Speaker mentions of round 26, second wave (issue 10, "Speakers"): the one addressed, the
thing written or the adverb is no speaker.

- after a verb whose dative is the one spoken to (``dative_speech_lemmas``) a bare name
  after a plural noun, with a plural verb, is the addressee, not an apposition ("werfen die
  Abgeordneten Huber vor"); one name of two plural words stays ("schlagen die Vereinten
  Nationen vor") (:func:`pipeline.quotes.mention_cuts.cut_addressee`);
- an authored work the cue verb takes as its object is no speaker ("…, schreibt sogar
  Gedichte für seine Frau"): since the merge no frame at all
  (:func:`pipeline.quotes.frames.authored_work`, also for trailing frames);
- the addressee's genitive after the cue verb ("sagte einem Reporter der Zeitung die
  Ministerin"): the speaker after it speaks
  (:func:`pipeline.quotes.addressee_subjects.subject_after_addressee`);
- a bare speech act noun with a phrase of origin ("Lob kam auch von der Opposition: „…“"):
  the origin speaks when it names someone (:mod:`pipeline.quotes.origin_speakers`);
- a count pronoun with a genitive of persons and an adverb before the verb ("Wobei eine
  der Zeuginnen überraschenderweise sagt") (:func:`pipeline.quotes.mentions.parse_speaker_raw`);
- the subject of a stative passive of a verb of asking ("Die Ministerin sei gefordert, …")
  is asked and does not speak (:mod:`pipeline.quotes.stative_passives`);
- a sentence adverb the tagger calls a noun ("Ausgerechnet an dem Tag …") is no speaker
  (``sentence_adverbs``).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "In der Begründung werfen die Abgeordneten Schaunig vor, ihre Vorgangsweise habe "
            "dem Land geschadet."
        ),
        [("die Abgeordneten", None)],
    ),
    # one name of two plural words, a title before the name: as before
    (
        "Um die Verbrechen aufzuarbeiten, schlagen die Vereinten Nationen ein Sondergericht vor.",
        [("die Vereinten Nationen", "Vereinte Nationen")],
    ),
    (
        "Die Straße werde im Sommer saniert, sagte Landeshauptmann Hans Niessl.",
        [("Landeshauptmann Hans Niessl", "Hans Niessl")],
    ),
    (
        (
            "Der Bürgermeister lebt seit Jahren im Ort; er baut Häuser, pflegt den Garten, "
            "schreibt sogar Gedichte für seine Frau."
        ),
        [],  # and no row at all since the merge: the trailing frame is a work (test_r26)
    ),
    (
        "Die Straße werde im Sommer saniert, sagte einem Reporter der Zeitung die Ministerin.",
        [("die Ministerin", None)],
    ),
    (
        (
            "Die Straße werde im Sommer saniert, sagte einem Reporter der Zeitung am Montag "
            "die Ministerin."
        ),
        [("die Ministerin", None)],
    ),
    # the addressee's paper alone: still no speaker
    ("Die Straße werde im Sommer saniert, sagte einem Reporter der Zeitung.", [(None, None)]),
    (
        "Lob kam auch von der Opposition: „Das ist ein guter Tag für das Land.“",
        [("der Opposition", "Opposition")],
    ),
    # an origin that names no one: no speaker (round 27: the act itself speaks not)
    ("Lob kam von allen Seiten: „Das ist ein guter Tag.“", [(None, None)]),
    (
        "Wobei eine der Zeuginnen überraschenderweise sagt, sie habe nichts gesehen.",
        [("eine der Zeuginnen", None)],
    ),
    (
        "Einer der Beamten erklärte später, der Mann sei bewaffnet gewesen.",
        [("Einer der Beamten", None)],
    ),
    (
        (
            "Die Landes-ÖVP habe einen Einsatz verhindert, argumentierte Niessl. Die "
            "Innenministerin sei gefordert, die Assistenzleistung des Bundesheeres anzufordern."
        ),
        # round 27: the stative passive reports no act of asking; the Konjunktiv sentence
        # goes on with Niessl's argument (leak27; run27's
        # asked_continuations joins it too)
        [("Niessl", "Niessl"), ("Niessl", "Niessl")],
    ),
    # a perfect with "haben": the subject speaks
    (
        "Die Ministerin hat gefordert, die Schulen sofort zu sanieren.",
        [("Die Ministerin", None)],
    ),
    (
        (
            "Das Projekt wurde gelobt. Ausgerechnet an dem Tag vor der Eröffnung stellte sich "
            "heraus, dass die Pläne verloren gegangen waren."
        ),
        [],  # and no row since the merge: "stellte sich heraus" is no speech (cue26)
    ),
    ("Offenbar hat der Minister erklärt, er werde zurücktreten.", [("der Minister", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
