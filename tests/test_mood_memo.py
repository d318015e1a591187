"""newsx_mood's fast paths (sorted-id candidates, memos per tag/morphology and per form)
give the rules' answers, and the same answers again on the next Doc."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import LOWER, POS, TAG

import pipeline.components.mood  # noqa: F401  registers the factory
from tests.test_mood import parsed

# word/POS/TAG/head/dep[/morph]; (word, Mood after newsx_mood)
CASES = [
    # Austrian: "sei" is always Konjunktiv I
    (
        (
            "Der/DET/ART/1/det Landeshauptmann/NOUN/NN/2/nsubj sei/AUX/VAFIN/2/ROOT "
            "zufrieden/ADJ/ADJD/2/advmod"
        ),
        ("sei", ["Sub"]),
    ),
    # Swiss: "komme" with a third person singular subject
    (
        (
            "Der/DET/ART/1/det Bundesrat/NOUN/NN/2/nsubj komme/VERB/VVFIN/2/ROOT "
            "morgen/ADV/ADV/2/advmod"
        ),
        ("komme", ["Sub"]),
    ),
    # German: "komme" with a first person subject is indicative
    ("Ich/PRON/PPER/1/nsubj komme/VERB/VVFIN/1/ROOT morgen/ADV/ADV/1/advmod", ("komme", ["Ind"])),
    # a participle: no rule applies
    (
        (
            "Das/DET/ART/1/det Gesetz/NOUN/NN/3/nsubj wurde/AUX/VAFIN/3/aux "
            "beschlossen/VERB/VVPP/3/ROOT"
        ),
        ("beschlossen", []),
    ),
]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_mood")
    return nlp


@pytest.mark.parametrize("spec,expected", CASES)
def test_mood_twice(nlp, spec, expected):
    word, mood = expected
    for _ in range(2):  # the second Doc meets the memos the first one filled
        doc = nlp(parsed(nlp, spec))
        assert next(t for t in doc if t.text == word).morph.get("Mood") == mood


@pytest.mark.parametrize("spec,expected", CASES)
def test_candidates_from_the_callers_array(nlp, spec, expected):
    corrector = nlp.get_pipe("newsx_mood")
    doc = parsed(nlp, spec)
    arr = doc.to_array([LOWER, TAG, POS])
    assert corrector.candidates(doc, arr) == corrector.candidates(doc)
    assert corrector.candidates(parsed(nlp, "")) == []
