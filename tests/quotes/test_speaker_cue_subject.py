"""A cue without a speech verb of its own ("kam zu dem Ergebnis, dass", "fassten den
Beschluss, … zu", "machte zur Bedingung, dass", "geht davon aus, dass"): the subject of the
verb that heads the cue speaks when it names someone -- a person, a role, a speaking body;
a thing as subject ("Die Studie kam zu dem Ergebnis") gives no speaker.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every quote
in text order as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        (
            "Die Innsbrucker Forscher kamen zu dem Ergebnis, dass der Gletscher bis 2050 "
            "verschwinden werde."
        ),
        [("dass der Gletscher bis 2050 verschwinden werde", "Die Innsbrucker Forscher", None)],
    ),
    (
        "Bundesrat Ignazio Cassis machte zur Bedingung, dass die Verhandlungen offen geführt werden.",
        [
            (
                "dass die Verhandlungen offen geführt werden",
                "Bundesrat Ignazio Cassis",
                "Ignazio Cassis",
            )
        ],
    ),
    (
        "Das Gericht kam damit zu dem Ergebnis, dass keine Schuld nachzuweisen sei.",
        [("dass keine Schuld nachzuweisen sei", "Das Gericht", "Gericht")],
    ),
    (
        "Der Verband machte zur Bedingung, dass die Löhne steigen.",
        [("dass die Löhne steigen", "Der Verband", "Verband")],
    ),
    (
        "Die Zürcher Kantonspolizei geht davon aus, dass der Täter ortskundig war.",
        [("dass der Täter ortskundig war", "Die Zürcher Kantonspolizei", "Zürcher Kantonspolizei")],
    ),
    # a thing as subject: no speaker
    (
        "Die Studie kam zu dem Ergebnis, dass die Mieten stark gestiegen seien.",
        [("dass die Mieten stark gestiegen seien", None, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_cue_subject_speaks(ud_nlp, text, expected):
    doc = ud_nlp(text)
    got = [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]
    assert got == expected
