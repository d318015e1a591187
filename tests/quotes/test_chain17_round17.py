"""Continuations, round 17 (issue 10), on news-style texts written for these tests.

A word the tagger calls a subjunctive but that is no finite verb gives a sentence no
reported-speech mood: a capitalised noun inside its sentence ("große *Erfolge*", a
Konjunktiv form by its letters) or a word with no dependents that is no auxiliary and
stands before no article or pronoun ("lagen … *vorne*", "*diverse* Organisationen"). So the
writer's sentence after a statement does not go on with it. Real Konjunktiv verbs stay:
a listed form ("sei"), and a verb second before its subject ("*verunsichere* die Kammer").

Rows: ``(quote text, kind, speaker)`` in text order.
"""

from __future__ import annotations

import pytest

GRUBER = "Die Ministerin Eva Gruber"

CASES = [
    # a capitalised noun ("Erfolge") is no Konjunktiv verb: the writer's sentence
    (
        (
            "Die Ministerin Eva Gruber sagte, die Lage sei ernst. Die Opposition feierte "
            "dagegen große Erfolge bei den Gemeinderatswahlen."
        ),
        [("die Lage sei ernst", "indirect", GRUBER)],
    ),
    # an adverb the tagger calls a subjunctive ("vorne"): no continuation
    (
        (
            "Der Trainer Markus Lehner sagte, seine Mannschaft habe gut gespielt. Die "
            "Gastgeberinnen lagen zur Pause mit zwei Toren vorne."
        ),
        [("seine Mannschaft habe gut gespielt", "indirect", "Der Trainer Markus Lehner")],
    ),
    # an adjective the tagger calls a subjunctive ("diverse"): no continuation
    (
        (
            "Der Bürgermeister Karl Huber sagte, die Stadt werde sparen. Am Gipfeltreffen in "
            "Wien nehmen diverse internationale Organisationen teil."
        ),
        [("die Stadt werde sparen", "indirect", "Der Bürgermeister Karl Huber")],
    ),
    # a verb second before its subject stays a verb, whatever the parse
    (
        (
            "Die Ministerin Eva Gruber übte scharfe Kritik an der Ärztekammer. Mit ihren "
            "neuen Inseraten verunsichere die Kammer die Patienten."
        ),
        [
            (
                "Mit ihren neuen Inseraten verunsichere die Kammer die Patienten.",
                "continuation",
                GRUBER,
            )
        ],
    ),
    # a listed Konjunktiv form after a capitalised noun at the start: still reported speech
    (
        "Die Ministerin Eva Gruber sagte, die Reform komme. Die Würde der Patienten sei unantastbar.",
        [
            ("die Reform komme", "indirect", GRUBER),
            ("Die Würde der Patienten sei unantastbar.", "continuation", GRUBER),
        ],
    ),
    # a real Konjunktiv verb with the noun "Erfolge" in the sentence: still reported speech
    (
        (
            "Die Sprecherin Anna Berger sagte, die Firma wachse. In Asien feiere das "
            "Unternehmen große Erfolge."
        ),
        [
            ("die Firma wachse", "indirect", "Die Sprecherin Anna Berger"),
            (
                "In Asien feiere das Unternehmen große Erfolge.",
                "continuation",
                "Die Sprecherin Anna Berger",
            ),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_chain17_round17(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.kind, q._.speaker) for q in doc.spans["quotes"]] == expected
