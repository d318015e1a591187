"""Speakers, twelfth round (issue 10), on news-style texts written for these tests.

A speech verb without a subject right after a fronted phrase of an origin preposition
("Aus Regierungskreisen verlautete, …") takes that phrase as the source of the statement
(roles.jsonl, function_word group "origin"); not when another noun phrase without a
preposition stands in the clause ("Aus diesem Grund forderte die Gewerkschaft, …": the
subject speaks), not for a source phrase after the verb of a named speaker ("ließ ein
Sprecher … aus Berlin verlauten"), and a sentence without a speech verb yields nothing.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order (Austrian, Swiss, German).
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    """``(kind, text, cue, speaker, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.cue, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


CASES = [
    # Austrian: circles of the government, a place and a day after the phrase
    (
        "Aus Regierungskreisen in Wien verlautete am Dienstag, die Reform werde verschoben.",
        [
            (
                "indirect",
                "die Reform werde verschoben",
                "verlautete",
                "Regierungskreisen in Wien",
                None,
            )
        ],
    ),
    # Swiss: a building that stands for the government, with its article
    (
        "Aus dem Bundeshaus verlautete, der Bundesrat prüfe den Vorschlag noch.",
        [
            (
                "indirect",
                "der Bundesrat prüfe den Vorschlag noch",
                "verlautete",
                "dem Bundeshaus",
                None,
            )
        ],
    ),
    # German: coalition circles
    (
        "Aus Koalitionskreisen verlautete, man sei sich über die Grundzüge der Rentenreform einig.",
        [
            (
                "indirect",
                "man sei sich über die Grundzüge der Rentenreform einig",
                "verlautete",
                "Koalitionskreisen",
                None,
            )
        ],
    ),
    # a reason, not a source: the subject after the verb speaks
    (
        "Aus diesem Grund forderte die Gewerkschaft, die Löhne um drei Prozent zu erhöhen.",
        [
            (
                "indirect",
                "die Löhne um drei Prozent zu erhöhen",
                "forderte",
                "die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    # a named speaker with a place after him: the speaker, not the place
    (
        "„Wir sind zufrieden“, ließ ein Sprecher des Ministeriums aus Berlin verlauten.",
        [
            (
                "direct",
                "„Wir sind zufrieden“",
                "verlauten",
                "ein Sprecher des Ministeriums",
                "Ministerium",
            )
        ],
    ),
    # no speech verb: nothing
    ("Aus Salzburg kamen am Montag die ersten Touristen zurück.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_speakers_round12_origin(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected
