"""An orphan Konjunktiv sentence with a frame of its own -- a speaking subject and an
indicative verb the rules do not know as a speech verb ("schwadronierte", "frohlockte") --
is what the clause says, never its own frame (issue 10: a quote never swallows its frame);
the subject speaks. The same holds for a continuation after a quote whose sentence has a
speaking subject of its own. A Konjunktiv verb coordinated with the main verb, or a sentence with no
frame, gives no such quote.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every quote
in text order as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Landesrätin Maria Berger frohlockte, die Zahl der Arbeitslosen sei deutlich gesunken.",
        [
            (
                "die Zahl der Arbeitslosen sei deutlich gesunken",
                "Landesrätin Maria Berger",
                "Maria Berger",
            )
        ],
    ),
    # a copula with a noun: the whole clause, subject included
    (
        "Der Zürcher Stadtrat Daniel Leupi witzelte, das Budget sei keine Hexerei.",
        [("das Budget sei keine Hexerei", "Der Zürcher Stadtrat Daniel Leupi", "Daniel Leupi")],
    ),
    # a role noun speaks; the mention keeps its attribute, the name stays empty
    (
        "Der Bürgermeister von Graz schwadronierte am Abend, die Stadt sei bestens gerüstet.",
        [("die Stadt sei bestens gerüstet", "Der Bürgermeister von Graz", None)],
    ),
    # a "dass" clause that belongs to a noun: from the clause on
    (
        (
            "Das Landesgericht folgte dem Antrag der Verteidigung, dass der Angeklagte nicht "
            "verhandlungsfähig sei."
        ),
        [
            (
                "dass der Angeklagte nicht verhandlungsfähig sei",
                "Das Landesgericht",
                "Landesgericht",
            )
        ],
    ),
    # a continuation with a frame of its own (after a quote): its subject, not its frame
    (
        (
            "„Wir bleiben hart“, sagte Gewerkschafter Hans Huber in Linz. Die Arbeitgeber "
            "wiederum beharrten darauf, das Angebot sei fair."
        ),
        [
            ("„Wir bleiben hart“", "Gewerkschafter Hans Huber", "Hans Huber"),
            ("das Angebot sei fair", "Die Arbeitgeber", None),
        ],
    ),
    (
        (
            "„Wir haben alles versucht“, sagte Bergführer Toni Huber am Montag in Innsbruck. "
            "Seine Kollegen verstehen bis heute nicht, warum das Seil gerissen sei."
        ),
        [
            ("„Wir haben alles versucht“", "Bergführer Toni Huber", "Toni Huber"),
            ("warum das Seil gerissen sei", "Seine Kollegen", None),
        ],
    ),
    # no frame, or the Konjunktiv coordinated with a narrated verb: nothing
    ("Die Lage in der Stadt sei ruhig und die Polizei habe alles im Griff.", []),
    ("Der Wirt rieb sich die Hände und habe nun genug Gäste.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_orphan_without_its_frame(ud_nlp, text, expected):
    doc = ud_nlp(text)
    got = [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]
    assert got == expected
