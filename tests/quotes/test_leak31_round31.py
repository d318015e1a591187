"""Rows that are no statement, round 31 (issue 10):

- the writer's impersonal remark: a speech verb in the infinitive under "lässt sich"
  ("Eines lässt sich sagen: …", "Was sich über X sagen lässt: …", "So viel lässt sich
  festhalten: …") frames nobody's words (:mod:`pipeline.quotes.impersonal_remarks`); a
  speaker's frame around such words and a frame that names its speaker stay;
- a demand's object with a relative clause in the Konjunktiv II of a modal ("forderte
  Zugang zu Akten, die Aufschluss geben könnten"): the row held only the relative clause;
  it starts at the object (:mod:`pipeline.quotes.object_relatives`); a Konjunktiv I
  relative clause ("berichtete von einem Zeugen, der … gesehen habe") stays the content.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    ("Eines lässt sich schon jetzt sagen: Die Saison wird lang.", []),
    (
        (
            "Die Umfrage ist abgeschlossen. Was sich über die Nichtwähler sagen lässt: Sie "
            "sind jünger und ziehen öfter um."
        ),
        [],
    ),
    ("So viel lässt sich festhalten: Der Verein steht vor dem Abstieg.", []),
    # the speaker's own frame around the words stays
    (
        "Der Minister sagte, über die Zukunft des Werks lasse sich noch nichts sagen.",
        [
            (
                "indirect",
                "über die Zukunft des Werks lasse sich noch nichts sagen",
                "sagte",
                "Der Minister",
                None,
            )
        ],
    ),
    (
        "Über die Ursache lässt sich nur spekulieren, erklärte die Feuerwehr.",
        [
            (
                "indirect",
                "Über die Ursache lässt sich nur spekulieren",
                "erklärte",
                "die Feuerwehr",
                "Feuerwehr",
            )
        ],
    ),
    (
        (
            "Die Abgeordnete forderte zudem Zugang zu vertraulichen Akten, die über den Fall "
            "Aufschluss geben könnten."
        ),
        [
            (
                "indirect",
                "Zugang zu vertraulichen Akten, die über den Fall Aufschluss geben könnten",
                "forderte",
                "Die Abgeordnete",
                None,
            )
        ],
    ),
    (
        "Der Abgeordnete forderte eine Untersuchung, die den Fall aufklären könnte.",
        [
            (
                "indirect",
                "eine Untersuchung, die den Fall aufklären könnte",
                "forderte",
                "Der Abgeordnete",
                None,
            )
        ],
    ),
    # a Konjunktiv I in the relative clause is the content itself
    (
        "Die Anwältin berichtete von einem Zeugen, der den Angeklagten gesehen habe.",
        [
            (
                "indirect",
                "der den Angeklagten gesehen habe",
                "berichtete",
                "Die Anwältin",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_no_statement_rows(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
