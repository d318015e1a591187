"""Speakers of frames (issue 10, item 2): a source after "hieß es" and a pronominal adverb
("hieß es dazu von der Polizei"), not after an ordinary adverb ("heißt es nun auf … warten");
"…, gab X am Montag zu bedenken" with the content before it and the speaker inside;
a speech verb whose subject is "man" names no one, and the fronted object the parse also
calls a subject is no speaker ("Weitere Details wolle man nicht nennen": a continuation of
the statement before). News-style texts written for these tests; both label schemes.

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

PROSECUTORS = ("Die Staatsanwaltschaft", "Staatsanwaltschaft")
CASES = [
    (
        "Es hat Überwachungsmaßnahmen gegeben, hieß es dazu von der Salzburger Polizei.",
        [
            (
                "indirect",
                "Es hat Überwachungsmaßnahmen gegeben",
                "hieß es",
                "der Salzburger Polizei",
                "Salzburger Polizei",
            )
        ],
    ),
    (
        (
            "Die Staatsanwaltschaft teilte mit, der Verdächtige sei geständig. Weitere Details "
            "wolle man derzeit nicht nennen."
        ),
        [
            ("indirect", "der Verdächtige sei geständig", "teilte … mit", *PROSECUTORS),
            (
                "continuation",
                "Weitere Details wolle man derzeit nicht nennen.",
                None,
                *PROSECUTORS,
            ),
        ],
    ),
    ("Lame Duck würde man so etwas anderenorts wohl nennen.", []),
    (
        # "gab X … zu bedenken" after the content, with the speaker inside the phrase
        "Die Lage sei ernst, gab der Minister am Montag in Wien zu bedenken.",
        [("indirect", "Die Lage sei ernst", "gab", "der Minister", None)],
    ),
    (
        "Der Minister gab am Montag in Wien zu bedenken, dass die Lage ernst sei.",
        [("indirect", "dass die Lage ernst sei", "gab", "Der Minister", None)],
    ),
    ("Er gab seinem Sohn das Buch zu lesen.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_frame_sources(nlp, text, expected):
    assert _rows(nlp(text)) == expected
