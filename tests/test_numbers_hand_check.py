"""Number rows the hand check of Austrian news found wrong (issue 11, second round): results
lists, case numbers, names in quotes, implied nouns, times with a qualifier, event distances.

Each case: (sentence, [(span text, value, value_min, value_max, qualifier, noun, kind), ...]);
[] = nothing to find. Run with the model in both label schemes (``nlp`` fixture).
"""

from __future__ import annotations

import pytest

CASES = [
    # results lists: the result after the bracket, in brackets, and the rank after points
    (
        "Hammerwurf: 1. Pawel Fajdek (Polen) 78,55, 2. Dilschod Nasarow (Tadschikistan) 77,32.",
        [
            ("1.", 1.0, 1.0, 1.0, None, None, "ordinal"),
            ("2.", 2.0, 2.0, 2.0, None, None, "ordinal"),
        ],
    ),
    (
        "Kombination: 3. Ilkka Herola (FIN) 15,2 (12./3.) – 4. Bernhard Gruber (AUT) 19,0 (7./15.)",
        [
            ("3.", 3.0, 3.0, 3.0, None, None, "ordinal"),
            ("4.", 4.0, 4.0, 4.0, None, None, "ordinal"),
        ],
    ),
    ("Am Sonntag warf der Kärntner nur (75,20) und schied aus.", []),
    (
        "Weltcupsiege: Miller (USA) 33 8. Marcel Hirscher (AUT) 31 9. Stephan Eberharter (AUT) 29",
        [
            ("8.", 8.0, 8.0, 8.0, None, None, "ordinal"),
            ("9.", 9.0, 9.0, 9.0, None, None, "ordinal"),
        ],
    ),
    ("Bolt siegte knapp vor Justin Gatlin (USA/9,80) in Peking.", []),
    (
        "3. Andreas Mikkelsen (NOR) VW Polo +1:56,6",
        [("3.", 3.0, 3.0, 3.0, None, None, "ordinal")],
    ),
    # a year before a genitive is no count of it
    (
        "Der Bad Ischler Dialog 2015 der Sozialpartner dreht sich um die Wirtschaft.",
        [("2015", 2015.0, 2015.0, 2015.0, None, None, "year")],
    ),
    (
        "Als er im April 2011 Integrationsstaatssekretär wurde, gelang der ÖVP ein Coup.",
        [("2011", 2011.0, 2011.0, 2011.0, None, None, "year")],
    ),
    (
        "Der Nationalrat ist zu 48 Sitzungen zusammengetreten.",
        [("48 Sitzungen", 48.0, 48.0, 48.0, None, "Sitzungen", "count")],
    ),
    (
        "Zusätzlich zu den rund 200.000 Transitflüchtlingen kamen 10.000 Personen.",
        [
            (
                "rund 200.000 Transitflüchtlingen",
                200000.0,
                None,
                None,
                "rund",
                "Transitflüchtlinge",
                "count",
            ),
            ("10.000 Personen", 10000.0, 10000.0, 10000.0, None, "Personen", "count"),
        ],
    ),
    (
        "Der Kapitän spielt für Basaksehir, den Zwölften der türkischen Süperlig.",
        [("Zwölften", 12.0, 12.0, 12.0, None, None, "ordinal")],
    ),
    # a minus sign before the digits; a hyphen between numbers is a range
    (
        "Dämpfend wirkte die Entwicklung im Wohnbau (-0,1 Prozent).",
        [("-0,1 Prozent", -0.1, -0.1, -0.1, None, "Prozent", "percent")],
    ),
    (
        "In Davos hatte es am Morgen -5 Grad, in Zürich kamen 20-30 Menschen.",
        [
            ("-5 Grad", -5.0, -5.0, -5.0, None, "Grad", "quantity"),
            ("20-30 Menschen", None, 20.0, 30.0, None, "Menschen", "count"),
        ],
    ),
    (
        "Die Spindoktoren loben den Burgenländer und die 1964 geborene Niederösterreicherin.",
        [("1964", 1964.0, 1964.0, 1964.0, None, None, "year")],
    ),
    (
        "In Graz wurden 1964 Wohnungen gebaut.",
        [("1964 Wohnungen", 1964.0, 1964.0, 1964.0, None, "Wohnungen", "count")],
    ),
    # "statt" coordinates; "exklusive" is a preposition, not an adjective before the noun
    (
        "Ab Montag werden in Passau wieder 50 statt 100 Flüchtlingen pro Stunde übergeben.",
        [
            ("50", 50.0, 50.0, 50.0, None, "Flüchtlinge", "count"),
            ("100 Flüchtlingen", 100.0, 100.0, 100.0, None, "Flüchtlinge", "count"),
        ],
    ),
    (
        "Mit zumindest 50 Millionen exklusive Tiefspeicher rechnet der frühere KHM-Chef.",
        [
            (
                "zumindest 50 Millionen",
                50000000.0,
                50000000.0,
                None,
                "zumindest",
                None,
                "count",
            )
        ],
    ),
    # case numbers and names are no amounts
    ("Mit dem Erkenntnis VfSlg 19.814/2013 hob der VfGH die Regel auf.", []),
    ('Nach A1 und "3" startet nun auch T-Mobile die Abfrage.', []),
    # a noun the text does not repeat
    (
        "Der Nationalrat beschloss das Gesetz mit 178 zu 120 Stimmen.",
        [
            ("178", 178.0, 178.0, 178.0, None, "Stimmen", "count"),
            ("120 Stimmen", 120.0, 120.0, 120.0, None, "Stimmen", "count"),
        ],
    ),
    # times with a qualifier
    (
        "Der Unfall auf der A1 passierte kurz vor 9 Uhr.",
        [("kurz vor 9 Uhr", 9.0, None, 9.0, "kurz vor", None, "time")],
    ),
    (
        "Der Lenker war kurz nach 2.00 Uhr auf der B125 unterwegs.",
        [("kurz nach 2.00 Uhr", 2.0, 2.0, None, "kurz nach", None, "time")],
    ),
    (
        "Die Demo am Zürcher Helvetiaplatz begann gegen 18 Uhr.",
        [("gegen 18 Uhr", 18.0, None, None, "gegen", None, "time")],
    ),
    # "gegen" before a count is a preposition, no qualifier
    (
        "Gegen 300 Demonstranten wird in Hamburg ermittelt.",
        [("300 Demonstranten", 300.0, 300.0, 300.0, None, "Demonstranten", "count")],
    ),
    # "über" before the distance of an event names the event; elsewhere it is a bound
    (
        "Im Finale über 100 m siegte der Jamaikaner souverän.",
        [("100 m", 100.0, 100.0, 100.0, None, "Meter", "quantity")],
    ),
    (
        "Takanashi kam in der Entscheidung über 90 Meter nicht hinaus.",
        [("90 Meter", 90.0, 90.0, 90.0, None, "Meter", "quantity")],
    ),
    (
        "Auf der Tauernautobahn staute sich der Verkehr über 10 km.",
        [("über 10 km", 10.0, 10.0, None, "über", "Kilometer", "quantity")],
    ),
    # a partitive before the noun, an aside in a coordination, a day range with "und"
    (
        "Zwei ihrer leitenden Redakteure seien in Istanbul festgenommen worden.",
        [("Zwei ihrer leitenden Redakteure", 2.0, 2.0, 2.0, None, "Redakteure", "count")],
    ),
    (
        "Das Smartphone gibt es mit 32, 64 und – erstmals – 128 GB Speicher.",
        [
            ("32", 32.0, 32.0, 32.0, None, "Gigabyte", "quantity"),
            ("64", 64.0, 64.0, 64.0, None, "Gigabyte", "quantity"),
            ("128 GB", 128.0, 128.0, 128.0, None, "Gigabyte", "quantity"),
        ],
    ),
    (
        "Die Umfragen wurden zwischen dem 24. und 26. Juni in Athen angestellt.",
        [
            ("24.", None, None, None, None, None, "date"),
            ("26. Juni", None, None, None, None, None, "date"),
        ],
    ),
    (
        "Die Anwaltskanzlei beriet die Stadt Wien bei zwei staatlichen Energiekomplexen.",
        [
            (
                "zwei staatlichen Energiekomplexen",
                2.0,
                2.0,
                2.0,
                None,
                "Energiekomplexe",
                "count",
            )
        ],
    ),
    # a common noun the model tags PROPN; a partitive after a scale word is a possessor
    (
        "Das Bataclan war von einem der drei Terrorkommandos überfallen worden.",
        [("drei Terrorkommandos", 3.0, 3.0, 3.0, None, "Terrorkommandos", "count")],
    ),
    (
        "Und die 150 Millionen der Omaner nehmen sich gering aus.",
        [("150 Millionen", 150000000.0, 150000000.0, 150000000.0, None, None, "count")],
    ),
    # parts of compounds and names
    ("Wie lange es her ist, dass Zwei- und Vierbeiner Freunde wurden, weiß niemand.", []),
    (
        "Das nächste Ziel der Sonde ist das Objekt 2014 MU69.",
        [("2014", 2014.0, 2014.0, 2014.0, None, None, "year")],
    ),
    (
        "Medien berichten von 90 Beamten am Kölner Hauptbahnhof.",
        [("90 Beamten", 90.0, 90.0, 90.0, None, "Beamte", "count")],
    ),
    (
        "Insgesamt seien knapp über 30.000 Euro an Kleinspenden eingelangt.",
        [("knapp über 30.000 Euro", 30000.0, 30000.0, None, "knapp über", "Euro", "money")],
    ),
]


def rows(doc) -> list[tuple]:
    return [
        (s.text, s._.value, s._.value_min, s._.value_max, s._.qualifier, s._.noun, s._.number_kind)
        for s in doc.spans["numbers"]
    ]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hand_check_rows(nlp, text, expected):
    assert rows(nlp(text)) == expected
