"""Interviews whose questions stand under a title-case "Standard:" label (issue 10, item 3),
on texts written for these tests: the questions are the newspaper's, named Der Standard
(``roles.jsonl``: the paper as a speaking body); a technical standard that "sieht vor" is
no speaker.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

STANDARD = ("Standard", "Standard", "Der Standard")

CASES = [
    (
        (
            "Die Ministerin Anna Berger über die Schulreform. Standard: Kommt die Reform noch "
            "heuer? Berger: Ja, im Herbst. Standard: Und die Lehrer? Berger: Die sind dabei."
        ),
        [
            ("direct", "Kommt die Reform noch heuer?", *STANDARD),
            ("direct", "Ja, im Herbst.", "Berger", "Berger", "Anna Berger"),
            ("direct", "Und die Lehrer?", *STANDARD),
            ("direct", "Die sind dabei.", "Berger", "Berger", "Anna Berger"),
        ],
    ),
    ("Der neue Standard sieht vor, dass alle Geräte sparsam sind.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_standard_label(nlp, text, expected):
    assert _rows(nlp(text)) == expected
