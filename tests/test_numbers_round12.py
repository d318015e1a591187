"""Number rows for the round-12 findings (issue 11): a bound after the number ("80 Prozent
oder darüber" -> min 80, qualifier "oder darüber"; "oder mehr", "oder jünger" …); the article
of the next noun is no multiplier of "hundert" ("durch eine hundert Meter breite
Pufferzone" -> "hundert Meter"); digits after a capitalised article inside a sentence open a
title ("und Die 120 Tage von Sodom"); a bare count written as the digits of a name the text
had is that name ("Platte 25 …", later "von 25"); a count after a place before a partitive
number is no name ("in Athen 178 der 300 Abgeordneten"); a bare count takes the noun of a
parallel count of its size ("1.500 Menschen …; 2.000 gingen", "(6554 Punkte) … (6516)"); the
digits "3" name the operator Drei in a text about mobile operators; a medal word glued to a
unit or noun in a results box is cut off ("21,93 mSilber" -> "21,93 m"). Own sentences in Austrian, Swiss and
German news style; exact rows (text, value, value_min, value_max, qualifier, noun, kind,
unit), also where nothing may change."""

from __future__ import annotations

import pytest

from tests.conftest import number_key_rows


def _row(text, value, noun, kind, unit):
    return (text, value, value, value, None, noun, kind, unit)


def _bound(text, value, lo, hi, qualifier, noun, kind, unit):
    return (text, value, lo, hi, qualifier, noun, kind, unit)


BOUNDS_AFTER = [
    (
        "In Vorarlberg liegen drei Gemeinden bei 70 Prozent oder darüber.",
        [
            _row("drei Gemeinden", 3.0, "Gemeinden", "count", None),
            _bound(
                "70 Prozent oder darüber",
                70.0,
                70.0,
                None,
                "oder darüber",
                "Prozent",
                "percent",
                "%",
            ),
        ],
    ),
    (
        "Die Förderung gilt für Betriebe mit 50 Mitarbeitern oder mehr.",
        [
            _bound(
                "50 Mitarbeitern oder mehr",
                50.0,
                50.0,
                None,
                "oder mehr",
                "Mitarbeiter",
                "count",
                None,
            )
        ],
    ),
    (
        "Zugelassen sind nur Fahrer, die 25 Jahre oder älter sind.",
        [_bound("25 Jahre oder älter", 25.0, 25.0, None, "oder älter", "Jahre", "count", None)],
    ),
    (
        "Der Zuschlag gilt für Familien mit drei oder mehr Kindern.",
        [_bound("drei oder mehr Kindern", 3.0, 3.0, None, "oder mehr", "Kinder", "count", None)],
    ),
    (
        "Kinder, die zwölf Jahre oder jünger sind, fahren in Zürich gratis.",
        [
            _bound(
                "zwölf Jahre oder jünger", 12.0, None, 12.0, "oder jünger", "Jahre", "count", None
            )
        ],
    ),
    (
        "Die Fahrt nach Linz dauert 40 Minuten oder weniger.",
        [
            _bound(
                "40 Minuten oder weniger",
                40.0,
                None,
                40.0,
                "oder weniger",
                "Minuten",
                "count",
                None,
            )
        ],
    ),
    # "und mehr als" opens the next number; "und mehr Punkte" is another noun: no bound
    (
        "Im Jahr 2014 starben mehr als 500 Soldaten und mehr als 70 Zivilisten.",
        [
            _row("2014", 2014.0, None, "year", None),
            _bound(
                "mehr als 500 Soldaten", 500.0, 500.0, None, "mehr als", "Soldaten", "count", None
            ),
            _bound(
                "mehr als 70 Zivilisten", 70.0, 70.0, None, "mehr als", "Zivilisten", "count", None
            ),
        ],
    ),
    (
        "Der FC Basel holte zwei Siege und mehr Punkte als im Vorjahr.",
        [_row("zwei Siege", 2.0, "Siege", "count", None)],
    ),
]

ARTICLES = [
    (
        "Die Feuerwehr errichtete eine hundert Meter lange Sperrzone.",
        [_row("hundert Meter", 100.0, "Meter", "quantity", "m")],
    ),
    (
        "Der Bund baut eine tausend Kilometer lange Leitung.",
        [_row("tausend Kilometer", 1000.0, "Kilometer", "quantity", "km")],
    ),
    # a scale noun keeps its article
    (
        "Der Konzern investiert eine Million Euro in Graz.",
        [_row("eine Million Euro", 1000000.0, "Euro", "money", "EUR")],
    ),
]

TITLES = [
    ("Am Burgtheater laufen Der Besuch der alten Dame und Die 39 Stufen von Patrick Barlow.", []),
    # at a sentence start "Die" is the article
    ("Die 39 Stufen zum Dom sind steil.", [_row("39 Stufen", 39.0, "Stufen", "count", None)]),
    (
        "Ihre dritte Platte 25 ist ein Erfolg. Der Vertrag lief nach der Veröffentlichung von 25 aus.",
        [_row("dritte Platte", 3.0, "Platte", "ordinal", None)],
    ),
]

