"""An object the parser labels as passive subject ("hatte Huber aufgefordert") does not make
an active verb passive: the subject before the verb speaks. A real passive (with "wurde")
has no speaker, or its "von" agent.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every quote
in text order as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        (
            "Der Klubobmann im Landtag, Gernot Wallner, hatte Huber gestern aufgefordert, sein "
            "Mandat niederzulegen."
        ),
        [("sein Mandat niederzulegen", "Gernot Wallner", "Gernot Wallner")],
    ),
    (
        "Der Bürgermeister wurde am Montag aufgefordert, sein Amt niederzulegen.",
        [("sein Amt niederzulegen", None, None)],
    ),
    (
        "Der Bürgermeister wurde von der Opposition aufgefordert, sein Amt niederzulegen.",
        [("sein Amt niederzulegen", "der Opposition", "Opposition")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_active_verb_keeps_its_subject(ud_nlp, text, expected):
    doc = ud_nlp(text)
    got = [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]
    assert got == expected
