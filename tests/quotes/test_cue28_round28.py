"""Cue frames of round 28 (issue 10, precision on unseen text).

- a "dass" or infinitive clause after a second verb the parse joins to the cue verb by
  "und" is that verb's, not the cue's ("bestätigte den Termin und freute sich, dass …",
  "unter Druck gestanden und die Nervosität gespürt zu haben, … bestehen zu müssen"); a
  joined speech verb ("und betonte, dass …") and a clause in the reported-speech mood
  ("und wagte die Vorhersage, im Herbst würden …") stay the statement;
- trailing frames after a list of verbs stay as they were ("…, sagt Hans Müller",
  "…, versprach X und verließ den Saal").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    # the infinitive after a joined non-speech verb: not what "gestanden" frames
    (
        (
            "Der Spieler räumte am Sonntag ein, trotz seiner Routine unter großem Druck gestanden "
            "und die Nervosität gespürt zu haben, gegen den Favoriten bestehen zu müssen."
        ),
        [],
    ),
    ("Die Ministerin bestätigte den Termin und freute sich, dass die Gespräche bald beginnen.", []),
    ("Der Trainer lobte die Mannschaft und versuchte, die Fans zu beruhigen.", []),
    # without the joined verb the clause stays the cue's
    (
        "Der Spieler räumte am Sonntag ein, die Nervosität gespürt zu haben.",
        [
            (
                "indirect",
                "die Nervosität gespürt zu haben",
                "räumte … ein",
                "Der Spieler",
                None,
            )
        ],
    ),
    (
        "Der Angeklagte hat vor Gericht gestanden, seinen Nachbarn bestohlen zu haben.",
        [
            (
                "indirect",
                "seinen Nachbarn bestohlen zu haben",
                "gestanden",
                "Der Angeklagte",
                None,
            )
        ],
    ),
    # a joined speech verb frames it; a Konjunktiv clause is speech all the same
    (
        "Die Ministerin bestätigte den Termin und betonte, dass die Gespräche bald beginnen.",
        [
            (
                "indirect",
                "dass die Gespräche bald beginnen",
                "betonte",
                "Die Ministerin",
                None,
            )
        ],
    ),
    (
        (
            "Die Ministerin äußerte Bedenken und wagte die Vorhersage, im Herbst würden die Preise "
            "steigen."
        ),
        [
            (
                "indirect",
                "im Herbst würden die Preise steigen",
                "äußerte",
                "Die Ministerin",
                None,
            )
        ],
    ),
    # trailing frames with their subject stay
    (
        "Die Lage sei ernst, sagt Hans Müller.",
        [("indirect", "Die Lage sei ernst", "sagt", "Hans Müller", "Hans Müller")],
    ),
    (
        "Das Spiel ist vorbei, erklärt Trainer Peter Stöger.",
        [
            (
                "indirect",
                "Das Spiel ist vorbei",
                "erklärt",
                "Trainer Peter Stöger",
                "Peter Stöger",
            )
        ],
    ),
    (
        "Die Lage sei ernst, heißt es im Bericht.",
        [("indirect", "Die Lage sei ernst", "heißt es", "Bericht", None)],
    ),
    (
        "Man werde alles prüfen, versprach Innenminister Wolfgang Sobotka und verließ den Saal.",
        [
            (
                "indirect",
                "Man werde alles prüfen",
                "versprach",
                "Innenminister Wolfgang Sobotka",
                "Wolfgang Sobotka",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_cue_frames(nlp, text, expected):
    assert _rows(nlp(text)) == expected
