"""First-person speech before a frame that follows it (issue 10, item 4: direct speech
without quotation marks), on news-style texts written for these tests.

Archives that strip quotation marks print "„Wir haben … gespielt. Das muss besser
werden“, sagte X." as two plain sentences; the frame after the second is the frame of
both (:func:`pipeline.quotes.first_person.first_person_leads`). A sentence joins when it
speaks in the first person ("uns" counts even when the lemmatizer misses it); it stays out
when it is the writer's, asks, has a cue of its own, names the speaker, stands in another
paragraph, or when the speech is in quotation marks already.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

HUBER = ("sagt", "Bürgermeisterin Eva Huber", "Eva Huber")

CASES = [
    (  # one first-person sentence before the framed one
        (
            "Die Mannschaft verlor am Samstag mit 0:3. Wir haben heute einfach nicht gut gespielt. "
            "Das muss besser werden, sagte Trainer Markus Weber nach dem Spiel."
        ),
        [
            (
                "indirect",
                "Wir haben heute einfach nicht gut gespielt. Das muss besser werden",
                "sagte",
                "Trainer Markus Weber",
                "Markus Weber",
            )
        ],
    ),
    (  # two, the second opening with "Uns" (lemmatised as "Uns")
        (
            "Die Gemeinde will das Bad renovieren. Wir haben lange gespart. Uns fehlt aber das "
            "Geld. Eine Lösung gibt es noch nicht, sagt Bürgermeisterin Eva Huber."
        ),
        [
            (
                "indirect",
                "Wir haben lange gespart. Uns fehlt aber das Geld. Eine Lösung gibt es noch nicht",
                *HUBER,
            )
        ],
    ),
    (  # the writer's sentence before
        (
            "Die Mannschaft verlor am Samstag mit 0:3. Das muss besser werden, sagte Trainer "
            "Markus Weber nach dem Spiel."
        ),
        [("indirect", "Das muss besser werden", "sagte", "Trainer Markus Weber", "Markus Weber")],
    ),
    (  # a question
        "Haben wir genug getan? Das wird sich zeigen, sagt Bürgermeisterin Eva Huber.",
        [("indirect", "Das wird sich zeigen", *HUBER)],
    ),
    (  # a statement of its own before
        (
            "Wir haben lange gewartet, erklärte der Sprecher des Vereins. Jetzt ist es zu spät, "
            "sagt Bürgermeisterin Eva Huber."
        ),
        [
            ("indirect", "Wir haben lange gewartet", "erklärte", "der Sprecher des Vereins", None),
            ("indirect", "Jetzt ist es zu spät", *HUBER),
        ],
    ),
    (  # the writer tells of the speaker ("Huber sieht …, die für uns …")
        (
            "Huber sieht in der Entscheidung, die für uns alle eine Überraschung war, keinen "
            "Fehler. Das wird sich zeigen, sagt Bürgermeisterin Eva Huber."
        ),
        [("indirect", "Das wird sich zeigen", *HUBER)],
    ),
    (  # another paragraph
        (
            "Wir haben lange darüber gesprochen.\n\nEine Lösung gibt es noch nicht, sagt "
            "Bürgermeisterin Eva Huber."
        ),
        [("indirect", "Eine Lösung gibt es noch nicht", *HUBER)],
    ),
    (  # speech in quotation marks
        "Wir sind froh. „Das Ergebnis ist gut“, sagte die Ministerin Anna Berger.",
        [
            (
                "direct",
                "„Das Ergebnis ist gut“",
                "sagte",
                "die Ministerin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_first_person_leads(nlp, text, expected):
    assert _rows(nlp(text)) == expected
