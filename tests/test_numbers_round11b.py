"""Number rows for the second round-11 findings (issue 11): "spätestens" is an upper bound
and "frühestens" a lower one (years, counts, durations, like "höchstens"/"mindestens"); a
qualifier before a minus sign ("etwa -273,15 Grad"); an editor's bracket between a number
and its noun ("15 (sic) Mitarbeiter"); a place's adjective in "-er" before a noun ("der
zweite Londoner Club"); the same preposition before two numbers, the noun after the second,
over web addresses ("krone.at auf 20.383.767 und kurier.at auf 7.993.532 Visits"); a bare
digit ending a list of names ("A1, T-Mobile und 3"); a range glued to its unit after a model
code ("EF-M 15-45mm"); a bracketed earlier value ("46.472 Stimmen … (46.363)"). Own
sentences in Austrian, Swiss and German news style; exact rows (text, value, value_min,
value_max, qualifier, noun, kind, unit), also where nothing may change."""

from __future__ import annotations

import pytest

from tests.conftest import number_key_rows


def _row(text, value, noun, kind="count", unit=None):
    return (text, value, value, value, None, noun, kind, unit)


BOUNDS = [
    (
        "Die neue Umfahrung soll spätestens 2019 fertig sein.",
        [("spätestens 2019", 2019.0, None, 2019.0, "spätestens", None, "year", None)],
    ),
    (
        "Eine Entscheidung fällt frühestens 2018, heißt es im Ministerium.",
        [("frühestens 2018", 2018.0, 2018.0, None, "frühestens", None, "year", None)],
    ),
    (
        "Der Antrag muss spätestens zwei Wochen vor der Wahl eingereicht werden.",
        [("spätestens zwei Wochen", 2.0, None, 2.0, "spätestens", "Wochen", "count", None)],
    ),
    (
        "Die Sanierung der Brücke dauert frühestens drei Monate.",
        [("frühestens drei Monate", 3.0, 3.0, None, "frühestens", "Monate", "count", None)],
    ),
    (
        "Laut Kantonsrat dürfen spätestens 40 Gesuche pro Jahr bewilligt werden.",
        [("spätestens 40 Gesuche", 40.0, None, 40.0, "spätestens", "Gesuche", "count", None)],
    ),
    # the other bounds stay as they were
    (
        "Die Firma will höchstens 50 Stellen abbauen, mindestens 20 bleiben in Linz.",
        [
            ("höchstens 50 Stellen", 50.0, None, 50.0, "höchstens", "Stellen", "count", None),
            ("mindestens 20", 20.0, 20.0, None, "mindestens", "Stellen", "count", None),
        ],
    ),
]

MINUS = [
    (
        "Der Stickstoff wird auf etwa -196 Grad Celsius gekühlt.",
        [("etwa -196 Grad Celsius", -196.0, None, None, "etwa", "Grad", "quantity", "°C")],
    ),
    (
        "Im Engadin wurden in der Nacht rund -25 Grad gemessen.",
        [("rund -25 Grad", -25.0, None, None, "rund", "Grad", "quantity", "°C")],
    ),
    (
        "Die Temperatur sank auf mindestens −12 Grad.",
        [("mindestens −12 Grad", -12.0, -12.0, None, "mindestens", "Grad", "quantity", "°C")],
    ),
    # without a qualifier the sign stays; a hyphen between numbers is a range
    (
        "Im Wohnbau gab es ein Minus (-0,5 Prozent).",
        [_row("-0,5 Prozent", -0.5, "Prozent", "percent", "%")],
    ),
    (
        "Pro Tag kamen etwa 20-30 Besucher.",
        [("etwa 20-30 Besucher", None, 20.0, 30.0, "etwa", "Besucher", "count", None)],
    ),
]

EDITORIAL = [
    (
        "Laut der Aussendung wurden 300 (!) Bäume gefällt.",
        [_row("300 (!) Bäume", 300.0, "Bäume")],
    ),
    (
        "Die Gemeinde Zermatt schuf 40 (sic!) neue Parkplätze.",
        [_row("40 (sic!) neue Parkplätze", 40.0, "Parkplätze")],
    ),
    (
        "Angeblich waren alle 12 (sic) Vorstände eingeladen.",
        [_row("12 (sic) Vorstände", 12.0, "Vorstände")],
    ),
]

