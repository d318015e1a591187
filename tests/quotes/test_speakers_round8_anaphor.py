"""A quotation that is a sentence of its own, followed by a sentence that opens with a
demonstrative standing for it ("„…“ Das musste Finanzminister Magnus Brunner einräumen."):
the person that sentence names speaks, else its subject when that names someone who speaks;
a thing as subject, another opening or no sentence after gives no speaker.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        (
            "„Ja, es gibt Zumutungen.“ Das musste Finanzminister Magnus Brunner am Mittwoch in "
            "Wien einräumen."
        ),
        [("„Ja, es gibt Zumutungen.“", "Magnus Brunner", "Magnus Brunner")],
    ),
    (
        "„Wir haben die Lage im Griff.“ Dies erklärte die Kantonspolizei Zürich am Sonntag.",
        [("„Wir haben die Lage im Griff.“", "die Kantonspolizei Zürich", "Kantonspolizei Zürich")],
    ),
    (
        "„Wir haben die Lage im Griff.“ Das sagte Innenminister Gerhard Karner am Montag.",
        [("„Wir haben die Lage im Griff.“", "Gerhard Karner", "Gerhard Karner")],
    ),
    # a thing, another opening, nothing after: no speaker
    (
        "„Die Mieten steigen weiter.“ Das ist das Ergebnis einer Studie.",
        [("„Die Mieten steigen weiter.“", None, None)],
    ),
    (
        "„Die Mieten steigen weiter.“ Der Bericht erscheint am Montag.",
        [("„Die Mieten steigen weiter.“", None, None)],
    ),
    ("„Die Mieten steigen weiter.“", [("„Die Mieten steigen weiter.“", None, None)]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_demonstrative_after_a_quotation(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
