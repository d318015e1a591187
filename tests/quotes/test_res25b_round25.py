"""Speaker names of round 25, wave 2 (issue 10, "Speakers"): general classes of German news
language.

- a person's name inside a thing's name ("heißt es vom John W. Kluge Preis", "die Bill Gates
  Stiftung"): a noun of a thing named after a person right after the name closes the mention,
  so no person speaks -- no name rather than the person's; not a noun a mention merely runs
  into ("sagte Peter Huber Montag", "rät Jungwirth Betroffenen"), which keeps the person;
- a description as former ("der frühere Höchstrichter", "der Ex-Kicker", also through "er"
  after it) names the one person the text introduced as former ("den ehemaligen
  Verfassungsgerichtspräsidenten Ludwig Adamovich"); no name when it introduced several as
  former, when the gender differs, or when it introduced no one as former;
- a court's ruling as a source ("Laut Urteil", "Dem Urteil zufolge") points back to the court
  the sentence before names, also bare ("Laut Urteil"); no name when no one is named before,
  and a bare report noun ("Laut Studie") still names no one.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    # a thing named after a person speaks: no person's name
    (
        "Die Auszeichnung sei überfällig gewesen, heißt es vom John W. Kluge Preis.",
        [("John W. Kluge Preis", None)],
    ),
    # a day the mention runs into keeps the person
    (
        "Das Programm sei erfolgreich, sagte Peter Huber Montag in Wien.",
        [("Peter Huber Montag", "Peter Huber")],
    ),
    # the one person introduced as former
    (
        (
            "Die Partei favorisiert den ehemaligen Verfassungsgerichtspräsidenten Ludwig "
            "Adamovich. Das Amt reize ihn nicht, sagte der frühere Höchstrichter."
        ),
        [("der frühere Höchstrichter", "Ludwig Adamovich")],
    ),
    (
        (
            "Die Partei favorisiert den ehemaligen Verfassungsgerichtspräsidenten Ludwig "
            "Adamovich. Der frühere Höchstrichter wurde noch nicht gefragt. Darüber will ich "
            "mir nicht den Kopf zerbrechen, sagt er."
        ),
        [("er", "Ludwig Adamovich")],
    ),
    (
        (
            "Der Verein holte den früheren Nationalspieler Peter Hauser als Trainer. Die "
            "Mannschaft sei stark, sagte der Ex-Kicker."
        ),
        [("der Ex-Kicker", "Peter Hauser")],
    ),
    # two introduced as former: no name
    (
        (
            "Der Verein holte den früheren Nationalspieler Peter Hauser und den ehemaligen "
            "Torhüter Karl Berger. Die Mannschaft sei stark, sagte der Ex-Kicker."
        ),
        [("der Ex-Kicker", None)],
    ),
    # another gender: no name
    (
        (
            "Die Partei favorisiert den ehemaligen Verfassungsgerichtspräsidenten Ludwig "
            "Adamovich. Das Amt reize sie nicht, sagte die frühere Richterin."
        ),
        [("die frühere Richterin", None)],
    ),
    # no one introduced as former: no name
    (
        (
            "Der Verein holte Peter Hauser als Trainer. Die Mannschaft sei stark, sagte der "
            "frühere Nationalspieler."
        ),
        [("der frühere Nationalspieler", None)],
    ),
    # a ruling points back to the court
    (
        (
            "Das Handelsgericht Wien hat die Klage abgewiesen. Laut Urteil habe die Bank "
            "korrekt gehandelt."
        ),
        [("Urteil", "Handelsgericht Wien")],
    ),
    (
        (
            "Das Handelsgericht Wien hat die Klage abgewiesen. Dem Urteil zufolge habe die Bank "
            "korrekt gehandelt."
        ),
        [("Dem Urteil", "Handelsgericht Wien")],
    ),
    (
        "Es regnete am Montag. Laut Urteil habe die Bank korrekt gehandelt.",
        [("Urteil", None)],
    ),
    (
        ("Das Institut veröffentlichte am Montag Zahlen. Laut Studie sind die Fälle gestiegen."),
        [("Studie", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_res25b_speakers(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
