"""Number rows for the round-10 findings (issue 11): "an die" before a round number is an
approximation ("an die 1.000 Personen"), a year before 1800 after a year cue ("seit 1570
bestehende"), the strong plural of nominalised participles and adjectives ("den 20
Nominierten" -> "Nominierte"), "Prozentpunkte" kept plural, a vague plural's noun after
"an" ("Millionen an Testkilometern"), the first number of a coordination with its own
adjective ("19 vertikalen und 19 horizontalen Linien") and an ordinal coordinated with an
adjective ("der zweite und letzte Teil"). Own sentences in Austrian, Swiss and German news
style; exact rows, also where nothing may change."""

from __future__ import annotations

import pytest

from tests.conftest import number_key_rows

APPROXIMATIONS = [
    (
        "In Traiskirchen sind derzeit an die 1.000 Personen in Zelten untergebracht.",
        [("an die 1.000 Personen", 1000.0, None, None, "an die", "Personen", "count", None)],
    ),
    (
        "An die hundert Demonstranten zogen am Samstag durch die Zürcher Innenstadt.",
        [
            (
                "An die hundert Demonstranten",
                100.0,
                None,
                None,
                "An die",
                "Demonstranten",
                "count",
                None,
            )
        ],
    ),
    # not round: the preposition "an" and the article, no approximation
    (
        "Der Bonus geht an die 23 Spieler des Kaders.",
        [("23 Spieler", 23.0, 23.0, 23.0, None, "Spieler", "count", None)],
    ),
    # no number after it: nothing
    ("Der Brief ging an die Bürgermeisterin von Graz.", []),
]

YEARS = [
    (
        "Der seit 1570 bestehende Christkindlmarkt zieht jedes Jahr Tausende an.",
        [
            ("1570", 1570.0, 1570.0, 1570.0, None, None, "year", None),
            ("Tausende", None, 2000.0, 9999.0, None, None, "count", None),
        ],
    ),
    (
        "Im Jahr 1499 kam es zum Schwabenkrieg.",
        [("1499", 1499.0, 1499.0, 1499.0, None, None, "year", None)],
    ),
    # a plural noun after it: a count, also after "seit"
    (
        "Seit 1500 Jahren steht die Kirche am Hauptplatz.",
        [("1500 Jahren", 1500.0, 1500.0, 1500.0, None, "Jahre", "count", None)],
    ),
    # no year cue: a count
    (
        "Die Gemeinde zählt 1200 Einwohner.",
        [("1200 Einwohner", 1200.0, 1200.0, 1200.0, None, "Einwohner", "count", None)],
    ),
]

NOUN_FORMS = [
    (
        "Unter den 20 Nominierten fand sich kein einziger schwarzer Schauspieler.",
        [("20 Nominierten", 20.0, 20.0, 20.0, None, "Nominierte", "count", None)],
    ),
    (
        "Von den 30 Geschädigten meldeten sich bisher nur wenige bei der Polizei.",
        [("30 Geschädigten", 30.0, 30.0, 30.0, None, "Geschädigte", "count", None)],
    ),
    (
        "Die zwölf Verantwortlichen traten am Montag in Bern zurück.",
        [("zwölf Verantwortlichen", 12.0, 12.0, 12.0, None, "Verantwortliche", "count", None)],
    ),
    # a weak noun keeps its -n plural
    (
        "Die zwölf Experten tagten in Berlin.",
        [("zwölf Experten", 12.0, 12.0, 12.0, None, "Experten", "count", None)],
    ),
    (
        "Die FPÖ kam auf 39,69 Prozent (plus 6,36 Prozentpunkte).",
        [
            ("39,69 Prozent", 39.69, 39.69, 39.69, None, "Prozent", "percent", "%"),
            ("6,36 Prozentpunkte", 6.36, 6.36, 6.36, None, "Prozentpunkte", "percent", "pp"),
        ],
    ),
    (
        "Die SPÖ verlor 7,49 Prozentpunkten, die ÖVP einen Prozentpunkt.",
        [
            ("7,49 Prozentpunkten", 7.49, 7.49, 7.49, None, "Prozentpunkte", "percent", "pp"),
        ],
    ),
]

