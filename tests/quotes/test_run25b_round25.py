"""Continuation speakers of round 25, second wave (issue 10, "Speakers"): an orphan after
the speaker's own words in the first person.

- a Konjunktiv sentence with no statement right before it whose sentence before is
  unmarked speech in the first person with no row of its own ("Da plädiert die Historikerin
  X für neue Ansätze: … . Die Stadt hat …, das droht uns auch. Aber wir dürfen … . Da
  *gelte* es, …"): the words are the statement's, and so is the orphan -- the statement's
  speaker, not an empty one;
- a paragraph break between, or no statement before the first-person words ("Die Stadt hat
  … eröffnet. Wir haben lange darauf gewartet. Die Kosten seien gedeckt."): no speaker,
  as before.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

HUBER = "Da plädiert die Historikerin Maria Huber für neue Ansätze: "
MUSEUM = "Ein Museum muss ein Ort der Zukunft sein"
VOICE = "Die Stadt hat ihre Plätze verbaut, das droht uns auch am Ring."
WIR = "Aber wir dürfen nicht nur in der Vergangenheit leben."
GELTE = "Da gelte es, bei der Bildung anzusetzen."
SPEAKER = ("die Historikerin Maria Huber", "Maria Huber")

DOCUMENTS = [
    (
        HUBER + MUSEUM + ". " + VOICE + " " + WIR + " " + GELTE,
        [
            ("indirect", MUSEUM, "plädiert", *SPEAKER),
            ("continuation", VOICE + " " + WIR, None, *SPEAKER),
            ("continuation", GELTE, None, *SPEAKER),
        ],
    ),
    # a new paragraph after the statement: whose words? no speaker
    (
        HUBER + MUSEUM + ".\n\n" + WIR + " " + GELTE,
        [
            ("indirect", MUSEUM, "plädiert", *SPEAKER),
            ("continuation", GELTE, None, None, None),
        ],
    ),
    # first-person words with no statement before them: no speaker
    (
        (
            "Die Stadt hat am Montag einen neuen Bahnhof eröffnet. Wir haben lange darauf "
            "gewartet. Die Kosten seien gedeckt."
        ),
        [("continuation", "Die Kosten seien gedeckt.", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_orphan_after_first_person_words(nlp, text, expected):
    assert _rows(nlp(text)) == expected
