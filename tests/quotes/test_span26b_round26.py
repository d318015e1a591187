"""Spans and direct speech of round 26, second wave (issue 10).

- "Geht es nach X, …": the verb-first clause names whose view the main clause gives; the
  main clause is the quote and X its speaker (``cue_patterns.jsonl`` ``geht_es_nach``),
  not the clause itself. Only when X names someone: a phrase with an article, a person or
  organisation, or the surname of a person named in full before; not a way ("Geht es nach
  Norden, …") (:mod:`pipeline.quotes.conditional_sources`);
- "…, heißt es nun abwarten": a speech verb with a bare infinitive hung on it frames
  nothing (:mod:`pipeline.quotes.infinitive_cues`); "…, heißt es in dem Bericht" stays;
- speech after a colon whose verb the parse gives the wrong subject ("Bereits Ende Dezember
  hatte er … betont: …", the fronted time noun a subject) or none ("… verglich … und fragte
  ins Plenum: Können wir …?", the subject of the verb it is coordinated with)
  (:mod:`pipeline.quotes.colon_speech`);
- the content after a colon that opens with a subordinate clause ("sagte: Wenn die Steuern
  steigen, verliert das Land …") runs on past the clause's comma to the main clause, unless
  a frame follows, and so does one that opens with a noun and its relative clause ("Banken,
  die betrügen, müssen schließen") (:mod:`pipeline.quotes.fronted_clauses`);
- quotes in doubled marks (",,Wir kommen wieder''", old forum and typewriter style) are
  direct quotes (:mod:`pipeline.quotes.marks`);
- a speech verb's participle in a row of participles ("hat X entdeckt, gemeldet und …
  erhalten") frames nothing (:mod:`pipeline.quotes.participle_rows`).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from pipeline.quotes.data import QuoteRules
from pipeline.quotes.marks import MarkFinder
from pipeline.resources import rules_dir
from tests.conftest import quote_rows

FALLEN = "Die Preise für Kupfer sind zuletzt stark gefallen. "
NAMED = "Der Analyst Peter Krause sprach am Montag in Wien vor Anlegern. "

DOCUMENTS = [
    # the source of a verb-first clause: the main clause is the quote
    (
        FALLEN + "Geht es nach dem Analysten Peter Krause, steigen sie im Herbst wieder.",
        [
            (
                "indirect",
                "steigen sie im Herbst wieder",
                "nach",
                "dem Analysten Peter Krause",
                "Peter Krause",
            )
        ],
    ),
    (
        NAMED + FALLEN + "Geht es nach Krause, steigen sie im Herbst wieder.",
        [("indirect", "steigen sie im Herbst wieder", "nach", "Krause", "Peter Krause")],
    ),
    (
        "Geht es nach dem Willen der Regierung, sollen die Mieten im nächsten Jahr sinken.",
        [
            (
                "indirect",
                "sollen die Mieten im nächsten Jahr sinken",
                "nach",
                "der Regierung",
                "Regierung",
            )
        ],
    ),
    (
        NAMED + FALLEN + "Geht es nach Krause, heißt es nun auf den nächsten Aufschwung warten.",
        [
            (
                "indirect",
                "heißt es nun auf den nächsten Aufschwung warten",
                "nach",
                "Krause",
                "Peter Krause",
            )
        ],
    ),
    # a way, not a source: no row
    ("Geht es nach Norden, wird die Straße schmaler.", []),
    ("Die Wanderer gehen weiter. Geht es nach Salzburg, dauert die Fahrt drei Stunden.", []),
    # "heißt es" with a bare infinitive: no one's words
    (FALLEN + "Nun heißt es abwarten.", []),
    (
        "Die Preise für Kupfer sind stark gefallen, heißt es in dem Bericht der Bank.",
        [
            (
                "indirect",
                "Die Preise für Kupfer sind stark gefallen",
                "heißt es",
                "dem Bericht der Bank",
                None,
            )
        ],
    ),
    # an infinitive with "zu", or the cue itself an infinitive: the quote stays
    (
        "Er kündigte an, die Firma verlassen zu wollen.",
        [("indirect", "die Firma verlassen zu wollen", "kündigte … an", "Er", None)],
    ),
    (
        "Die Firma werde verkauft, ließ der Vorstand mitteilen.",
        [("indirect", "Die Firma werde verkauft", "mitteilen", "der Vorstand", "Vorstand")],
    ),
    # speech after a colon: a fronted time noun parsed as a second subject
    (
        (
            "Bereits Anfang März hatte er gegenüber LEquipe betont: Auch wenn ich den Pokal "
            "nicht gewinne, bleibt die Saison ein Erfolg."
        ),
        [
            (
                "direct",
                "Auch wenn ich den Pokal nicht gewinne, bleibt die Saison ein Erfolg.",
                None,
                "er",
                None,
            )
        ],
    ),
    # content after a colon that opens with a subordinate clause: not cut at its comma
    (
        "Der Minister sagte: Wenn die Steuern steigen, verliert das Land seine Betriebe.",
        [
            (
                "indirect",
                "Wenn die Steuern steigen, verliert das Land seine Betriebe",
                "sagte",
                "Der Minister",
                None,
            )
        ],
    ),
    (
        "Der Minister sagte am Montag: Was gestern galt, gilt heute nicht mehr.",
        [
            (
                "indirect",
                "Was gestern galt, gilt heute nicht mehr",
                "sagte",
                "Der Minister",
                None,
            )
        ],
    ),
    (
        "Der Abgeordnete forderte: Banken, die betrügen, müssen schließen.",
        [
            (
                "indirect",
                "Banken, die betrügen, müssen schließen",
                "forderte",
                "Der Abgeordnete",
                None,
            )
        ],
    ),
    # a frame after the comma, or no subordinate clause first: as before
    (
        "Der Minister sagte: Wenn die Steuern steigen, sagte er, gehen die Betriebe.",
        [("indirect", "Wenn die Steuern steigen", "sagte", "er", None)],
    ),
    # a coordinated verb with no subject of its own before the colon
    (
        (
            "Der Abgeordnete verglich die Lage mit einem Zirkus und fragte ins Plenum: Können "
            "wir uns das noch leisten?"
        ),
        [("direct", "Können wir uns das noch leisten?", None, "Der Abgeordnete", None)],
    ),
    # doubled marks of old forum and typewriter texts: a direct quote
    (
        ",,Wir kommen wieder'', sagte der Trainer nach dem Spiel.",
        [("direct", ",,Wir kommen wieder''", "sagte", "der Trainer", None)],
    ),
    (
        "Der Trainer sagte nach dem Spiel: ,,Wir kommen wieder.''",
        [("direct", ",,Wir kommen wieder.''", "sagte", "Der Trainer", None)],
    ),
    ("Die Werte 1,,2 und 3'' sind falsch gedruckt.", []),
    # a speech verb's participle in a row of participles: an act, no frame
    (
        (
            "Ein zehnjähriger Schüler hat einen Fehler in der App entdeckt, gemeldet, und 5.000 "
            "Euro Belohnung erhalten."
        ),
        [],
    ),
    (
        "Der Fehler sei behoben, gemeldet hat ihn ein Schüler.",
        [("indirect", "Der Fehler sei behoben", "gemeldet", "ein Schüler", None)],
    ),
    (
        "Der Fehler ist behoben, meldete die Firma.",
        [("indirect", "Der Fehler ist behoben", "meldete", "die Firma", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][-40:] for d in DOCUMENTS])
def test_rows(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


#: text -> the marked spans (characters, marks included)
MARKED = [
    (",,Wir kommen wieder'', sagte er.", [",,Wir kommen wieder''"]),
    ("Er sagte: ,,Wir kommen.'' Dann ging er.", [",,Wir kommen.''"]),
    ("Er sagte: „Wir kommen ,,bald'' wieder“, und ging.", ["„Wir kommen ,,bald'' wieder“"]),
    ("Die Werte 1,,2 und 3'' sind falsch.", []),
    (",,Wir kommen\nwieder'', sagte er.", []),
]


@pytest.mark.parametrize(("text", "expected"), MARKED, ids=[m[0][:30] for m in MARKED])
def test_doubled_marks(text, expected):
    finder = MarkFinder(QuoteRules.load(rules_dir("de")).marks)
    assert [text[m.start : m.end] for m in finder.find(text)] == expected
