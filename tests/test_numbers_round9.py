"""Number rows for the round-9 findings (issue 11): "über" as the preposition of a verb or
noun ("verfügt über zwei Halbkugeln", "Rechnung über 396,67 Euro") is no bound, vague
plurals before a scale word ("zig Millionen", "Hunderte Millionen"), money lost by an
object ("zig Millionen verloren"), speeds ("60 Kilometern pro Stunde"). Own sentences in
Austrian, Swiss and German news style; exact rows, also where nothing may change."""

from __future__ import annotations

import pytest

from tests.conftest import number_key_rows

PREPOSITIONS = [
    # the prepositional object of "verfügen": no bound
    (
        "Die Kamera rollt nicht, sondern verfügt über zwei drehbare Halbkugeln.",
        [("zwei drehbare Halbkugeln", 2.0, 2.0, 2.0, None, "Halbkugeln", "count", None)],
    ),
    (
        "Der Bundesrat sprach in Bern über drei Themen.",
        [("drei Themen", 3.0, 3.0, 3.0, None, "Themen", "count", None)],
    ),
    # the verb after it, in a relative clause
    (
        "Die Firma, die über 500 Mitarbeiter verfügt, wächst weiter.",
        [("500 Mitarbeiter", 500.0, 500.0, 500.0, None, "Mitarbeiter", "count", None)],
    ),
    # the preposition goes, the comparative after it stays
    (
        "Das neue Einkaufszentrum verfügt über mehr als 11.000 Parkplätze.",
        [
            (
                "mehr als 11.000 Parkplätze",
                11000.0,
                11000.0,
                None,
                "mehr als",
                "Parkplätze",
                "count",
                None,
            )
        ],
    ),
    # a noun whose object it opens
    (
        "Die Bezirkshauptmannschaft stellte eine Rechnung über 396,67 Euro aus.",
        [("396,67 Euro", 396.67, 396.67, 396.67, None, "Euro", "money", "EUR")],
    ),
    # "more than": no such verb, after a preposition, after an article, a second "über"
    (
        "Zur Kundgebung in Linz kamen über 100 Menschen.",
        [("über 100 Menschen", 100.0, 100.0, None, "über", "Menschen", "count", None)],
    ),
    (
        "Die Zeitung berichtete von über 100 Verletzten.",
        [("über 100 Verletzten", 100.0, 100.0, None, "über", "Verletzte", "count", None)],
    ),
    (
        "Das über 30 Jahre alte Format wird reformiert.",
        [("über 30 Jahre", 30.0, 30.0, None, "über", "Jahre", "count", None)],
    ),
    (
        "Die Polizei informierte über 300 Personen über die Gefahr.",
        [("über 300 Personen", 300.0, 300.0, None, "über", "Personen", "count", None)],
    ),
    (
        "In Wien herrschten am Nachmittag über 35 Grad.",
        [("über 35 Grad", 35.0, 35.0, None, "über", "Grad", "quantity", "°C")],
    ),
    # no number: nothing
    ("Die Archäologin spricht über Plünderungen im Jemen.", []),
]

VAGUE_MONEY_SPEED = [
    # "zig" before a scale word: tens of millions; lost by an object: money without a unit
    (
        "So habe die Firma zig Millionen und ihre Expansionspläne verloren.",
        [("zig Millionen", None, 20000000.0, 99999999.0, None, None, "money", None)],
    ),
    (
        "YouTube hatte schon damals zig Millionen Nutzer.",
        [("zig Millionen Nutzer", None, 20000000.0, 99999999.0, None, "Nutzer", "count", None)],
    ),
    (
        "Indien, dessen Land dutzende Millionen Muslime zählt, kondolierte.",
        [
            (
                "dutzende Millionen Muslime",
                None,
                24000000.0,
                99999999.0,
                None,
                "Muslime",
                "count",
                None,
            )
        ],
    ),
    # a subject that opens its clause loses no money
    (
        "Millionen verloren in der Krise ihre Arbeit.",
        [("Millionen", None, 2000000.0, 999999999.0, None, None, "count", None)],
    ),
    # speeds
    (
        "Der Zug fuhr selbst bei 60 Kilometern pro Stunde zu schnell.",
        [
            (
                "60 Kilometern pro Stunde",
                60.0,
                60.0,
                60.0,
                None,
                "Kilometer pro Stunde",
                "quantity",
                "km/h",
            )
        ],
    ),
    (
        "Die Böen erreichten 30 Meter pro Sekunde.",
        [("30 Meter pro Sekunde", 30.0, 30.0, 30.0, None, "Meter pro Sekunde", "quantity", "m/s")],
    ),
    # a distance stays a distance
    (
        "Die Etappe führt über 200 Kilometer nach Chur.",
        [("über 200 Kilometer", 200.0, 200.0, None, "über", "Kilometer", "quantity", "km")],
    ),
]


