"""Speakers of round 20c (issue 10, "Speakers"): a subject the parse finds past the end of
the cue verb's sentence.

- "…, schildert PwC. In Summe erlitten … Verluste …": the tokenizer kept the full stop on a
  name with a capital inside ("PwC.") and the parse hung the next sentence's subject on the
  cue verb; the name that ends the sentence right after the verb is the speaker, and a
  subject past a colon or past a full stop before a capitalised word is none of the verb's
  (:func:`pipeline.quotes.mentions._before_clause_end`, checked on the tokens);
- speakers right after the verb of a trailing frame stay ("…, berichtet eBay. Im …",
  "…, sagte der Sprecher. Im …").

News-style texts written for these tests; both label schemes for the pipeline texts.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.quotes.mentions import _before_clause_end
from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "Die Zahl der Kunden sei deutlich gestiegen, berichtet eBay. Im vergangenen Jahr "
            "verzeichneten die Händler Umsätze in Milliardenhöhe."
        ),
        [("eBay", "eBay")],
    ),
    (
        (
            "Die Preise würden im Herbst steigen, sagte der Sprecher. Im vergangenen Jahr hatten "
            "die Kunden Nachzahlungen geleistet."
        ),
        [("der Sprecher", None)],
    ),
]

# words, index of the cue verb, the subject span the parse gave, the span expected
TOKEN_CASES = [
    # "PwC." closes the sentence: the name is the speaker, not "Verluste" of the next one
    (
        "sind , schildert PwC. In Summe erlitten viele Firmen Verluste .",
        2,
        (9, 10),
        (3, 4),
    ),
    # two capitalised words before the full stop
    (
        "sei , berichtet Ernst YoungX. Im Jahr erlitten Firmen Verluste .",
        2,
        (9, 10),
        (3, 5),
    ),
    # a colon between the verb and the subject: no subject of the verb
    ("sei , schildert die Studie : Viele Firmen erlitten Verluste .", 2, (7, 8), None),
    # a lower-case word with a full stop (an abbreviation inside the clause) is no name
    ("seien , schildert bzw. Firmen Verluste .", 2, (4, 5), (4, 5)),
    # the subject right after the verb stays
    ("sei , sagte der Sprecher am Montag .", 2, (3, 5), (3, 5)),
]


@pytest.mark.parametrize(("text", "rows"), DOCUMENTS)
def test_speakers(nlp, text, rows):
    assert speaker_rows(nlp(text)) == rows


@pytest.mark.parametrize(("words", "verb", "subject", "expected"), TOKEN_CASES)
def test_subject_past_clause_end(words, verb, subject, expected):
    doc = Doc(spacy.blank("de").vocab, words=words.split())
    assert _before_clause_end(SimpleNamespace(doc=doc), verb, subject) == expected
