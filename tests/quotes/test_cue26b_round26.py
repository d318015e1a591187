"""Cue frames of round 26, second wave (issue 10): a main clause the parser hung on a noun,
"wie" frames around a bracket, the addressee of a "zu" infinitive and tagger moods on words
that are no verbs.

- ", die Polizei spricht von 4.000 Teilnehmern" after another clause: both parsers make it a
  relative clause, but it opens with the article of its subject right before the verb (verb
  second): a main clause, a speech act of its own, from the subject on; a relative clause
  ("…, der von … spricht") and an apposition before the verb stay as they were;
- "wie die Zeitung am Sonntag (Ortszeit) berichtete" at the end or the start of a sentence:
  a bracket with no verb in it does not end the "wie" clause; set into the content ("Von
  einer Reform, wie X (ÖVP) behaupte, kann keine Rede sein, so Y") or before a colon
  ("…, antwortete das Ministerium: …") it frames nothing new;
- "… eine Reihe weiterer Polizisten gebeten zu haben, …": an infinitive clause has no
  subject; an accusative the parser calls its subject is whom someone asked, no speaker;
- "war sich (die Staatsanwaltschaft) sicher, dass …" and "sah es als erwiesen an, dass …"
  (cue patterns ``war_sich_sicher``, ``sah_als_erwiesen_an``) frame the subject's view; "Es
  ist sicher, dass …" (no "sich") and a negation do not;
- the tagger's Konjunktiv on a number ("1970er-Jahre") or on an adjective before its noun in
  a verb-final clause ("ob sich dahinter blanke Mordlust … verbirgt") makes no orphan.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    # a main clause after a comma, not a relative clause
    (
        "Tausende zogen am Samstag durch die Innenstadt, die Polizei spricht von 4.000 Teilnehmern.",
        [
            (
                "reported",
                "die Polizei spricht von 4.000 Teilnehmern.",
                "spricht",
                "die Polizei",
                "Polizei",
            )
        ],
    ),
    ("Gesucht wird ein Mann, der von einer Verschwörung spricht.", []),
    (
        "Franco Berger, der Trainer der Gäste, die seit Wochen nicht gewonnen haben, warnte vor dem Gegner.",
        [
            (
                "reported",
                "Franco Berger, der Trainer der Gäste, die seit Wochen nicht gewonnen haben, warnte vor dem Gegner.",
                "warnte",
                "Franco Berger",
                "Franco Berger",
            )
        ],
    ),
    # "wie" frames around a bracket
    (
        (
            "Der Sänger ist tot. Er starb am Samstag, wie die Zeitung am Sonntag (Ortszeit) "
            "berichtete. Todesursache sei ein Herzinfarkt gewesen."
        ),
        [
            ("indirect", "Er starb am Samstag", "wie … berichtete", "die Zeitung", None),
            (
                "continuation",
                "Todesursache sei ein Herzinfarkt gewesen.",
                None,
                "die Zeitung",
                None,
            ),
        ],
    ),
    (
        "Wie die Zeitung (Montag) berichtet, sind Abschläge geplant.",
        [("indirect", "sind Abschläge geplant", "Wie … berichtet", "die Zeitung (Montag)", None)],
    ),
    (
        "Von einer Reform, wie Minister Hans Berger (ÖVP) behaupte, kann keine Rede sein, so Huber.",
        [
            (
                "indirect",
                "Von einer Reform, wie Minister Hans Berger (ÖVP) behaupte, kann keine Rede sein",
                "so",
                "Huber",
                "Huber",
            )
        ],
    ),
    (
        (
            "Wie die Zeitung (Montag) berichtet, antwortete das Ministerium auf eine Anfrage: "
            "Die Kontrollen seien ausreichend gewesen."
        ),
        [
            (
                "indirect",
                "Die Kontrollen seien ausreichend gewesen",
                "antwortete",
                "das Ministerium",
                "Ministerium",
            )
        ],
    ),
    # whom someone asked is no speaker
    (
        (
            "Die Frau ging nicht zum Wirt. Allerdings scheint sie nicht zu dem Beamten gegangen "
            "zu sein, der sie durchgelassen hat, sondern eine Reihe weiterer Polizisten gebeten "
            "zu haben, die Linie passieren zu dürfen."
        ),
        [("indirect", "die Linie passieren zu dürfen", "gebeten", None, None)],
    ),
    (
        "Die Ministerin hat die Länder gebeten, mehr Lehrer einzustellen.",
        [("indirect", "mehr Lehrer einzustellen", "gebeten", "Die Ministerin", None)],
    ),
    # certainty and proof stated with "sich sicher" and "als erwiesen ansehen"
    (
        "Der Trainer war sich sicher, dass die Mannschaft gewinnen werde.",
        [
            (
                "indirect",
                "dass die Mannschaft gewinnen werde",
                "war sich sicher",
                "Der Trainer",
                None,
            )
        ],
    ),
    (
        "Nach den Tests war sich die Staatsanwaltschaft sicher, dass die Beweise ausreichen würden.",
        [
            (
                "indirect",
                "dass die Beweise ausreichen würden",
                "war sich die Staatsanwaltschaft sicher",
                "die Staatsanwaltschaft",
                "Staatsanwaltschaft",
            )
        ],
    ),
    (
        "Das Gericht sah es als erwiesen an, dass die Täter einen Anschlag geplant hatten.",
        [
            (
                "indirect",
                "dass die Täter einen Anschlag geplant hatten",
                "sah es als erwiesen an",
                "Das Gericht",
                "Gericht",
            )
        ],
    ),
    ("Es ist sicher, dass der Zug Verspätung hat.", []),
    ("Der Minister war sich nicht sicher, ob die Reform kommt.", []),
    # no verb, no orphan
    (
        (
            "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Für Beamte ist es kaum "
            "möglich zu erkennen, ob sich hinter einem Hut blanke Mordlust oder lediglich "
            "Eitelkeit verbirgt."
        ),
        [("indirect", "die Mannschaft sei gut vorbereitet", "sagte", "Der Trainer", None)],
    ),
    (
        (
            "Die Sängerin sagte, sie liebe das Publikum. Geschult an der Musik der 1960er- und "
            "1970er-Jahre ebenso wie an der Klassik, entsteht bei ihr ein eigener Klang."
        ),
        [("indirect", "sie liebe das Publikum", "sagte", "Die Sängerin", None)],
    ),
]


@pytest.mark.parametrize("text,expected", DOCUMENTS)
def test_cue26b_frames(nlp, text, expected):
    assert _rows(nlp(text)) == expected
