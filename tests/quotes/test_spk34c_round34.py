"""Clauses before a comma that are no words of the cue after it (round 34, issue 10).

- one subject's coordinated predicates: "Der Bürgermeister trat vor die Presse, erklärte
  seinen Rücktritt und ging" -- the cue verb right after the comma has an accusative
  object right after it, no subject of its own and a coordinated finite verb after the
  object, and the clause before opens with its subject: no row; a frame with its subject
  after the verb stays ("…, kritisierte die Ministerin und forderte …", "…, empörte sich
  die Ministerin und verließ …", "…, räumte der Parteichef ein");
- a verb-first clause of time: "Kaum war das Spiel vorbei, empörte sich X über …": the
  clause before the comma says when X spoke, not what: with a reflexive cue or direct
  speech after the cue there is no row. A statement before the same cue stays ("Das war
  ein Skandal, empörte sich X"), and so do "Kaum jemand hat …" and "Kaum zu glauben" (no
  finite verb right after the adverb).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    ("Der Bürgermeister trat vor die Presse, erklärte seinen Rücktritt und ging.", []),
    ("Die Ministerin besuchte das Werk, lobte die Belegschaft und fuhr weiter.", []),
    ("Der Minister hielt eine Rede, lobte die Polizei und dankte den Helfern.", []),
    ("Der Kanzler verließ den Saal, kündigte eine Erklärung an und fuhr ab.", []),
    (
        "Das ist ein Skandal, empörte sich die Ministerin und verließ den Saal.",
        [("indirect", "Das ist ein Skandal", "empörte sich", "die Ministerin", None)],
    ),
    (
        "Die Regierung hat versagt, kritisierte die Ministerin und forderte Neuwahlen.",
        [("indirect", "Die Regierung hat versagt", "kritisierte", "die Ministerin", None)],
    ),
    (
        "Die Firma wird das Werk schließen, bestätigte dem STANDARD eine Sprecherin.",
        [
            (
                "indirect",
                "Die Firma wird das Werk schließen",
                "bestätigte",
                "eine Sprecherin",
                None,
            )
        ],
    ),
    (
        "Die Partei hat die Wahl verloren, räumte der Parteichef ein.",
        [("indirect", "Die Partei hat die Wahl verloren", "räumte … ein", "der Parteichef", None)],
    ),
    (
        "Das Projekt wird teurer, bestätigte die Stadträtin den Bericht.",
        [("indirect", "Das Projekt wird teurer", "bestätigte", "die Stadträtin", None)],
    ),
    ("Kaum war das Spiel vorbei, empörte sich Trainer Peter Stöger über den Schiedsrichter.", []),
    ("Kaum ist die Saison vorbei, ärgert sich der Präsident über die Transfers.", []),
    (
        "Kaum hatte die Ministerin das Podium betreten, beschwerte sich ein Abgeordneter über die Verspätung.",
        [],
    ),
    (
        "Kaum hatte er das Amt angetreten, sagte der neue Direktor Karl Moser: „Wir müssen sparen.“",
        [
            (
                "direct",
                "„Wir müssen sparen.“",
                "sagte",
                "der neue Direktor Karl Moser",
                "Karl Moser",
            )
        ],
    ),
    (
        "Das war ein Skandal, empörte sich Trainer Peter Stöger.",
        [
            (
                "indirect",
                "Das war ein Skandal",
                "empörte sich",
                "Trainer Peter Stöger",
                "Peter Stöger",
            )
        ],
    ),
    (
        "Kaum jemand hat damit gerechnet, freute sich Bürgermeisterin Anna Stadler.",
        [
            (
                "indirect",
                "Kaum jemand hat damit gerechnet",
                "freute sich",
                "Bürgermeisterin Anna Stadler",
                "Anna Stadler",
            )
        ],
    ),
    (
        "Kaum zu glauben, empörte sich der Abgeordnete Paul Reiter.",
        [
            (
                "indirect",
                "Kaum zu glauben",
                "empörte sich",
                "der Abgeordnete Paul Reiter",
                "Paul Reiter",
            )
        ],
    ),
    (
        "Als das Ergebnis feststand, freute sich die Kandidatin Maria Berger über den Sieg.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_verb_first_time_clauses(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
