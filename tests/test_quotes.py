"""newsx_quotes: direct, indirect, mixed, continuation and reported quotes."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components.quotes  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes")
    return nlp


def quotes(nlp, text):
    doc = nlp(text)  # keep the Doc alive while its SpanGroup is read
    return list(doc.spans["quotes"])


def test_smoke_blank(blank):
    (q,) = quotes(blank, "Die Lage sei ernst, sagte Putin.")
    assert (q._.kind, q._.speaker, q._.cue, q._.cue_lemma) == ("indirect", "Putin", "sagte", "sagen")
    assert quotes(blank, "Die Sonne scheint.") == []
