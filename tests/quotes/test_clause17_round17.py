"""Indirect speech frames and content spans (round 17, helper "clause17"), on news-style
sentences written for these tests.

1. A speech verb that closes a subordinate clause put before the main clause ("Nachdem X
   angekündigt hatte, …", "Das Urteil, das der Richter verkündet hatte, …") frames no
   content that opens with a finite verb after the comma: that is the main clause (verb
   first after the fronted clause). A content clause right after a main-clause frame
   still counts, even one that opens with a conditional "sollte".
2. A source cue in a relative clause that "denen" (after a preposition), "was" or a
   "wo-" adverb opens reports that clause alone, not the sentence around it.
3. "…, die ihrer Meinung nach …": the possessive source written in lower case inside a
   sentence frames like the capitalised one that opens it.

Rows: ``(quote parts joined by " || ", speaker)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows as _rows

SUBORDINATE_FRAME = [
    (
        (
            "Nachdem der Minister seinen Rücktritt angekündigt hatte, habe die Partei eine "
            "Sondersitzung einberufen."
        ),
        [],
    ),
    ("Wenn die Stadt damals geklagt hätte, hätte sie keine Förderung mehr bekommen.", []),
    ("Das Urteil, das der Richter am Montag verkündet hatte, sorgte für Aufregung im Saal.", []),
    (
        "Der Minister sagte, sollte die Regierung nicht handeln, werde er klagen.",
        [("sollte die Regierung nicht handeln, werde er klagen", "Der Minister")],
    ),
    (
        (
            "Nachdem der Sprecher erklärt hatte, dass die Firma schließe, protestierten die "
            "Mitarbeiter."
        ),
        [("dass die Firma schließe", "der Sprecher")],
    ),
    (
        "Die Polizei erklärte am Abend, der Täter sei über die Grenze geflohen.",
        [("der Täter sei über die Grenze geflohen", "Die Polizei")],
    ),
]

RELATIVE_SOURCE = [
    (
        (
            "Die Gefangenen, unter denen sich nach Angaben der Behörden auch zwei Journalisten "
            "befinden sollen, wurden freigelassen."
        ),
        [("unter denen sich || auch zwei Journalisten befinden sollen", "der Behörden")],
    ),
    (
        (
            "Die Regierung plant Kürzungen, was nach Ansicht der Gewerkschaft vor allem "
            "Familien treffen würde."
        ),
        [("was || vor allem Familien treffen würde", "der Gewerkschaft")],
    ),
    (
        "Die Regierung plant Kürzungen, was vor allem Familien mit Kindern treffen würde.",
        [],
    ),
]

LOWER_CASE_OPINION = [
    (
        (
            "Ziel der Demonstranten ist der Sturz der Regierung, die ihrer Meinung nach zu "
            "Unrecht im Amt ist."
        ),
        [("die || zu Unrecht im Amt ist", "ihrer Meinung")],
    ),
    (
        "Der Bürgermeister hält den Plan seiner Ansicht nach für falsch.",
        [("Der Bürgermeister hält den Plan || für falsch", "seiner Ansicht")],
    ),
    ("Die Sängerin blieb bei ihrer Meinung, nach der Pause trat sie wieder auf.", []),
    ("Der Sänger trat nach seiner Rückkehr aus Amerika wieder in Wien auf.", []),
]


@pytest.mark.parametrize("text, expected", SUBORDINATE_FRAME)
def test_speech_verb_closing_a_fronted_clause(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", RELATIVE_SOURCE)
def test_source_cue_in_a_relative_clause(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", LOWER_CASE_OPINION)
def test_possessive_opinion_inside_a_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected
