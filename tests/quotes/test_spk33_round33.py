"""A manner word opening the sentence is not the speaker (round 33, issue 10): "Scharf
kritisierte die Opposition, …" → die Opposition (:mod:`pipeline.quotes.manner_words`), in
a cue frame, before a colon and for the chain head a continuation follows; a surname the
tagger reads as an adjective ("Kurz kritisierte …") stays.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Scharf kritisierte die Opposition, das Gesetz sei verfassungswidrig.",
        [("indirect", "das Gesetz sei verfassungswidrig", "die Opposition")],
    ),
    (
        "Entschieden widersprach die Gewerkschaft, die Löhne seien zu hoch.",
        [("indirect", "die Löhne seien zu hoch", "die Gewerkschaft")],
    ),
    (
        "Entschieden widersprach der Minister: „Das ist falsch.“",
        [("direct", "„Das ist falsch.“", "der Minister")],
    ),
    (
        "Offen sprach die Ministerin über ihre Pläne. Sie wolle die Steuern senken.",
        [("continuation", "Sie wolle die Steuern senken.", "die Ministerin")],
    ),
    # stays: a surname the tagger may read as an adjective, a name after the verb
    (
        "Kurz kritisierte die Opposition, das Gesetz sei verfassungswidrig.",
        [("indirect", "das Gesetz sei verfassungswidrig", "Kurz")],
    ),
    (
        "Enttäuscht reagierte Trainer Peter Stöger, man habe zu viele Chancen vergeben.",
        [("indirect", "man habe zu viele Chancen vergeben", "Trainer Peter Stöger")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_round33_manner_words(nlp, text, expected):
    doc = nlp(text)
    rows = [(q._.kind, q.text, q._.speaker) for q in doc.spans["quotes"]]
    assert rows == expected
