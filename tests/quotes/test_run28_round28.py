"""Continuations of round 28 (issue 10).

1. A speech act told in the Konjunktiv with no words of its own inside a statement
   ("…, schrieb der Kommandant. Mehrere Anrainer *hätten* … *berichtet*. Auffällig sei …")
   is part of that statement: the continuation after it goes on with the statement's
   speaker (:mod:`pipeline.quotes.nested_acts`); in the indicative the act is the writer's
   and its subject goes on as before.
2. A sentence that opens with a compared name ("*Wie Berger* kritisierte auch Huber …")
   has its subject after the verb (:meth:`pipeline.quotes.lang.de.GermanGrammar.subject_before`):
   an orphan after it takes that subject, not the compared name; "Wie Berger sagte, …"
   stays Berger's frame.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

FRAME = (
    "indirect",
    "Die Ermittler hätten gute Arbeit geleistet",
    "schrieb",
    "der Kommandant",
    None,
)

NESTED_DOCUMENTS = [
    # the act in the Konjunktiv is the commander's report: his words go on after it
    (
        (
            "Die Ermittler hätten gute Arbeit geleistet, schrieb der Kommandant in seinem "
            "Bericht. Mehrere Anrainer hätten den Beamten von lauten Schüssen berichtet. "
            "Auffällig sei die große Zahl an Schaulustigen gewesen."
        ),
        [
            FRAME,
            (
                "reported",
                "Mehrere Anrainer hätten den Beamten von lauten Schüssen berichtet.",
                "berichtet",
                "Mehrere Anrainer",
                None,
            ),
            (
                "continuation",
                "Auffällig sei die große Zahl an Schaulustigen gewesen.",
                None,
                "der Kommandant",
                None,
            ),
        ],
    ),
    # in the indicative the act is the writer's: as before, its subject goes on
    (
        (
            "Die Ermittler hätten gute Arbeit geleistet, schrieb der Kommandant in seinem "
            "Bericht. Mehrere Anrainer haben den Beamten von lauten Schüssen berichtet. "
            "Auffällig sei die große Zahl an Schaulustigen gewesen."
        ),
        [
            FRAME,
            (
                "reported",
                "Mehrere Anrainer haben den Beamten von lauten Schüssen berichtet.",
                "berichtet",
                "Mehrere Anrainer",
                None,
            ),
            (
                "continuation",
                "Auffällig sei die große Zahl an Schaulustigen gewesen.",
                None,
                "Mehrere Anrainer",
                None,
            ),
        ],
    ),
]

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
    "text,expected", NESTED_DOCUMENTS, ids=[f"nested{i}" for i in range(len(NESTED_DOCUMENTS))]
)
def test_nested_act_keeps_statement(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    COMPARED_DOCUMENTS,
    ids=[f"compared{i}" for i in range(len(COMPARED_DOCUMENTS))],
)
def test_compared_name_is_no_subject(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
