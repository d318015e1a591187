"""Who a citing verb quotes and whose spokesperson speaks.

- "zitieren": the subject of the passive ("Nehammer wird von der APA zitiert") and the object
  of the active ("zitiert die Tageszeitung den Gesundheitsminister") speak, not the medium;
- a name after "von" and a person noun ("Der Pressesprecher von Bürgermeister Michael
  Ludwig") is not the speaker: the name stays empty rather than wrong; a statement noun
  ("Das Fazit von Sandra Boser") is the named person's.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        (
            "Bundeskanzler Karl Nehammer wird von der Austria Presse Agentur mit den Worten "
            "zitiert, die Lage sei ernst."
        ),
        [("die Lage sei ernst", "Bundeskanzler Karl Nehammer", "Karl Nehammer")],
    ),
    (
        "„Wir sparen nicht bei den Spitälern“, zitiert die Tageszeitung den Gesundheitsminister.",
        [
            ("„Wir sparen nicht bei den Spitälern“", "den Gesundheitsminister", None),
            ("Wir sparen nicht bei den Spitälern", "die Tageszeitung", None),
        ],
    ),
    (
        (
            "Landeshauptfrau Johanna Mikl-Leitner wird auf der Webseite der Landesregierung wie "
            "folgt zitiert: „Wir stehen zu unserem Wort.“"
        ),
        [
            (
                "„Wir stehen zu unserem Wort.“",
                "Landeshauptfrau Johanna Mikl-Leitner",
                "Johanna Mikl-Leitner",
            )
        ],
    ),
    (
        (
            "Der Pressesprecher von Bürgermeister Michael Ludwig sagte, die Stadt werde die "
            "Gebühren nicht erhöhen."
        ),
        [
            (
                "die Stadt werde die Gebühren nicht erhöhen",
                "Der Pressesprecher von Bürgermeister Michael Ludwig",
                None,
            )
        ],
    ),
    (
        "Ein Sprecher von Innenministerin Karin Keller-Sutter erklärte, die Grenze bleibe offen.",
        [
            (
                "die Grenze bleibe offen",
                "Ein Sprecher von Innenministerin Karin Keller-Sutter",
                None,
            )
        ],
    ),
    (
        "Das Fazit von Sandra Boser lautete: „Die Reform ist gescheitert.“",
        [("„Die Reform ist gescheitert.“", "Sandra Boser", "Sandra Boser")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_cited_and_spokesperson(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
