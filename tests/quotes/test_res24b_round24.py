"""Speaker names of round 24b (issue 10, "Speakers"): a class noun is no body's name.

- a mention whose noun names a class of bodies, alone or as a compound's head ("das
  Unternehmen", "der Konzern", "des Nachrichtenmagazins", "ein Unternehmenssprecher", "eine
  Sprecherin der Organisation") names the body of that class the text named: an acronym in
  brackets after it ("die Internationale Organisation für Migration (IOM)"), a capitalised
  adjective that makes it a name ("die Kleine Zeitung"), else the organisation named or heard
  last in its sentence and the two before ("Der Sender BTV will …, erklärt ein
  Unternehmenssprecher"; "Das berichtet der Spiegel. Nach Informationen des
  Nachrichtenmagazins …") -- not one introduced as the press for a company or the other way
  round ("das Magazin Profil" is no "Konzern");
- with no such body, or for several ("Mehrere Sender berichteten"), the name stays empty,
  never the bare class noun.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

NAMED = [
    (
        (
            "Der Autohersteller Brenner verkauft mehr Wagen. Der Konzern erklärte, die "
            "Nachfrage in Asien sei stark gewesen."
        ),
        [("Der Konzern", "Brenner")],
    ),
    (
        (
            "Die Firma Kessler Solar hat ihren Umsatz verdoppelt. Das Unternehmen teilte mit, "
            "es wolle im nächsten Jahr 200 Stellen schaffen."
        ),
        [("Das Unternehmen", "Kessler Solar")],
    ),
    (
        (
            "Das berichtet der Spiegel in seiner neuen Ausgabe. Nach Informationen des "
            "Nachrichtenmagazins wurden die Daten jahrelang an Dritte weitergegeben."
        ),
        [("des Nachrichtenmagazins", "Der Spiegel")],
    ),
    (
        (
            "Am Montag hatte die Internationale Organisation für Migration (IOM) bekannt "
            "gegeben, seit Jahresbeginn seien etwa 20.000 Menschen über das Meer gekommen."
        ),
        [("die Internationale Organisation für Migration (IOM)", "IOM")],
    ),
    (
        (
            "Helfer des Roten Kreuzes versorgten den Verletzten. Der Mann sei ansprechbar "
            "gewesen, sagte eine Sprecherin der Organisation."
        ),
        [("eine Sprecherin der Organisation", "Rotes Kreuz")],
    ),
    (
        (
            "Der Sender BTV will die Vorwürfe prüfen, erklärt ein Unternehmenssprecher: "
            "„Wir klären den Sachverhalt restlos auf.“"
        ),
        [
            ("ein Unternehmenssprecher", "BTV"),
            ("ein Unternehmenssprecher", "BTV"),
        ],
    ),
    (
        "Der Bürgermeister trete zurück, berichtete die Kleine Zeitung am Montag.",
        [("die Kleine Zeitung", "Kleine Zeitung")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED, ids=[str(i) for i in range(len(NAMED))])
def test_class_noun_names_the_body(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


UNNAMED = [
    # no body named before: empty, not "Unternehmen"
    (
        (
            "Die Preise steigen weiter. Das Unternehmen teilte mit, es wolle im nächsten Jahr "
            "200 Stellen schaffen."
        ),
        [("Das Unternehmen", None)],
    ),
    # a magazine is no company
    (
        (
            "Das Magazin Profil schreibt über den Autobauer. Der Konzern erklärte, die "
            "Nachfrage sei stark gewesen."
        ),
        [("Der Konzern", None)],
    ),
    # several
    (
        (
            "Der Sender BTV zeigte das Spiel. Mehrere Sender berichteten, die Partie sei "
            "verschoben worden."
        ),
        [("Mehrere Sender", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED, ids=[str(i) for i in range(len(UNNAMED))])
def test_class_noun_without_body_stays_empty(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
