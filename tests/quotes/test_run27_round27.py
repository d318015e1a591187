"""Continuations of round 27 (issue 10): a Konjunktiv sentence whose only frame is a stative
passive of a verb of asking ("Die Ministerin *sei gefordert*, …") goes on with the statement
before it in its paragraph, also across one sentence with no row of its own
(:mod:`pipeline.quotes.asked_continuations`); in the indicative, or with no statement
before, it keeps its row with no speaker.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

ASKED_DOCUMENTS = [
    # right after the statement: its speaker's words
    (
        (
            "Die Landesregierung habe viel erreicht, sagte der Landeshauptmann am Montag in "
            "Eisenstadt. Die Innenministerin sei gefordert, die Hilfe des Bundesheeres "
            "anzufordern."
        ),
        [
            (
                "indirect",
                "Die Landesregierung habe viel erreicht",
                "sagte",
                "der Landeshauptmann",
                None,
            ),
            (
                "continuation",
                "Die Innenministerin sei gefordert, die Hilfe des Bundesheeres anzufordern.",
                None,
                "der Landeshauptmann",
                None,
            ),
        ],
    ),
    # across one sentence of the statement's words in the indicative
    (
        (
            "Die Schulen bräuchten mehr Lehrer, argumentierte Bürgermeisterin Anna Huber. Das "
            "ist der große Unterschied zu früher. Die Regierung sei gefordert, mehr Geld für "
            "die Schulen bereitzustellen."
        ),
        [
            (
                "indirect",
                "Die Schulen bräuchten mehr Lehrer",
                "argumentierte",
                "Bürgermeisterin Anna Huber",
                "Anna Huber",
            ),
            (
                "continuation",
                "Das ist der große Unterschied zu früher.",
                None,
                "Bürgermeisterin Anna Huber",
                "Anna Huber",
            ),
            (
                "continuation",
                "Die Regierung sei gefordert, mehr Geld für die Schulen bereitzustellen.",
                None,
                "Bürgermeisterin Anna Huber",
                "Anna Huber",
            ),
        ],
    ),
    # no statement before: nothing (since the merge with leak27, a stative passive of
    # asking is no reported act: attributive_acts)
    (
        (
            "Der Landtag tagte am Montag in Eisenstadt. Die Innenministerin sei gefordert, "
            "die Hilfe des Bundesheeres anzufordern."
        ),
        [],
    ),
    # the indicative: the writer's, no row (leak27: no reported act either)
    (
        (
            "Die Landesregierung habe viel erreicht, sagte der Landeshauptmann am Montag in "
            "Eisenstadt. Die Innenministerin ist gefordert, die Hilfe des Bundesheeres "
            "anzufordern."
        ),
        [
            (
                "indirect",
                "Die Landesregierung habe viel erreicht",
                "sagte",
                "der Landeshauptmann",
                None,
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ASKED_DOCUMENTS, ids=[d[0][:40] for d in ASKED_DOCUMENTS]
)
def test_asked_continuation(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


INVERTED_DOCUMENTS = [
    # the parse loses the subject after the verb: the name right after the speech verb
    (
        (
            "Die Regierung hat die Reform am Montag beschlossen. Hart und ungerecht nannte  "
            "Karl Huber, der frühere Chef der  Opposition, die  Reform, die Anna Berger aus "
            "Wien  mitbrachte. Doch notwendig sei  sie, um  die Pleite zu verhindern."
        ),
        [
            (
                "continuation",
                "Doch notwendig sei  sie, um  die Pleite zu verhindern.",
                None,
                "Karl Huber",
                "Karl Huber",
            ),
        ],
    ),
    # no speech verb before either name: no speaker
    (
        (
            "Die Regierung hat die Reform am Montag beschlossen. Am Abend traf  Karl Huber, "
            "der frühere Chef der  Opposition, in Wien  Anna Berger  zum Essen. Doch "
            "notwendig sei  die Reform nicht."
        ),
        [
            (
                "continuation",
                "Doch notwendig sei  die Reform nicht.",
                None,
                None,
                None,
            ),
        ],
    ),
    # the name after the speech verb is not the first one named: its object, no speaker
    (
        (
            "Die Gespräche sind gescheitert. Sein Vertreter, Kanzleramtsminister Josef Huber, "
            "gibt  Karl Maier ganz offen die Schuld am Scheitern des Gipfels.  Maier habe die "
            "Linie nicht halten können."
        ),
        [
            (
                "continuation",
                "Maier habe die Linie nicht halten können.",
                None,
                None,
                None,
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), INVERTED_DOCUMENTS, ids=[d[0][:40] for d in INVERTED_DOCUMENTS]
)
def test_inverted_speaker_before_orphan(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