DEMONYMS = [
    (
        "Der zweite Londoner Club steht im Viertelfinale.",
        [_row("zweite Londoner Club", 2.0, "Club", "ordinal")],
    ),
    (
        "Die zwei Grazer Stadträte traten zurück.",
        [_row("zwei Grazer Stadträte", 2.0, "Stadträte")],
    ),
    (
        "Der dritte Berliner Flughafen ist endlich fertig.",
        [_row("dritte Berliner Flughafen", 3.0, "Flughafen", "ordinal")],
    ),
    # the Swiss currency with its adjective is money ("Schweizer Franken" in units.jsonl)
    (
        "Die Gemeinde Davos zahlt drei Millionen Schweizer Franken an den Verein.",
        [_row("drei Millionen Schweizer Franken", 3000000.0, "Franken", "money", "CHF")],
    ),
    # a demonym without a noun after it is the counted noun
    (
        "Bei dem Unfall wurden drei Grazer verletzt.",
        [_row("drei Grazer", 3.0, "Grazer")],
    ),
]

PARALLEL = [
    (
        (
            "Laut ÖWA kommt orf.at auf 40.123.456, krone.at auf 20.383.767 und kurier.at auf"
            " 7.993.532 Visits."
        ),
        [
            _row("40.123.456", 40123456.0, "Visits"),
            _row("20.383.767", 20383767.0, "Visits"),
            _row("7.993.532 Visits", 7993532.0, "Visits"),
        ],
    ),
    (
        "Die Grünen kamen in Bregenz auf 18 und in Dornbirn auf 22 Mandate.",
        [_row("18", 18.0, "Mandate"), _row("22 Mandate", 22.0, "Mandate")],
    ),
    # another preposition ("von 15 auf 18": a change, each its own row), or a verb between
    # them: no noun from the parallel
    (
        "Der Preis stieg von 15 auf 18 Franken.",
        [
            _row("15", 15.0, "Franken", "money", "CHF"),
            _row("18 Franken", 18.0, "Franken", "money", "CHF"),
        ],
    ),
    (
        "Die SPÖ kam auf 30, die FPÖ holte dagegen auf 25 Sitze auf.",
        [_row("30", 30.0, None), _row("25 Sitze", 25.0, "Sitze")],
    ),
]

NAMES = [
    (
        "Die Mobilfunker A1, T-Mobile und 3 senken ab Juni die Preise.",
        [],
    ),
    # a count after a list of places or things stays
    (
        "In Wien, Graz und 3 weiteren Städten wird gestreikt.",
        [_row("3 weiteren Städten", 3.0, "Städte")],
    ),
    (
        "Die Bauern ernteten Äpfel, Birnen und 3 Tonnen Kürbisse.",
        [_row("3 Tonnen", 3.0, "Tonne", "quantity", "t")],
    ),
]

MODELS = [
    (
        "Das EF-S 18-55mm liegt dem Set bei, es kostet 200 Euro.",
        [_row("200 Euro", 200.0, "Euro", "money", "EUR")],
    ),
    # a focal range of its own stays
    (
        "Die Kamera hat ein Zoom mit 24-105 mm.",
        [("24-105 mm", None, 24.0, 105.0, None, "Millimeter", "quantity", "mm")],
    ),
    (
        "Die Brennweite liegt zwischen 24 und 70 Millimeter.",
        [
            (
                "zwischen 24 und 70 Millimeter",
                None,
                24.0,
                70.0,
                "zwischen",
                "Millimeter",
                "quantity",
                "mm",
            )
        ],
    ),
]

BRACKETS = [
    (
        "Die Zahl der Wahlkarten stieg mit 1.234 um 56 Wahlkarten gegenüber dem Vorjahr (1.178).",
        [
            _row("1.234", 1234.0, "Wahlkarten"),
            _row("56 Wahlkarten", 56.0, "Wahlkarten"),
            _row("1.178", 1178.0, "Wahlkarten"),
        ],
    ),
    (
        "Der Kanton zählte heuer 8.412 Geburten (8.105).",
        [_row("8.412 Geburten", 8412.0, "Geburten"), _row("8.105", 8105.0, "Geburten")],
    ),
    # a value of another size, or a bracket with more in it: no noun
    (
        "Der Verein hat 200 Mitglieder. Im Vorstand sitzen fünf (12).",
        [_row("200 Mitglieder", 200.0, "Mitglieder"), _row("fünf", 5.0, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDS)
def test_round11b_bounds(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), MINUS)
def test_round11b_minus_after_qualifier(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), EDITORIAL)
def test_round11b_editorial_brackets(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), DEMONYMS)
def test_round11b_demonym_adjectives(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PARALLEL)
def test_round11b_parallel_after(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_round11b_listed_names(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), MODELS)
def test_round11b_model_codes(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), BRACKETS)
def test_round11b_bracketed_totals(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected
