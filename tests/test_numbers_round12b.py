"""Number rows for the round-12b findings (issue 11): a bare count of at least 100 first in
its sentence takes the noun of the only count of the sentence before when both are of a
size ("… 210 Menschen untergebracht. … wonach 340 dort lebten" -> "Menschen"; not "die
drei" after "Zwei ihrer Brüder", not after two counted nouns); after "sind es"/"waren es"
with no count in reach, the one plural noun of the sentence before ("Die Unterschriften …
Seit 3. März sind es bereits mehr als 4.000" -> "Unterschriften"); the part of a scaled total
after "davon" takes its scale and unit ("300 Millionen Franken, davon 120" -> 120 million
CHF); no rows for a time gap without "+" after a rider's country and team ("(AUT) Bora
9:41"), a result glued to a bracket and a medal word ("18,60)Bronze"), "1./2. Weltkrieg"
and court file numbers ("(12 Cg 45/16x-7)"). Own sentences in Austrian, Swiss and German
news style; exact rows (text, value, value_min, value_max, qualifier, noun, kind, unit),
also where nothing may change."""

from __future__ import annotations

import pytest

from tests.conftest import number_key_rows


def _row(text, value, noun, kind, unit):
    return (text, value, value, value, None, noun, kind, unit)


PREVIOUS_SENTENCE = [
    (
        (
            "In der Kaserne in Linz seien derzeit 210 Menschen untergebracht. Die Polizei "
            "korrigierte frühere Angaben, wonach 340 dort lebten."
        ),
        [
            _row("210 Menschen", 210.0, "Menschen", "count", None),
            _row("340", 340.0, "Menschen", "count", None),
        ],
    ),
    (
        "Zwei ihrer Brüder wurden verkauft. Dann flohen die drei nach Norden.",
        [
            _row("Zwei ihrer Brüder", 2.0, "Brüder", "count", None),
            _row("drei", 3.0, None, "count", None),
        ],
    ),
    (
        "In Bern wurden 140 Wohnungen und 90 Büros gebaut. Laut Stadt sollen 200 folgen.",
        [
            _row("140 Wohnungen", 140.0, "Wohnungen", "count", None),
            _row("90 Büros", 90.0, "Büros", "count", None),
            _row("200", 200.0, None, "count", None),
        ],
    ),
]

ANAPHOR_PLURAL = [
    (
        (
            "Die Unterschriften prüft die Gemeinde Köniz genau. Seit 3. März sind es bereits "
            "mehr als 4.000."
        ),
        [
            ("3. März", None, None, None, None, None, "date", None),
            ("mehr als 4.000", 4000.0, 4000.0, None, "mehr als", "Unterschriften", "count", None),
        ],
    ),
    (
        "Die Anmeldungen und die Absagen kommen per Post. Bis Freitag waren es schon 800.",
        [_row("800", 800.0, None, "count", None)],
    ),
    (
        "Der Antrag liegt in Wien auf. Seit Montag sind es 1.200.",
        [_row("1.200", 1200.0, None, "count", None)],
    ),
]

CARRIED_SCALE = [
    (
        "Die Schulden der Gemeinden betragen 300 Millionen Franken, davon 120 in Zürich.",
        [
            _row("300 Millionen Franken", 300000000.0, "Franken", "money", "CHF"),
            _row("120", 120000000.0, "Franken", "money", "CHF"),
        ],
    ),
    (
        "Die Länder fordern 40 Milliarden Euro, 15 davon für Bayern.",
        [
            _row("40 Milliarden Euro", 40000000000.0, "Euro", "money", "EUR"),
            _row("15", 15000000000.0, "Euro", "money", "EUR"),
        ],
    ),
    (
        "Die Firma setzte 3,5 Millionen Euro um, davon 2,1 Millionen Euro im Inland.",
        [
            _row("3,5 Millionen Euro", 3500000.0, "Euro", "money", "EUR"),
            _row("2,1 Millionen Euro", 2100000.0, "Euro", "money", "EUR"),
        ],
    ),
]

NO_ROWS = [
    (
        (
            "Kugelstoßen Gold: Anna Huber (Österreich) 19,20 mSilber: Eva Brunner (Schweiz) "
            "18,75 (bester Versuch 18,60)Bronze: Lena Maier (Deutschland) 18,10"
        ),
        [_row("19,20 m", 19.2, "Meter", "quantity", "m")],
    ),
    (
        (
            "Weiter: 45. Lukas Pöstlberger (AUT) Bora 1:12 Minuten zurück – 80. Felix "
            "Großschartner (AUT) Bora 9:41"
        ),
        [
            _row("45.", 45.0, None, "ordinal", None),
            _row("1:12 Minuten", 1.2, "Minuten", "quantity", "min"),
            _row("80.", 80.0, None, "ordinal", None),
        ],
    ),
    ("Der Laden verkauft das Kostüm Soldat – 1./2. Weltkrieg für Kinder.", []),
    ("Das Handelsgericht entschied anders (12 Cg 45/16x-7).", []),
    ("Das Oberlandesgericht bestätigte das Urteil (2 R 88/15k), das dem STANDARD vorliegt.", []),
    (
        "Um 12:53 Uhr begann in Innsbruck die Sitzung.",
        [_row("12:53 Uhr", 12.883333, None, "time", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREVIOUS_SENTENCE)
def test_round12b_previous_sentence(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), ANAPHOR_PLURAL)
def test_round12b_anaphor_plural(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), CARRIED_SCALE)
def test_round12b_carried_scale(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), NO_ROWS)
def test_round12b_no_rows(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected
