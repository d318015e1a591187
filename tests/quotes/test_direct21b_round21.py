"""Round 21b (issue 10, derStandard without quotation marks): speech after a colon whose
lead-in tells of a gesture or a stance of someone who speaks.

- a gesture ("Kurz zuckt die Schultern:", "…, wischt Kurz beiseite:", "Stöger winkt ab:")
  or a stance ("ist überzeugt:", "gibt sich gelassen:", "hatte sich danach zufrieden
  gezeigt:") before words that read as speech (the first person, or the present tense with
  no "er"/"sie", Konjunktiv or role noun of someone told of): the subject's speech, and a
  first-person sentence after it goes on with it;
- no row for the writer's narration: a lead-in without someone who speaks ("Eines ist
  sicher:", "Die Bilanz:"), the past tense or "er" after the gesture ("Stöger winkte ab: Er
  hatte genug gesehen.").

- a stance after the words it frames ("…, ist er überzeugt.", "…, sind die Anwälte
  überzeugt: …", ``stance_frames``): the words before the comma are the subject's
  statement, and a quote framed later in the sentence ("…, glaubt Wolff") starts after the
  colon; not a condition ("Wenn die Reform kommt, ist der Minister zufrieden.") nor a
  subject that names nobody ("…, ist aber noch nicht sicher.").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

GESTURES = [
    (
        (
            "Außenminister Sebastian Kurz schweigt lange. Kurz zuckt die Schultern: Wenn das "
            "zufällig das gleiche Material wie der Zaun ist, dann ist das eben so. Wir können "
            "auch Gitter dazu sagen."
        ),
        [
            (
                "indirect",
                "Wenn das zufällig das gleiche Material wie der Zaun ist, dann ist das eben so",
                None,
                "Kurz",
                "Sebastian Kurz",
            ),
            ("continuation", "Wir können auch Gitter dazu sagen.", None, "Kurz", "Sebastian Kurz"),
        ],
    ),
    (
        (
            "Außenminister Sebastian Kurz war in Wien. Dass Österreich diese Möglichkeit vor "
            "Jahren abgeschafft hat, wischt Kurz beiseite: Es braucht eine europäische Behörde, "
            "die das abwickelt."
        ),
        [
            (
                "indirect",
                "Es braucht eine europäische Behörde, die das abwickelt",
                None,
                "Kurz",
                "Sebastian Kurz",
            )
        ],
    ),
    (
        "Trainer Peter Stöger war enttäuscht. Stöger winkt ab: Das ist eben Fußball.",
        [("indirect", "Das ist eben Fußball", None, "Stöger", "Peter Stöger")],
    ),
    (
        (
            "Der Gipfel endete spät. Bundeskanzlerin Angela Merkel, die darauf bestand, hatte "
            "sich danach zufrieden gezeigt: Es wird nichts geschlossen. Wir helfen Griechenland."
        ),
        [
            (
                "indirect",
                "Es wird nichts geschlossen",
                None,
                "Bundeskanzlerin Angela Merkel",
                "Angela Merkel",
            ),
            (
                "continuation",
                "Wir helfen Griechenland.",
                None,
                "Bundeskanzlerin Angela Merkel",
                "Angela Merkel",
            ),
        ],
    ),
    (
        "Der Winter kommt. Der Bürgermeister gibt sich gelassen: Die Stadt hat genug Geld.",
        [("indirect", "Die Stadt hat genug Geld", None, "Der Bürgermeister", None)],
    ),
    # the writer's narration: nobody who speaks, the past tense, "er" of someone told of
    ("Das Spiel ist aus. Eines ist sicher: Die Reform kommt.", []),
    ("Die Bilanz: 14 Tote und 200 Verletzte.", []),
    ("Trainer Peter Stöger war enttäuscht. Stöger winkte ab: Er hatte genug gesehen.", []),
    ("Der Abend war lang. Der Trainer lächelte: Das Team hatte gekämpft.", []),
]


@pytest.mark.parametrize(("text", "expected"), GESTURES, ids=[str(i) for i in range(len(GESTURES))])
def test_gesture_before_colon(nlp, text, expected):
    assert _rows(nlp(text)) == expected


STANCES = [
    (
        (
            "Die Anwälte legten ihren Bericht vor. In den Zahlen drücke sich ein schwieriger "
            "Zugang zum Recht aus, sind die Anwälte überzeugt: Hohe Gebühren schreckten viele "
            "Bürger ab, glaubt Rupert Wolff."
        ),
        [
            (
                "indirect",
                "In den Zahlen drücke sich ein schwieriger Zugang zum Recht aus",
                "sind … überzeugt",
                "die Anwälte",
                None,
            ),
            (
                "indirect",
                "Hohe Gebühren schreckten viele Bürger ab",
                "glaubt",
                "Rupert Wolff",
                "Rupert Wolff",
            ),
        ],
    ),
    (
        (
            "Kammerpräsident Christoph Leitl sieht keinen Anlass für Personalrochaden: "
            "Personelle Wechsel bringen derzeit überhaupt nichts, ist er überzeugt: Die "
            "Stimmung in der Bevölkerung ist schlecht."
        ),
        [
            (
                "indirect",
                "Personelle Wechsel bringen derzeit überhaupt nichts",
                "ist … überzeugt",
                "er",
                "Christoph Leitl",
            ),
            (
                "indirect",
                "Die Stimmung in der Bevölkerung ist schlecht",
                None,
                "er",
                "Christoph Leitl",
            ),
        ],
    ),
    # a condition, a subject that names nobody
    ("Wenn die Reform kommt, ist der Minister zufrieden.", []),
    ("Die Straße wurde repariert, ist aber noch nicht sicher.", []),
]


@pytest.mark.parametrize(("text", "expected"), STANCES, ids=[str(i) for i in range(len(STANCES))])
def test_stance_after_words(nlp, text, expected):
    assert _rows(nlp(text)) == expected
