"""Frames and speech acts of round 20b (issue 10): general classes from the derStandard rows.

- "Nicht X, sondern Y …, sagt Z": a first piece of the subject that opens with a negation
  and a contrast conjunction after its comma is no apposition; the trailing frame takes the
  whole sentence (not "Der Minister, ein Jurist, kritisierte …");
- a frame in the middle whose part after the next comma is a name (the apposition of the
  speaker: "…, sagte der Fraktionschef im Senat, Harry Reid, am Dienstag") does not go on
  with the content; "Die Lage sei, sagte er, ernst" still does;
- a source pattern ("laut X") after a frame in a unit without quotation marks whose words
  from the frame on have no verb ("…, sagte X, Y, der Zeitung Z laut Vorausbericht"): the
  rest of the frame, no statement; "…, die Täter seien laut Polizei geflohen" stays;
- "raten" frames what is advised like "empfehlen" ("rät dazu, dass …", "raten, … zu …"); not
  "in Schwierigkeiten geraten";
- a speaker between the verb and its first comma ("Nun empfiehlt die Polizei, auf keinen Fall
  …, sondern …"): the infinitive complement starts at that comma, the whole coordination;
- a verb of withholding with a negated object ("nannte keine Details", "gab nichts
  bekannt"): nothing was said, no reported row; "nannte Details" stays.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CONTRAST = [
    (
        "Nicht die Komplexität, sondern die Länge des Passworts verleiht Schutz, sagt Cassidy.",
        [
            (
                "indirect",
                "Nicht die Komplexität, sondern die Länge des Passworts verleiht Schutz",
                "sagt",
                "Cassidy",
                "Cassidy",
            )
        ],
    ),
    # an apposition stays no content
    ("Der Minister, ein Jurist, kritisierte die Polizei.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONTRAST, ids=[str(i) for i in range(len(CONTRAST))])
def test_negated_contrast_subject(nlp, text, expected):
    assert _rows(nlp(text)) == expected


APPOSITION = [
    (
        (
            "Es steht nun kein Zweifel, dass der Kongress die Vereinbarung erlauben wird, sagte "
            "der demokratische Minderheitsführer im Senat, Harry Reid, am Dienstag."
        ),
        [
            (
                "indirect",
                "Es steht nun kein Zweifel, dass der Kongress die Vereinbarung erlauben wird",
                "sagte",
                "der demokratische Minderheitsführer im Senat, Harry Reid",
                "Harry Reid",
            )
        ],
    ),
    # the content goes on after the frame
    (
        "Die Reform habe, sagte der Minister, keine Zukunft.",
        [
            (
                "indirect",
                "Die Reform habe, sagte der Minister, keine Zukunft",
                "sagte",
                "der Minister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), APPOSITION, ids=[str(i) for i in range(len(APPOSITION))]
)
def test_speaker_apposition_after_middle_frame(nlp, text, expected):
    assert _rows(nlp(text)) == expected


LEFTOVER = [
    (
        (
            "Ziel sei es, dass spätestens 2018 wieder zwei Millionen Fahrzeuge produziert werden, "
            "sagte der Vize-Chef der staatlichen Wirtschaftsförderungsgesellschaft, Lawrence "
            "Davies, der Welt am Sonntag laut Vorausbericht."
        ),
        [
            (
                "indirect",
                (
                    "Ziel sei es, dass spätestens 2018 wieder zwei Millionen Fahrzeuge produziert "
                    "werden"
                ),
                "sagte",
                "der Vize-Chef der staatlichen Wirtschaftsförderungsgesellschaft",
                "Lawrence Davies",
            )
        ],
    ),
    # a clause of its own after the frame keeps its source
    (
        "Die Lage sei ernst, sagte der Minister, die Täter seien laut Polizei geflohen.",
        [
            ("indirect", "Die Lage sei ernst", "sagte", "der Minister", None),
            ("indirect", "die Täter seien laut Polizei geflohen", "laut", "Polizei", "Polizei"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEFTOVER, ids=[str(i) for i in range(len(LEFTOVER))])
def test_source_after_frame_rest(nlp, text, expected):
    assert _rows(nlp(text)) == expected


WITHHELD = [
    ("Der Minister nannte keine Details.", []),
    ("Die Polizei gab keine weiteren Einzelheiten zu dem Vorfall bekannt.", []),
    ("Die Firma nannte keinen Grund für die Entlassungen.", []),
    # a named object: reported
    (
        "Der Minister nannte Details zum Plan.",
        [("reported", "Der Minister nannte Details zum Plan.", "nannte", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITHHELD, ids=[str(i) for i in range(len(WITHHELD))])
def test_withheld_object(nlp, text, expected):
    assert _rows(nlp(text)) == expected


ADVICE = [
    (
        "Der Experte rät dazu, dass man lange Passwörter wählt.",
        [("indirect", "dass man lange Passwörter wählt", "rät", "Der Experte", None)],
    ),
    (
        "Die Verbraucherschützer raten, keine Anhänge von Unbekannten zu öffnen.",
        [
            (
                "indirect",
                "keine Anhänge von Unbekannten zu öffnen",
                "raten",
                "Die Verbraucherschützer",
                None,
            )
        ],
    ),
    ("Die Firma ist in Schwierigkeiten geraten.", []),
    (
        (
            "Nun empfiehlt die Polizei, auf keinen Fall auf die Forderungen einzugehen, sondern "
            "Anzeige zu erstatten."
        ),
        [
            (
                "indirect",
                "auf keinen Fall auf die Forderungen einzugehen, sondern Anzeige zu erstatten",
                "empfiehlt",
                "die Polizei",
                "Polizei",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADVICE, ids=[str(i) for i in range(len(ADVICE))])
def test_advice(nlp, text, expected):
    assert _rows(nlp(text)) == expected
