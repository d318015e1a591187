"""Sources after "nach" (issue 10, item 6: what is no speech), round 16: "nach der
Veröffentlichung" names a point in time, not a source ("Einen Tag nach der Veröffentlichung
von …", "lief nach der Veröffentlichung aus"); "nach Angaben der Polizei" and "nach der
Ankündigung der Ministerin" still name one. "wie aus X hervorgeht" names the document X
as the source of its clause, before or after it; "ist aus X hervorgegangen" (grew out of)
is no source. "bestreitet ein Spiel", "bestreiten ihr Leben damit, …" deny nothing.
News-style texts written for these tests.

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    (
        "Zwei Wochen nach der Veröffentlichung des Albums ging die Band auf Tournee.",
        [],
    ),
    (
        (
            "Einen Tag nach der Veröffentlichung von Drohbriefen im Internet ist ein 30-Jähriger "
            "in Graz verurteilt worden."
        ),
        [],
    ),
    (
        "Der Vertrag des Sängers mit dem Label lief nach der Veröffentlichung aus.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_publication_is_a_time(nlp, text, expected):
    assert _rows(nlp(text)) == expected


DOCUMENTS = [
    (
        (
            "Die Zahl der Asylanträge ist gestiegen, wie aus einer Statistik des Innenministeriums "
            "hervorgeht."
        ),
        [
            (
                "indirect",
                "Die Zahl der Asylanträge ist gestiegen",
                "wie aus einer Statistik des Innenministeriums hervorgeht",
                "einer Statistik des Innenministeriums",
                "Innenministerium",
            )
        ],
    ),
    (
        (
            "Wie aus einem Bericht der Vereinten Nationen hervorgeht, wurden im vergangenen Jahr "
            "300 Zivilisten getötet."
        ),
        [
            (
                "indirect",
                "wurden im vergangenen Jahr 300 Zivilisten getötet",
                "Wie aus einem Bericht der Vereinten Nationen hervorgeht",
                "einem Bericht der Vereinten Nationen",
                "Vereinte Nationen",
            )
        ],
    ),
    ("Der Konzern ist aus einer kleinen Werkstatt in Graz hervorgegangen.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENTS, ids=[str(i) for i in range(len(DOCUMENTS))]
)
def test_document_a_clause_comes_from(nlp, text, expected):
    assert _rows(nlp(text)) == expected


#: "bestreiten" of a match or a living is no denial
MATCHES = [
    ("Die beiden Schwestern bestreiten ihr Leben damit, anderen den Haushalt zu führen.", []),
    ("Der Stürmer hat seit Ende September kein Spiel mehr bestritten.", []),
    (
        "Die Polizei bestreitet, dass es einen Kessel gegeben habe.",
        [
            (
                "indirect",
                "dass es einen Kessel gegeben habe",
                "bestreitet",
                "Die Polizei",
                "Polizei",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MATCHES, ids=[str(i) for i in range(len(MATCHES))])
def test_bestreiten_of_a_match(nlp, text, expected):
    assert _rows(nlp(text)) == expected
