"""Speaking bodies of ``roles.jsonl`` added in the eighth round ("Konzern"): a subject that
names one speaks, a spokesperson of one is that body's; a sentence without a speech frame
yields nothing.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Der Konzern teilte am Montag mit, die Gewinne seien gestiegen.",
        [("die Gewinne seien gestiegen", "Der Konzern", None)],
    ),
    (
        "Ein Sprecher des Konzerns sagte in Linz, die Stellen seien sicher.",
        [("die Stellen seien sicher", "Ein Sprecher des Konzerns", None)],
    ),
    ("Der Konzern in Winterthur wächst seit Jahren.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_speaking_bodies(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
