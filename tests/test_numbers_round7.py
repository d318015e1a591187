"""Number rows for the round-7 findings (issue 11): bare scaled amounts and amounts after an
amount cue that their context makes money, "keine N" as an upper bound, implied nouns (the
last member of a list, a bare subject count after a comma, a year inside a long attribute),
years before temporal participles, and the second half of a glued ratio that is no number.
Own sentences in Austrian, Swiss and German news style; exact rows."""

from __future__ import annotations

import pytest

from pipeline.tables import number_rows
from tests.conftest import number_key_rows

MONEY = [
    # a scaled amount in the sentence before
    (
        (
            "Das Land Tirol rechnet mit Kosten von 40 bis 50 Millionen Euro. "
            "Die Opposition spricht von zumindest 70 Millionen."
        ),
        [
            ("von 40 bis 50 Millionen Euro", None, 4e7, 5e7, None, "Euro", "money", "EUR"),
            ("zumindest 70 Millionen", 7e7, 7e7, None, "zumindest", "Euro", "money", "EUR"),
        ],
    ),
    # the same sentence, Swiss francs
    (
        (
            "Für den Ausbau des Bahnhofs Winterthur sind 120 Millionen Franken budgetiert, "
            "der Kanton zahlt 35 Millionen."
        ),
        [
            ("120 Millionen Franken", 1.2e8, 1.2e8, 1.2e8, None, "Franken", "money", "CHF"),
            ("35 Millionen", 3.5e7, 3.5e7, 3.5e7, None, "Franken", "money", "CHF"),
        ],
    ),
    # an amount cue takes the currency of any amount nearby
    (
        (
            "Der Verein hat ein negatives Eigenkapital in Höhe von 2,3 Millionen ausgewiesen. "
            "Die Bank verlangt 500.000 Euro."
        ),
        [
            ("2,3 Millionen", 2.3e6, 2.3e6, 2.3e6, None, "Euro", "money", "EUR"),
            ("500.000 Euro", 5e5, 5e5, 5e5, None, "Euro", "money", "EUR"),
        ],
    ),
    # a scale word before a noun of an amount
    (
        (
            "Der Konzern machte 2,1 Milliarden Euro Umsatz. "
            "Im Jahr davor waren es 300 Millionen Gewinn."
        ),
        [
            ("2,1 Milliarden Euro", 2.1e9, 2.1e9, 2.1e9, None, "Euro", "money", "EUR"),
            ("300 Millionen Gewinn", 3e8, 3e8, 3e8, None, "Euro", "money", "EUR"),
        ],
    ),
    (
        "Die Bank schrieb 7,9 Milliarden Verlust und musste vom Staat gestützt werden.",
        [("7,9 Milliarden Verlust", 7.9e9, 7.9e9, 7.9e9, None, "Verlust", "money", None)],
    ),
    ("Der Sturm richtete in Kärnten großen Schaden an.", []),
    # … also a currency glued to a number
    (
        (
            "Ermittler in Linz stellten Blüten im Nennwert von 40.000 sicher. "
            "Es handelte sich um 50-Euro-Scheine."
        ),
        [("40.000", 4e4, 4e4, 4e4, None, "Euro", "money", "EUR")],
    ),
]

NOT_MONEY = [
    # a counted noun stays a count
    (
        "Wien hat knapp zwei Millionen Einwohner. Das Budget der Stadt beträgt 16 Milliarden Euro.",
        [
            ("knapp zwei Millionen Einwohner", 2e6, None, 2e6, "knapp", "Einwohner", "count", None),
            ("16 Milliarden Euro", 1.6e10, 1.6e10, 1.6e10, None, "Euro", "money", "EUR"),
        ],
    ),
    # two currencies: which one is unknown
    (
        (
            "Der Konzern machte 2 Milliarden Dollar Umsatz, in Europa 3 Milliarden Euro. "
            "Der Gewinn lag bei 300 Millionen."
        ),
        [
            ("2 Milliarden Dollar", 2e9, 2e9, 2e9, None, "Dollar", "money", "USD"),
            ("3 Milliarden Euro", 3e9, 3e9, 3e9, None, "Euro", "money", "EUR"),
            ("300 Millionen", 3e8, 3e8, 3e8, None, None, "count", None),
        ],
    ),
    # a small price is no context for millions (users)
    (
        "Die Plattform zählt inzwischen 40 Millionen. Ein Abo kostet zehn Euro im Monat.",
        [
            ("40 Millionen", 4e7, 4e7, 4e7, None, None, "count", None),
            ("zehn Euro", 10.0, 10.0, 10.0, None, "Euro", "money", "EUR"),
        ],
    ),
    # no currency, but a verb of spending: money without a unit
    (
        "Die Gemeinde Lech hat 12 Millionen in den neuen Tunnel investiert.",
        [("12 Millionen", 1.2e7, 1.2e7, 1.2e7, None, None, "money", None)],
    ),
    (
        "Stehen wird der 1,2 bis 2 Millionen teure Zaun in Spielfeld wohl erst im Herbst.",
        [("1,2 bis 2 Millionen", None, 1.2e6, 2e6, None, None, "money", None)],
    ),
    (
        "Millionen verloren in der Krise ihre Arbeit.",
        [("Millionen", None, 2e6, 999999999.0, None, None, "count", None)],
    ),
    # no currency in the text
    (
        "Die Messe in Basel zählte 2 Millionen, im Vorjahr waren es 1,5 Millionen.",
        None,
    ),
]