SHARED_NOUNS = [
    (
        "Zunächst müssen Millionen an Testkilometern gefahren werden.",
        [
            (
                "Millionen an Testkilometern",
                None,
                2000000.0,
                999999999.0,
                None,
                "Testkilometer",
                "count",
                None,
            )
        ],
    ),
    (
        "Tausende an Menschen demonstrierten in Dresden.",
        [("Tausende an Menschen", None, 2000.0, 9999.0, None, "Menschen", "count", None)],
    ),
    # a singular or an article after "an": no noun
    (
        "Es waren Hunderte an Bord.",
        [("Hunderte", None, 200.0, 999.0, None, None, "count", None)],
    ),
    (
        "Das Brett ist ein Raster von 19 vertikalen und 19 horizontalen Linien.",
        [
            ("19", 19.0, 19.0, 19.0, None, "Linien", "count", None),
            ("19 horizontalen Linien", 19.0, 19.0, 19.0, None, "Linien", "count", None),
        ],
    ),
    (
        "Der zweite und letzte Teil der Doku läuft am Sonntag.",
        [("zweite", 2.0, 2.0, 2.0, None, "Teil", "ordinal", None)],
    ),
    # a name after "und": no noun
    (
        "Der Zweite und Michael Wanner kandidieren in Linz.",
        [("Zweite", 2.0, 2.0, 2.0, None, None, "ordinal", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPROXIMATIONS + YEARS + NOUN_FORMS + SHARED_NOUNS)
def test_round10_cases(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


LABELS = [
    ("Der Senat 1 der österreichischen Fußball-Bundesliga hat Rotpuller gesperrt.", []),
    ("Die Abteilung 7 des Magistrats prüft den Antrag.", []),
    # a partitive with a plural noun stays a count
    (
        "Im Finale in Basel warteten 12 der besten Teams.",
        [("12 der besten Teams", 12.0, 12.0, 12.0, None, "Teams", "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_round10_labels(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


TITLES_RATES = [
    # a share word opening a title after a noun: no row
    ("Danach spricht die Regisseurin über ihren Kurzfilm Jede Dritte: Es geht um Gewalt.", []),
    (
        "Laut der Umfrage in Graz sagt jeder Zweite Nein.",
        [("jeder Zweite", 50.0, 50.0, 50.0, None, None, "percent", "%")],
    ),
    # a bracketed rate counts the plural noun before the bracket
    (
        "Die Kamera schießt in schneller Abfolge Fotos (bis zu 30 pro Sekunde).",
        [("bis zu 30", 30.0, None, 30.0, "bis zu", "Fotos", "count", None)],
    ),
    # no plural noun before the bracket: no noun
    (
        "Der Zug von Bern fährt schnell (100 pro Stunde).",
        [("100", 100.0, 100.0, 100.0, None, None, "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES_RATES)
def test_round10_titles_rates(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


MODELS_YEARS = [
    # digits between a name and a singular noun: a model, no row
    ("Dem Prozessor steht eine Adreno 430 GPU zur Seite.", []),
    # a plural after them: a count
    (
        "Die Behörden melden 145 Tote.",
        [("145 Tote", 145.0, 145.0, 145.0, None, "Tote", "count", None)],
    ),
    # a year-like number before a participle is a year, unless it is a multiple of 100
    (
        "Viele der am Umsturz in Kiew 2014 beteiligten Kräfte sehen ihn als Vorbild.",
        [("2014", 2014.0, 2014.0, 2014.0, None, None, "year", None)],
    ),
    # after "bis" only a year-like number that is no multiple of 100
    (
        "Die Kette werde bis 2020 weitere Verluste schreiben.",
        [("2020", 2020.0, 2020.0, 2020.0, None, None, "year", None)],
    ),
    (
        "Bis 2000 Menschen kamen zum Konzert nach Bregenz.",
        [("2000 Menschen", 2000.0, 2000.0, 2000.0, None, "Menschen", "count", None)],
    ),
    (
        "Die 2000 angereisten Fans feierten in Salzburg.",
        [("2000 angereisten Fans", 2000.0, 2000.0, 2000.0, None, "Fans", "count", None)],
    ),
    # "als" and digits with a dot before a lower-case word: an ordinal
    (
        "Österreich liegt als 13. der Fifa-Weltrangliste vor Moldau.",
        [("13.", 13.0, 13.0, 13.0, None, None, "ordinal", None)],
    ),
    (
        "Die Zahl der Anzeigen in Graz stieg auf mehr als 13. Die Polizei ermittelt.",
        [("mehr als 13", 13.0, 13.0, None, "mehr als", "Anzeigen", "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MODELS_YEARS)
def test_round10_models_years(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


ELIDED = [
    # an ordinal takes the noun of the ordinal word after the same word before it
    (
        "Im ersten Satz verlor der Wiener, im zweiten siegte er klar.",
        [("zweiten", 2.0, 2.0, 2.0, None, "Satz", "ordinal", None)],
    ),
    # another word before it, or another sentence: no noun
    (
        "Am dritten Tag kam Regen, der zweite war sonnig.",
        [
            ("dritten Tag", 3.0, 3.0, 3.0, None, "Tag", "ordinal", None),
            ("zweite", 2.0, 2.0, 2.0, None, None, "ordinal", None),
        ],
    ),
    (
        "Der erste Teil lief im ORF. Der zweite folgt.",
        [("zweite", 2.0, 2.0, 2.0, None, None, "ordinal", None)],
    ),
    # "von … auf die …": the first number takes the second's noun
    (
        "Die Regierung will das Pensionsalter von 60 auf die 65 Jahre der Männer anheben.",
        [
            ("60", 60.0, 60.0, 60.0, None, "Jahre", "count", None),
            ("65 Jahre", 65.0, 65.0, 65.0, None, "Jahre", "count", None),
        ],
    ),
    # an adjective with a singular-only ending: the noun after it is not counted
    (
        "Die Zahl der schriftlichen Anfragen hat mit 3.850 absolutes Rekordniveau erreicht.",
        [("3.850", 3850.0, 3850.0, 3850.0, None, "Anfragen", "count", None)],
    ),
    (
        "In Luzern brannten drei große Häuser ab.",
        [("drei große Häuser", 3.0, 3.0, 3.0, None, "Häuser", "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED)
def test_round10_elided(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected


def _cue_functions():
    import ast

    from pipeline import ROOT

    tree = ast.parse((ROOT / "pipeline/number_cues.py").read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]


@pytest.mark.parametrize("node", _cue_functions(), ids=lambda n: n.name)
def test_number_cues_are_short_and_shallow(node):
    from tests.quotes.test_code_shape import MAX_LINES, MAX_NESTING, _nesting

    assert node.end_lineno - node.lineno + 1 <= MAX_LINES
    assert _nesting(node) <= MAX_NESTING
