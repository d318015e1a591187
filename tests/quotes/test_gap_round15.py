"""A Konjunktiv sentence after one sentence of the writer's goes on with the statement
before that sentence (issue 10, item 2: continuations take the speaker of the statement
they continue), on news-style texts written for these tests.

"Die Polizei teilte mit, … Die Beamten sperrten die Straße. Verletzt worden *sei* niemand.":
the last sentence is the police's. Only across one sentence, in one paragraph, after a
quote or a framed statement -- not after a speech act without one, not across three
sentences (round 19b: two that name no person will do) or a paragraph break: there it stays without a speaker (a wrong name is worse
than an empty one). Both label schemes (UD and TIGER).

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

POLICE = ("indirect", "der Mann sei bewaffnet gewesen", "teilte … mit", "Die Polizei", "Polizei")

CASES = [
    (
        # one narrative sentence between the statement and its continuation
        (
            "Die Polizei teilte mit, der Mann sei bewaffnet gewesen. Die Beamten sperrten die "
            "Straße für zwei Stunden. Verletzt worden sei niemand."
        ),
        [
            POLICE,
            ("continuation", "Verletzt worden sei niemand.", None, "Die Polizei", "Polizei"),
        ],
    ),
    (
        # the continuation after the gap goes on to the next Konjunktiv sentence
        (
            "Die Staatsanwaltschaft teilte mit, der Verdächtige sei geständig. Die Ermittlungen "
            "dauern noch an. Das Motiv sei Eifersucht gewesen. Eine Mittäterschaft schließe man "
            "aus."
        ),
        [
            (
                "indirect",
                "der Verdächtige sei geständig",
                "teilte … mit",
                "Die Staatsanwaltschaft",
                "Staatsanwaltschaft",
            ),
            (
                "continuation",
                "Das Motiv sei Eifersucht gewesen. Eine Mittäterschaft schließe man aus.",
                None,
                "Die Staatsanwaltschaft",
                "Staatsanwaltschaft",
            ),
        ],
    ),
    (
        # a paragraph break between them: no speaker
        (
            "Die Polizei teilte mit, der Mann sei bewaffnet gewesen.\n\nDie Beamten sperrten die "
            "Straße für zwei Stunden. Verletzt worden sei niemand."
        ),
        [POLICE, ("continuation", "Verletzt worden sei niemand.", None, None, None)],
    ),
    (
        # two sentences of the writer's between them that name no person: the police still
        # (round 19b; see tests/quotes/test_cont19b_round19.py)
        (
            "Die Polizei teilte mit, der Mann sei bewaffnet gewesen. Die Straße blieb zwei Stunden "
            "gesperrt. Der Verkehr staute sich bis in den Abend. Verletzt worden sei niemand."
        ),
        [
            POLICE,
            ("continuation", "Verletzt worden sei niemand.", None, "Die Polizei", "Polizei"),
        ],
    ),
    (
        # a speech act without a statement of its own does not reach across a sentence
        (
            "Der Minister kritisierte die Opposition scharf. Die Sitzung dauerte drei Stunden. "
            "Eine Einigung sei nicht in Sicht."
        ),
        [("continuation", "Eine Einigung sei nicht in Sicht.", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_continuation_across_one_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected
