"""A Konjunktiv sentence with no frame after a sentence whose speaker is set off by "so"
("Sein Rivale Ueli Maurer, so Alain Berset weiter, würde …"): that speaker goes on, not the
subject of the sentence before; a sentence without "so" keeps its subject's speaker, and a
thing as subject gives reported speech with no speaker.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        (
            "Sein Rivale Ueli Maurer, so Alain Berset weiter, würde von solchen Gruppen massiv "
            "Spenden erhalten. Er selbst wolle aber unabhängig bleiben."
        ),
        [
            (
                (
                    "Sein Rivale Ueli Maurer, so Alain Berset weiter, würde von solchen Gruppen "
                    "massiv Spenden erhalten"
                ),
                "Alain Berset",
                "Alain Berset",
            ),
            ("Er selbst wolle aber unabhängig bleiben.", "Alain Berset", "Alain Berset"),
        ],
    ),
    (
        "Der Wiener Stadtrat Peter Hacker lobte die Ärzte. Die Versorgung sei gesichert.",
        [("Die Versorgung sei gesichert.", "Der Wiener Stadtrat Peter Hacker", "Peter Hacker")],
    ),
    (
        "Der Regen hielt in Graz bis Mittag an. Die Straßen seien überflutet.",
        [("Die Straßen seien überflutet.", None, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_orphan_after_so(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
