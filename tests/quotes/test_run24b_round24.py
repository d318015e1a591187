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
- the writer's sentences stay without rows ("Die Stadt baut …  Sie wird … eröffnet.");
- a "sollen" sentence goes on with a statement only when that holds a plan or a demand, an
  infinitive with "zu" or a modal ("kündigte an, das Gymnasium zu reformieren. So sollen
  …", "muss die Brücke gesperrt werden. Im Sommer soll sie …"); after facts whose
  participle or finite plural the tagger calls an infinitive ("Demnach sind die Kosten …
  angestiegen. Heuer sollen es … sein.", "wonach die Autos breiter werden. Auch die Flügel
  sollen …") it is the writer's forecast: no row;
- a Konjunktiv sentence that ends in a year ("… über der Zahl von 2014."; the tokenizer
  keeps the full stop with the number, as an ordinal's) ends with its full stop all the
  same: the run of the statement goes on over it.

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
                None,
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


PLAN_DOCUMENTS = [
    # facts: a participle after "sind" and a finite plural the tagger calls infinitives
    (
        (
            "Das Finanzministerium listet die Kosten auf. Demnach sind die Kosten im Vorjahr "
            "auf 757 Millionen Euro angestiegen. Heuer sollen es rund zwei Milliarden Euro sein."
        ),
        [
            (
                "indirect",
                "sind die Kosten im Vorjahr auf 757 Millionen Euro angestiegen",
                "Demnach",
                "Demnach",
                "Finanzministerium",
            )
        ],
    ),
    (
        (
            "Laut der Statistik sind die Kosten im Vorjahr auf 757 Millionen Euro angestiegen. "
            "Heuer sollen es rund zwei Milliarden Euro sein."
        ),
        [
            (
                "indirect",
                "sind die Kosten im Vorjahr auf 757 Millionen Euro angestiegen",
                "Laut",
                "der Statistik",
                None,
            )
        ],
    ),
    (
        (
            "Demnach wird der Vorschlag umgesetzt, wonach die Autos breiter werden. Auch die "
            "Flügel sollen breiter werden."
        ),
        [
            (
                "indirect",
                "wird der Vorschlag umgesetzt, wonach die Autos breiter werden",
                "Demnach",
                "Demnach",
                None,
            )
        ],
    ),
    # plans and demands: "zu", a modal
    (
        (
            "Ministerpräsident Karl Berger kündigte an, das Gymnasium zu reformieren. So sollen "
            "Schüler keine Hausaufgaben mehr bekommen."
        ),
        [
            (
                "indirect",
                "das Gymnasium zu reformieren",
                "kündigte … an",
                "Ministerpräsident Karl Berger",
                "Karl Berger",
            ),
            (
                "continuation",
                "So sollen Schüler keine Hausaufgaben mehr bekommen.",
                None,
                "Ministerpräsident Karl Berger",
                "Karl Berger",
            ),
        ],
    ),
    (
        (
            "Die Gewerkschaft forderte den Konzern auf, die Löhne zu erhöhen. Dazu soll eine "
            "Arbeitsgruppe gebildet werden."
        ),
        [
            ("indirect", "die Löhne zu erhöhen", "forderte", "Die Gewerkschaft", "Gewerkschaft"),
            (
                "continuation",
                "Dazu soll eine Arbeitsgruppe gebildet werden.",
                None,
                "Die Gewerkschaft",
                "Gewerkschaft",
            ),
        ],
    ),
    (
        (
            "Nach Angaben des Bürgermeisters Otto Lang muss die Brücke gesperrt werden. Im Sommer "
            "soll sie neu gebaut werden."
        ),
        [
            (
                "indirect",
                "muss die Brücke gesperrt werden",
                "Nach Angaben",
                "des Bürgermeisters Otto Lang",
                "Otto Lang",
            ),
            (
                "continuation",
                "Im Sommer soll sie neu gebaut werden.",
                None,
                "des Bürgermeisters Otto Lang",
                "Otto Lang",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLAN_DOCUMENTS)
def test_sollen_after_plans_only(nlp, text, expected):
    assert _rows(nlp(text)) == expected


YEAR_DOCUMENTS = [
    (
        (
            "Das Ende der Reihe sei keine Sparmaßnahme, sagt Werner Döring, Geschäftsführer der "
            "Kulturhäuser. Das Budget bleibe gleich. Mit 50.000 Besuchern bis Jahresende liege "
            "man etwas über der Zahl von 2014."
        ),
        [
            (
                "indirect",
                "Das Ende der Reihe sei keine Sparmaßnahme",
                "sagt",
                "Werner Döring",
                "Werner Döring",
            ),
            (
                "continuation",
                (
                    "Das Budget bleibe gleich. Mit 50.000 Besuchern bis Jahresende liege man etwas "
                    "über der Zahl von 2014."
                ),
                None,
                "Werner Döring",
                "Werner Döring",
            ),
        ],
    ),
    (
        (
            "Die Zahl der Anträge sei gesunken, sagte die Ministerin Eva Koller. Vor allem gelte "
            "das für das Jahr 2015."
        ),
        [
            (
                "indirect",
                "Die Zahl der Anträge sei gesunken",
                "sagte",
                "die Ministerin Eva Koller",
                "Eva Koller",
            ),
            (
                "continuation",
                "Vor allem gelte das für das Jahr 2015.",
                None,
                "die Ministerin Eva Koller",
                "Eva Koller",
            ),
        ],
    ),
    # the writer's sentence in the indicative stays without a row
    (
        (
            "Die Zahl der Anträge sei gesunken, sagte die Ministerin Eva Koller. Das Museum "
            "eröffnete im Jahr 2015."
        ),
        [
            (
                "indirect",
                "Die Zahl der Anträge sei gesunken",
                "sagte",
                "die Ministerin Eva Koller",
                "Eva Koller",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_DOCUMENTS)
def test_konjunktiv_sentence_ending_in_a_year(nlp, text, expected):
    assert _rows(nlp(text)) == expected
