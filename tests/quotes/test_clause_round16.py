"""Indirect speech missed or cut badly (round 16, helper "clause"), on news-style sentences
written for these tests.

1. A source cue ("laut X", "nach Angaben X") in the second of two main clauses a comma
   joins reports that clause only; not after a subordinate clause, nor when a personal
   pronoun carries the story on ("dann wurde es laut X gelöscht"). "laut" of a noise is no
   cue.
2. "er verstehe nicht, wie X behaupten konnte, …": a speech verb as an infinitive before a
   finite auxiliary in a "wie" clause asks how; it neither frames as "wie X sagte" nor cuts
   the content of the frame around it.
3. "Während X ankündigte, den Plan prüfen zu lassen, stellt sich …": the infinitive
   complement of a speech verb in a subordinate clause before the main clause; nothing for
   a narrative clause without content, a verb that is no speech verb, a speech verb after
   the infinitive clause ("…, zu lassen, sagte X") or "als ob".
4. "Sein Rivale, so X weiter, würde …": ", so X," between a fronted phrase and the finite
   verb frames the clause it interrupts (a lead-in before a colon stays out); not "so
   mancher …" or "so etwa den …" in a narrative clause.
5. "Wie die Zeitung („L'Equipe“) veröffentlichte, soll …": a publishing verb frames like a
   speech verb in a "wie" clause with a named source (a short quoted name may stand in a
   cue pattern's match); not "wie viele …", "wie alle anderen …" or a plain publication.

Rows: ``(quote parts joined by " || ", speaker)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows as _rows

SECOND_CLAUSE = [
    (
        (
            "Die Regierung will die Steuern senken, das Budget sei laut Finanzminister Peter Huber "
            "aber gesichert."
        ),
        [("das Budget sei || aber gesichert", "Finanzminister Peter Huber")],
    ),
    (
        "Der Zug fuhr pünktlich ab, die Fahrgäste mussten nach Angaben der ÖBB aber lange warten.",
        [("die Fahrgäste mussten || aber lange warten", "der ÖBB")],
    ),
    (
        "Das Video war drei Stunden lang online, dann wurde es laut einem Sprecher gelöscht.",
        [
            (
                "Das Video war drei Stunden lang online, dann wurde es || gelöscht",
                "einem Sprecher",
            )
        ],
    ),
    (
        "Nachdem der Brand gelöscht war, seien laut Feuerwehr noch Glutnester gefunden worden.",
        [
            (
                "Nachdem der Brand gelöscht war, seien || noch Glutnester gefunden worden",
                "Feuerwehr",
            )
        ],
    ),
    ("Die Musik im Lokal war laut, die Nachbarn beschwerten sich bei der Polizei.", []),
]

ASKS_HOW = [
    (
        (
            "Weiter sagte der Anwalt, er verstehe nicht, wie die Behörde behaupten konnte, der "
            "Antrag sei verspätet."
        ),
        [
            (
                "er verstehe nicht, wie die Behörde behaupten konnte, der Antrag sei verspätet",
                "der Anwalt",
            )
        ],
    ),
    ("Die Lage sei ernst, wie der Minister betonte.", [("Die Lage sei ernst", "der Minister")]),
    (
        "Die Sprecherin fragte, wie man so etwas behaupten könne.",
        [("wie man so etwas behaupten könne", "Die Sprecherin")],
    ),
]

SUBORDINATE_INFINITIVE = [
    (
        (
            "Während Premierminister Hans Maier ankündigte, den Vorschlag von einer Kommission "
            "prüfen zu lassen, stellt sich die Opposition hinter den Plan."
        ),
        [("den Vorschlag von einer Kommission prüfen zu lassen", "Hans Maier")],
    ),
    (
        (
            "Nachdem der Bürgermeister angekündigt hatte, die Gebühren zu senken, stieg seine "
            "Beliebtheit."
        ),
        [("die Gebühren zu senken", "der Bürgermeister")],
    ),
    ("Während der Minister sprach, stellte sich die Opposition hinter den Plan.", []),
    (
        (
            "Nachdem die Polizei versucht hatte, die Demonstranten zu vertreiben, kam es zu "
            "Ausschreitungen."
        ),
        [],
    ),
    (
        (
            "Das bedeute, dass Moskau verlange, den Präsidenten an der Macht zu lassen, sagte der "
            "Chef der Gruppe."
        ),
        [
            (
                "Das bedeute, dass Moskau verlange, den Präsidenten an der Macht zu lassen",
                "der Chef der Gruppe",
            )
        ],
    ),
    ("Als ob er hoffte, damit seine Schuld zu verbergen, schwieg der Angeklagte.", []),
]

INTERPOSED_SO = [
    (
        "Sein Rivale, so der Senator weiter, würde massiv Spenden von Lobbygruppen erhalten.",
        [("Sein Rivale || würde massiv Spenden von Lobbygruppen erhalten", "der Senator")],
    ),
    (
        (
            "Der Experte sieht das anders: Bisher, so Martin Huber, habe der Minister das Thema "
            "ausgeklammert."
        ),
        [("Bisher || habe der Minister das Thema ausgeklammert", "Martin Huber")],
    ),
    ("So mancher Abgeordnete, der im Parlament sitzt, hat Sorgen.", []),
    ("Die Partei hat Unterstützer, so etwa den Bürgermeister, hat aber auch Kritiker im Land.", []),
]

WIE_PUBLISHED = [
    (
        "Wie die Sportzeitung „L'Equipe“ veröffentlichte, soll der Stürmer den Verein verlassen.",
        [("soll der Stürmer den Verein verlassen", "die Sportzeitung „L'Equipe“")],
    ),
    (
        "Wie Eurostat am Montag veröffentlichte, ist die Zahl der Arbeitslosen gesunken.",
        [("ist die Zahl der Arbeitslosen gesunken", "Eurostat")],
    ),
    ("Das Buch, das sie wie alle anderen veröffentlichte, wurde ein Erfolg.", []),
    ("Wie viele Bücher der Verlag veröffentlichte, ist unklar.", []),
    ("Die Zeitung veröffentlichte ein Foto des Verdächtigen.", []),
]


@pytest.mark.parametrize("text, expected", SECOND_CLAUSE)
def test_source_cue_in_a_second_main_clause(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", ASKS_HOW)
def test_wie_clause_that_asks_how(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", SUBORDINATE_INFINITIVE)
def test_infinitive_content_in_a_subordinate_clause(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", INTERPOSED_SO)
def test_interposed_so_frame(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", WIE_PUBLISHED)
def test_wie_published(nlp, text, expected):
    assert _rows(nlp(text)) == expected
