"""Speakers, twelfth round (issue 10), on news-style texts written for these tests.

A speech verb without a subject right after a fronted phrase of an origin preposition
("Aus Regierungskreisen verlautete, …") takes that phrase as the source of the statement
(roles.jsonl, function_word group "origin"); not when another noun phrase without a
preposition stands in the clause ("Aus diesem Grund forderte die Gewerkschaft, …": the
subject speaks), not for a source phrase after the verb of a named speaker ("ließ ein
Sprecher … aus Berlin verlauten"), and a sentence without a speech verb yields nothing.

A passive speech verb with its ``von``/``vom`` agent right after the object that follows the
auxiliary ("wurde die Stadtregierung vom Mieterbund aufgefordert") takes the agent; a
``von`` attribute before the auxiliary ("Der Bürgermeister von Villach wird … zitiert") is
no agent.

A subject that is a name in quotation marks, with or without an article before it ("Das
„Bündnis für Arbeit“ kündigte an", "„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten
an"), is the speaker, and the name is no quote of its own; a quoted name after the verb
stays an object ("nennt „Twitter“").

A lone capitalised word before the finite verb that the tagger takes for an adverb is the
subject when it names persons, or when the noun the parse calls the subject after the verb
does not agree with the verb ("Kritiker werfen Obama vor" -> "Kritiker"); a time adverb
("Gestern warf Obama … vor") or a fronted adjective ("Besorgt äußerte sich Kofi Annan")
is not.

A demonstrative subject hung loose by the parse ("Dieser behauptete …") is the speaker
mention; "dieser"/"letztere" names nobody when a person noun stands between it and the
last named person ("… eine Strafanzeige eines Privatdetektivs. Dieser behauptete" is the
detective, not the mayor named before), and the named person when none does.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order (Austrian, Swiss, German).
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    """``(kind, text, cue, speaker, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.cue, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


CASES = [
    # Austrian: circles of the government, a place and a day after the phrase
    (
        "Aus Regierungskreisen in Wien verlautete am Dienstag, die Reform werde verschoben.",
        [
            (
                "indirect",
                "die Reform werde verschoben",
                "verlautete",
                "Regierungskreisen in Wien",
                None,
            )
        ],
    ),
    # Swiss: a building that stands for the government, with its article
    (
        "Aus dem Bundeshaus verlautete, der Bundesrat prüfe den Vorschlag noch.",
        [
            (
                "indirect",
                "der Bundesrat prüfe den Vorschlag noch",
                "verlautete",
                "dem Bundeshaus",
                None,
            )
        ],
    ),
    # German: coalition circles
    (
        "Aus Koalitionskreisen verlautete, man sei sich über die Grundzüge der Rentenreform einig.",
        [
            (
                "indirect",
                "man sei sich über die Grundzüge der Rentenreform einig",
                "verlautete",
                "Koalitionskreisen",
                None,
            )
        ],
    ),
    # a reason, not a source: the subject after the verb speaks
    (
        "Aus diesem Grund forderte die Gewerkschaft, die Löhne um drei Prozent zu erhöhen.",
        [
            (
                "indirect",
                "die Löhne um drei Prozent zu erhöhen",
                "forderte",
                "die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    # a named speaker with a place after him: the speaker, not the place
    (
        "„Wir sind zufrieden“, ließ ein Sprecher des Ministeriums aus Berlin verlauten.",
        [
            (
                "direct",
                "„Wir sind zufrieden“",
                "verlauten",
                "ein Sprecher des Ministeriums",
                "Ministerium",
            )
        ],
    ),
    # no speech verb: nothing
    ("Aus Salzburg kamen am Montag die ersten Touristen zurück.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_speakers_round12_origin(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


PASSIVE_AGENTS = [
    # Austrian: the agent right after the object of the passive
    (
        "Am Dienstag wurde die Stadtregierung vom Mieterbund aufgefordert, die Mieten einzufrieren.",
        [("indirect", "die Mieten einzufrieren", "aufgefordert", "Mieterbund", None)],
    ),
    # Swiss: "von der" + organisation
    (
        (
            "Gestern wurde der Gemeinderat von der Bürgerinitiative ersucht, die Abstimmung zu"
            " verschieben."
        ),
        [
            (
                "indirect",
                "die Abstimmung zu verschieben",
                "ersucht",
                "der Bürgerinitiative",
                None,
            )
        ],
    ),
    # Austrian: "von" before the auxiliary is an attribute; the outlet cites the mayor
    (
        (
            "Der Bürgermeister von Villach wird von der „Kleinen Zeitung“ mit den Worten zitiert:"
            " „Wir lassen niemanden im Stich.“"
        ),
        [
            (
                "direct",
                "„Wir lassen niemanden im Stich.“",
                "mit den Worten",
                "Der Bürgermeister von Villach",
                None,
            ),
            (
                "direct",
                "Wir lassen niemanden im Stich.",
                "mit den Worten",
                "der „Kleinen Zeitung“",
                "Kleine Zeitung",
            ),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", PASSIVE_AGENTS, ids=[c[0][:40] for c in PASSIVE_AGENTS])
def test_speakers_round12_passive_agent(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


QUOTED_NAMES = [
    # German: article + quoted name as subject
    (
        "Das „Bündnis für Arbeit“ kündigte an, die Gespräche fortzusetzen.",
        [
            (
                "indirect",
                "die Gespräche fortzusetzen",
                "kündigte … an",
                "Das „Bündnis für Arbeit“",
                "Bündnis für Arbeit",
            )
        ],
    ),
    # Austrian: a consumer association
    (
        "Der „Verein für Konsumenteninformation“ warnt davor, die Verträge zu unterschreiben.",
        [
            (
                "indirect",
                "die Verträge zu unterschreiben",
                "warnt",
                "Der „Verein für Konsumenteninformation“",
                "Verein für Konsumenteninformation",
            )
        ],
    ),
    # Swiss/international: a quoted name opening a coordinated subject is no quote
    (
        "„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an, die Hilfe auszuweiten.",
        [
            (
                "indirect",
                "die Hilfe auszuweiten",
                "kündigten … an",
                "„Ärzte ohne Grenzen“ sowie das Rote Kreuz",
                "Ärzte ohne Grenzen",
            )
        ],
    ),
    # a quoted name after the verb is the object: the subject speaks
    (
        "Der Jahresbericht nennt „Twitter“ in Syrien als Beispiel.",
        [
            (
                "mixed",
                "„Twitter“ in Syrien als Beispiel",
                "nennt",
                "Der Jahresbericht",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize("text, expected", QUOTED_NAMES, ids=[c[0][:40] for c in QUOTED_NAMES])
def test_speakers_round12_quoted_name_subject(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


FRONTED_NAMES = [
    # German: the tagger reads "Kritiker" as an adverb and "Obama" as the subject
    (
        (
            "Die Wahl fiel auf einen Experten in Verteidigungsfragen. Kritiker werfen Obama vor, er"
            " hätte die Entscheidung nur getroffen, um seine Unerfahrenheit zu kaschieren."
        ),
        [
            (
                "indirect",
                "er hätte die Entscheidung nur getroffen, um seine Unerfahrenheit zu kaschieren",
                "werfen … vor",
                "Kritiker",
                None,
            )
        ],
    ),
    # Swiss: opponents of a federal councillor
    (
        (
            "Die Regierung setzt auf einen Juristen aus Verteidigungsfragen. Gegner werfen Amherd vor,"
            " sie hätte die Entscheidung nur getroffen, um Zeit zu gewinnen."
        ),
        [
            (
                "indirect",
                "sie hätte die Entscheidung nur getroffen, um Zeit zu gewinnen",
                "werfen … vor",
                "Gegner",
                None,
            )
        ],
    ),
    # Austrian/international: a fronted adjective is no speaker, the name after the verb is
    (
        "Besorgt äußerte sich Kofi Annan über die Lage: „Wir müssen handeln.“",
        [
            (
                "direct",
                "„Wir müssen handeln.“",
                "äußerte",
                "Kofi Annan",
                "Kofi Annan",
            )
        ],
    ),
]


@pytest.mark.parametrize("text, expected", FRONTED_NAMES, ids=[c[0][:40] for c in FRONTED_NAMES])
def test_speakers_round12_fronted_name(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


DEMONSTRATIVES = [
    # German: the detective in between, not the mayor
    (
        (
            "Gegen Bürgermeister Kurt Ertel wird ermittelt. Anlass war eine Strafanzeige eines"
            " Privatdetektivs. Dieser behauptete belegen zu können, dass Ertel falsch abgerechnet"
            " habe."
        ),
        [
            (
                "indirect",
                "dass Ertel falsch abgerechnet habe",
                "behauptete",
                "Dieser",
                None,
            )
        ],
    ),
    # Austrian: a lawyer in between
    (
        (
            "Gegen Landesrat Peter Huber wird ermittelt. Die Anzeige stammt von einem Anwalt aus Linz."
            " Dieser sagte, die Belege seien eindeutig."
        ),
        [("indirect", "die Belege seien eindeutig", "sagte", "Dieser", None)],
    ),
    # German: no person noun in between: the mayor
    (
        (
            "Bürgermeister Kurt Ertel wies die Vorwürfe zurück. Dieser sagte, er werde nicht"
            " zurücktreten."
        ),
        [("indirect", "er werde nicht zurücktreten", "sagte", "Dieser", "Kurt Ertel")],
    ),
]


@pytest.mark.parametrize("text, expected", DEMONSTRATIVES, ids=[c[0][:40] for c in DEMONSTRATIVES])
def test_speakers_round12_demonstrative(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected
