"""Narration before a Konjunktiv clause, and phrases framed after them (round 34, issue 10).

- after a statement, an indicative main clause whose verbs neither say nor think anything
  (no speech verb form, no cue) before a Konjunktiv main clause after a comma is the
  writer's account of an event, not a frame: the Konjunktiv clause goes on with the
  statement's speaker ("Die Mannschaft verlor das Spiel, der Schiedsrichter habe …"); a
  speech verb there frames it ("Der Verteidiger widersprach, der Schiedsrichter habe …"),
  and so does the subject of a sentence with no statement before it ("Der Konzern schloss
  das Werk, man habe keine Wahl gehabt") or a conjunction ("…, dass er … sei");
- words framed after them that are no clause are no row: a participle phrase ("Auf die
  Kritik angesprochen, sagte X: „…“", "Nach ihren Plänen gefragt", "Darauf angesprochen")
  and a prepositional phrase with a relative clause before direct speech or a pattern's
  emotion ("Nach dem Spiel, das 2:1 endete, ärgerte sich X über …"); a short statement
  with a participle ("Alles richtig gemacht, sagte X") and a clause with a relative clause
  in it stay.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        "„Wir waren besser“, sagte Trainer Jonas Berger. Die Mannschaft verlor das Spiel, der Schiedsrichter habe ein reguläres Tor aberkannt.",
        [
            ("direct", "„Wir waren besser“", "sagte", "Trainer Jonas Berger", "Jonas Berger"),
            (
                "continuation",
                "der Schiedsrichter habe ein reguläres Tor aberkannt",
                None,
                "Trainer Jonas Berger",
                "Jonas Berger",
            ),
        ],
    ),
    (
        "Die Ministerin werde nicht zurücktreten, sagte ein Sprecher. Die Partei verlor zwei Sitze, man werde aber weiter regieren.",
        [
            ("indirect", "Die Ministerin werde nicht zurücktreten", "sagte", "ein Sprecher", None),
            ("continuation", "man werde aber weiter regieren", None, "ein Sprecher", None),
        ],
    ),
    (
        "„Wir sind enttäuscht“, sagte die Obfrau Maria Koller. Der Verein stieg in die zweite Liga ab, die Spieler hätten zu wenig gekämpft.",
        [
            ("direct", "„Wir sind enttäuscht“", "sagte", "die Obfrau Maria Koller", "Maria Koller"),
            (
                "continuation",
                "die Spieler hätten zu wenig gekämpft",
                None,
                "die Obfrau Maria Koller",
                "Maria Koller",
            ),
        ],
    ),
    (
        "„Wir waren besser“, sagte Trainer Jonas Berger. Der Verteidiger widersprach, der Schiedsrichter habe richtig entschieden.",
        [
            ("direct", "„Wir waren besser“", "sagte", "Trainer Jonas Berger", "Jonas Berger"),
            (
                "indirect",
                "der Schiedsrichter habe richtig entschieden",
                "widersprach",
                "Der Verteidiger",
                "Jonas Berger",
            ),
        ],
    ),
    (
        "Der Konzern schloss das Werk, man habe keine Wahl gehabt.",
        [("continuation", "man habe keine Wahl gehabt", None, "Der Konzern", None)],
    ),
    (
        "Das Gericht folgte dem Antrag, dass er nicht verhandlungsfähig sei.",
        [("continuation", "dass er nicht verhandlungsfähig sei", None, "Das Gericht", "Gericht")],
    ),
    (
        "Auf die Kritik angesprochen, sagte der Minister: „Wir haben alles richtig gemacht.“",
        [("direct", "„Wir haben alles richtig gemacht.“", "sagte", "der Minister", None)],
    ),
    (
        "Nach ihren Plänen gefragt, sagte die Kanzlerin: „Ich bleibe.“",
        [("direct", "„Ich bleibe.“", "sagte", "die Kanzlerin", None)],
    ),
    (
        "Darauf angesprochen, sagte Bürgermeister Karl Maier: „Das prüfen wir.“",
        [("direct", "„Das prüfen wir.“", "sagte", "Bürgermeister Karl Maier", "Karl Maier")],
    ),
    (
        "Nach dem Spiel, das 2:1 endete, ärgerte sich Trainer Peter Stöger über den Schiedsrichter.",
        [],
    ),
    (
        "Vor der Sitzung, die drei Stunden dauerte, sagte die Ministerin: „Wir einigen uns heute.“",
        [("direct", "„Wir einigen uns heute.“", "sagte", "die Ministerin", None)],
    ),
    (
        "Alles richtig gemacht, sagte der Trainer nach dem Spiel.",
        [("indirect", "Alles richtig gemacht", "sagte", "der Trainer", None)],
    ),
    (
        "Das Spiel, das wir verloren haben, war unser schlechtestes, sagte der Trainer.",
        [
            (
                "indirect",
                "Das Spiel, das wir verloren haben, war unser schlechtestes",
                "sagte",
                "der Trainer",
                None,
            )
        ],
    ),
    (
        "Nach dem Spiel sind wir alle müde, sagte die Kapitänin.",
        [("indirect", "Nach dem Spiel sind wir alle müde", "sagte", "die Kapitänin", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_narration_and_phrase_frames(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
