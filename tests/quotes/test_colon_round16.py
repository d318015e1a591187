"""Speech after a colon without quotation marks (issue 10, item 4), round 16: a person's
name in the genitive or a possessive before a noun of an utterance ("Mayers Fazit im
STANDARD-Gespräch: …", "Sein Argument: …") is the speaker of the clause after the colon
(rule ``colon_speech:utterance``); a noun that names no utterance ("Die Bilanz: …", "Mayers
Haus: …") yields nothing. News-style texts written for these
tests.

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

LEAD = "Der Jurist Peter Mayer hält wenig von dem Gesetz. "

CASES = [
    (
        LEAD + "Mayers Fazit im STANDARD-Gespräch: Das ist Schlagzeilenpolitik.",
        [("indirect", "Das ist Schlagzeilenpolitik", None, "Mayers", "Peter Mayer")],
    ),
    (
        LEAD + "Mayers Antwort darauf: Die Polizei kann das nicht leisten.",
        [("indirect", "Die Polizei kann das nicht leisten", None, "Mayers", "Peter Mayer")],
    ),
    (
        (
            "Die Ministerin will andere Staaten in die Pflicht nehmen. Ihr Argument: Österreich "
            "habe im Vorjahr 90.000 Menschen aufgenommen."
        ),
        [
            (
                "indirect",
                "Österreich habe im Vorjahr 90.000 Menschen aufgenommen",
                None,
                "Ihr",
                None,
            )
        ],
    ),
    # no utterance: nothing
    ("Die Wahl ist geschlagen. Die Bilanz: Die Partei verliert fünf Prozent.", []),
    (LEAD + "Mayers Haus am Stadtrand: Es wurde im Jahr 1910 gebaut.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_utterance_owner_speaks(nlp, text, expected):
    assert _rows(nlp(text)) == expected
