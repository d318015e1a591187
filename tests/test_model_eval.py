"""pipeline.evaluate.model: held-out scores of a pipeline (and of model + newsx rules)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example

from pipeline.evaluate.model import evaluate_model, mood_sub_scores, render_markdown, score_ner
from pipeline.model import SHIPPED_MODEL

from .conftest import shared_path


def _doc(vocab, words, morphs, spaces=None):
    return Doc(vocab, words=words, morphs=morphs, spaces=spaces)


def test_mood_sub_scores_counts_hits_false_alarms_and_misses():
    vocab = spacy.blank("de").vocab
    words = ["er", "sei", "und", "habe", "gesagt"]
    gold = _doc(
        vocab, words, ["", "Mood=Sub|VerbForm=Fin", "", "Mood=Sub|VerbForm=Fin", "VerbForm=Part"]
    )
    pred = _doc(
        vocab, words, ["", "Mood=Sub|VerbForm=Fin", "Mood=Sub", "Mood=Ind|VerbForm=Fin", ""]
    )
    s = mood_sub_scores([Example(pred, gold)])
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 1)
    assert s["p"] == 0.5 and s["r"] == 0.5


def test_mood_sub_scores_survive_different_tokenisation():
    vocab = spacy.blank("de").vocab
    pred = _doc(
        vocab,
        ["Er", "sei", "z.B.", "da"],
        ["", "Mood=Sub", "", ""],
        spaces=[True, True, True, False],
    )
    gold = _doc(
        vocab,
        ["Er", "sei", "z.", "B.", "da"],
        ["", "Mood=Sub|VerbForm=Fin", "", "", ""],
        spaces=[True, True, False, True, False],
    )
    assert mood_sub_scores([Example(pred, gold)])["tp"] == 1


def test_score_ner_maps_labels_and_ignores_others():
    nlp = spacy.blank("de")
    gold = nlp.make_doc("Putin traf Tokajew in Moskau .")
    gold.ents = [
        gold.char_span(0, 5, "PER"),
        gold.char_span(11, 18, "PER"),
        gold.char_span(22, 28, "LOC"),
    ]
    pred = nlp.make_doc(gold.text)
    pred.ents = [
        pred.char_span(0, 5, "PERSON"),
        pred.char_span(22, 28, "GPE"),
        pred.char_span(29, 30, "CARDINAL"),
    ]
    s = score_ner([pred], [gold], label_map={"PERSON": "PER", "GPE": "LOC"})
    assert s["p"] == 1.0 and round(s["r"], 3) == 0.667
    assert s["per_label"]["PER"]["r"] == 0.5


def test_an_nlp_with_extra_components_is_scored():
    """The entity layer (model + rules) is scored through doc.ents: a ruler alone gets points."""
    shared_path("corpora", "germeval2014")
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": "LOC", "pattern": w} for w in ("Deutschland", "Berlin", "Europa", "USA")]
    )
    res = evaluate_model(nlp, ud=False, limit=300)
    assert res["ner"]["per_label"]["LOC"]["p"] > 0.8
    assert 0 < res["ner"]["r"] < 0.2
    assert res["speed"]["words_per_second"] > 0


@pytest.mark.skipif(not (SHIPPED_MODEL / "meta.json").exists(), reason="models/de_newsx not built")
def test_shipped_model_scores_on_a_slice_of_the_heldout_data():
    shared_path("corpora", "ud-german")
    res = evaluate_model(SHIPPED_MODEL, limit=60)
    ud, ner = res["ud"], res["ner"]
    for key in ("token_f", "sent_f", "upos", "stts", "morph", "lemma", "uas", "las"):
        assert 0.0 <= ud[key] <= 1.0, key
    assert ud["upos"] > 0.8 and ud["las"] > 0.5
    assert set(ner["per_label"]) == {"PER", "LOC", "ORG", "MISC"}
    assert ner["f"] > 0.3
    assert res["speed"]["blank_words_per_second"] > res["speed"]["words_per_second"]
    table = render_markdown({"model": res})
    assert "| LAS |" in table and "| NER PER P/R/F |" in table
