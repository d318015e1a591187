"""Cue words used for something that is no speech (round 16, helper "clause", second task),
on news-style sentences written for these tests.

1. A speech participle with one or two adverbs before it as its whole clause and a comma or
   colon after it ("Anders gesagt: …", "Ehrlich gesagt, …", "Nebenbei bemerkt: …", "wie
   zunächst angenommen, …") is the writer's discourse marker: no speaker, no quote. A
   participle after an auxiliary and a subject ("hat offen gesagt, dass …") still frames.
2. "nach" + an investigation, a count or an event noun as a time ("Nach monatelangen
   Ermittlungen wurde …", "nach Abschluss der Ermittlungen", "nach der Auszählung", "nach
   der Konkursanmeldung", "nach der gleichnamigen Erzählung") is no source; "Nach Angaben
   der Polizei", "Nach ersten Erkenntnissen der Polizei" stay.
3. "erklären" with a declared status ("zur Komposition erklärte", "zum Weltkulturerbe
   erklärt", "den Krieg erklärte", "für ungültig erklärt") is no speech; "erklärte zum
   Abschluss des Gipfels, …" and "erklärte der Sieger" (the status noun as the subject) are.
   The same subject rule keeps "Die Opfer forderten, …" ("forderte 20 Todesopfer" is none).
4. A speech verb form that grades the adjective after it ("waren betont zurückhaltend", "gab
   sich betont gelassen") is no speech; "betonte, …" and "hat betont, dass …" are.
5. "zu drei Jahren Haft verurteilt" is a sentence, no condemnation; "der Antrag angenommen
   werden" is a vote, no assumption (the not_with word as a passive subject still counts);
   "verurteilte den Anschlag, …" and "Es wird angenommen, dass …" stay.

Rows: ``(quote parts joined by " || ", speaker)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows as _rows

DISCOURSE_PARTICIPLE = [
    ("Anders gesagt: Gedacht hat der Minister an die eigene Partei.", []),
    ("Oder kurz gesagt: Die Reform kommt zu spät.", []),
    ("Nebenbei bemerkt: Die Firma hat ihren Sitz längst nach Irland verlegt.", []),
    ("Ehrlich gesagt, die Lage in der Stadt ist schlimmer als erwartet.", []),
    (
        (
            "Die Auswirkungen des Sturms sind nicht so schwer, wie zunächst angenommen, weil er "
            "nach Süden abdrehte."
        ),
        [],
    ),
    (
        "Die Ministerin hat offen gesagt, dass sie zurücktreten will.",
        [("dass sie zurücktreten will", "Die Ministerin")],
    ),
    (
        "Kurz vor der Abstimmung sagte der Abgeordnete, er werde dagegen stimmen.",
        [("er werde dagegen stimmen", "der Abgeordnete")],
    ),
    (
        "Der Bürgermeister hat gesagt: Die Brücke wird im Herbst fertig.",
        [("Die Brücke wird im Herbst fertig", "Der Bürgermeister")],
    ),
]

NACH_AS_TIME = [
    ("Nach monatelangen Ermittlungen wurde der Verdächtige am Montag festgenommen.", []),
    (
        (
            "Erst nach jahrelangen Recherchen, die der Journalist auf eigene Kosten unternahm, lag "
            "genug Material vor."
        ),
        [],
    ),
    (
        (
            "Die Staatsanwaltschaft beantragte nach Abschluss der Ermittlungen die Eröffnung eines "
            "Prozesses."
        ),
        [],
    ),
    (
        (
            "Nach den ersten Auszählungen am Donnerstag gab die Wahlkommission ein vorläufiges "
            "Ergebnis bekannt."
        ),
        # round 18: no source "nach", but the commission's reported speech act
        [
            (
                (
                    "Nach den ersten Auszählungen am Donnerstag gab die Wahlkommission ein "
                    "vorläufiges Ergebnis bekannt."
                ),
                "die Wahlkommission",
            )
        ],
    ),
    ("Der Vorsprung könnte sich nach der Auszählung aller Briefwahlstimmen noch verkleinern.", []),
    ("Die Hilfe ist nach der Konkursanmeldung nicht mehr möglich.", []),
    ("Der Film ist nach der gleichnamigen Erzählung eines russischen Autors entstanden.", []),
    (
        "Nach ersten Erkenntnissen der Polizei war der Fahrer zu schnell unterwegs.",
        [("war der Fahrer zu schnell unterwegs", "der Polizei")],
    ),
    (
        "Nach Auskunft der Behörde ist die Straße wieder frei.",
        [("ist die Straße wieder frei", "der Behörde")],
    ),
    (
        "Nach Angaben der Polizei wurden zwei Menschen verletzt.",
        [("wurden zwei Menschen verletzt", "der Polizei")],
    ),
]

DECLARE_AS = [
    (
        (
            "Die Künstlerin folgt damit dem Komponisten, der einst die Stille zur Komposition "
            "erklärte: Das Unscheinbare wird zum eigentlichen Werk."
        ),
        [],
    ),
    (
        (
            "Seit das Nachbarland der kleinen Republik den Krieg erklärte, weiß man, dass die Grenze "
            "nicht mehr sicher ist."
        ),
        [],
    ),
    (
        "Die UNESCO hat die Altstadt zum Weltkulturerbe erklärt: Seither kommen doppelt so viele Touristen.",
        [],
    ),
    ("Das Gericht hat die Wahl in drei Bezirken für ungültig erklärt.", []),
    (
        (
            "Der Verband hat den Läufer zum Sieger erklärt, nachdem der Zweite disqualifiziert worden "
            "war."
        ),
        [],
    ),
    (
        "„Das war ein hartes Rennen“, erklärte der Sieger nach der Zieleinfahrt.",
        [("„Das war ein hartes Rennen“", "der Sieger")],
    ),
    (
        "Die Ministerin erklärte am Montag zum Abschluss des Gipfels, die Einigung sei ein Erfolg.",
        [("die Einigung sei ein Erfolg", "Die Ministerin")],
    ),
    (
        "Der Konzern hat zur Überraschung von Investoren erklärt, das Werk werde geschlossen.",
        [("das Werk werde geschlossen", "Der Konzern")],
    ),
    (
        "Der Minister erklärte den Journalisten: Die Grenze bleibt offen.",
        [("Die Grenze bleibt offen", "Der Minister")],
    ),
    (
        "Die Opfer forderten, die Täter müssten bestraft werden.",
        [("die Täter müssten bestraft werden", "Die Opfer")],
    ),
    ("Das Erdbeben forderte mindestens 20 Todesopfer.", []),
]

SENTENCE_OR_VOTE = [
    (
        (
            "Dem Kassier, der wie sein Komplize zu vier Jahren Gefängnis verurteilt wurde, wurde auch "
            "Urkundenfälschung zur Last gelegt."
        ),
        [],
    ),
    ("Sollte der Antrag im Landtag angenommen werden, könnte das Bad im Sommer wieder öffnen.", []),
    (
        (
            "Die Außenministerin verurteilte den Anschlag, die Täter müssten zur Rechenschaft gezogen "
            "werden."
        ),
        [("die Täter müssten zur Rechenschaft gezogen werden", "Die Außenministerin")],
    ),
    (
        "Es wird angenommen, dass die Explosion ferngezündet war.",
        [("dass die Explosion ferngezündet war", None)],
    ),
]

GRADING_ADVERB = [
    (
        (
            "Die Vertreter der Gewerkschaft, die am Vormittag in Wien eintrafen, waren betont "
            "zurückhaltend."
        ),
        [],
    ),
    ("Der Trainer gab sich nach dem Spiel betont gelassen.", []),
    (
        "Der Trainer betonte, die Mannschaft sei gut vorbereitet.",
        [("die Mannschaft sei gut vorbereitet", "Der Trainer")],
    ),
    (
        "Der Minister hat betont, dass er im Amt bleiben will.",
        [("dass er im Amt bleiben will", "Der Minister")],
    ),
]


@pytest.mark.parametrize("text, expected", DISCOURSE_PARTICIPLE)
def test_discourse_participle_is_no_speech(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", NACH_AS_TIME)
def test_nach_with_an_investigation_or_event_is_a_time(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", DECLARE_AS)
def test_declare_as_is_no_speech(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", GRADING_ADVERB)
def test_speech_verb_grading_an_adjective_is_no_speech(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", SENTENCE_OR_VOTE)
def test_sentence_or_vote_is_no_speech(nlp, text, expected):
    assert _rows(nlp(text)) == expected
