"""Quote detection, tenth round, second part (issue 10), on news-style texts written for
these tests.

- a single capitalised word in quotation marks inside reported speech is a term or name
  the text takes over ("sei der Mann Mitglied der „Bruderschaft“ gewesen"): no direct quote
  of its own (the reported clause around it stays a mixed quote);
- a single adjective, adverb or pronoun in marks there stays a direct quote of its own
  ("das Projekt sei „unverzichtbar“"), and so does a capitalised word that opens the
  reported clause right after the comma ("sagte, „Schwarzarbeit“ dürfe es …") or follows
  an indefinite article ("sei ein „Meilenstein“": the speaker's evaluation).

- a quote that closes a parenthesis opened right after a noun or another quote (at most
  a label between: "(im Volksmund „…“)") is a name or a gloss the text adds: no direct
  quote of its own.

- "X wird von der „Zeitung“ mit den Worten zitiert: „…“": the cue is "mit den Worten",
  the citing verb stands beside it; the quote gets X as speaker and a copy for the medium
  (the gold gives both).

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order (German, Austrian, Swiss).
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    """``(kind, text, cue, speaker, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.cue, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


ONE_NOUN = [
    # German: a name inside a "laut" clause
    (
        "Laut Polizei sei der Mann Mitglied der „Bruderschaft“ gewesen.",
        [
            (
                "mixed",
                "sei der Mann Mitglied der „Bruderschaft“ gewesen",
                "Laut",
                "Polizei",
                "Polizei",
            )
        ],
    ),
    # German: a noun after an article inside a reported clause
    (
        "Der Minister sagte, die „Täter“ müssten rasch gefasst werden.",
        [("mixed", "die „Täter“ müssten rasch gefasst werden", "sagte", "Der Minister", None)],
    ),
    # Swiss: a name the police uses
    (
        (
            "Nach Angaben der Kantonspolizei habe die „Sonderkommission“ am Abend die Arbeit"
            " aufgenommen."
        ),
        [
            (
                "mixed",
                "habe die „Sonderkommission“ am Abend die Arbeit aufgenommen",
                "Nach Angaben",
                "der Kantonspolizei",
                "Kantonspolizei",
            )
        ],
    ),
    # Austrian: a term after a preposition
    (
        ("Die Ministerin betonte, man habe sich bei der „Sozialpartnerschaft“ nichts vorzuwerfen."),
        [
            (
                "mixed",
                "man habe sich bei der „Sozialpartnerschaft“ nichts vorzuwerfen",
                "betonte",
                "Die Ministerin",
                None,
            )
        ],
    ),
]

KEPT = [
    # Austrian: a noun after an indefinite article is the speaker's evaluation
    (
        "Der Bürgermeister sagte, der Beschluss sei ein „Meilenstein“ für Linz.",
        [
            (
                "mixed",
                "der Beschluss sei ein „Meilenstein“ für Linz",
                "sagte",
                "Der Bürgermeister",
                None,
            ),
            ("direct", "„Meilenstein“", "sagte", "Der Bürgermeister", None),
        ],
    ),
    # Swiss: a single adjective is the speaker's word
    (
        "Die Gemeinde erklärte, das Projekt sei „unverzichtbar“ für die Region.",
        [
            (
                "mixed",
                "das Projekt sei „unverzichtbar“ für die Region",
                "erklärte",
                "Die Gemeinde",
                None,
            ),
            ("direct", "„unverzichtbar“", "erklärte", "Die Gemeinde", None),
        ],
    ),
    # German: a single pronoun
    (
        "Laut dem Bericht habe die Bank „nichts“ davon gewusst.",
        [
            ("mixed", "habe die Bank „nichts“ davon gewusst", "Laut", "dem Bericht", None),
            ("direct", "„nichts“", "Laut", "dem Bericht", None),
        ],
    ),
    # Austrian: a capitalised word that opens the reported clause after the comma
    (
        "Der Sprecher sagte, „Schwarzarbeit“ dürfe es in Wien nicht geben.",
        [
            (
                "mixed",
                "„Schwarzarbeit“ dürfe es in Wien nicht geben",
                "sagte",
                "Der Sprecher",
                None,
            ),
            ("direct", "„Schwarzarbeit“", "sagte", "Der Sprecher", None),
        ],
    ),
]

GLOSS = [
    # German: a name in parentheses after a noun, inside a "laut" clause
    (
        "Laut Armee habe die Operation („gegossenes Blei“) drei Tage gedauert.",
        [
            (
                "mixed",
                "habe die Operation („gegossenes Blei“) drei Tage gedauert",
                "Laut",
                "Armee",
                "Armee",
            )
        ],
    ),
    # Austrian: a gloss in parentheses
    (
        "Nach Angaben der Gemeinde sei der Brauch („das Aufstecken“) sehr alt.",
        [
            (
                "mixed",
                "sei der Brauch („das Aufstecken“) sehr alt",
                "Nach Angaben",
                "der Gemeinde",
                None,
            )
        ],
    ),
    # Swiss: a label between the parenthesis and the quote
    (
        (
            "Die Kantonspolizei teilte mit, das Gebiet (im Volksmund „die wilde Ecke“) bleibe"
            " gesperrt."
        ),
        [
            (
                "mixed",
                "das Gebiet (im Volksmund „die wilde Ecke“) bleibe gesperrt",
                "teilte … mit",
                "Die Kantonspolizei",
                "Kantonspolizei",
            )
        ],
    ),
    # after an adjective the parenthesis is the speaker's word: kept
    (
        "Die Ministerin nannte die sogenannte („vorläufige“) Lösung einen Fehler.",
        [("direct", "„vorläufige“", "nannte", "Die Ministerin", None)],
    ),
]

CITED_WITH_WORDS = [
    # German: the medium cites the politician "mit den Worten"
    (
        (
            "Der Fraktionschef wird von der „Süddeutschen Zeitung“ mit den Worten zitiert:"
            " „Das wird Folgen haben.“"
        ),
        [
            ("direct", "„Das wird Folgen haben.“", "mit den Worten", "Der Fraktionschef", None),
            (
                "direct",
                "Das wird Folgen haben.",
                "mit den Worten",
                "der „Süddeutschen Zeitung“",
                "Süddeutsche Zeitung",
            ),
        ],
    ),
    # Austrian
    (
        (
            "Der Landeshauptmann wird von der „Kronen Zeitung“ mit den Worten zitiert:"
            " „Wir lassen uns nicht erpressen.“"
        ),
        [
            (
                "direct",
                "„Wir lassen uns nicht erpressen.“",
                "mit den Worten",
                "Der Landeshauptmann",
                None,
            ),
            (
                "direct",
                "Wir lassen uns nicht erpressen.",
                "mit den Worten",
                "der „Kronen Zeitung“",
                "Kronen Zeitung",
            ),
        ],
    ),
    # Swiss
    (
        (
            "Die Gemeindepräsidentin wird von der „Basler Zeitung“ mit den Worten zitiert:"
            " „Wir sind enttäuscht.“"
        ),
        [
            ("direct", "„Wir sind enttäuscht.“", "mit den Worten", "Die Gemeindepräsidentin", None),
            (
                "direct",
                "Wir sind enttäuscht.",
                "mit den Worten",
                "der „Basler Zeitung“",
                "Basler Zeitung",
            ),
        ],
    ),
    # no citing verb: one row
    (
        "Die Ministerin antwortete mit den Worten: „Wir bleiben dabei.“",
        [("direct", "„Wir bleiben dabei.“", "antwortete", "Die Ministerin", None)],
    ),
]

NOTHING = [
    # a name in marks in a plain report: nothing
    "Der Film „Heimat“ läuft ab Donnerstag in den Kinos in Graz.",
    "Die Reederei taufte das Schiff am Samstag in Kiel auf den Namen „Nordlicht“.",
]


@pytest.mark.parametrize(("text", "expected"), ONE_NOUN)
def test_single_capitalised_word_in_reported_speech_is_no_quote(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_single_word_that_stays_a_quote(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), GLOSS)
def test_quote_closing_a_parenthesis_after_a_noun_is_a_gloss(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), CITED_WITH_WORDS)
def test_cited_with_words_copy_for_the_medium(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_names_in_marks_yield_nothing(ud_nlp, text):
    assert _rows(ud_nlp(text)) == []
