"""Number rows for the round-6 findings (issue 11): nouns after long attributes, bare
numbers that take the noun or unit of another number (past dates, across "davon"/"weitere"
and a full stop, the unit of the next scaled number), shares ("jeder Zweite"), a qualifier
across an article, negative numbers after "minus", a year before a singular noun, ordinals
after an article and an adjective, legal act numbers, idioms and list items that are no
numbers. Own sentences in Austrian, Swiss and German news style; exact rows."""

from __future__ import annotations

import pytest

from tests.conftest import number_key_rows

ATTRIBUTES = [
    (
        (
            "Der Aufsichtsrat prüft die Verträge der drei, seit Jahren in Tirol tätigen "
            "ausländischen Baufirmen."
        ),
        [
            (
                "drei, seit Jahren in Tirol tätigen ausländischen Baufirmen",
                *(3.0, 3.0, 3.0, None, "Baufirmen", "count", None),
            )
        ],
    ),
    (
        "Die 90 zähen, am Ende torlosen Minuten in Graz haben Kraft gekostet.",
        [("90 zähen, am Ende torlosen Minuten", 90.0, 90.0, 90.0, None, "Minuten", "count", None)],
    ),
    (
        "Die Regierung verteilt die zwei der ÖVP zustehenden Staatssekretariate neu.",
        [
            (
                "zwei der ÖVP zustehenden Staatssekretariate",
                *(2.0, 2.0, 2.0, None, "Staatssekretariate", "count", None),
            )
        ],
    ),
    (
        "Vier von der Gemeinde bezahlte Lehrer unterrichten in Chur.",
        [("Vier von der Gemeinde bezahlte Lehrer", 4.0, 4.0, 4.0, None, "Lehrer", "count", None)],
    ),
]

LENT = [
    (
        "Im Mai wurden 120 Asylwerber registriert. 15 weitere kamen am Montag in Salzburg an.",
        [
            ("120 Asylwerber", 120.0, 120.0, 120.0, None, "Asylwerber", "count", None),
            ("15", 15.0, 15.0, 15.0, None, "Asylwerber", "count", None),
        ],
    ),
    (
        "Am Ende waren es 300 Soldaten. Zwei davon wurden verletzt.",
        [
            ("300 Soldaten", 300.0, 300.0, 300.0, None, "Soldaten", "count", None),
            ("Zwei", 2.0, 2.0, 2.0, None, "Soldaten", "count", None),
        ],
    ),
    (
        "Die Länder sollen 800 Millionen Euro erhalten, davon 300 Millionen für Pflege.",
        [
            ("800 Millionen Euro", 8e8, 8e8, 8e8, None, "Euro", "money", "EUR"),
            ("300 Millionen", 3e8, 3e8, 3e8, None, "Euro", "money", "EUR"),
        ],
    ),
    (
        (
            "Die Bank vergab Kredite von 2,4 Millionen, gefolgt von der Raiffeisen "
            "(1,9 Millionen Euro)."
        ),
        [
            ("2,4 Millionen", 2.4e6, 2.4e6, 2.4e6, None, "Euro", "money", "EUR"),
            ("1,9 Millionen Euro", 1.9e6, 1.9e6, 1.9e6, None, "Euro", "money", "EUR"),
        ],
    ),
    (
        "Im Juli kamen 900 Besucher, am 4. August je 300 in Linz und Wels.",
        [
            ("900 Besucher", 900.0, 900.0, 900.0, None, "Besucher", "count", None),
            ("4. August", None, None, None, None, None, "date", None),
            ("300", 300.0, 300.0, 300.0, None, "Besucher", "count", None),
        ],
    ),
    (
        (
            "Am Tag kamen zwischen 200 und 300 Flüchtlinge über die Grenze, in der Nacht "
            "zwischen 50 und 80."
        ),
        [
            (
                "zwischen 200 und 300 Flüchtlinge",
                *(None, 200.0, 300.0, "zwischen", "Flüchtlinge", "count", None),
            ),
            ("zwischen 50 und 80", None, 50.0, 80.0, "zwischen", "Flüchtlinge", "count", None),
        ],
    ),
    (
        "Die meisten Stimmen bekam die SVP (1.204), gefolgt von der SP.",
        [("1.204", 1204.0, 1204.0, 1204.0, None, "Stimmen", "count", None)],
    ),
]

