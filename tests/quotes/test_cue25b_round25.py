"""Cue frames of round 25, second wave (issue 10, precision on unseen text): a "dass"/"ob"
clause that a nearer verb governs, and the writer's jussive idiom.

- a "dass"/"ob" clause after a verb of knowing, learning or perceiving ("erfahren",
  "merken", "feststellen", "wissen", "sehen" …) that stands between a speech verb and the
  clause ("Das sagte sie, bevor sie erfuhr, dass …", "…, nachdem er bemerkt hatte, dass
  …"): the clause is what was learnt, not the speech verb's content; a "dass" right after
  the speech verb, or after a clause with a verb of another kind ("…, als er in Berlin
  war, dass …"), stays its content;
- "…, sei dahingestellt" (the writer leaves a question open): no one's Konjunktiv, no row;
  a Konjunktiv clause with another verb after a frame keeps its row;
- a verb that frames only quoted speech ("beschreiben", "seufzen", "lachen" …) as an
  inverted frame after a comma, finite or a passive participle, frames the unmarked speech
  before it, as derStandard prints it ("Wir sind zu früh dran, seufzt der Trainer", "…,
  wird die App auf ihrer Website beschrieben"); not as an infinitive after a fronted
  object ("Das Video, das …, will sie nicht beschreiben").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

#: a nearer verb of knowing governs the clause: no row of the speech verb further out
NEARER = [
    "Das sagte der Minister am Montag, bevor er erfuhr, dass die Koalition gescheitert war.",
    "Die Trainerin lobte ihre Mannschaft, bis sie merkte, dass zwei Spielerinnen fehlten.",
    "Der Bürgermeister sprach lange über den Haushalt, ehe er sah, dass das Mikrofon aus war.",
    "Die Forscherin erzählte von ihrer Arbeit, ohne zu wissen, ob die Studie erscheinen würde.",
]

DOCUMENTS = [
    # the writer's idiom: no row
    (
        "Ob ein Aufruf zur Wahl in einer Dating-App wirklich Sinn ergibt, sei dahingestellt.",
        [],
    ),
    ("Ob die neue Regel etwas bringt, sei dahingestellt.", []),
    # a "dass" right after the speech verb stays its content
    (
        "Der Sprecher sagte, dass die Gespräche am Freitag weitergehen.",
        [
            (
                "indirect",
                "dass die Gespräche am Freitag weitergehen",
                "sagte",
                "Der Sprecher",
                None,
            )
        ],
    ),
    # a clause with a verb that governs no "dass" in between: still the speech verb's
    (
        "Der Minister sagte am Montag, als er in Berlin war, dass die Reform komme.",
        [("indirect", "dass die Reform komme", "sagte", "Der Minister", None)],
    ),
    # a Konjunktiv clause after the frame keeps its row, also with a verb of knowing in it
    (
        "Die Sprecherin betonte, man habe erst am Montag gemerkt, dass die Daten fehlten.",
        [
            (
                "indirect",
                "man habe erst am Montag gemerkt, dass die Daten fehlten",
                "betonte",
                "Die Sprecherin",
                None,
            )
        ],
    ),
]


UNMARKED = [
    (
        "Wir sind einfach zu früh dran, seufzt der Trainer.",
        [("indirect", "Wir sind einfach zu früh dran", "seufzt", "der Trainer", None)],
    ),
    (
        "Der Markt ist in Bewegung, beschreibt die Analystin Maria Huber die Lage.",
        [
            (
                "indirect",
                "Der Markt ist in Bewegung",
                "beschreibt",
                "die Analystin Maria Huber",
                "Maria Huber",
            )
        ],
    ),
    # a fronted object and an infinitive: no speech
    ("Das Video, das ihr Leben veränderte, will sie nicht genau beschreiben.", []),
    ("Das Haus, das er als Kind bewohnte, beschrieb er in seinem Roman.", []),
]


@pytest.mark.parametrize("text", NEARER)
def test_nearer_verb_keeps_its_clause(nlp, text):
    rows = _rows(nlp(text))
    assert not any(q.startswith(("dass ", "ob ")) for _kind, q, *_ in rows)


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_rows(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), UNMARKED)
def test_unmarked_frames(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_passive_website_frame(nlp):
    text = (
        "Rumblr ist eine App für Freizeitkämpfer, wird das Projekt auf seiner Website beschrieben."
    )
    rows = _rows(nlp(text))
    assert [row[:3] for row in rows] == [
        ("indirect", "Rumblr ist eine App für Freizeitkämpfer", "beschrieben")
    ]
