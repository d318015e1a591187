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


def test_context_rules_after_the_idle_memo(nlp):
    """A form left as it is in one clause ("Ich komme") still gets its rule in the next
    ("Der Bundesrat komme"), and back: the idle memo holds only context-free outcomes."""
    order = [CASES[2], CASES[1], CASES[2], CASES[1], CASES[0], CASES[0]]
    for spec, (word, mood) in order:
        doc = nlp(parsed(nlp, spec))
        assert next(t for t in doc if t.text == word).morph.get("Mood") == mood


def test_idle_memo_holds_unconditional_forms(nlp):
    corrector = nlp.get_pipe("newsx_mood")
    # Vienna: "sei", a listed form whose rule has no condition, already Konjunktiv I
    spec = (
        "Die/DET/ART/1/det Ministerin/NOUN/NN/2/nsubj "
        "sei/AUX/VAFIN/2/ROOT/Mood=Sub|Person=3|VerbForm=Fin zuversichtlich/ADJ/ADJD/2/advmod"
    )
    for _ in range(2):
        doc = nlp(parsed(nlp, spec))
    sei = next(t for t in doc if t.text == "sei")
    assert sei.morph.get("Mood") == ["Sub"]
    assert (sei.lower, sei.tag, sei.pos, sei.morph.key) in corrector.idle
    komme = next(t for t in nlp(parsed(nlp, CASES[1][0])) if t.text == "komme")
    assert not any(key[0] == komme.lower for key in corrector.idle)  # its rule has a condition
