"""Round 27, merge fixes (issue 10): a speech verb that ends an adverbial clause right before
a colon ("…, auch wenn sie es nicht zugeben: …") does not make the words after the colon its
speech in colon_speech either (cue27's frames.adverbial_clause_before, which kept the cue
frame from them, now also asked there); "Obwohl …, sagte die Ministerin: …" and "Wie die
Sprecherin betonte: …" as before. A mention that a parse runs over "und" from the object of
the clause before ("Der Verein verlor das Spiel und Trainer X sagte, …") is cut there, as
spk27b's cut_spliced_object cuts at a comma splice; a coordinated subject ("Huber und Meier
sagten") stays. A reported act whose subject is a relative pronoun right after a comma is
a relative clause the parse hung elsewhere ("Zeugen gefunden, die von einem Foul
berichteten"): it describes its noun, no row (leak27b's measured patch).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        (
            "Die beiden Parteien streiten seit Wochen, auch wenn sie es nicht zugeben: Die "
            "Schule beginnt zu früh."
        ),
        [],
    ),
    (
        "Der Bürgermeister schweigt, weil er es so versprochen hatte: Der Bau ruht bis Mai.",
        [],
    ),
    (
        "Obwohl sie es abgestritten hatte, sagte die Ministerin am Montag: Die Schule bleibt offen.",
        [("indirect", "Die Schule bleibt offen", "sagte", "die Ministerin", None)],
    ),
    (
        "Die Lage ist ernst, sagte der Bürgermeister: Wir brauchen mehr Geld.",
        [
            ("indirect", "Die Lage ist ernst", "sagte", "der Bürgermeister", None),
            ("direct", "Wir brauchen mehr Geld.", None, "der Bürgermeister", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_no_colon_speech_after_an_adverbial_clause(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


SPLICED = [
    (
        "Der Verein verlor das Spiel und Trainer Karl Berger sagte, die Mannschaft habe gekämpft.",
        [
            (
                "indirect",
                "die Mannschaft habe gekämpft",
                "sagte",
                "Trainer Karl Berger",
                "Karl Berger",
            )
        ],
    ),
    (
        "Huber und Meier sagten, das Jahr sei gut gewesen.",
        [("indirect", "das Jahr sei gut gewesen", "sagten", "Huber und Meier", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLICED)
def test_mention_cut_at_the_first_clause_object(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


RELATIVE_ACTS = [
    ("Der Verein hat Zeugen gefunden, die von einem Foul berichteten.", []),
    (
        "Der Verein hat Zeugen gefunden. Die Zeugen berichteten von einem Foul.",
        [
            (
                "reported",
                "Die Zeugen berichteten von einem Foul.",
                "berichteten",
                "Die Zeugen",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_ACTS)
def test_no_reported_act_in_a_relative_clause(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
