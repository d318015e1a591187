"""Reported speech acts without a quotation (round 36, issue 10, class span36).

- a verb of judging with a predicate after "für" ("hält X für Y": ``halten_fuer`` in
  ``speech_verbs.jsonl``), not a "für" phrase that is a noun's attribute ("hält den
  Weltrekord für das schnellste Auto") nor in the Konjunktiv (someone's account goes on);
- the subject of a reported act of judging, announcing or demanding may be a person noun
  no lexicon lists ("Analysten", "Beobachter", "Der Grünen-Politiker"), not a thing
  ending in "-er" ("Konsumgüter", "Computer");
- denials ("bestritt jede Beteiligung"), not a match played ("bestritt 106 Länderspiele");
- a title's reported act ends at the dash before the title's second part (judge 1079 Q27).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows

ACTS = [
    (
        "Viele Experten halten einen Anstieg der Zinsen für wahrscheinlich.",
        [
            (
                "reported",
                "Viele Experten halten einen Anstieg der Zinsen für wahrscheinlich.",
                "halten",
                "Viele Experten",
                None,
            )
        ],
    ),
    (
        "Der Grünen-Politiker hält die Maßnahmen für zu schwach.",
        [
            (
                "reported",
                "Der Grünen-Politiker hält die Maßnahmen für zu schwach.",
                "hält",
                "Der Grünen-Politiker",
                None,
            )
        ],
    ),
    (
        "Die Anwälte des Konzerns halten das Verfahren für verfassungswidrig.",
        [
            (
                "reported",
                "Die Anwälte des Konzerns halten das Verfahren für verfassungswidrig.",
                "halten",
                "Die Anwälte des Konzerns",
                None,
            )
        ],
    ),
    (
        "Beobachter werten den Wahlsieg als Rückschlag für die Regierung.",
        [
            (
                "reported",
                "Beobachter werten den Wahlsieg als Rückschlag für die Regierung.",
                "werten",
                "Beobachter",
                None,
            )
        ],
    ),
    (
        "Gutachter gehen von einem Totalschaden aus.",
        [
            (
                "reported",
                "Gutachter gehen von einem Totalschaden aus.",
                "gehen … aus",
                "Gutachter",
                None,
            )
        ],
    ),
    (
        "Die Ministerin bestritt jede Beteiligung an dem Geschäft.",
        [
            (
                "reported",
                "Die Ministerin bestritt jede Beteiligung an dem Geschäft.",
                "bestritt",
                "Die Ministerin",
                None,
            )
        ],
    ),
]

TITLES = [
    (
        "Huber wirft Ministerium Untätigkeit vor – Verhandlungen mit Ländern über neue "
        "Förderregeln. Graz – Die Landesrätin Maria Huber hat am Montag die Pläne des Bundes "
        "scharf kritisiert. Die Reform komme viel zu spät, sagte sie.",
        [
            (
                "reported",
                "Huber wirft Ministerium Untätigkeit vor",
                "wirft … vor",
                "Huber",
                "Maria Huber",
            ),
            ("indirect", "Die Reform komme viel zu spät", "sagte", "sie", "Maria Huber"),
        ],
    ),
]

NOTHING = [
    "Shelby hält mit seinem Auto bereits seit 2007 den Weltrekord für das schnellste "
    "Serienfahrzeug.",
    "Die Firma hält einen Platz für ihn frei.",
    "Die Kirche hält jeden Sonntag einen Gottesdienst für die Gemeinde.",
    "Die Partei hält an ihrem Kurs fest.",
    "Der Computer geht von falschen Werten aus.",
    "Auch langlebige Konsumgüter weisen auf Unterschiede in den Lebensverhältnissen hin.",
    "Der mittlerweile 77-jährige Stürmer bestritt ab Ende der 1950er-Jahre insgesamt 106 "
    "Länderspiele.",
    "Der Verteidiger hatte wegen einer Verletzung seit Ende November kein Pflichtspiel mehr "
    "bestritten.",
]

UNCHANGED = [
    (
        "Die Ministerin sagte, die Lage sei ernst. Das Ministerium halte dieses Verfahren für "
        "einen schnellen Weg zur Lösung.",
        [
            ("indirect", "die Lage sei ernst", "sagte", "Die Ministerin", None),
            (
                "continuation",
                "Das Ministerium halte dieses Verfahren für einen schnellen Weg zur Lösung.",
                None,
                "Die Ministerin",
                None,
            ),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", ACTS)
def test_reported_act(nlp, text, expected):
    """A speech act told in the writer's words is one reported row over its sentence."""
    assert quote_detail_rows(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", TITLES)
def test_title_act_ends_at_dash(nlp, text, expected):
    """A title's reported act ends before the dash of the title's second part."""
    assert quote_detail_rows(nlp(text)) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_no_act(nlp, text):
    """A "für" phrase of a noun, a thing as subject, a match played: nothing said."""
    assert quote_detail_rows(nlp(text)) == []


@pytest.mark.parametrize("text,expected", UNCHANGED)
def test_konjunktiv_judgement_goes_on(nlp, text, expected):
    """"halte X für Y" in the Konjunktiv is no act of its own: the account goes on."""
    assert quote_detail_rows(nlp(text)) == expected
