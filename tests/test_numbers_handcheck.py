"""Number rows for the error classes of the hand check on Austrian news (issue 11): dative
plurals back to the nominative with the model's lemma, elided nouns after "davon"/"darunter",
chains of coordinated numbers, "nicht weniger als", small units, results lists. Own sentences
in Austrian, Swiss and German news style; rows as in the numbers table."""

from __future__ import annotations

import pytest

from pipeline.tables import number_rows

# (text, [(text, value, value_min, value_max, qualifier, noun, kind, unit), ...])
CASES = [
    (
        "Der Stürmer traf in der 48. Minute und hält nun bei zwei Toren.",
        [
            ("48. Minute", 48.0, 48.0, 48.0, None, "Minute", "ordinal", None),
            ("zwei Toren", 2.0, 2.0, 2.0, None, "Tore", "count", None),
        ],
    ),
    (
        "Der FC Basel feierte nach drei Siegen in Folge den Meistertitel.",
        [("drei Siegen", 3.0, 3.0, 3.0, None, "Siege", "count", None)],
    ),
    (
        "Die Aufnahme von 8.000 Menschen sei machbar, sagte die Ministerin.",
        [("8.000 Menschen", 8000.0, 8000.0, 8000.0, None, "Menschen", "count", None)],
    ),
    (
        "Das Team beging zehn Fehler, davon acht in der ersten Halbzeit.",
        [
            ("zehn Fehler", 10.0, 10.0, 10.0, None, "Fehler", "count", None),
            ("acht", 8.0, 8.0, 8.0, None, "Fehler", "count", None),
        ],
    ),
    (
        "Der Tarif sinkt von 15 auf 14 bzw. zwölf Franken.",
        [
            ("15", 15.0, 15.0, 15.0, None, "Franken", "money", "CHF"),
            ("14", 14.0, 14.0, 14.0, None, "Franken", "money", "CHF"),
            ("zwölf Franken", 12.0, 12.0, 12.0, None, "Franken", "money", "CHF"),
        ],
    ),
    (
        "In Graz wurden nicht weniger als 300 Anzeigen erstattet.",
        [
            (
                "nicht weniger als 300 Anzeigen",
                300.0,
                300.0,
                None,
                "nicht weniger als",
                "Anzeigen",
                "count",
                None,
            )
        ],
    ),
    (
        "Die Pixel sind 1,4 μm groß, die Tablette enthält 81 Milligramm Wirkstoff.",
        [
            ("1,4 μm", 1.4, 1.4, 1.4, None, "Mikrometer", "quantity", "µm"),
            ("81 Milligramm", 81.0, 81.0, 81.0, None, "Milligramm", "quantity", "mg"),
        ],
    ),
    (  # points after the country are no counts, only the ranks are rows
        "1. Marcel Hirscher (AUT) 543, 2. Alberto Tomba (ITA) 504, 3. Marc Girardelli (LUX) 465.",
        [
            ("1.", 1.0, 1.0, 1.0, None, None, "ordinal", None),
            ("2.", 2.0, 2.0, 2.0, None, None, "ordinal", None),
            ("3.", 3.0, 3.0, 3.0, None, None, "ordinal", None),
        ],
    ),
    (  # times in a results list are no counts; a rank after a time is a rank
        "Sprint: Usain Bolt (JAM) 9,79 2. Justin Gatlin (USA) 9,80 3. Andre De Grasse (CAN) 9,92",
        [
            ("2.", 2.0, 2.0, 2.0, None, None, "ordinal", None),
            ("3.", 3.0, 3.0, 3.0, None, None, "ordinal", None),
        ],
    ),
    (
        "Eine erste Zählung von 179 Ja-Stimmen wurde im Kantonsrat nachträglich auf 178 korrigiert.",
        [
            ("179 Ja-Stimmen", 179.0, 179.0, 179.0, None, "Ja-Stimmen", "count", None),
            ("178", 178.0, 178.0, 178.0, None, "Ja-Stimmen", "count", None),
        ],
    ),
    (
        "Das neue Handy zeigt 1.440 x 2.560 Pixel.",
        [
            ("1.440", 1440.0, 1440.0, 1440.0, None, "Pixel", "count", None),
            ("2.560 Pixel", 2560.0, 2560.0, 2560.0, None, "Pixel", "count", None),
        ],
    ),
    (
        "Die Kommission tagt von 16. bis 18. Juni in Innsbruck. (APA, 30. 9. 2015)",
        [
            ("16.", None, None, None, None, None, "date", None),
            ("18. Juni", None, None, None, None, None, "date", None),
            ("30. 9. 2015", 20150930.0, 20150930.0, 20150930.0, None, None, "date", None),
        ],
    ),
    ("Thiem gewann 7/6 7/6 gegen Kovalik. Seit 9/11 ist vieles anders.", []),
    ("Olympiakos (9/6:10) hofft noch, das Gerät kann LTE Cat. 6.", []),
    (
        "Die Zahl der Todesopfer hat sich in der Steiermark am Mittwoch auf sieben erhöht.",
        [("sieben", 7.0, 7.0, 7.0, None, "Todesopfer", "count", None)],
    ),
    (
        "Die Zahl der Asylwerber in Tirol liegt bei 2015 Personen.",
        [("2015 Personen", 2015.0, 2015.0, 2015.0, None, "Personen", "count", None)],
    ),
    (
        "Vor Lampedusa wurden tausende gerettete Flüchtlinge an Land gebracht.",
        [
            (
                "tausende gerettete Flüchtlinge",
                None,
                2000.0,
                9999.0,
                None,
                "Flüchtlinge",
                "count",
                None,
            )
        ],
    ),
    (
        "Dabei identifizierten die Forscher in Basel zwei Arten von Macht.",
        [("zwei Arten", 2.0, 2.0, 2.0, None, "Arten", "count", None)],
    ),
    ("Microsoft hat Build 10572 für Smartphones veröffentlicht.", []),
    ("Das Lumia 950 kommt im Herbst, sagte der Sprecher in Zürich.", []),
    (
        "Österreich ist eines von sechs EU-Ländern, die zustimmten.",
        [("sechs EU-Ländern", 6.0, 6.0, 6.0, None, "EU-Länder", "count", None)],
    ),
    (
        "Fußball-Bundesliga, 15. Runde: Wolfsberger AC – Sturm Graz 1:0",
        [("15. Runde", 15.0, 15.0, 15.0, None, "Runde", "ordinal", None)],
    ),
    (
        "Für die Sonde seien 19 Watt nötig, der Chip taktet mit 2 GHz.",
        [
            ("19 Watt", 19.0, 19.0, 19.0, None, "Watt", "quantity", "W"),
            ("2 GHz", 2.0, 2.0, 2.0, None, "Gigahertz", "quantity", "GHz"),
        ],
    ),
    ("Die Wienerin siegte mit 7:6(5),6:3 gegen die Schweizerin.", []),
    (
        "Im Test war das Handy in 1:18 Stunden voll, die Verweildauer lag bei 7:01 Minuten.",
        [
            ("1:18 Stunden", 1.3, 1.3, 1.3, None, "Stunden", "quantity", "h"),
            ("7:01 Minuten", 7.016667, 7.016667, 7.016667, None, "Minuten", "quantity", "min"),
        ],
    ),
    (
        "Die Zeitung hat über Hunderte Fälle berichtet.",
        [("Hunderte Fälle", None, 200.0, 999.0, None, "Fälle", "count", None)],
    ),
    ("Kein Wort über Zahlen fiel in der Sitzung des Nationalrats.", []),
    ("Davon war in der Sitzung des Zürcher Kantonsrats nicht die Rede.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_handcheck_cases(nlp, text, expected):
    keys = ("text", "value", "value_min", "value_max", "qualifier", "noun", "kind", "unit")
    got = [tuple(r[k] for k in keys) for r in number_rows(nlp(text), "d")]
    assert got == expected
