"""Continuations of round 20b (issue 10, recall of Konjunktiv continuations): a run of the
statement's words that goes on over a sentence that is no main clause, and after the writer's
sentence that names the speaker again.

- a sentence that is one subordinate clause ("Etwa wenn …", "Vor allem weil …", "Wenn …")
  right after a statement with a speaker, in its paragraph, is part of that statement: the
  continuation takes it in and goes on after it ("Sie würde Staffelmieten verbieten. Etwa
  wenn … erhöhen. Derzeit würde sich das Ministerium …"); not after the writer's sentence,
  not a sentence with a main clause of its own ("Weil die Zeit drängt, werden …");
- a Konjunktiv sentence after one sentence of the writer's whose subject names the speaker
  of the statement before it again ("…, sagt Anna Berger: … . Berger ist das zu wenig. Sie
  würde …"): it goes on with that statement across the sentence, as surely as across any
  sentence of the writer's (so the sentences after it go on too); another name there
  ("Huber ist das zu wenig") keeps the sentence out.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

BERGER = "Anna Berger, Sprecherin des Mieterschutzverbands, sagt zum STANDARD: "
NOVELLE = "Rechtlich ändert sich durch die Novelle nichts"
MAYOR = "Der Bürgermeister"
BRIDGE = "die Brücke werde im Herbst gesperrt"

DOCUMENTS = [
    # the speaker named again between: the run goes on with her, over "Etwa wenn …"
    (
        (
            BERGER + NOVELLE + ". Berger ist das zu wenig. Sie würde Staffelmieten generell "
            "verbieten. Etwa wenn Vermieter die Miete jedes Jahr erhöhen. Derzeit würde sich "
            "das Ministerium hier aus der Verantwortung stehlen."
        ),
        [
            ("indirect", NOVELLE, "sagt", "Anna Berger", "Anna Berger"),
            (
                "continuation",
                (
                    "Sie würde Staffelmieten generell verbieten. Etwa wenn Vermieter die Miete "
                    "jedes Jahr erhöhen. Derzeit würde sich das Ministerium hier aus der "
                    "Verantwortung stehlen."
                ),
                None,
                "Anna Berger",
                "Anna Berger",
            ),
        ],
    ),
    # another name between: no continuation
    (
        BERGER + NOVELLE + ". Huber ist das zu wenig. Er würde Staffelmieten generell verbieten.",
        [("indirect", NOVELLE, "sagt", "Anna Berger", "Anna Berger")],
    ),
    # "Vor allem weil …" after a framed statement: one run with the sentence after it
    (
        (
            "Der Bürgermeister sagte, die Brücke werde im Herbst gesperrt. Vor allem weil die "
            "Pfeiler stark beschädigt sind. Eine Umleitung sei bereits geplant."
        ),
        [
            ("indirect", BRIDGE, "sagte", MAYOR, None),
            (
                "continuation",
                (
                    "Vor allem weil die Pfeiler stark beschädigt sind. Eine Umleitung sei "
                    "bereits geplant."
                ),
                None,
                MAYOR,
                None,
            ),
        ],
    ),
    # a condition alone after the statement: the speaker's
    (
        "Der Bürgermeister sagte, die Brücke werde im Herbst gesperrt. Wenn die Pfeiler halten.",
        [
            ("indirect", BRIDGE, "sagte", MAYOR, None),
            ("continuation", "Wenn die Pfeiler halten.", None, MAYOR, None),
        ],
    ),
    # after the writer's sentence: nothing
    ("Die Brücke wurde im Herbst gesperrt. Vor allem weil die Pfeiler stark beschädigt sind.", []),
    # a main clause after the subordinate one: the writer's
    (
        (
            "Der Minister sagte, die Reform komme im Mai. Weil die Zeit drängt, werden die "
            "Ausschüsse früher einberufen."
        ),
        [("indirect", "die Reform komme im Mai", "sagte", "Der Minister", None)],
    ),
    # a question is no part of the statement
    (
        "Der Bürgermeister sagte, die Brücke werde im Herbst gesperrt. Etwa weil sie zu alt ist?",
        [("indirect", BRIDGE, "sagte", MAYOR, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENTS, ids=[str(i) for i in range(len(DOCUMENTS))]
)
def test_round20b_continuation_runs(nlp, text, expected):
    assert _rows(nlp(text)) == expected
