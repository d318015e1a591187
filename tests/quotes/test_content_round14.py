"""Frame content, fourteenth round: a zu-infinitive right after a noun that takes one
("der Möglichkeit, … zu …", ``infinitive_nouns`` of quote_words.jsonl) completes that
noun, not the speech verb: the demand is a reported speech act of its own; after the verb's
object the infinitive is the content as before. A few words without a verb before a colon
are the writer's lead-in to a frame after its content ("Anders die FPÖ: …, meint X"): the
content starts after the colon; a clause before the colon stays part of it.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    (
        "Die Abgeordnete fordert neue Regeln zugunsten der Möglichkeit, Privatkopien zu erstellen.",
        [
            (
                "reported",
                (
                    "Die Abgeordnete fordert neue Regeln zugunsten der Möglichkeit, Privatkopien "
                    "zu erstellen."
                ),
                "fordert",
                "Die Abgeordnete",
                None,
            )
        ],
    ),
    (
        "Der Minister forderte die Länder auf, die Schulen früher zu öffnen.",
        [("indirect", "die Schulen früher zu öffnen", "forderte", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_infinitive_after_noun_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected


LEAD_INS = [
    (
        (
            "Anders die FPÖ: Die Mindestsicherung bietet die falschen Anreize, meint deren "
            "Sozialsprecher Herbert Kickl."
        ),
        [
            (
                "indirect",
                "Die Mindestsicherung bietet die falschen Anreize",
                "meint",
                "deren Sozialsprecher Herbert Kickl",
                "Herbert Kickl",
            )
        ],
    ),
    (
        "Die Lage ist ernst: Wir brauchen Hilfe, sagte der Bürgermeister.",
        [
            (
                "indirect",
                "Die Lage ist ernst: Wir brauchen Hilfe",
                "sagte",
                "der Bürgermeister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_INS)
def test_lead_in_before_colon_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected
