"""Interviews (issue 10, item 3), round 16: a doubled colon after a label ("STANDARD:: …"
in the archive) is no part of the question, and a statement an earlier step found that
runs over a label is dropped -- the label is the cue of the labelled paragraph ("STANDARD:
Die fordern derzeit …" is the interviewer's question, not a statement of "Die"); a word before a colon
that is no label ("Erstens: … Zweitens: …" in an answer) cuts no answer. News-style
texts written for these tests; both label schemes.

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

LEAD = "Der Gründer Lukas Berger über Start-ups. "
NAME = "Lukas Berger"


def _ask(text: str) -> tuple:
    return ("direct", text, "STANDARD", "STANDARD", "Der Standard")


def _answer(text: str) -> tuple:
    return ("direct", text, "Berger", "Berger", NAME)


CASES = [
    (
        LEAD + "STANDARD:: Wie geht es weiter? Berger: Wir wachsen.",
        [_ask("Wie geht es weiter?"), _answer("Wir wachsen.")],
    ),
    (
        LEAD + "STANDARD: Wie geht es weiter? Berger: Wir wachsen. STANDARD: Die Gründer "
        "fordern derzeit einen steuerlichen Anreiz. Berger: Verständlicherweise.",
        [
            _ask("Wie geht es weiter?"),
            _answer("Wir wachsen."),
            _ask("Die Gründer fordern derzeit einen steuerlichen Anreiz."),
            _answer("Verständlicherweise."),
        ],
    ),
    (
        # "Erstens: … Zweitens: …" inside an answer: no labels, the answer goes on
        LEAD + "STANDARD: Kommt die Steuer? Berger: Erstens: Es ist keine Steuer. Zweitens: "
        "Wir brauchen das Geld. STANDARD: Wann? Berger: Bald.",
        [
            _ask("Kommt die Steuer?"),
            _answer("Erstens: Es ist keine Steuer. Zweitens: Wir brauchen das Geld."),
            _ask("Wann?"),
            _answer("Bald."),
        ],
    ),
    (
        # a statement inside an answer crosses no label: the answer (more confident, it
        # contains it) keeps it, as before
        LEAD + "STANDARD: Was sagt die Ministerin? Berger: Sie hat gesagt, dass die Förderung "
        "kommt. STANDARD: Glauben Sie das? Berger: Ja.",
        [
            _ask("Was sagt die Ministerin?"),
            _answer("Sie hat gesagt, dass die Förderung kommt."),
            _ask("Glauben Sie das?"),
            _answer("Ja."),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_labels_bound_statements(nlp, text, expected):
    assert _rows(nlp(text)) == expected
