"""Round 25 (merges): two quotations with a frame between them.

Classes covered:

- „A“, sagte X, „B“ is one quote with two parts (unchanged);
- a second frame with its own subject after a comma and a coordinator ("…, sagte der
  Bürgermeister, und die Ministerin antwortete: „…“") parts the two quotes: two speakers;
- a lower-case second part goes on with the first one's sentence, whatever stands between
  ("…, rief die Abgeordnete, und ihre Kollegen klatschten, „wir …“").
"""

import pytest

from tests.conftest import quote_rows as _rows

TEXTS = [
    (
        (
            "„Wir brauchen mehr Geld“, sagte der Bürgermeister Peter Huber, und die Ministerin "
            "antwortete: „Der Bund hilft mit.“"
        ),
        [
            (
                "direct",
                "„Wir brauchen mehr Geld“",
                "sagte",
                "der Bürgermeister Peter Huber",
                "Peter Huber",
            ),
            ("direct", "„Der Bund hilft mit.“", "antwortete", "die Ministerin", None),
        ],
    ),
    (
        "„Wir brauchen mehr Geld“, sagte der Bürgermeister Peter Huber, „und zwar bald.“",
        [
            (
                "direct",
                "„Wir brauchen mehr Geld“, sagte der Bürgermeister Peter Huber, „und zwar bald.“",
                "sagte",
                "der Bürgermeister Peter Huber",
                "Peter Huber",
            ),
        ],
    ),
    (
        "„Wir brauchen mehr Geld“, sagte Huber am Montag und fügte hinzu: „Der Bund muss helfen.“",
        [
            # round 29 (span29b): "und fügte hinzu:" opens a second statement, two quotes
            ("direct", "„Wir brauchen mehr Geld“", "sagte", "Huber", "Huber"),
            ("direct", "„Der Bund muss helfen.“", "fügte … hinzu", "Huber", "Huber"),
        ],
    ),
    (
        (
            "„Das ist ein Skandal“, rief die Abgeordnete, und ihre Kollegen klatschten, „wir lassen "
            "uns das nicht gefallen.“"
        ),
        [
            (
                "direct",
                (
                    "„Das ist ein Skandal“, rief die Abgeordnete, und ihre Kollegen klatschten, „wir "
                    "lassen uns das nicht gefallen.“"
                ),
                "rief",
                "die Abgeordnete",
                None,
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_frames_between_quotes(nlp, text, expected):
    assert _rows(nlp(text)) == expected
