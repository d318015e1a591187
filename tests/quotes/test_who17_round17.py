"""Speakers of round 17 (issue 10, "Speakers"): right or empty.

- a "wonach" clause after a report noun gives the report's content, and the report is its
  source: "hat einen Zeitungsbericht dementiert, wonach …" (not who denies it), "bestätigte
  am Freitag Berichte, wonach …" ("Berichte", no time word or adverb before it); the report
  in a prepositional phrase ("verwies auf ein Gutachten, wonach") and a publisher
  ("veröffentlichte einen Bericht, wonach") keep the subject;
- the person of a passive the parse split from its auxiliary ("Kachelmann wurden … „…“
  attestiert") is a dative, no speaker;
- "X wurde mit den Worten zitiert, …": the passive subject speaks.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

REPORTS = [
    (
        "Der Kanzler hat einen Zeitungsbericht dementiert, wonach er im Herbst zurücktreten werde.",
        [("einen Zeitungsbericht", None)],
    ),
    (
        (
            "Die Kommission hat einen britischen Pressebericht zurückgewiesen, wonach Brüssel "
            "neue Sanktionen plane."
        ),
        [("einen britischen Pressebericht", None)],
    ),
    (
        (
            "Die Polizei bestätigte am Freitag Berichte, wonach zwei Verdächtige festgenommen "
            "wurden."
        ),
        [("Berichte", None)],
    ),
    (
        (
            "In den vergangenen Monaten gab es mehrfach Medienberichte, wonach die Armee "
            "Waffen liefere."
        ),
        [("Medienberichte", None)],
    ),
    # in a prepositional phrase: who refers to it speaks
    (
        "Der Anwalt verwies auf ein Gutachten, wonach sein Mandant nicht schuldfähig sei.",
        [("Der Anwalt", None)],
    ),
    # no report noun: the cue word stays the mention, naming no one
    (
        ("Die Ministerin hat die Erlaubnis gegeben, wonach der Bär eingefangen werden dürfe."),
        [("wonach", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS, ids=[str(i) for i in range(len(REPORTS))])
def test_report_before_wonach_is_the_source(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


PASSIVES = [
    (
        (
            "Dem Sänger wurden nicht nur ein „distanzierter Aussagestil“ sondern auch "
            "„unwahre Aussagen“ attestiert."
        ),
        [(None, None), (None, None)],
    ),
    (
        (
            "Huber wurden nicht nur ein „distanzierter Aussagestil“ sondern auch "
            "„unwahre Aussagen“ attestiert."
        ),
        [(None, None), (None, None)],
    ),
    (
        "Der Trainer wurde mit den Worten zitiert, man werde bis zuletzt kämpfen.",
        [("Der Trainer", None)],
    ),
    (
        "Innenminister Gerhard Karner wurde mit den Worten zitiert, die Grenze sei dicht.",
        [("Innenminister Gerhard Karner", "Gerhard Karner")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVES, ids=[str(i) for i in range(len(PASSIVES))])
def test_passive_persons(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
