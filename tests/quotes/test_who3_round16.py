"""Speakers of round 16 (third task): a relative pronoun the tagger took for an article, and
a part of a group as subject.

- "Innenminister Herbert Kickl, der betonte, …": the tagger calls "der" an article
  (``PronType=Art``), yet it is the subject and first word of a relative clause after a
  comma; it names the person before the comma as a tagged relative pronoun does
  ("Anna Weber, die erklärte"; another step may take the phrase before as the mention, with
  the same name); a noun before it that names no one ("einen Zeugen, der
  sagte") leaves the name empty;
- "Etwa einer von drei Befragten erklärte", "Zwei von drei Wählern sagten", "Einer von ihnen
  sagte": a count word, "von" and the group up to the verb are the mention; "Jeder dritte
  Befragte erklärte", parsed as two subjects, is one mention. Mentions that were right
  already stay ("Jeder Zweite", "Die Hälfte der Befragten", "Mehr als 60 Prozent der
  Befragten"); "von" as part of a quote or after the verb changes nothing.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

RELATIVE = [
    (
        "Innenminister Herbert Kickl, der betonte, dass die Reform komme, verließ den Saal.",
        [("indirect", "dass die Reform komme", "betonte", "der", "Herbert Kickl")],
    ),
    (
        (
            "Der Grazer Bürgermeister Siegfried Nagl, der erklärte, die Stadt müsse sparen, "
            "blieb bei seiner Linie."
        ),
        [
            (
                "indirect",
                "die Stadt müsse sparen",
                "erklärte",
                "Der Grazer Bürgermeister Siegfried Nagl",
                "Siegfried Nagl",
            )
        ],
    ),
    (
        "Bürgermeisterin Anna Weber, die erklärte, die Stadt werde sparen müssen, blieb gelassen.",
        [("indirect", "die Stadt werde sparen müssen", "erklärte", "die", "Anna Weber")],
    ),
    (
        "Kritik kam von Greenpeace, die erklärte, das Projekt sei gefährlich.",
        [("indirect", "das Projekt sei gefährlich", "erklärte", "die", "Greenpeace")],
    ),
    (
        "Die Polizei befragte einen Zeugen, der sagte, er habe nichts gesehen.",
        [("indirect", "er habe nichts gesehen", "sagte", "der", None)],
    ),
]

GROUPS = [
    (
        (
            "Etwa einer von drei Befragten erklärte, die Möglichkeit zu haben, von zu Hause aus "
            "zu arbeiten."
        ),
        [
            (
                "indirect",
                "die Möglichkeit zu haben, von zu Hause aus zu arbeiten",
                "erklärte",
                "Etwa einer von drei Befragten",
                None,
            )
        ],
    ),
    (
        "Zwei von drei Österreichern sagten, sie würden wieder wählen gehen.",
        [
            (
                "indirect",
                "sie würden wieder wählen gehen",
                "sagten",
                "Zwei von drei Österreichern",
                None,
            )
        ],
    ),
    (
        "Einer von ihnen sagte, man habe keine Wahl gehabt.",
        [("indirect", "man habe keine Wahl gehabt", "sagte", "Einer von ihnen", None)],
    ),
    (
        "Jeder dritte Befragte erklärte, er habe kein Vertrauen in die Politik.",
        [
            (
                "indirect",
                "er habe kein Vertrauen in die Politik",
                "erklärte",
                "Jeder dritte Befragte",
                None,
            )
        ],
    ),
    (
        "Jeder Zweite sagte, die Lage habe sich verschlechtert.",
        [("indirect", "die Lage habe sich verschlechtert", "sagte", "Jeder Zweite", None)],
    ),
    (
        "Die Hälfte der Befragten gab an, mit der Regierung unzufrieden zu sein.",
        [
            (
                "indirect",
                "mit der Regierung unzufrieden zu sein",
                "gab … an",
                "Die Hälfte der Befragten",
                None,
            )
        ],
    ),
    (
        "Mehr als 60 Prozent der Befragten gaben an, die Maßnahmen zu unterstützen.",
        [
            (
                "indirect",
                "die Maßnahmen zu unterstützen",
                "gaben … an",
                "Mehr als 60 Prozent der Befragten",
                None,
            )
        ],
    ),
    (
        "Die Zahl der Arbeitslosen stieg von drei auf vier Prozent, sagte der Minister.",
        [
            (
                "indirect",
                "Die Zahl der Arbeitslosen stieg von drei auf vier Prozent",
                "sagte",
                "der Minister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), RELATIVE + GROUPS, ids=[str(i) for i in range(len(RELATIVE + GROUPS))]
)
def test_relative_and_group_speakers(nlp, text, expected):
    assert _rows(nlp(text)) == expected
