"""False frames of round 20c (issue 10): general classes from the derStandard rows.

- a report noun with "dass" (``nomen_dass``: "die Befürchtung, dass …") that is the subject
  of a reflexive verb of coming true ("Damit bestätigt sich die Befürchtung, dass …",
  "bewahrheitete sich die Sorge, dass …"): the writer's narration, no quote; "Der Minister
  bestätigte die Befürchtung, dass …" stays a frame;
- "drohen" whose infinitive hangs on a noun between the verb and the comma ("X drohen zehn
  Jahre Haft … mit dem Ziel, eine Terrorgruppe zu unterstützen"): a punishment, no threat;
  "drohte (am Montag), die Arbeit niederzulegen" stays;
- a title piece after a dash with its own label ("… beantragt neues Hilfspaket – Merkel:
  …"): the colon is the label's, not the complement of the verb before the dash.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CAME_TRUE = [
    (
        "Damit bestätigt sich die Befürchtung, dass sich das Virus über Zugvögel nach Europa ausbreitet.",
        [],
    ),
    ("Nun bewahrheitete sich die Sorge, dass die Preise weiter steigen.", []),
    (
        "Der Minister bestätigte die Befürchtung, dass die Preise weiter steigen würden.",
        [("indirect", "dass die Preise weiter steigen würden", "bestätigte", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CAME_TRUE, ids=[str(i) for i in range(len(CAME_TRUE))]
)
def test_report_noun_came_true(nlp, text, expected):
    assert _rows(nlp(text)) == expected


THREAT = [
    (
        (
            "Dem Angeklagten drohen bis zu zehn Jahre Haft wegen Verschwörung mit dem Ziel, "
            "eine Terrorgruppe zu unterstützen."
        ),
        [],
    ),
    (
        "Die Gewerkschaft drohte, die Arbeit niederzulegen.",
        [("indirect", "die Arbeit niederzulegen", "drohte", "Die Gewerkschaft", "Gewerkschaft")],
    ),
    (
        "Die Gewerkschaft drohte am Montag, die Arbeit niederzulegen.",
        [("indirect", "die Arbeit niederzulegen", "drohte", "Die Gewerkschaft", "Gewerkschaft")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THREAT, ids=[str(i) for i in range(len(THREAT))])
def test_threat_infinitive_of_a_noun(nlp, text, expected):
    assert _rows(nlp(text)) == expected


DASH_LABEL = [
    (
        (
            "Griechenland beantragt überraschend neues Hilfspaket beim Hilfsfonds – Merkel: Über "
            "den Antrag kann nicht mehr vor dem Referendum beraten werden. Wien – Die Börse hat am "
            "Dienstag leichter geschlossen."
        ),
        # round 34: the label after the dash is a headline attribution (interviews._dash_heads)
        [
            (
                "direct",
                "Über den Antrag kann nicht mehr vor dem Referendum beraten werden.",
                "Merkel",
                "Merkel",
                "Angela Merkel",
            )
        ],
    ),
    (
        "Der Minister kündigte am Montag an: Wir bleiben hart.",
        # unmarked first-person speech after a colon frame is direct (round 24, colon_runs)
        [("direct", "Wir bleiben hart.", "kündigte … an", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DASH_LABEL, ids=[str(i) for i in range(len(DASH_LABEL))]
)
def test_title_label_after_dash(nlp, text, expected):
    assert _rows(nlp(text)) == expected
