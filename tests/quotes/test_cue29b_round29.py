"""Frames of round 29, second wave (issue 10): classes the lead engineer found by probing
the engine with newly written news sentences.

- a speech verb that closes the clause before it is no frame of its own: an infinitive or a
  participle after a comma whose Konjunktiv auxiliary stands before it ("Deutschland müsse
  die Aufgabe, die sich stelle, *annehmen* und gestalten, sagte X"), or, when the parse lost
  the auxiliary, a bare one with a comma or "und" right after it and no subject: the frame
  after it takes the whole clause (:func:`pipeline.quotes.frames._closes_own_clause`);
- texts that stay as they were: a refusal with the frame first ("wollte nicht sagen, ob"),
  "ließ … offen", a question inside the content of a trailing frame;
- the jussive writer's note "Es sei betont, dass …" whatever the tagger calls the
  participle (an adjective "betont", a finite "erwähnt"): no row.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        "Deutschland müsse die große Aufgabe, die sich durch den Zustrom stelle, annehmen und gestalten, sagte die Kanzlerin in einem Interview.",
        [
            (
                "indirect",
                "Deutschland müsse die große Aufgabe, die sich durch den Zustrom stelle, annehmen und gestalten",
                "sagte",
                "die Kanzlerin",
                None,
            )
        ],
    ),
    (
        "Die Stadt müsse die Aufgabe, die vor ihr liege, annehmen, sagte der Bürgermeister.",
        [
            (
                "indirect",
                "Die Stadt müsse die Aufgabe, die vor ihr liege, annehmen",
                "sagte",
                "der Bürgermeister",
                None,
            )
        ],
    ),
    (
        "Er werde seine Fehler, die er gemacht habe, zugeben, sagte der Trainer.",
        [
            (
                "indirect",
                "Er werde seine Fehler, die er gemacht habe, zugeben",
                "sagte",
                "der Trainer",
                None,
            )
        ],
    ),
    (
        "Die Partei werde die Niederlage, die sie erlitten habe, annehmen und daraus lernen, erklärte Huber.",
        [
            (
                "indirect",
                "Die Partei werde die Niederlage, die sie erlitten habe, annehmen und daraus lernen",
                "erklärte",
                "Huber",
                "Huber",
            )
        ],
    ),
    (
        "Man müsse den Notstand, der seit Wochen herrsche, für beendet erklären, sagte die Ministerin.",
        [
            (
                "indirect",
                "Man müsse den Notstand, der seit Wochen herrsche, für beendet erklären",
                "sagte",
                "die Ministerin",
                None,
            )
        ],
    ),
    (
        "Die Stadt müsse die Herausforderung annehmen, sagte der Bürgermeister.",
        [
            (
                "indirect",
                "Die Stadt müsse die Herausforderung annehmen",
                "sagte",
                "der Bürgermeister",
                None,
            )
        ],
    ),
    (
        "Öl und Kupfer sollten bald teurer werden, sagen Experten.",
        [("indirect", "Öl und Kupfer sollten bald teurer werden", "sagen", "Experten", None)],
    ),
    (
        "Die Lage sei ernst, hat der Minister gesagt.",
        [("indirect", "Die Lage sei ernst", "gesagt", "der Minister", None)],
    ),
    (
        "Weber wollte nicht sagen, ob er zurücktritt.",
        [],
    ),
    (
        "Ob die Steuern steigen, ließ der Minister offen.",
        [],
    ),
    (
        "Ob er zurücktrete, werde er morgen entscheiden, sagte Weber.",
        [("indirect", "Ob er zurücktrete, werde er morgen entscheiden", "sagte", "Weber", "Weber")],
    ),
    (
        "Es sei betont, dass die Studie keine Aussagen über Kinder erlaube.",
        [],
    ),
    (
        "Es sei erwähnt, dass der Verein bereits zweimal abgestiegen ist.",
        [],
    ),
    (
        "Es sei betont worden, dass die Studie keine Aussagen über Kinder erlaube, sagte der Forscher.",
        [
            (
                "indirect",
                "Es sei betont worden, dass die Studie keine Aussagen über Kinder erlaube",
                "sagte",
                "der Forscher",
                None,
            )
        ],
    ),
    (
        "Der Minister hat betont, dass die Reform komme.",
        [("indirect", "dass die Reform komme", "betont", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[t[:40] for t, _ in DOCUMENTS])
def test_cue29b_rows(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
