"""Speaker mentions of round 26 (issue 10, "Speakers"): classes of the frame's words that
name the speaker.

- an addressee right after the cue verb parsed as one phrase with the speaker, who became
  its genitive ("…, sagte einem Reporter der Bürgermeister."; an adverb may stand between
  the verb and the addressee): the phrase after the addressee's noun speaks when it names
  someone and no medium ("einem Reporter der Zeitung" is the reporter's paper, no speaker)
  (:func:`pipeline.quotes.addressee_subjects.speaker_past_addressee`); a subject before
  the addressee stays ("sagte der Bürgermeister einem Reporter");
- an article the parse took for the whole subject before an extended attribute ("Der von
  der Zeitung zitierte Experte sagte", "Der seit Jahren amtierende Machthaber hatte
  erklärt"): the mention runs on to the noun before the cue verb; after the cue verb ("…,
  sagt der 1979 in Graz geborene Maler Peter Huber.") to the last noun before the
  punctuation; a demonstrative pronoun
  before its verb ("Der habe ihm gesagt") and a preposition's object ("Auf der vom Verein
  betriebenen Homepage wird betont") stay (:mod:`pipeline.quotes.stranded_articles`);
- a "von" phrase the parse calls an agent in an active clause ("Die Ministerin hat von den
  Ländern Geld gefordert": asked of them): the subject speaks
  (:func:`pipeline.quotes.mentions.parse_speaker_raw`); a passive keeps its agent;
- a bare common noun fronted before the verb of a colon frame ("Kritik übte auch der
  Stadtrat: „…“"): the object took the place before the verb; the subject after the verb
  speaks when it names someone (:func:`pipeline.quotes.mentions.clause_speaker`).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        "Die Straße werde im Sommer saniert, sagte einem Reporter der Bürgermeister.",
        [("der Bürgermeister", None)],
    ),
    (
        "Die Straße werde im Sommer saniert, sagte gestern einem Reporter der Bürgermeister.",
        [("der Bürgermeister", None)],
    ),
    (
        "Die Straße werde im Sommer saniert, erklärte dem Radiosender der Landeshauptmann.",
        [("der Landeshauptmann", None)],
    ),
    (
        "Die Straße werde im Sommer saniert, sagte gestern dem Sender ein Sprecher.",
        [("ein Sprecher", None)],
    ),
    # the genitive is the addressee's medium: no speaker
    ("Die Straße werde im Sommer saniert, sagte einem Reporter der Zeitung.", [(None, None)]),
    # the subject before the addressee stays
    (
        "Die Straße werde im Sommer saniert, sagte der Bürgermeister einem Reporter.",
        [("der Bürgermeister", None)],
    ),
    (
        "Die Straße werde im Sommer saniert, sagte er einem Reporter der Zeitung.",
        [("er", None)],
    ),
    (
        "Der von der Zeitung zitierte Experte sagte, er sei besorgt wegen der vielen Fälle.",
        [("Der von der Zeitung zitierte Experte", None)],
    ),
    (
        (
            "Der seit mehr als 20 Jahren amtierende Machthaber hatte Ende Jänner erklärt, er "
            "werde erneut kandidieren."
        ),
        [("Der seit mehr als 20 Jahren amtierende Machthaber", None)],
    ),
    (
        (
            "Die Gesundheits- und Sozialexpertin der Grünen im Landtag, Maria Huber, beklagte "
            "ebenfalls, die Reform sei ein Rückschritt."
        ),
        [
            (
                "Die Gesundheits- und Sozialexpertin der Grünen im Landtag, Maria Huber",
                "Maria Huber",
            )
        ],
    ),
    # after the cue verb: on to the last noun before the punctuation
    (
        "Die Ernte sei schlecht gewesen, sagt der 1979 in Graz geborene Maler Peter Huber.",
        [("der 1979 in Graz geborene Maler Peter Huber", "Peter Huber")],
    ),
    (
        "Es komme vor, sagt der 1979 in Graz geborene Maler Peter Huber, dass ihm nichts einfällt.",
        [("der 1979 in Graz geborene Maler Peter Huber", "Peter Huber")],
    ),
    # a demonstrative after the verb names no one: as before
    ("Die Lage sei ernst, sagte der.", [(None, None)]),
    # a preposition's object: the document source found before stays whole
    (
        "Auf der vom Verein betriebenen Homepage wird betont, jeder Euro zähle.",
        [("der vom Verein betriebenen Homepage", None)],
    ),
    # a demonstrative pronoun before its verb stays
    ("Der habe ihm gesagt, man werde das Projekt stoppen.", [("Der", None)]),
    (
        "Die Ministerin hat von den Ländern mehr Geld für die Schulen gefordert.",
        [("Die Ministerin", None)],
    ),
    # a passive keeps its agent
    (
        "Mehr Geld für die Schulen wurde von den Ländern gefordert.",
        [("den Ländern", None)],
    ),
    ("Von den Ländern wurde mehr Geld für die Schulen gefordert.", [("den Ländern", None)]),
    (
        "Kritik übte auch der Stadtrat: „Die Kosten sind viel zu hoch.“",
        [("der Stadtrat", None)],
    ),
    # a person noun or an article before the verb: as before
    (
        "Harte Worte fand der Bürgermeister: „Das ist ein Skandal.“",
        [("der Bürgermeister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
