"""A frame whose content was its own subject (round 36, class cue36b, issue 10).

"Der Vorsitzende der Partei …, der als starker Mann … gilt, wies Kritik … zurück" gave an
indirect row whose text was the subject with its relative clause (10kGNAD row 276): the
parse hung the subject on the relative clause's verb, so the parse-based guard
(``frames._own_subject_before``) did not see it. ``frames._phrase_with_relative`` checks by
the tags: a noun phrase in the nominative and a relative clause that runs up to the comma
before the cue, with nothing finite after the cue, are the cue's own subject, never what was
said. When the parse has no subject in the nominative after the verb ("Kritik"), the phrase
is the speaker, and a reported act (``reported`` cue kinds) is reported with it; else no
row. Fronted objects and phrases with a relative clause ("Den Antrag, den …, lehnte X ab")
are left as they were (on train their rows overlap the gold's reported sentence). Real
content before the cue stays ("Die Lage sei ernst, sagte X, der …").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, parts joined by " || ", cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows as rows

REPORTED_ACTS = [
    (
        "Der Vorsitzende der Partei Recht und Gerechtigkeit (PiS), der als starker Mann hinter "
        "der Regierung gilt, wies Kritik wegen demokratischer Missstände am Montag zurück.",
        [
            (
                "reported",
                "Der Vorsitzende der Partei Recht und Gerechtigkeit (PiS), der als starker Mann "
                "hinter der Regierung gilt, wies Kritik wegen demokratischer Missstände am Montag "
                "zurück.",
                "wies … zurück",
                "Der Vorsitzende der Partei Recht und Gerechtigkeit (PiS)",
                None,
            )
        ],
    ),
]

# the subject with its relative clause is no quote text; no act to report either
NOTHING = [
    "Der Bürgermeister von Linz, der seit 2013 im Amt ist, wies die Vorwürfe der Opposition "
    "entschieden zurück.",
    "Der 51-Jährige, der den Verein vor dem Abstieg gerettet hatte, erklärte am Montag seinen "
    "Rücktritt.",
    # near-misses: no row before, none after
    "Die Sprecherin, die namentlich nicht genannt werden wollte, bestätigte den Bericht.",
    "Ein Vorschlag, den die Kommission am Montag veröffentlichte, wurde von der Organisation "
    "Attac scharf kritisiert.",
]

UNCHANGED = [
    (
        "Der frühere Parteichef (SPÖ), der als Kandidat für das Amt gilt, wies jede Kritik an "
        "der Reform zurück.",
        [
            (
                "reported",
                "Der frühere Parteichef (SPÖ), der als Kandidat für das Amt gilt, wies jede "
                "Kritik an der Reform zurück.",
                "wies … zurück",
                "Der frühere Parteichef (SPÖ)",
                None,
            )
        ],
    ),
    (
        "Der Anwalt des Managers, der seit Jahren in Zürich lebt, bestritt die Vorwürfe am "
        "Freitag.",
        [
            (
                "reported",
                "Der Anwalt des Managers, der seit Jahren in Zürich lebt, bestritt die Vorwürfe "
                "am Freitag.",
                "bestritt",
                "Der Anwalt des Managers",
                None,
            )
        ],
    ),
    (
        "Der Konzern, der mehrheitlich einem Finanzinvestor gehört, bestätigte am Montag, dass "
        "die Sparte verkauft werde.",
        [("indirect", "dass die Sparte verkauft werde", "bestätigte", "Der Konzern", None)],
    ),
    (
        "Die Lage sei ernst, sagte der Minister, der seit Jahren im Amt ist.",
        [("indirect", "Die Lage sei ernst", "sagte", "der Minister", None)],
    ),
    (
        "Die Menschen, die hier leben, seien verzweifelt, sagte der Bürgermeister.",
        [
            (
                "indirect",
                "Die Menschen, die hier leben, seien verzweifelt",
                "sagte",
                "der Bürgermeister",
                None,
            )
        ],
    ),
    (
        "Die Menschen, die hier leben, sagte der Bürgermeister, seien verzweifelt.",
        [
            (
                "indirect",
                "Die Menschen, die hier leben || seien verzweifelt",
                "sagte",
                "der Bürgermeister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize("text,expected", REPORTED_ACTS)
def test_phrase_with_relative_clause_is_no_content(nlp, text, expected):
    """A phrase with its relative clause before the cue: a reported act, not the quote text."""
    assert rows(nlp(text)) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_phrase_with_relative_clause_gives_nothing(nlp, text):
    """No speech act to report: no row at all (not the phrase as text)."""
    assert rows(nlp(text)) == []


@pytest.mark.parametrize("text,expected", UNCHANGED)
def test_content_before_the_cue_stays(nlp, text, expected):
    """Real content before the cue, a 'dass' clause and reported acts stay as they were."""
    assert rows(nlp(text)) == expected
