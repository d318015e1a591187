"""Continuations of round 23 (issue 10): Konjunktiv runs that go on over a modal or
Konjunktiv II sentence (:mod:`pipeline.quotes.run_bridges`).

- a present-tense modal ("Die Stadt *muss* nun neu planen") or a Konjunktiv II ("Die
  Regierung *sollte* die Steuern senken") heading a sentence between a statement and a
  Konjunktiv I continuation of the same speaker, in one paragraph: the run goes on over it,
  one continuation from the bridged sentence to the Konjunktiv one; up to three such
  sentences in a row;
- stays as before (the sentence between is the writer's, the Konjunktiv sentence after it
  goes on across the gap alone): a past indicative ("Die Stadt *musste* daraufhin neu
  planen"), a modal in a subordinate clause only ("Dass die Stadt neu planen *muss*, ist
  seit Wochen bekannt"), a question; a singular Konjunktiv II with no Konjunktiv sentence
  after it gets no row ("Die Stadt sollte neu planen.").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

HEAD = "Das Projekt sei gescheitert, sagte Bürgermeister Karl Moser."
HEAD_ROW = (
    "indirect",
    "Das Projekt sei gescheitert",
    "sagte",
    "Bürgermeister Karl Moser",
    "Karl Moser",
)
LAST = "Die Kosten seien zu hoch gewesen."


def _cont(text: str) -> tuple:
    return ("continuation", text, None, "Bürgermeister Karl Moser", "Karl Moser")


BRIDGED = [
    (
        (
            "Die Preise würden weiter steigen, sagt der Ökonom Peter Hauser. Die Regierung "
            "sollte die Steuern senken. Nur so sei die Kaufkraft zu retten."
        ),
        [
            (
                "indirect",
                "Die Preise würden weiter steigen",
                "sagt",
                "der Ökonom Peter Hauser",
                "Peter Hauser",
            ),
            (
                "continuation",
                "Die Regierung sollte die Steuern senken. Nur so sei die Kaufkraft zu retten.",
                None,
                "der Ökonom Peter Hauser",
                "Peter Hauser",
            ),
        ],
    ),
    (
        f"{HEAD} Die Stadt muss nun neu planen. {LAST}",
        [HEAD_ROW, _cont(f"Die Stadt muss nun neu planen. {LAST}")],
    ),
    (
        f"{HEAD} Die Stadt muss nun neu planen. Auch das Land sollte helfen. {LAST}",
        [HEAD_ROW, _cont(f"Die Stadt muss nun neu planen. Auch das Land sollte helfen. {LAST}")],
    ),
]

UNCHANGED = [
    # a past indicative: the writer's narration between
    (f"{HEAD} Die Stadt musste daraufhin neu planen. {LAST}", [HEAD_ROW, _cont(LAST)]),
    # the modal only in a subordinate clause
    (
        f"{HEAD} Dass die Stadt neu planen muss, ist seit Wochen bekannt. {LAST}",
        [HEAD_ROW, _cont(LAST)],
    ),
    # a question
    (f"{HEAD} Soll die Stadt neu planen? {LAST}", [HEAD_ROW, _cont(LAST)]),
    # no Konjunktiv sentence after the Konjunktiv II one: no bridge, no row
    (f"{HEAD} Die Stadt sollte neu planen.", [HEAD_ROW]),
]


@pytest.mark.parametrize(("text", "expected"), BRIDGED, ids=[str(i) for i in range(len(BRIDGED))])
def test_run_goes_on_over_modal_sentence(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"), UNCHANGED, ids=[str(i) for i in range(len(UNCHANGED))]
)
def test_writer_sentence_ends_run(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
