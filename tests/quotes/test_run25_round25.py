"""Continuation speakers of round 25 (issue 10, "Speakers"): an orphan across the writer's
sentence.

- a Konjunktiv sentence after one sentence of the writer's whose subject names a body or a
  place and no person, with no speech verb and no speech act ("…, teilte die Gewerkschaft
  mit. Die Firma hat … vorgelegt. Die Löhne seien …", "…, kritisierte Außenministerin X.
  Russland trägt eine große Verantwortung. Das Vorgehen verstoße …"): the statement two
  sentences back goes on, not the subject between;
- a person as that subject ("Der Botschafter trägt …") or a speech verb in that sentence
  ("Russland warnte vor …", a reported row of its own) keeps the subject between.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

FRAME = "Der Waffenstillstand werde gebrochen, kritisierte Außenministerin Anna Berger. "
BERGER = ("Außenministerin Anna Berger", "Anna Berger")
FIRST = ("indirect", "Der Waffenstillstand werde gebrochen", "kritisierte", *BERGER)
VERSTOSSE = "Das Vorgehen der Truppen verstoße gegen alle Vereinbarungen."

DOCUMENTS = [
    (
        (
            "Die Verhandlungen seien gescheitert, teilte die Gewerkschaft am Montag mit. Die "
            "Firma hat dem Betriebsrat ein neues Angebot vorgelegt. Die Löhne seien zu niedrig."
        ),
        [
            (
                "indirect",
                "Die Verhandlungen seien gescheitert",
                "teilte … mit",
                "die Gewerkschaft",
                "Gewerkschaft",
            ),
            (
                "continuation",
                "Die Löhne seien zu niedrig.",
                None,
                "die Gewerkschaft",
                "Gewerkschaft",
            ),
        ],
    ),
    (
        FRAME + "Russland trägt eine große Verantwortung. " + VERSTOSSE,
        [FIRST, ("continuation", VERSTOSSE, None, *BERGER)],
    ),
    # a person between: the subject stays the speaker
    (
        FRAME + "Der Botschafter trägt eine große Verantwortung. " + VERSTOSSE,
        [FIRST, ("continuation", VERSTOSSE, None, "Der Botschafter", None)],
    ),
    # a speech verb between: its own row, and its speaker goes on
    (
        FRAME + "Russland warnte vor einer Eskalation. Das Vorgehen der Truppen sei rechtmäßig.",
        [
            FIRST,
            ("reported", "Russland warnte vor einer Eskalation.", "warnte", "Russland", "Russland"),
            (
                "continuation",
                "Das Vorgehen der Truppen sei rechtmäßig.",
                None,
                "Russland",
                "Russland",
            ),
        ],
    ),
    # no statement two sentences back: unchanged, the subject before speaks
    (
        "Russland trägt eine große Verantwortung. Die Lage sei ernst.",
        [("continuation", "Die Lage sei ernst.", None, "Russland", "Russland")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_orphan_across_writer_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected
