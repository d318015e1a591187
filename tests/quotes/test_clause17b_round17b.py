"""Frames and non-statements found by the derStandard hand checks (round 17b, helper
"clause17b"), on news-style sentences written for these tests.

1. "Das sind Schüler aus dem Ort, schreibt eine Frau, weswegen ich …": a verb-first frame
   after a full clause, followed by a relative clause on that clause (``clause_relatives``),
   interrupts one statement: both parts are the content and the subject after the verb
   speaks (the clause before is no speaker, the relative clause no question).
2. Speech verbs that are no speech in some frames: "anbieten" reports only through a clause
   after it (``complement_only_lemmas``: not "bieten die Hochschulen Workshops an", nor
   "bot … an: …"); "drohen" is done by things too (``thing_sense_lemmas``: no colon, no
   anaphor, no infinitive without a comma: "Dem Verteidiger droht ein Ausfall: …", "Die
   Waffenruhe droht zu scheitern"); "Das bemerkte X" notices (``no_anaphor_lemmas``).
   Their frames after the content or with a clause after a comma still report.
3. "Der Start war miserabel, ärgerte sich der Routinier": a verb of feeling with "sich"
   right after the comma (ärgern, freuen, wundern, empören; cue patterns ``*_sich_after``)
   is a frame after its content, the noun phrase after it speaks; without the content
   before it ("ärgerte sich über die Niederlage") it frames nothing.
4. "wird am 12. November … über die Folgen sprechen", "will … darüber sprechen": a speech
   act without content in the infinitive under a future or intending auxiliary
   (``announcing_auxiliaries``) is a talk to come, nothing was said (not a passive whose
   participle the tagger took for an infinitive).
5. "Dass …, bestätigt diese Rolle, meinte X": a second frame after the content's first
   verb, with its subject after it, frames the whole sentence (not after a clause in the
   reported-speech mood).
6. "Gemeint ist die Grazer SPÖ", "…, gemeint waren X, …", "Das war satirisch gemeint": the
   participle "gemeint" with a copula in its clause (``referring_participles``) says what
   is meant; no one speaks ("Er hat gemeint, …" still reports).
7. "Viele, die X kritisiert hatten, zollten ihm Respekt: …": a speech verb that closes a
   relative or subordinate clause, the main clause going on with its finite verb after a
   comma before the colon: the colon is the main clause's, the verb frames nothing after it.

Rows: ``(quote parts joined by " || ", speaker)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows as _rows

RELATIVE_AFTER_FRAME = [
    (
        (
            "Das sind ehemalige Schüler hier aus dem Ort, schreibt eine Frau, weswegen ich es "
            "grenzwertig finde, sie zu filmen."
        ),
        [
            (
                (
                    "Das sind ehemalige Schüler hier aus dem Ort || weswegen ich es grenzwertig "
                    "finde, sie zu filmen"
                ),
                "eine Frau",
            )
        ],
    ),
    (
        (
            "Die Schule ist viel zu klein, schreibt ein Vater, weshalb die Kinder im Container "
            "sitzen müssten."
        ),
        [
            (
                "Die Schule ist viel zu klein || weshalb die Kinder im Container sitzen müssten",
                "ein Vater",
            )
        ],
    ),
    (
        (
            "Was den Sender betrifft, gab es heftige Kritik daran, die jungen Menschen so "
            "bloßzustellen: Das sind ehemalige Schüler hier aus dem Ort, schreibt eine Frau, "
            "weswegen ich es grenzwertig finde."
        ),
        [
            (
                "Das sind ehemalige Schüler hier aus dem Ort || weswegen ich es grenzwertig finde",
                "eine Frau",
            )
        ],
    ),
    (
        "Der Minister sagte, wie die Reform aussehen solle.",
        [("wie die Reform aussehen solle", "Der Minister")],
    ),
    (
        "Wir haben verdient verloren, sagte der Trainer.",
        [("Wir haben verdient verloren", "der Trainer")],
    ),
]

NOT_SPEECH_HERE = [
    (
        (
            "Neben Konferenzen, die auch in anderen Bundesländern abgehalten werden, bieten die "
            "Hochschulen Workshops für Lehrer an."
        ),
        [],
    ),
    (
        (
            "Als Alternative bot der Verband den Mitarbeitern neue Stellen an: 200 Hotels "
            "suchten Personal für den Winter."
        ),
        [],
    ),
    (
        "Der Bürgermeister bot an, den Flüchtlingen leerstehende Wohnungen zu überlassen.",
        [("den Flüchtlingen leerstehende Wohnungen zu überlassen", "Der Bürgermeister")],
    ),
    ("Dem Niederländer droht ein Ausfall: Der Verteidiger ist wegen einer Zerrung fraglich.", []),
    ("Trotz wiederholter Verletzungen hielt die Waffenruhe, doch droht sie nun zu scheitern.", []),
    (
        "Die Stadt hat das Problem mit Grandezza gelöst, das droht nun in Vergessenheit zu geraten.",
        [],
    ),
    (
        "Der Präsident drohte, die Botschaft zu schließen.",
        [("die Botschaft zu schließen", "Der Präsident")],
    ),
    (
        "Wir werden die Verantwortlichen bestrafen, drohte der Premier.",
        [("Wir werden die Verantwortlichen bestrafen", "der Premier")],
    ),
    (
        "Die Handwerker verlegten Kabel in der Decke. Das bemerkte der Mieter erst Wochen später.",
        [],
    ),
    (
        "Die Rede sei zu lang gewesen, bemerkte der Kritiker.",
        [("Die Rede sei zu lang gewesen", "der Kritiker")],
    ),
    (
        "Die Firma werde schließen. Das bestätigte ein Sprecher am Montag.",
        [("Die Firma werde schließen || Das", "ein Sprecher")],
    ),
]


FEELING_FRAME = [
    (
        "Der Start war miserabel, ärgerte sich der Routinier.",
        [("Der Start war miserabel", "der Routinier")],
    ),
    (
        "Wir haben verdient gewonnen, freute sich Kapitän Thomas Berger.",
        [("Wir haben verdient gewonnen", "Kapitän Thomas Berger")],
    ),
    (
        "Das ist ein völlig überzogener Preis, empörte sich die Konsumentenschützerin.",
        [("Das ist ein völlig überzogener Preis", "die Konsumentenschützerin")],
    ),
    (
        "Warum niemand die Behörden informiert habe, wunderte sich der Bürgermeister.",
        [("Warum niemand die Behörden informiert habe", "der Bürgermeister")],
    ),
    ("Der Trainer ärgerte sich über die Niederlage.", []),
    ("Nach dem Spiel freute sich der Trainer über den Sieg.", []),
    ("Die Mannschaft verlor, ärgerte sich aber nicht lange.", []),
]


ANNOUNCED_TALK = [
    (
        (
            "Die Psychologin arbeitet für ein Betreuungszentrum und wird am 12. November bei "
            "einer Konferenz über die Folgen von Traumatisierungen sprechen."
        ),
        [],
    ),
    ("Der Minister will am Montag mit den Ländern über die Reform sprechen.", []),
    (
        "Die Ministerin hat von einem Durchbruch gesprochen.",
        [("Die Ministerin hat von einem Durchbruch gesprochen.", "Die Ministerin")],
    ),
]

LATER_FRAME = [
    (
        (
            "Dass die Kandidaten ihren Wahlkampf bei uns starten, bestätigt diese "
            "Vorreiter-Rolle, meinte die Info-Direktorin gegenüber der APA."
        ),
        [
            (
                (
                    "Dass die Kandidaten ihren Wahlkampf bei uns starten, bestätigt diese "
                    "Vorreiter-Rolle"
                ),
                "die Info-Direktorin",
            )
        ],
    ),
    (
        "Der Erfolg bestätigt unseren Kurs, sagte der Parteichef.",
        [("Der Erfolg bestätigt unseren Kurs", "der Parteichef")],
    ),
    (
        "Das neue Gesetz sei verfassungswidrig, bestätigte ein Gutachter.",
        [("Das neue Gesetz sei verfassungswidrig", "ein Gutachter")],
    ),
]


WHAT_IS_MEANT = [
    (
        (
            "Am Freitag präsentierte die Ministerin mit dem lieben Josef und dem lieben Gerald, "
            "gemeint waren der Kanzleramtsminister und der Verteidigungsminister, den neuen Zaun."
        ),
        [],
    ),
    (
        "Gemeint ist die Grazer SPÖ, die nach dem Abtritt des Bürgermeisters nicht mehr in die Gänge kam.",
        [],
    ),
    ("Das war zwar satirisch gemeint, ist aber zugleich ein Indiz für die Stimmung.", []),
    (
        "Der Trainer hat gemeint, die Mannschaft sei gut vorbereitet.",
        [("die Mannschaft sei gut vorbereitet", "Der Trainer")],
    ),
]


COLON_OF_THE_MAIN_CLAUSE = [
    (
        (
            "Viele, die den Minister in den ersten Tagen kritisiert hatten, zollten ihm nach "
            "einigen Monaten Respekt: Das Thema Integration war in ruhigen Gesten aufgehoben."
        ),
        [],
    ),
    (
        "Nachdem er gelandet war, sagte der Minister: Die Lage ist unter Kontrolle.",
        [("Die Lage ist unter Kontrolle", "der Minister")],
    ),
    (
        "Der Minister sagte am Montag, nachdem er gelandet war: Die Lage ist unter Kontrolle.",
        [("Die Lage ist unter Kontrolle", "Der Minister")],
    ),
]


@pytest.mark.parametrize("text, expected", RELATIVE_AFTER_FRAME)
def test_relative_clause_after_a_frame(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", NOT_SPEECH_HERE)
def test_speech_verb_that_is_no_speech_here(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", FEELING_FRAME)
def test_feeling_verb_frame_after_the_content(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", ANNOUNCED_TALK)
def test_announced_talk_says_nothing(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", LATER_FRAME)
def test_later_frame_frames_the_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", WHAT_IS_MEANT)
def test_what_is_meant_is_no_speech(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", COLON_OF_THE_MAIN_CLAUSE)
def test_colon_of_the_main_clause(nlp, text, expected):
    assert _rows(nlp(text)) == expected
