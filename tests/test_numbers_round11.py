"""Number rows for the round-11 findings (issue 11): "Grad" with turning words is an angle
("ein um 180 Grad schwenkbares Display" -> °, temperatures stay °C); the channel idiom "Eins
Plus" only as written (lower-case "eins plus eins" is counted); a bare decimal near a race
time in "Sekunden" of the same text takes its noun ("Gatlin hatte da 9,77 hingelegt"); a
year-like number before a noun with a singular-only ending is a year ("2012
Wissenschaftsgeschichte"); a quantity unit that opens a hyphenated word is the unit ("ein 32
GB-Gerät"). Own sentences in Austrian, Swiss and German news style; exact rows (text, value,
value_min, value_max, qualifier, noun, kind, unit), also where nothing may change."""

from __future__ import annotations

import pytest

from tests.conftest import number_key_rows


def _row(text, value, noun, kind, unit):
    return (text, value, value, value, None, noun, kind, unit)


ANGLES = [
    (
        "Der neue Monitor hat einen um 90 Grad drehbaren Standfuß.",
        [_row("90 Grad", 90.0, "Grad", "quantity", "°")],
    ),
    (
        "Nach der Wahl vollzog die ÖVP eine Wende um 180 Grad.",
        [_row("180 Grad", 180.0, "Grad", "quantity", "°")],
    ),
    (
        "Die Sitze lassen sich um 45 Grad neigen.",
        [_row("45 Grad", 45.0, "Grad", "quantity", "°")],
    ),
    (
        "Nach der 180 Grad-Wende der Regierung war alles anders.",
        [_row("180 Grad-Wende", 180.0, "Grad", "quantity", "°")],
    ),
    # temperatures stay °C, also beside an angle in another clause
    (
        "Bei 30 Grad im Schatten blieben die Wienerinnen lieber im Freibad.",
        [_row("30 Grad", 30.0, "Grad", "quantity", "°C")],
    ),
    (
        "In der Nacht auf Montag sank die Temperatur in Davos auf minus 12 Grad.",
        [_row("minus 12 Grad", -12.0, "Grad", "quantity", "°C")],
    ),
    (
        "Für das Wochenende erwarten die Meteorologen Temperaturen von 35 Grad.",
        [_row("35 Grad", 35.0, "Grad", "quantity", "°C")],
    ),
    (
        "Das Wasser im Wörthersee hat 24 Grad.",
        [_row("24 Grad", 24.0, "Grad", "quantity", "°C")],
    ),
    (
        "Das Display lässt sich um 180 Grad drehen, bei 40 Grad Hitze wird es aber heiß.",
        [
            _row("180 Grad", 180.0, "Grad", "quantity", "°"),
            _row("40 Grad", 40.0, "Grad", "quantity", "°C"),
        ],
    ),
]

IDIOMS = [
    (
        "Der Lehrer fragte: Was ergibt eins plus eins?",
        [_row("eins", 1.0, None, "count", None), _row("eins", 1.0, None, "count", None)],
    ),
    (
        "Eins plus eins ergibt zwei, sagte der Mathematiker.",
        [
            _row("Eins", 1.0, None, "count", None),
            _row("eins", 1.0, None, "count", None),
            _row("zwei", 2.0, None, "count", None),
        ],
    ),
    # the channels as written: no number
    ("Der ARD-Spartenkanal Eins Plus wurde eingestellt.", []),
    ("Das Programm lief auf Eins Festival.", []),
]

TIMES = [
    (
        "Powell hatte 9,87 hingelegt. Im Finale lief Bolt die 100 Meter in 9,79 Sekunden.",
        [
            _row("9,87", 9.87, "Sekunden", "count", None),
            _row("100 Meter", 100.0, "Meter", "quantity", "m"),
            _row("9,79 Sekunden", 9.79, "Sekunden", "count", None),
        ],
    ),
    # no time in "Sekunden" in the text, or one far off: the decimal stays bare
    ("Der Franken notierte bei 1,08 zum Euro.", [_row("1,08", 1.08, None, "count", None)]),
    ("Die Schweizerin sprang 6,55 weit.", [_row("6,55", 6.55, None, "count", None)]),
    (
        "Der Kurs stieg auf 1,12. Der Sprinter lief in 10,31 Sekunden ins Ziel.",
        [
            _row("1,12", 1.12, None, "count", None),
            _row("10,31 Sekunden", 10.31, "Sekunden", "count", None),
        ],
    ),
]

YEARS = [
    (
        "Damit schrieb die Forschungsanstalt 2012 Wissenschaftsgeschichte.",
        [_row("2012", 2012.0, None, "year", None)],
    ),
    (
        "Die Regierung hat 2015 Verantwortung übernommen.",
        [_row("2015", 2015.0, None, "year", None)],
    ),
    # a plural noun: a count
    (
        "Die Gemeinde zählte 2015 Einwohner.",
        [_row("2015 Einwohner", 2015.0, "Einwohner", "count", None)],
    ),
]

COMPOUND_UNITS = [
    (
        "Die Firma verkauft ein 32 GB-Gerät um 599 Euro.",
        [
            _row("32 GB-Gerät", 32.0, "Gigabyte", "quantity", "GB"),
            _row("599 Euro", 599.0, "Euro", "money", "EUR"),
        ],
    ),
    (
        "Der 100 m-Lauf der Frauen wurde verschoben.",
        [_row("100 m-Lauf", 100.0, "Meter", "quantity", "m")],
    ),
    # a currency before a hyphen stays part of the counted noun
    (
        "Im Tresor lagen 20 Euro-Scheine.",
        [_row("20 Euro-Scheine", 20.0, "Euro-Scheine", "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANGLES)
def test_round11_angles(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), IDIOMS)
def test_round11_cased_idioms(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_round11_race_times(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), YEARS)
def test_round11_years_before_singular_nouns(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), COMPOUND_UNITS)
def test_round11_compound_units(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected
