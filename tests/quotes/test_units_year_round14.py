"""Sentence units, fourteenth round: a year with the sentence's full stop glued to it ("seit
2011. Er …", which the tokenizer keeps as one token, like an ordinal) ends the sentence
before a capital, so a quote never runs on over it; before a lower-case word it does not.
A capital "Es"/"Er"/"Ich"/"Wir" after a word without punctuation starts a sentence (a
subheading joined to its paragraph: "… weist Vorwürfe zurück Es sei …"). When the parse
makes the dateline ("Wien – ") the subject, the noun phrase between the dateline and the cue
is the speaker.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    (
        "Der Vertrag läuft seit 2011. Er sei gut, sagte Müller.",
        [("indirect", "Er sei gut", "sagte", "Müller", "Müller")],
    ),
    (
        "Die jüngsten Zahlen stammen von 2011. Die Schulen seien schlechter, sagte der Forscher.",
        [("indirect", "Die Schulen seien schlechter", "sagte", "der Forscher", None)],
    ),
    # a subheading joined to the paragraph: the quote starts at "Es"
    (
        "Wałęsa weist Vorwürfe zurück Es sei eine Fälschung, sagte sein Anwalt am Montag.",
        [("indirect", "Es sei eine Fälschung", "sagte", "sein Anwalt", None)],
    ),
    # the parse takes the dateline as the subject: the phrase before the verb speaks
    (
        (
            "Der Forscher wurde 91 Jahre alt. Wien – Sein französischer Landsmann Michel Serres "
            "nannte ihn den neuen Darwin der Humanwissenschaften."
        ),
        [
            (
                "reported",
                (
                    "Sein französischer Landsmann Michel Serres nannte ihn den neuen Darwin der "
                    "Humanwissenschaften."
                ),
                "nannte",
                "Sein französischer Landsmann Michel Serres",
                "Michel Serres",
            )
        ],
    ),
    # a lower-case word after it: the same sentence
    (
        "Die Zahlen stammen aus dem Jahr 2011. und sind veraltet, sagte der Forscher.",
        [
            (
                "indirect",
                "Die Zahlen stammen aus dem Jahr 2011. und sind veraltet",
                "sagte",
                "der Forscher",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_year_ends_sentence_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected
