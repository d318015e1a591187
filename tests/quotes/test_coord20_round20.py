"""Sources joined by a conjunction (round 20, issue 10: spans): "Laut Polizei und Rettung
wurden …", "nach Angaben von Polizei und Feuerwehr", "nach Angaben der Polizei sowie der
Feuerwehr" -- the second noun phrase is a source too, so what was said starts after it (the
row's text no longer opens with "und Rettung"); since round 25 (leak25b, as train gold) the
mention holds both sources, and two with articles have no one name, as in a subject mention. Also when
the tagger calls the second noun an adverb and only the parse coordinates it. Not a
conjunction inside what was said ("Laut Polizei wurden Männer und Frauen verletzt").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

HURT = "wurden drei Menschen verletzt"

DOCUMENTS = [
    (
        "Laut Polizei und Rettung " + HURT + ".",
        [("indirect", HURT, "Laut", "Polizei und Rettung", "Polizei")],
    ),
    (
        "Nach Angaben von Polizei und Feuerwehr " + HURT + ".",
        [("indirect", HURT, "Nach Angaben von", "Polizei und Feuerwehr", "Polizei")],
    ),
    (
        "Nach Angaben der Polizei sowie der Feuerwehr " + HURT + ".",
        [("indirect", HURT, "Nach Angaben", "der Polizei sowie der Feuerwehr", None)],
    ),
    # unchanged: the conjunction is inside what was said
    (
        "Laut Polizei wurden Männer und Frauen verletzt.",
        [("indirect", "wurden Männer und Frauen verletzt", "Laut", "Polizei", "Polizei")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_round20_coordinated_sources(nlp, text, expected):
    assert _rows(nlp(text)) == expected
