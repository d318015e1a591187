"""Round 24 (run24b, issue 10): double spaces between and inside sentences.

- a sentence after a double space ("… aus.  Sie sieht darin …", common in derStandard
  archives) opens with a whitespace token: the subject scans start after it, so the
  sentence's subject "Sie" is found and a Konjunktiv sentence after it goes on with the
  person it stands for; the same with a line break inside the paragraph;
- a spoken sentence after framed speech and a double space opens with its word of talk
  ("…, sagt X.  Das ist doch klar."): it goes on with X's words as after one space;
- "Sie" that opens a sentence after a double space is no polite form capitalised inside the
  sentence ("…, sagt X.  Sie sehen, …" reads as after one space: no continuation);
- no quote begins with the whitespace token ("  Sie verzeichne ein Plus …, teilte … mit");
- the writer's sentences stay without rows ("Die Stadt baut …  Sie wird … eröffnet.").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

LECHNER = (
    "Dass der Streik kommt, davon geht auch die Gesundheitsstadträtin Maria Lechner aus.{gap}"
    "Sie sieht darin kein Stimmungsbild der Pfleger, sondern macht die Gewerkschaft dafür "
    "verantwortlich. Die Bereitschaft werde nur abgefragt, da könne niemand mit Nein stimmen."
)
LECHNER_ROWS = [
    (
        "continuation",
        "Die Bereitschaft werde nur abgefragt, da könne niemand mit Nein stimmen.",
        None,
        "Sie",
        "Maria Lechner",
    )
]
GRUBER_ROWS = [
    ("indirect", "Das Projekt sei zu teuer", "sagt", "der Kritiker Hans Gruber", "Hans Gruber"),
    ("continuation", "Das ist doch klar.", None, "der Kritiker Hans Gruber", "Hans Gruber"),
]

DOCUMENTS = [
    (LECHNER.format(gap="  "), LECHNER_ROWS),
    (LECHNER.format(gap=" "), LECHNER_ROWS),
    (LECHNER.format(gap="\n"), LECHNER_ROWS),
    ("Das Projekt sei zu teuer, sagt der Kritiker Hans Gruber.  Das ist doch klar.", GRUBER_ROWS),
    ("Das Projekt sei zu teuer, sagt der Kritiker Hans Gruber. Das ist doch klar.", GRUBER_ROWS),
    (
        "Wir werden gewinnen, sagt der Trainer Otto Brandl.  Sie sehen, die Mannschaft ist bereit.",
        [("indirect", "Wir werden gewinnen", "sagt", "der Trainer Otto Brandl", "Otto Brandl")],
    ),
    (
        (
            "Der Bürgermeister Peter Wallner eröffnete am Freitag die neue Brücke.  Er sagte, "
            "der Bau sei billiger gewesen als geplant."
        ),
        [("indirect", "der Bau sei billiger gewesen als geplant", "sagte", "Er", "Peter Wallner")],
    ),
    (
        (
            "Die Firma Alpha legte am Dienstag ihre Zahlen vor.  Sie verzeichne ein Plus von "
            "fünf Prozent, teilte das Unternehmen mit."
        ),
        [
            (
                "indirect",
                "Sie verzeichne ein Plus von fünf Prozent",
                "teilte … mit",
                "das Unternehmen",
                "Unternehmen",
            )
        ],
    ),
    (
        (
            "Der Trainer Otto Brandl war nach dem Spiel zufrieden.\nSeine Mannschaft habe hart "
            "gearbeitet, sagte er.  Jetzt freuen wir uns auf die Pause."
        ),
        [
            ("indirect", "Seine Mannschaft habe hart gearbeitet", "sagte", "er", "Otto Brandl"),
            ("continuation", "Jetzt freuen wir uns auf die Pause.", None, "er", "Otto Brandl"),
        ],
    ),
    ("Die Stadt baut eine neue Brücke über die Enns.  Sie wird im Herbst eröffnet.", []),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_double_spaces(nlp, text, expected):
    assert _rows(nlp(text)) == expected
