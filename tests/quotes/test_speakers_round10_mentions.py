"""A speaker mention starts in the sentence of its last word: a dateline before the dash
("Graz – Bürgermeister Siegfried Nagl sagte …") is no part of it; a headline attribution
("Nagl: „…“") names the person the lead introduces in full. A text without a quote yields
nothing.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        (
            "Nagl: „Wir bauen die Stadt weiter aus“\n\nGraz – Bürgermeister Siegfried Nagl sagte "
            "am Montag, die Stadt wachse weiter."
        ),
        [
            ("„Wir bauen die Stadt weiter aus“", "Nagl", "Siegfried Nagl"),
            ("die Stadt wachse weiter", "Bürgermeister Siegfried Nagl", "Siegfried Nagl"),
        ],
    ),
    (
        (
            "Keller-Sutter: „Die Schweiz bleibt neutral“\n\nBern – Bundesrätin Karin "
            "Keller-Sutter hat am Freitag betont, die Schweiz bleibe neutral."
        ),
        [
            ("„Die Schweiz bleibt neutral“", "Keller-Sutter", "Karin Keller-Sutter"),
            (
                "die Schweiz bleibe neutral",
                "Bundesrätin Karin Keller-Sutter",
                "Karin Keller-Sutter",
            ),
        ],
    ),
    (
        "Wien (APA) – Der Wiener Bürgermeister Michael Ludwig sagte am Montag, die Stadt wachse weiter.",
        [("die Stadt wachse weiter", "Der Wiener Bürgermeister Michael Ludwig", "Michael Ludwig")],
    ),
    ("Graz – Die Stadt wächst weiter. Die Zahl der Einwohner stieg auf 300.000.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_mentions_leave_the_dateline_out(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