SHARES_LABELS_PARTITIVES = [
    # "jeder zehnte Befragte": a share of the noun, as "jeder Zweite"; the bound of "fast"
    (
        "Fast jeder zehnte Befragte checkt auch nachts Firmenmails.",
        [("Fast jeder zehnte Befragte", 10.0, None, 10.0, "Fast", "Befragte", "percent", "%")],
    ),
    (
        "In Zürich ist jede dritte Wohnung zu teuer.",
        [("jede dritte Wohnung", 33.3, 33.3, 33.3, None, "Wohnung", "percent", "%")],
    ),
    # a period: a frequency, the ordinal stays
    (
        "Der Bus kommt nur jeden zweiten Tag ins Tal.",
        [("zweiten Tag", 2.0, 2.0, 2.0, None, "Tag", "ordinal", None)],
    ),
    # a ranking after a hyphenated label cue and numbered items: no rows
    ("Er schlug den Franzosen Axel Michon (ATP-Nr. 221) klar.", []),
    ("Das Handy unterstützt die Bänder 3 und 7, das Band 20 fehlt.", []),
    (
        "Die Artikel 3 und 7 gelten, 12 Abgeordnete stimmten dagegen.",
        [("12 Abgeordnete", 12.0, 12.0, 12.0, None, "Abgeordnete", "count", None)],
    ),
    # a partitive with an article counts its noun, not the object after the verb
    (
        "Zwei von den Verletzten erlitten schwere Verbrennungen.",
        [("Zwei von den Verletzten", 2.0, 2.0, 2.0, None, "Verletzte", "count", None)],
    ),
    (
        "Drei von den Schweizer Athleten erreichten das Finale.",
        [("Drei von den Schweizer Athleten", 3.0, 3.0, 3.0, None, "Athleten", "count", None)],
    ),
    # an agent phrase goes on with a preposition: no partitive noun
    (
        "Zehntausende von den Kriegen in ihren Heimatländern Vertriebene kamen an.",
        [("Zehntausende", None, 20000.0, 99999.0, None, None, "count", None)],
    ),
]


BRACKETS_ORDINAL_RANGES = [
    # numbers in a bracket after a plural noun count it
    (
        "Er verbuchte mehr direkte Gewinnschläge (19 zu 12) als der Serbe.",
        [
            ("19", 19.0, 19.0, 19.0, None, "Gewinnschläge", "count", None),
            ("12", 12.0, 12.0, 12.0, None, "Gewinnschläge", "count", None),
        ],
    ),
    (
        "Die Grasshoppers gewannen mehr Zweikämpfe (54 gegenüber 46) als der Gegner.",
        [
            ("54", 54.0, 54.0, 54.0, None, "Zweikämpfe", "count", None),
            ("46", 46.0, 46.0, 46.0, None, "Zweikämpfe", "count", None),
        ],
    ),
    # an age after a name stays no row
    ("Queen Elizabeth II. (89) besuchte Berlin.", []),
    # ordinal ranges with the noun after the second
    (
        "Befragt wurden Jugendliche der siebenten bis neunten Schulstufe.",
        [("siebenten bis neunten Schulstufe", None, 7.0, 9.0, None, "Schulstufe", "ordinal", None)],
    ),
    (
        "Schüler der 7. bis 9. Klasse nahmen in Graz teil.",
        [("7. bis 9. Klasse", None, 7.0, 9.0, None, "Klasse", "ordinal", None)],
    ),
    # a date range stays a date range
    (
        "Vom 3. bis 5. Juli 2015 wurde in Bern gefeiert.",
        [
            ("3.", 20150703.0, 20150703.0, 20150703.0, None, None, "date", None),
            ("5. Juli 2015", 20150705.0, 20150705.0, 20150705.0, None, None, "date", None),
        ],
    ),
]


REPEATED = [
    # a bare count repeating an amount of money a sentence before is that money
    (
        "Rund 30.000 Euro sollen verschwunden sein. Die übrigen 30.000 will er nie erhalten haben.",
        [
            ("Rund 30.000 Euro", 30000.0, None, None, "Rund", "Euro", "money", "EUR"),
            ("30.000", 30000.0, 30000.0, 30000.0, None, "Euro", "money", "EUR"),
        ],
    ),
    # another value, or a small one, stays a bare count
    (
        "Die Gemeinde zahlte 40.000 Franken. Die übrigen 30.000 fehlen.",
        [
            ("40.000 Franken", 40000.0, 40000.0, 40000.0, None, "Franken", "money", "CHF"),
            ("30.000", 30000.0, 30000.0, 30000.0, None, None, "count", None),
        ],
    ),
]

ANAPHORS = [
    # "waren es": the count of the number before, also across a full stop
    (
        "Im Vorjahr kamen 180 Flüchtlinge nach Feldkirch, heuer sind es noch 35.",
        [
            ("180 Flüchtlinge", 180.0, 180.0, 180.0, None, "Flüchtlinge", "count", None),
            ("35", 35.0, 35.0, 35.0, None, "Flüchtlinge", "count", None),
        ],
    ),
    (
        "Im Quartal wurden 857 Millionen SMS verschickt. Zuvor waren es noch 949,3 Millionen.",
        [
            (
                "857 Millionen SMS",
                857000000.0,
                857000000.0,
                857000000.0,
                None,
                "SMS",
                "count",
                None,
            ),
            ("949,3 Millionen", 949300000.0, 949300000.0, 949300000.0, None, "SMS", "count", None),
        ],
    ),
    # scaled and unscaled do not mix; without an anaphor nothing is lent
    (
        "2014 wurden 1,9 Milliarden Nachrichten verschickt, 2015 waren es 857.",
        [
            ("2014", 2014.0, 2014.0, 2014.0, None, None, "year", None),
            (
                "1,9 Milliarden Nachrichten",
                1900000000.0,
                1900000000.0,
                1900000000.0,
                None,
                "Nachrichten",
                "count",
                None,
            ),
            ("2015", 2015.0, 2015.0, 2015.0, None, None, "year", None),
            ("857", 857.0, 857.0, 857.0, None, None, "count", None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ANAPHORS
    + PREPOSITIONS
    + VAGUE_MONEY_SPEED
    + SHARES_LABELS_PARTITIVES
    + BRACKETS_ORDINAL_RANGES
    + REPEATED,
)
def test_round9_cases(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected
