"""Quoted words in a Konjunktiv I sentence right after a quote go on with that quote's
speaker ("X sagte, … Es gehe um „…“"); after a statement with no one who speaks, or in the
indicative, they stay without a speaker (a wrong name is worse than none). Since round 18
the Konjunktiv sentence around them is a continuation too (the Wikinews annotation marks
both: the sentence and the words in marks inside it).

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        (
            "Landeshauptfrau Johanna Mikl-Leitner sagte, das Land werde die Förderung "
            "verdoppeln. Es gehe um „die Zukunft unserer Gemeinden“."
        ),
        [
            (
                "das Land werde die Förderung verdoppeln",
                "Landeshauptfrau Johanna Mikl-Leitner",
                "Johanna Mikl-Leitner",
            ),
            (
                "Es gehe um „die Zukunft unserer Gemeinden“.",
                "Landeshauptfrau Johanna Mikl-Leitner",
                "Johanna Mikl-Leitner",
            ),
            (
                "„die Zukunft unserer Gemeinden“",
                "Landeshauptfrau Johanna Mikl-Leitner",
                "Johanna Mikl-Leitner",
            ),
        ],
    ),
    (
        (
            "Der Zürcher Stadtrat Raphael Golta erklärte, die Mieten seien zu hoch. Nötig sei "
            "„ein klares Signal an die Investoren“."
        ),
        [
            ("die Mieten seien zu hoch", "Der Zürcher Stadtrat Raphael Golta", "Raphael Golta"),
            (
                "Nötig sei „ein klares Signal an die Investoren“.",
                "Der Zürcher Stadtrat Raphael Golta",
                "Raphael Golta",
            ),
            (
                "„ein klares Signal an die Investoren“",
                "Der Zürcher Stadtrat Raphael Golta",
                "Raphael Golta",
            ),
        ],
    ),
    # no one speaks before, or the sentence is indicative: no speaker
    (
        "Die Studie zeigt, dass die Mieten steigen. Nötig sei „ein klares Signal an die Investoren“.",
        [("„ein klares Signal an die Investoren“", None, None)],
    ),
    (
        (
            "Bürgermeister Michael Ludwig sagte am Montag: „Wir bauen weiter.“ Der Verkehr ist "
            "„eine Katastrophe“."
        ),
        [
            ("„Wir bauen weiter.“", "Bürgermeister Michael Ludwig", "Michael Ludwig"),
            ("„eine Katastrophe“", None, None),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_quoted_words_go_on_with_the_speaker(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
