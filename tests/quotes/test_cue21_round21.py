"""Cue frames of round 21 (issue 10, precision on unseen text): the writer's narration that a
speech verb seemed to frame, and rarer cues of derStandard.

- a speech verb in the infinitive, with "zu" or under a modal of duty, ability or the future,
  whose content is a "whether" or w-question ("…, der erklären soll, wie …", "Schwer zu
  sagen, wer …", "Wer ihm geholfen hat, soll er sagen"): a question still to be answered,
  nothing said; a finite speech verb with the same question still frames ("…, die erklärte,
  wie …").
- the writer's inference with the particle verb's "zu" inside it after a copula ("Es ist
  anzunehmen, dass …", like "ist zu berichten"): no row; other particle verbs' forms
  ("hat angekündigt, dass …") frame as before.
- "…, geht aus X hervor": the clause before the comma is what the document X says (content
  before, like "…, heißt es in X"); a relative clause after the source belongs to it ("…,
  geht aus dem Antrag hervor, der dem STANDARD vorliegt"), not to the content; "hervorgehen"
  negated ("…, geht aus dem Bericht nicht hervor") says nothing; "hervorgehen"
  of a firm's origin stays no cue ("Die Firma, die aus einer Fusion hervorging, …").
- "Aus der Regierung ist zu hören, dass …", "…, war aus dem Sender zu hören", "wie aus dem
  Ministerium zu hören war": hearsay from a named source ("aus", "seitens", "bei", "von"),
  not the writer's "ist zu" statement; with no source ("Es ist zu hören, dass …", "Im
  Vorfeld war zu hören, …"), with a negation ("war nichts zu hören") or of a sound ("Im
  Hintergrund war Rufen zu hören") no row.
- "man" as the subject of a speech verb with a body in a "seitens"/"bei"/"im"/"aus" phrase
  ("Seitens des Roten Kreuzes sprach man von …", "Im Ministerium sagte man, …"): the body
  speaks; a place, a time or a reason ("In Wien", "Im Vorfeld", "Aus diesem Grund") names
  no one, and "man" alone stays no speaker.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

OPEN_QUESTIONS = [
    (
        (
            "Am Donnerstag wird der Gutachter Peter Lindner gehört, der erklären soll, wie das "
            "Feuer ausgebrochen ist."
        ),
        [],
    ),
    ("Schwer zu sagen, wer die Wahl im Herbst gewinnen wird.", []),
    (
        (
            "Die Beamten verhörten den Fahrer stundenlang. Wer ihm bei der Flucht geholfen hat, "
            "soll er sagen."
        ),
        [],
    ),
    ("Die Ministerin wird am Montag erklären, ob die Schulen geöffnet bleiben.", []),
    (
        "Der Bürgermeister konnte nicht erklären, warum die Baustelle seit Monaten ruht.",
        [],
    ),
    # a finite speech verb with the same question frames
    (
        "Die Gutachterin Maria Gruber erklärte, wie das Feuer ausgebrochen sei.",
        [
            (
                "indirect",
                "wie das Feuer ausgebrochen sei",
                "erklärte",
                "Die Gutachterin Maria Gruber",
                "Maria Gruber",
            )
        ],
    ),
    # a "that" clause under the same modal is not a question
    (
        "Der Sprecher der Polizei sagte, dass der Fahrer geflohen sei.",
        [
            (
                "indirect",
                "dass der Fahrer geflohen sei",
                "sagte",
                "Der Sprecher der Polizei",
                "Polizei",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), OPEN_QUESTIONS, ids=[str(i) for i in range(len(OPEN_QUESTIONS))]
)
def test_open_question_says_nothing(nlp, text, expected):
    assert _rows(nlp(text)) == expected


SOURCE_AFTER = [
    (
        "Insgesamt wurden 12.000 Anträge gezählt, geht aus der aktuellen Statistik hervor.",
        [
            (
                "indirect",
                "Insgesamt wurden 12.000 Anträge gezählt",
                "geht aus der aktuellen Statistik hervor",
                "der aktuellen Statistik",
                None,
            )
        ],
    ),
    (
        (
            "Die Schulden belaufen sich auf 18 Millionen Euro, geht aus dem Insolvenzantrag "
            "hervor, der der Zeitung vorliegt."
        ),
        [
            (
                "indirect",
                "Die Schulden belaufen sich auf 18 Millionen Euro",
                "geht aus dem Insolvenzantrag hervor",
                "dem Insolvenzantrag",
                None,
            )
        ],
    ),
    ("Wie viele Eltern befragt wurden, geht aus dem Bericht nicht hervor.", []),
    ("Die Firma, die aus einer Fusion hervorging, ist insolvent.", []),
    ("Der Sieger ging aus dem Duell gestärkt hervor.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), SOURCE_AFTER, ids=[str(i) for i in range(len(SOURCE_AFTER))]
)
def test_source_after_comma(nlp, text, expected):
    assert _rows(nlp(text)) == expected


HEARSAY = [
    (
        "Aus der Regierung ist zu hören, dass die Reform verschoben wird.",
        [
            (
                "indirect",
                "dass die Reform verschoben wird",
                "ist zu hören",
                "der Regierung",
                "Regierung",
            )
        ],
    ),
    (
        "Die Reform werde verschoben, war aus der Regierung zu hören.",
        [
            (
                "indirect",
                "Die Reform werde verschoben",
                "war aus der Regierung zu hören",
                "der Regierung",
                "Regierung",
            )
        ],
    ),
    (
        "Die Reform wird verschoben, wie aus dem Ministerium zu hören war.",
        [
            (
                "indirect",
                "Die Reform wird verschoben",
                "wie aus dem Ministerium zu hören war",
                "dem Ministerium",
                "Ministerium",
            )
        ],
    ),
    ("Es ist zu hören, dass die Reform verschoben wird.", []),
    ("Im Vorfeld war zu hören, dass die Firma verkauft werden soll.", []),
    ("Von der Opposition war dazu nichts zu hören.", []),
    ("Im Hintergrund war lautes Rufen zu hören.", []),
    ("Es war zu hören, wie die Tür ins Schloss fiel.", []),
]


@pytest.mark.parametrize(("text", "expected"), HEARSAY, ids=[str(i) for i in range(len(HEARSAY))])
def test_hearsay_from_source(nlp, text, expected):
    assert _rows(nlp(text)) == expected


MAN_SOURCE = [
    (
        "Seitens der Feuerwehr sprach man von einem ruhigen Einsatz.",
        [
            (
                "reported",
                "Seitens der Feuerwehr sprach man von einem ruhigen Einsatz.",
                "sprach",
                "der Feuerwehr",
                "Feuerwehr",
            )
        ],
    ),
    (
        "Im Ministerium sagte man, die Reform komme im Herbst.",
        [("indirect", "die Reform komme im Herbst", "sagte", "Ministerium", "Ministerium")],
    ),
    ("Im Vorfeld sprach man von einem neuen Rekord.", []),
    ("In Wien sprach man von einem großen Erfolg.", []),
    ("Aus diesem Grund sprach man von einem großen Erfolg.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), MAN_SOURCE, ids=[str(i) for i in range(len(MAN_SOURCE))]
)
def test_man_with_a_body(nlp, text, expected):
    assert _rows(nlp(text)) == expected


WRITER_INFERENCE = [
    ("Es ist anzunehmen, dass der Hersteller die Preise senken wird.", []),
    ("Es ist anzumerken, dass die Zahlen vorläufig sind.", []),
    (
        "Der Sprecher hat angekündigt, dass die Firma schließt.",
        [("indirect", "dass die Firma schließt", "angekündigt", "Der Sprecher", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), WRITER_INFERENCE, ids=[str(i) for i in range(len(WRITER_INFERENCE))]
)
def test_writer_inference(nlp, text, expected):
    assert _rows(nlp(text)) == expected
