"""Spans of round 22b (issue 10, "Spans"): colon frames of 10kGNAD plain text.

- a trailing frame before a colon whose own quote took the words before it ("…, sagt
  Riha: Die höhere Sicht der Dinge."): the words after the colon are that speaker's,
  also when they have no finite verb; a speech verb without such a frame before verbless
  words stays nothing ("Er sagte das Folgende: Die Bilanz des Jahres.");
- a colon frame of another named speaker inside a quote's first part ("Van der Bellen
  hat selbst gesagt, in einem Interview: Wenn es …, sagte Hofer"): the speaker's own claim
  about another's words, not a lead-in: the part is not trimmed; a pronoun frame
  ("Er warnte …: …, sagte Gentiloni") and a frame of the same person stay lead-ins.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

VERBLESS = [
    (
        "Der Film zeigt das Land von oben, sagt Riha: Die höhere Sicht der Dinge.",
        [
            ("indirect", "Der Film zeigt das Land von oben", "sagt", "Riha", "Riha"),
            ("indirect", "Die höhere Sicht der Dinge", None, "Riha", "Riha"),
        ],
    ),
    (
        "Die Lage sei ernst, sagte die Ministerin Anna Berger: Eine Frage von Wochen.",
        [
            (
                "indirect",
                "Die Lage sei ernst",
                "sagte",
                "die Ministerin Anna Berger",
                "Anna Berger",
            ),
            (
                "indirect",
                "Eine Frage von Wochen",
                None,
                "die Ministerin Anna Berger",
                "Anna Berger",
            ),
        ],
    ),
    # no frame of the words before the colon: nothing
    ("Er sagte am Ende des Abends das Folgende: Die Bilanz des ganzen Jahres.", []),
]


@pytest.mark.parametrize(("text", "expected"), VERBLESS, ids=[str(i) for i in range(len(VERBLESS))])
def test_verbless_words_after_framed_colon(nlp, text, expected):
    assert _rows(nlp(text)) == expected


CLAIMS = [
    (
        (
            "Der Kandidat blieb gelassen. Van der Bellen hat selbst gesagt, in einem Interview: "
            "Wenn es eine Mehrheit gibt, werde ich sie angeloben, sagte Hofer."
        ),
        [
            (
                "indirect",
                (
                    "Van der Bellen hat selbst gesagt, in einem Interview: Wenn es eine "
                    "Mehrheit gibt, werde ich sie angeloben"
                ),
                "sagte",
                "Hofer",
                None,
            )
        ],
    ),
    # a pronoun frame stays a lead-in
    (
        (
            "Er warnte vor negativen Auswirkungen: Einseitige Beschlüsse würden die Lage "
            "verschärfen, sagte Gentiloni."
        ),
        [
            (
                "indirect",
                "Einseitige Beschlüsse würden die Lage verschärfen",
                "sagte",
                "Gentiloni",
                "Gentiloni",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS, ids=[str(i) for i in range(len(CLAIMS))])
def test_other_speakers_colon_frame_is_no_lead_in(nlp, text, expected):
    assert _rows(nlp(text)) == expected
