"""Continuations of round 28 (issue 10).

A sentence that opens with a compared name ("*Wie Berger* kritisierte auch Huber …")
has its subject after the verb (:meth:`pipeline.quotes.lang.de.GermanGrammar.subject_before`):
an orphan after it takes that subject, not the compared name; "Wie Berger sagte, …"
stays Berger's frame.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

ORPHAN = "Die Kommission habe ihn nie befragt."

COMPARED_DOCUMENTS = [
    # the subject after the verb speaks, not the compared name
    (
        (
            "Wie Berger kritisierte auch Huber den Bericht der Kommission. Die Kommission "
            "habe ihn nie befragt."
        ),
        [("continuation", ORPHAN, None, "Huber", "Huber")],
    ),
    (
        (
            "Anwalt Franz Huber war am Nachmittag geladen. Wie Berger kritisierte auch er den "
            "Bericht der Kommission. Die Kommission habe ihn nie befragt."
        ),
        [("continuation", ORPHAN, None, "er", "Franz Huber")],
    ),
    # an "as X said" frame: X's words, unchanged
    (
        "Wie Berger sagte, sei der Plan der Regierung falsch.",
        [("indirect", "sei der Plan der Regierung falsch", "Wie … sagte", "Berger", "Berger")],
    ),
    # nothing said: no rows
    ("Wie Berger kritisierte auch er den Bericht der Kommission.", []),
]


@pytest.mark.parametrize(
    "text,expected",
    COMPARED_DOCUMENTS,
    ids=[f"compared{i}" for i in range(len(COMPARED_DOCUMENTS))],
)
def test_compared_name_is_no_subject(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
