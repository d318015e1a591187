"""Emptying the tokenizer cache after our components initialised keeps every token."""

import pytest
import spacy

from pipeline.model import _empty_tokenizer_cache

TEXTS = [
    "Der Bundeskanzler sagte z.B. am Montag in Berlin, man werde 3,5 Mio. Euro geben.",
    "„Wir sind bereit“, erklärte die Wiener Bürgermeisterin am 12. März 2024.",
    "Der Zürcher Regierungsrat hat u.a. 120 Franken pro Kopf bewilligt.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_unchanged(text):
    nlp = spacy.blank("de")
    before = [t.text for t in nlp.make_doc(text)]
    for alias in ("Europäische Union", "z.B.", "Österreichische Volkspartei"):
        nlp.make_doc(alias)  # fills the cache as the entity aliases do
    rules = dict(nlp.tokenizer.rules)
    _empty_tokenizer_cache(nlp)
    assert nlp.tokenizer.rules == rules
    assert [t.text for t in nlp.make_doc(text)] == before