BOUNDS = [
    (
        "Der Bub war noch keine zwölf Jahre alt, als er das erste Mal auf der Streif stand.",
        [("keine zwölf Jahre", 12.0, None, 12.0, "keine", "Jahre", "count", None)],
    ),
    (
        "Keine 24 Stunden später war der Rekord in Kitzbühel wieder gebrochen.",
        [("Keine 24 Stunden", 24.0, None, 24.0, "Keine", "Stunden", "count", None)],
    ),
    ("Keine Partei hat im Landtag eine Mehrheit.", []),
]

IMPLIED_NOUNS = [
    (
        "Im Berner Grossen Rat stimmten 98 Grossräte für die Vorlage, 52 waren dagegen.",
        [
            ("98 Grossräte", 98.0, 98.0, 98.0, None, "Grossräte", "count", None),
            ("52", 52.0, 52.0, 52.0, None, "Grossräte", "count", None),
        ],
    ),
    (
        "Bei dem Unfall wurden 14 Menschen verletzt, drei mussten ins Spital gebracht werden.",
        [
            ("14 Menschen", 14.0, 14.0, 14.0, None, "Menschen", "count", None),
            ("drei", 3.0, 3.0, 3.0, None, "Menschen", "count", None),
        ],
    ),
    (
        (
            "Insgesamt 200 Flüchtlinge schlafen in Turnsälen, je 80 in Villach und in Spittal "
            "(Drau) und 40 in Wolfsberg."
        ),
        [
            ("200 Flüchtlinge", 200.0, 200.0, 200.0, None, "Flüchtlinge", "count", None),
            ("80", 80.0, 80.0, 80.0, None, "Flüchtlinge", "count", None),
            ("40", 40.0, 40.0, 40.0, None, "Flüchtlinge", "count", None),
        ],
    ),
    (
        "Das Gericht ernannte die drei 2015 gewählten bürgerlichen Schöffen neu.",
        [
            (
                "drei 2015 gewählten bürgerlichen Schöffen",
                *(3.0, 3.0, 3.0, None, "Schöffen", "count", None),
            )
        ],
    ),
    # a count in an aside between dashes counts the plural noun before it
    (
        "An der Grenze kommen weniger Flüchtlinge – zuletzt rund 800 pro Tag in Nickelsdorf – an.",
        [("rund 800", 800.0, None, None, "rund", "Flüchtlinge", "count", None)],
    ),
    (
        "Die meisten – nämlich 300 – kamen aus Syrien.",
        [("300", 300.0, 300.0, 300.0, None, None, "count", None)],
    ),
    (
        "Der Zug – er fuhr mit 120 durch den Bahnhof – entgleiste in Olten.",
        [("120", 120.0, 120.0, 120.0, None, None, "count", None)],
    ),
    # a year opening the clause is no count of the noun before
    (
        "Er hat drei Kinder, 2015 zog er nach Zürich.",
        [
            ("drei Kinder", 3.0, 3.0, 3.0, None, "Kinder", "count", None),
            ("2015", 2015.0, 2015.0, 2015.0, None, None, "year", None),
        ],
    ),
]

YEARS_NOTATION = [
    (
        "Der Verband plant für 2017 geplante Reformen mit mehr Geld.",
        [("2017", 2017.0, 2017.0, 2017.0, None, None, "year", None)],
    ),
    (
        # "18-55mm" after the model code is part of the lens's name (judge 1022 N036)
        "Das Objektiv EF-S 18-55mm 1:4-5,6 IS STM kostet 250 Euro.",
        [("250 Euro", 250.0, 250.0, 250.0, None, "Euro", "money", "EUR")],
    ),
    ("Die Blende reicht von 1:3,5-5,6 IS.", []),
    (
        "Das Netz in Zug schafft Datenraten von über 10 Gbit/s.",
        [("über 10 Gbit/s", 10.0, 10.0, None, "über", "Gigabit pro Sekunde", "quantity", "Gbit/s")],
    ),
    # digits that end a name, abbreviated in brackets
    ("Varoufakis gründete das Democracy in Europe Movement 2025 (DiEM25) in Berlin.", []),
    (
        "Die Sparte Agenda 2030 (A2030) wird aufgelöst, im Jahr 2030 (vorläufig) kommt mehr.",
        [("2030", 2030.0, 2030.0, 2030.0, None, None, "year", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    MONEY + NOT_MONEY[:6] + BOUNDS + IMPLIED_NOUNS + YEARS_NOTATION,
)
def test_round7_cases(ud_nlp, text, expected):
    got = number_key_rows(ud_nlp(text))
    assert got == expected


@pytest.mark.parametrize("text", [t for t, _ in NOT_MONEY[6:]])
def test_round7_no_currency_no_money(ud_nlp, text):
    rows = list(number_rows(ud_nlp(text), "d"))
    assert rows and all(r["kind"] != "money" and r["unit"] is None for r in rows)
