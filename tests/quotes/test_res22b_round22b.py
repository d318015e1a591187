"""Speaker names of round 22b (issue 10, "Speakers"): names beside a description, and
descriptions that must not take one person's name.

- a plural description counted by a number word or "beiden" ("nach Meinung der beiden
  Politiker", "die zwei Forscher") never takes one member's name;
- an indefinite person noun set off after the name that opens the sentence ("Anna Keller,
  eine Klimaexpertin vom WWF erklärte, …") names that person;
- a role whose body is a name in quotation marks, with the person's name set off after it
  ("Die Sprecherin von „Attac“, Eva Lindner, sagte"): that person;
- "er"/"sie" of a cue right after words opened by a colon after a name ("kam Ablehnung vom
  Präsidenten der Kammer, Martin Eder: Wir lehnen das ab, sagte er"): that person, not the
  subject named earlier in the same long sentence.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

COUNTED_GROUP = [
    (
        (
            "Die Politiker Peter Danckert und Max Straubinger haben geklagt. Durch das Gesetz "
            "würden sich nach Meinung der beiden Politiker weniger Selbstständige bewerben."
        ),
        [("der beiden Politiker", None)],
    ),
    (
        (
            "Die Forscher Hans Keller und Eva Maier haben die Studie vorgestellt. Die zwei "
            "Forscher sagten, das Ergebnis sei eindeutig."
        ),
        [("Die zwei Forscher", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), COUNTED_GROUP, ids=[str(i) for i in range(len(COUNTED_GROUP))]
)
def test_counted_group_takes_no_name(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


SET_OFF_NAMES = [
    (
        (
            "Umweltgruppen wie der WWF lobten den Bericht. Ein WWF-Sprecher sagte: „Das ist ein "
            "wichtiger Bericht.“ Anna Keller, eine Klimaexpertin vom WWF erklärte, der Bericht "
            "sei „ein grundlegendes Dokument“."
        ),
        [
            ("Ein WWF-Sprecher", "WWF"),
            ("eine Klimaexpertin", "Anna Keller"),
            ("eine Klimaexpertin", "Anna Keller"),
        ],
    ),
    (
        "Die Sprecherin von „Attac“, Eva Lindner, sagte, der Protest gehe weiter.",
        [("Die Sprecherin von", "Eva Lindner")],
    ),
    # no name set off after the body: none taken from elsewhere
    (
        "Die Sprecherin von „Attac“ sagte, der Protest gehe weiter.",
        [("Die Sprecherin von", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SET_OFF_NAMES, ids=[str(i) for i in range(len(SET_OFF_NAMES))]
)
def test_name_set_off_beside_description(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


COLON_NAME = [
    (
        (
            "Neben Kritik vom Generalsekretär von Amnesty International Österreich, Karl "
            "Brunner, der die Pläne als höchst fragwürdig bezeichnete und Bundespräsident Franz "
            "Lechner bat, das Gesetz nicht zu unterzeichnen, kam Ablehnung vom Präsidenten der "
            "Notariatskammer (ÖNK), Martin Eder: Wir lehnen diese Pläne entschieden ab, sagte er "
            "dazu am Freitag."
        ),
        [("er", "Martin Eder")],
    ),
    (
        (
            "Heinz Patzelt kritisierte die Pläne. Rupert Wolff: „Wir lehnen diese Pläne "
            "entschieden ab“, sagte er."
        ),
        [("er", "Rupert Wolff")],
    ),
    # no colon: the subject of the sentence before
    (
        "Karl Brunner kritisierte die Pläne. Das sei überzogen, sagte er am Freitag.",
        [("er", "Karl Brunner")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), COLON_NAME, ids=[str(i) for i in range(len(COLON_NAME))]
)
def test_pronoun_after_colon_name(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
