"""Number rows for the round-12c findings (issue 11): "Zahl der" over a prepositional phrase
before a nominalised participle ("die Zahl der bei dem Anschlag Getöteten mit vier" ->
"Getöteten"; not "der bei dem Unfall getöteten Menschen"), the bare rate after a percent and
"nach"/"gegenüber" ("+0,3 Prozent nach +0,1" -> 0.1 %; not "2 Prozent nach 20 Tagen"),
"gute"/"guten" before a number as a floor ("in guten 30 Minuten" -> min 30) and a ceiling
qualifier before a range keeping only the upper end ("nicht mehr als 50 bis 70 Menschen" ->
max 70), and a list of counts with an adverb each after a colon counts the plural noun
before the colon ("Werken … solche …: drei nachweislich, fünf mutmaßlich" -> "Werke"). Own sentences in Austrian, Swiss and German news style; exact rows (text, value,
value_min, value_max, qualifier, noun, kind, unit), also where nothing may change."""

from __future__ import annotations

import pytest

from tests.conftest import number_key_rows

CASES = [
    # "Zahl der" + preposition + article + noun + nominalised participle
    (
        "Die Zahl der bei dem Lawinenabgang Verletzten stieg bis Mittwoch auf zwölf.",
        [("zwölf", 12.0, 12.0, 12.0, None, "Verletzte", "count", None)],
    ),
    (
        "Die Zahl der in Graz Festgenommenen wurde mit sieben angegeben.",
        [("sieben", 7.0, 7.0, 7.0, None, "Festgenommene", "count", None)],
    ),
    # a lower-case participle before its noun: no implied noun
    (
        "Die Zahl der bei dem Unfall getöteten Menschen stieg auf zwölf.",
        [("zwölf", 12.0, 12.0, 12.0, None, None, "count", None)],
    ),
    # unchanged: the plain pattern
    (
        "Die Zahl der Toten in Basel stieg auf 50.",
        [("50", 50.0, 50.0, 50.0, None, "Tote", "count", None)],
    ),
    # the rate before, after a percent and "nach" / "gegenüber"
    (
        "Die Industrie wuchs zuletzt deutlich (+0,6 Prozent nach +0,2 im Vorquartal).",
        [
            ("+0,6 Prozent", 0.6, 0.6, 0.6, None, "Prozent", "percent", "%"),
            ("+0,2", 0.2, 0.2, 0.2, None, "Prozent", "percent", "%"),
        ],
    ),
    (
        "Die Arbeitslosenquote in der Schweiz stieg auf 3,4 Prozent gegenüber 3,1 im Vorjahr.",
        [
            ("3,4 Prozent", 3.4, 3.4, 3.4, None, "Prozent", "percent", "%"),
            ("3,1", 3.1, 3.1, 3.1, None, "Prozent", "percent", "%"),
        ],
    ),
    # a counted noun after "nach": unchanged
    (
        "Die Teuerung lag bei 2 Prozent nach 20 Tagen.",
        [
            ("2 Prozent", 2.0, 2.0, 2.0, None, "Prozent", "percent", "%"),
            ("20 Tagen", 20.0, 20.0, 20.0, None, "Tage", "count", None),
        ],
    ),
    # "gute" / "guten" before a number: a floor
    (
        "Zur Hütte am Dachstein braucht man in guten 40 Minuten.",
        [("guten 40 Minuten", 40.0, 40.0, None, "guten", "Minuten", "count", None)],
    ),
    (
        "Bis zum Gipfel braucht man von Kempten aus gute zwei Stunden.",
        [("gute zwei Stunden", 2.0, 2.0, None, "gute", "Stunden", "count", None)],
    ),
    # a ceiling before a range: only the upper end
    (
        "Bei den Kundgebungen in Bern sind es meist nicht mehr als 50 bis 70 Menschen.",
        [
            (
                "nicht mehr als 50 bis 70 Menschen",
                None,
                None,
                70.0,
                "nicht mehr als",
                "Menschen",
                "count",
                None,
            )
        ],
    ),
    # unchanged: a ceiling before one number, a plain range
    (
        "Die Gemeinde im Waldviertel zählt nicht mehr als 300 Einwohner.",
        [
            (
                "nicht mehr als 300 Einwohner",
                300.0,
                None,
                300.0,
                "nicht mehr als",
                "Einwohner",
                "count",
                None,
            )
        ],
    ),
    (
        "Es kamen zwischen 50 und 70 Menschen.",
        [("zwischen 50 und 70 Menschen", None, 50.0, 70.0, "zwischen", "Menschen", "count", None)],
    ),
    # a list of counts with an adverb each after a colon: the plural noun before the colon
    (
        (
            "Zu den in Luzern ausgestellten Bildern gehören auch solche aus Privatbesitz: "
            "zwei nachweislich, vier vermutlich."
        ),
        [
            ("zwei", 2.0, 2.0, 2.0, None, "Bilder", "count", None),
            ("vier", 4.0, 4.0, 4.0, None, "Bilder", "count", None),
        ],
    ),
    # no plural noun before the colon: nothing implied
    (
        "Der Stand nach dem Spiel in Salzburg: 2 insgesamt.",
        [("2", 2.0, 2.0, 2.0, None, None, "count", None)],
    ),
    # nothing to read
    ("Das war ein guter Tag für die Mannschaft.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round12c_cases(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected
