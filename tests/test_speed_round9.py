"""Ninth speed round: the quote spans take their character offsets from one
``Doc.to_array(IDX)`` (:class:`pipeline.components.quotes.CharOffsets`) and the quote steps
read ``doc.ents`` once per Doc (:meth:`pipeline.quotes.context.DocContext.ents`); the
output must be what a ``Token`` per look gave."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import pipeline.components.quotes  # noqa: F401  (registers newsx_quotes)
from pipeline.components.quotes import CharOffsets
from pipeline.quotes.context import DocContext, TokenTable


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes")
    nlp.initialize()
    return nlp


#: text -> (quoted parts, speaker, its start, cue, cue start, cue end); None: no quote
CASES = [
    (  # German: speaker after the quote
        "„Die Inflation bleibt hartnäckig“, sagte Bundesbankpräsident Nagel in Frankfurt.",
        (["„Die Inflation bleibt hartnäckig“"], "Bundesbankpräsident Nagel", 41, "sagte", 35, 40),
    ),
    (  # Austrian, double spaces and a blank line inside: whitespace tokens
        "Der Wiener Bürgermeister Ludwig sagte:  „Wir  bauen\n\ndie U5 weiter.“",
        # round 21: the next paragraph closes the quote, so it runs over the blank line
        (["„Wir  bauen\n\ndie U5 weiter.“"], "Der Wiener Bürgermeister Ludwig", 0, "sagte", 32, 37),
    ),
    (  # Swiss, marks only (no parse: no speaker, no cue)
        "Laut Bundesrätin Keller-Sutter „ist die Lage stabil“.",
        (["„ist die Lage stabil“"], None, None, None, None, None),
    ),
    ("Die Landesregierung in Linz hat den Voranschlag beschlossen.", None),  # nothing
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quote_offsets_exact(nlp, text, expected):
    doc = nlp(text)
    quotes = list(doc.spans["quotes"])
    if expected is None:
        assert quotes == []
        return
    (q,) = quotes
    got = (
        [text[a:b] for a, b in q._.parts],
        q._.speaker,
        q._.speaker_start,
        q._.cue,
        q._.cue_start,
        q._.cue_end,
    )
    assert got == expected
    if q._.speaker is not None:
        assert text[q._.speaker_start : q._.speaker_end] == q._.speaker


@pytest.mark.parametrize("text", [t for t, _ in CASES] + ["", "  \n Grüezi  mitenand ! "])
def test_char_offsets_are_the_tokens(nlp, text):
    doc = nlp.make_doc(text)
    chars = CharOffsets(doc, TokenTable.of(doc))
    for a in range(len(doc)):
        for b in range(a + 1, min(a + 4, len(doc)) + 1):
            span = doc[a:b]
            assert chars(a, b) == (span.start_char, span.end_char)


def test_ents_read_once_and_equal(nlp):
    doc = nlp.make_doc("Kanzler Nehammer traf in Bern Bundesrätin Keller-Sutter .")
    doc.ents = [Span(doc, 1, 2, "PER"), Span(doc, 4, 5, "LOC"), Span(doc, 6, 7, "PER")]
    ctx = DocContext(doc, None, False, False, [-1] * len(doc), [], set())
    first = ctx.ents()
    assert [(e.start, e.end, e.label_) for e in first] == [
        (1, 2, "PER"), (4, 5, "LOC"), (6, 7, "PER"),
    ]  # fmt: skip
    assert ctx.ents() is first  # not rebuilt on the second look
