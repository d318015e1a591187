"""Sources after "nach Auskunft/Bekunden/Angaben" (issue 10, point 2), on news-style texts
written for these tests: right after the bare noun a genitive phrase names the source ("nach
Bekunden seines Arztes" -> "seines Arztes", not "Bekunden"); after a complete source ("nach
eigenen Angaben") what follows is the sentence's object, no source.

Rows: ``(text, speaker, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

SOURCES = [
    (
        "Der Kandidat ist nach Bekunden seines Arztes bei bester Gesundheit.",
        [("Der Kandidat ist nach Bekunden seines Arztes bei bester Gesundheit", "seines Arztes")],
    ),
    (
        "Die Brücke ist nach Auskunft eines Sprechers der Stadt seit Montag gesperrt.",
        [
            (
                "Die Brücke ist nach Auskunft eines Sprechers der Stadt seit Montag gesperrt",
                "eines Sprechers der Stadt",
            )
        ],
    ),
    (
        "Nach Angaben der Polizei wurde niemand verletzt.",
        [("wurde niemand verletzt", "der Polizei")],
    ),
    (
        "Mazedonien hat nach eigenen Angaben mehrere hundert Migranten zurückgeschickt.",
        [
            (
                "Mazedonien hat nach eigenen Angaben mehrere hundert Migranten zurückgeschickt",
                "eigenen Angaben",
            )
        ],
    ),
]


@pytest.mark.parametrize("text, expected", SOURCES)
def test_source_after_a_bare_noun(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker) for q in doc.spans["quotes"]] == expected
