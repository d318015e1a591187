"""Continuations of round 22b (issue 10, "Precision"): the classes of the derStandard checks.

- the writer's guess at the end of a continuation: a relative clause on the whole sentence
  ("womit", "was" right after a verb) whose last word is "dürfte(n)" after an infinitive
  ("…, womit der Autobauer gemeint sein dürfte", "…, was … nicht für Begeisterung gesorgt
  haben dürfte") is cut from the statement; a Konjunktiv II of the speaker's stays
  ("…, womit die Aktionäre zufrieden sein würden"), and so does "was" after a pronoun
  ("Er habe nichts, was ihm vorgeworfen werden dürfte").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

GUESSES = [
    (
        (
            "Hintergrund sei die Absatzflaute beim größten Kunden, sagte ein Sprecher. Das "
            "liege an der Flaute, womit der Autobauer aus Wolfsburg gemeint sein dürfte."
        ),
        [
            (
                "indirect",
                "Hintergrund sei die Absatzflaute beim größten Kunden",
                "sagte",
                "ein Sprecher",
                None,
            ),
            ("continuation", "Das liege an der Flaute", None, "ein Sprecher", None),
        ],
    ),
    (
        (
            "Die Ministerin sagte, der Umbau sei abgeschlossen. Zusätzliche Posten seien nicht "
            "geplant gewesen, was bei den Beamten – sie sind betroffen – nicht für Begeisterung "
            "gesorgt haben dürfte."
        ),
        [
            ("indirect", "der Umbau sei abgeschlossen", "sagte", "Die Ministerin", None),
            (
                "continuation",
                "Zusätzliche Posten seien nicht geplant gewesen",
                None,
                "Die Ministerin",
                None,
            ),
        ],
    ),
    # the speaker's own Konjunktiv II: unchanged
    (
        (
            "Der Sprecher sagte, die Firma wachse. Die Zahlen seien gut, womit auch die "
            "Aktionäre zufrieden sein würden."
        ),
        [
            ("indirect", "die Firma wachse", "sagte", "Der Sprecher", None),
            (
                "continuation",
                "Die Zahlen seien gut, womit auch die Aktionäre zufrieden sein würden.",
                None,
                "Der Sprecher",
                None,
            ),
        ],
    ),
    # "was" on a pronoun, no verb before the comma: unchanged
    (
        (
            "Der Anwalt sagte, sein Mandant sei unschuldig. Er habe nichts, was ihm "
            "vorgeworfen werden dürfte."
        ),
        [
            ("indirect", "sein Mandant sei unschuldig", "sagte", "Der Anwalt", None),
            (
                "continuation",
                "Er habe nichts, was ihm vorgeworfen werden dürfte.",
                None,
                "Der Anwalt",
                None,
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUESSES, ids=[str(i) for i in range(len(GUESSES))])
def test_writer_guess_cut_from_continuation(nlp, text, expected):
    assert _rows(nlp(text)) == expected
