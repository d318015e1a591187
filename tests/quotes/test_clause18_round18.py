"""Reported speech acts of round 18 (issue 10, "Reported" recall): a named speaker performs
a speech act with an object or a prepositional phrase and no content clause; the whole
sentence is the quote.

- a verb of judging with an "als" predicate ("verurteilte den Bau als schweren Fehler",
  "wertet den Abschluss als Erfolg", a passive with its agent: "Von der Opposition wurde
  der Besuch als Werbeaktion kritisiert"); not without "als" ("kritisierte die Pläne"),
  not a comparison ("höher als im Vorjahr"), not an agentless passive;
- an assumption "X geht von Y aus" of someone who speaks ("Die Polizei geht von einem
  Unfall aus"); not a thing ("Von dem Kraftwerk geht keine Gefahr aus") nor the origin
  ("war von einer Gruppe Studenten ausgegangen");
- announcing verbs with an object ("gab die Übernahme bekannt", "kündigte eine
  Untersuchung an", "weist auf steigende Zahlen hin"); not a thing ("Die Spuren weisen auf
  einen Einbruch hin"), not negated ("gab den Namen nicht bekannt"), not with a demonstrative
  for what was said ("hatte dies angekündigt"), not a passive ("Weitere Proteste sind
  angekündigt", "Die Pläne würden bekanntgegeben");
- any reported speech act: not negated ("Die Behörde nannte den Namen nicht", "fordert
  nicht die Freigabe"); "sprechen" of a verdict is no speech ("sprach den Angeklagten von
  allen Vorwürfen frei": ``not_with``).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows


def _whole(text: str, cue: str, speaker: str, name: str | None) -> list[tuple]:
    """The one reported row of a text that is the whole quote."""
    return [("reported", text, cue, speaker, name)]


JUDGING = [
    "Greenpeace verurteilte den Bau des Staudamms als schweren Fehler.",
    "Die Gewerkschaft wertet den Abschluss als Erfolg für die Beschäftigten.",
    "Von der Opposition wurde der Besuch des Ministers als reine Werbeaktion kritisiert.",
]
JUDGING_ROWS = [
    ("verurteilte", "Greenpeace", "Greenpeace"),
    ("wertet", "Die Gewerkschaft", "Gewerkschaft"),
    ("kritisiert", "der Opposition", "Opposition"),
]


@pytest.mark.parametrize(
    ("text", "row"), list(zip(JUDGING, JUDGING_ROWS)), ids=[str(i) for i in range(len(JUDGING))]
)
def test_judging_with_predicate(nlp, text, row):
    assert _rows(nlp(text)) == _whole(text, *row)


ASSUMING = [
    ("Die Polizei geht von einem Unfall aus.", ("geht … aus", "Die Polizei", "Polizei")),
    (
        "Die Ermittler gehen bei dem Brand von Brandstiftung aus.",
        ("gehen … aus", "Die Ermittler", None),
    ),
]


@pytest.mark.parametrize(("text", "row"), ASSUMING, ids=[str(i) for i in range(len(ASSUMING))])
def test_assumption_of_a_speaker(nlp, text, row):
    assert _rows(nlp(text)) == _whole(text, *row)


ANNOUNCING = [
    (
        "Der Konzern gab am Montag die Übernahme des Konkurrenten bekannt.",
        ("gab … bekannt", "Der Konzern", None),  # no body named: no name, not "Konzern"
    ),
    (
        "Die Bürgermeisterin kündigte eine Untersuchung des Vorfalls an.",
        ("kündigte … an", "Die Bürgermeisterin", None),
    ),
    (
        "Die Polizei weist auf steigende Einbruchszahlen in der Region hin.",
        ("weist … hin", "Die Polizei", "Polizei"),
    ),
]


@pytest.mark.parametrize(("text", "row"), ANNOUNCING, ids=[str(i) for i in range(len(ANNOUNCING))])
def test_announcement_with_object(nlp, text, row):
    assert _rows(nlp(text)) == _whole(text, *row)


NEGATED = [
    "Die Behörde nannte den Namen des Opfers nicht.",
    "Die Initiative fordert nicht die generelle Freigabe von Cannabis.",
]


@pytest.mark.parametrize("text", NEGATED, ids=[str(i) for i in range(len(NEGATED))])
def test_negated_speech_act(nlp, text):
    assert _rows(nlp(text)) == []


NOTHING = [
    "Der Verein kritisierte die Pläne der Stadt.",
    "Die Firma schätzt den Umsatz höher als im Vorjahr ein.",
    "Die Ausstellung wurde als Erfolg gewertet.",
    "Von dem alten Kraftwerk geht keine Gefahr aus.",
    "Die Initiative war von einer Gruppe Studenten ausgegangen.",
    "Die Pläne wurden von den Grünen als Fehler erkannt.",
    "Die Polizei sieht das als Erfolg.",
    "Die Behörde gab den Namen des Opfers nicht bekannt.",
    "Die Ministerin hatte dies bereits im Mai angekündigt.",
    "Weitere Proteste sind für Montag angekündigt.",
    "Die Pläne der Kommission würden am Freitag bekanntgegeben.",
    "Von allen Vorwürfen sprach das Landesgericht den Angeklagten frei.",
    "Die Spuren am Tatort weisen auf einen Einbruch hin.",
]


@pytest.mark.parametrize("text", NOTHING, ids=[str(i) for i in range(len(NOTHING))])
def test_no_reported_speech_act(nlp, text):
    assert _rows(nlp(text)) == []