SHARES_SIGNS_UNITS = [
    (
        "Jeder Dritte (34 Prozent) hält das Budget für zu niedrig.",
        [
            ("Jeder Dritte", 33.3, 33.3, 33.3, None, None, "percent", "%"),
            ("34 Prozent", 34.0, 34.0, 34.0, None, "Prozent", "percent", "%"),
        ],
    ),
    (
        "Mehr als jede Vierte hat schon einmal online gewählt.",
        [("Mehr als jede Vierte", 25.0, 25.0, None, "Mehr als", None, "percent", "%")],
    ),
    (
        "Die Schweiz zahlt deutlich mehr als die 50.000 Franken für das Projekt.",
        [
            (
                "mehr als die 50.000 Franken",
                *(50000.0, 50000.0, None, "mehr als", "Franken", "money", "CHF"),
            )
        ],
    ),
    (
        "Die Temperatur fiel in Zermatt auf minus 18 Grad.",
        [("minus 18 Grad", -18.0, -18.0, -18.0, None, "Grad", "quantity", "°C")],
    ),
    (
        "Die Förderung beträgt 2,1 Millionen Fass Öl pro Jahr.",
        [("2,1 Millionen Fass", 2.1e6, 2.1e6, 2.1e6, None, "Fass", "quantity", "bbl")],
    ),
    (
        "Das Gerät speichert 2 Terabytes und überträgt 100 Mbit/s.",
        [
            ("2 Terabytes", 2.0, 2.0, 2.0, None, "Terabyte", "quantity", "TB"),
            ("100 Mbit/s", 100.0, 100.0, 100.0, None, "Megabit pro Sekunde", "quantity", "Mbit/s"),
        ],
    ),
]

YEARS_ORDINALS = [
    (
        "Die Anlage soll ab 2019 Wärme liefern.",
        [("ab 2019", 2019.0, 2019.0, None, "ab", None, "year", None)],
    ),
    (
        "Die Parteien stehen angesichts der 2017 stattfindenden Präsidentenwahl unter Druck.",
        [("2017", 2017.0, 2017.0, 2017.0, None, None, "year", None)],
    ),
    (
        "Das Festival gehört zu den Höhepunkten des späten 19. Jahrhunderts.",
        [("19. Jahrhunderts", 19.0, 19.0, 19.0, None, "Jahrhundert", "ordinal", None)],
    ),
    (
        "Die Verfilmung des zweiten Teils der Trilogie läuft in Zürich.",
        [("zweiten Teils", 2.0, 2.0, 2.0, None, "Teil", "ordinal", None)],
    ),
    # a count's noun stays plural even when the model reads a genitive singular
    (
        "Im Stadion feierten rund 500 mitgereisten Fans aus Salzburg.",
        [("rund 500 mitgereisten Fans", 500.0, None, None, "rund", "Fans", "count", None)],
    ),
]

# no row, or no noun: names, legal acts, idioms, list items, ages in apposition
NOTHING = [
    ("Die Richtlinie 2014/65 regelt den Wertpapierhandel.", []),
    ("Sie wird eins mit der Landschaft am Bodensee.", []),
    ("Das Galaxy Note 7 von Samsung wurde zurückgerufen.", []),
    (
        "Der Film läuft bis 23.30 Uhr. 2) Was ist konservativ? Eine Debatte.",
        [("23.30 Uhr", 23.5, 23.5, 23.5, None, None, "time", None)],
    ),
    ("Das Programm: 1) Nachrichten, danach Sport.", []),
    (
        "Sie ist dreißig, frisch verheiratete Lehrerin und lebt in Basel.",
        [("dreißig", 30.0, 30.0, 30.0, None, None, "count", None)],
    ),
    (
        "Die Regierung in Wien hat am Montag beschlossen, das Gesetz zu ändern.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ATTRIBUTES + LENT + SHARES_SIGNS_UNITS + YEARS_ORDINALS + NOTHING,
)
def test_round6_cases(ud_nlp, text, expected):
    got = number_key_rows(ud_nlp(text))
    assert got == expected


PARALLEL = [
    (
        "An der Übung nehmen 28.000 Soldaten aus Deutschland und 9.000 aus Polen teil.",
        [
            ("28.000 Soldaten", 28000.0, 28000.0, 28000.0, None, "Soldaten", "count", None),
            ("9.000", 9000.0, 9000.0, 9000.0, None, "Soldaten", "count", None),
        ],
    ),
    (
        "Am Futterplatz sammeln sich Dutzende oder gar Hunderte Vögel.",
        [
            ("Dutzende", None, 24.0, 99.0, None, "Vögel", "count", None),
            ("Hunderte Vögel", None, 200.0, 999.0, None, "Vögel", "count", None),
        ],
    ),
    # unlike numbers: a scaled amount lends no unit to a plain one
    (
        "Der Bund gibt 200 Millionen Euro für Schulen und 150 für Spitäler aus.",
        [
            ("200 Millionen Euro", 2e8, 2e8, 2e8, None, "Euro", "money", "EUR"),
            ("150", 150.0, 150.0, 150.0, None, None, "count", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARALLEL)
def test_round6_parallel(ud_nlp, text, expected):
    got = number_key_rows(ud_nlp(text))
    assert got == expected