PARTITIVES = [
    (
        "Für die Vorlage stimmten in Bern 120 der 200 Nationalräte.",
        [
            _row("120", 120.0, "Nationalräte", "count", None),
            _row("200 Nationalräte", 200.0, "Nationalräte", "count", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDS_AFTER)
def test_round12_bounds_after(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_round12_article_of_the_noun(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_round12_titles(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PARTITIVES)
def test_round12_partitive_after_a_place(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


PARALLELS = [
    (
        "1.200 Menschen kamen am Montag in Spielfeld an; 1.800 reisten am Dienstag weiter.",
        [
            _row("1.200 Menschen", 1200.0, "Menschen", "count", None),
            _row("1.800", 1800.0, "Menschen", "count", None),
        ],
    ),
    (
        "Vier Goldmedaillen gehen nach Österreich und drei in die Schweiz.",
        [
            _row("Vier Goldmedaillen", 4.0, "Goldmedaillen", "count", None),
            _row("drei", 3.0, "Goldmedaillen", "count", None),
        ],
    ),
    (
        "Im Gemeinderat fehlten 23 Stimmen: 20 von der SPÖ, drei von den Grünen.",
        [
            _row("23 Stimmen", 23.0, "Stimmen", "count", None),
            _row("20", 20.0, "Stimmen", "count", None),
            _row("drei von den Grünen", 3.0, "Grüne", "count", None),
        ],
    ),
    # a bracketed series over a sentence end
    (
        "Gold ging an die Schweizerin (8120 Punkte). Silber holte die Deutsche (7980).",
        [
            _row("8120 Punkte", 8120.0, "Punkte", "count", None),
            _row("7980", 7980.0, "Punkte", "count", None),
        ],
    ),
    # not over a sentence end, not an age
    (
        "Im Jahr 2015 kamen 90.000 Asylwerber. Heuer sind 37.500 vorgesehen.",
        [
            _row("2015", 2015.0, None, "year", None),
            _row("90.000 Asylwerber", 90000.0, "Asylwerber", "count", None),
            _row("37.500", 37500.0, None, "count", None),
        ],
    ),
    ("Mit 21 zog er in den Landtag ein.", [_row("21", 21.0, None, "count", None)]),
]

DIGIT_NAMES = [
    ("Die Tarife stiegen nach der Übernahme durch 3 deutlich, klagt der Mobilfunk-Regulator.", []),
    ("Bei A1 und 3 ist die Abfrage schon länger möglich.", []),
    # without a cue of the operators "3" is a count (a school mark)
    (
        "Der Schüler schrieb in Mathematik eine 3 und in Deutsch eine 2.",
        [_row("3", 3.0, None, "count", None), _row("2", 2.0, None, "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARALLELS)
def test_round12_parallel_counts(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), DIGIT_NAMES)
def test_round12_digit_names(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


YEAR_BOUNDS = [
    (
        "Frühestens für 2017 ist die Krimiserie aus Berlin geplant.",
        [_bound("Frühestens für 2017", 2017.0, 2017.0, None, "Frühestens für", None, "year", None)],
    ),
    (
        "Der Präsident werde spätestens Anfang 2017 seinen Sessel räumen.",
        [
            _bound(
                "spätestens Anfang 2017",
                2017.0,
                None,
                2017.0,
                "spätestens Anfang",
                None,
                "year",
                None,
            )
        ],
    ),
    (
        "Die neue Bahnstrecke nach Graz soll spätestens bis 2020 fertig sein.",
        [_bound("spätestens bis 2020", 2020.0, None, 2020.0, "spätestens bis", None, "year", None)],
    ),
    (
        "Mit Deuterium will das Institut in Garching frühestens ab 2017 arbeiten.",
        [_bound("frühestens ab 2017", 2017.0, 2017.0, None, "frühestens ab", None, "year", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_BOUNDS)
def test_round12_year_bounds(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


REVERSED_RANGES = [
    (
        "In Linz pendelte der Stimmenanteil zwischen 64 und 50 Prozent.",
        [
            _bound(
                "zwischen 64 und 50 Prozent",
                None,
                50.0,
                64.0,
                "zwischen",
                "Prozent",
                "percent",
                "%",
            )
        ],
    ),
    (
        "Die Preise in Zürich liegen zwischen 20 und 30 Franken.",
        [
            _bound(
                "zwischen 20 und 30 Franken",
                None,
                20.0,
                30.0,
                "zwischen",
                "Franken",
                "money",
                "CHF",
            )
        ],
    ),
    # "3 bis 1" is no range (a score)
    (
        "Das Spiel endete 3 bis 1.",
        [_row("3", 3.0, None, "count", None), _row("1", 1.0, None, "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVERSED_RANGES)
def test_round12_reversed_ranges(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


COUNT_HEADS = [
    (
        "Seit 2010 ist die Zahl  der Klagen am Bezirksgericht Linz um 2.600 gesunken.",
        [_row("2010", 2010.0, None, "year", None), _row("2.600", 2600.0, "Klagen", "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_HEADS)
def test_round12_count_head_spaces(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


GLUED = [
    (
        "Speerwurf Gold: Thomas Röhler (Deutschland) 87,40 mSilber: Julius Yego (Kenia) 86,20 m",
        [
            _row("87,40 m", 87.4, "Meter", "quantity", "m"),
            _row("86,20 m", 86.2, "Meter", "quantity", "m"),
        ],
    ),
    (
        "Zehnkampf Gold: Ashton Eaton (USA) 8893 PunkteSilber: Damian Warner (Kanada) 8695 Punkte",
        [
            _row("8893 Punkte", 8893.0, "Punkte", "count", None),
            _row("8695 Punkte", 8695.0, "Punkte", "count", None),
        ],
    ),
    ("Die Schweizerin holte Gold vor der Österreicherin.", []),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_round12_glued_medal_words(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected
