"""Word-knowledge feature vectors of the NER (pipeline/training/features.py)."""

from __future__ import annotations

import numpy
import pytest
from spacy.strings import hash_string

from pipeline.training.features import FEATURES, VECTORS_NAME, feature_vectors


@pytest.fixture(scope="module")
def vectors():
    return feature_vectors("de")


def features_of(vectors, word: str) -> list[str] | None:
    row = vectors.find(key=hash_string(word))
    if row < 0:
        return None
    return [f for f, x in zip(FEATURES, vectors.data[row]) if x]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Angela", ["first_name", "place_part", "person"]),
        ("Merkel", ["person"]),
        ("Merkels", ["person"]),  # genitive of a name
        ("Almaty", ["place"]),
        ("Kasachstans", ["place", "demonym"]),
        ("OVKS", ["org"]),
        ("Bundeskanzlerin", ["title"]),
        ("russische", ["demonym"]),
        ("Partei", ["org_part", "common_noun", "class_word"]),
        ("Tische", ["common_noun"]),
        ("Euro", ["misc", "common_noun"]),
        ("tische", None),  # case-sensitive: the lowercase form is no noun
        ("Xyzzyqu", None),  # in no list: no vector (zeros in the model)
    ],
)
def test_word_features(vectors, word, expected):
    assert features_of(vectors, word) == expected


def test_rows_are_shared_binary_patterns(vectors):
    assert vectors.name == VECTORS_NAME
    assert vectors.shape[1] == len(FEATURES)
    assert vectors.shape[0] < 500 < len(vectors.key2row)  # one row per distinct pattern
    assert set(numpy.unique(vectors.data)) <= {0.0, 1.0}
    # every pattern is distinct
    assert len({tuple(r) for r in vectors.data}) == vectors.shape[0]


def test_build_is_deterministic(vectors):
    again = feature_vectors("de")
    assert numpy.array_equal(again.data, vectors.data)
    assert dict(again.key2row) == dict(vectors.key2row)


def test_shipped_model_reads_the_word_features():
    """models/de_newsx carries the table its NER was trained with."""
    import spacy

    from pipeline import MODELS_DIR

    nlp = spacy.load(MODELS_DIR / "de_newsx")
    table = nlp.vocab.vectors
    assert table.name == VECTORS_NAME
    assert table.shape[1] == len(FEATURES)
    embed = nlp.config["components"]["ner"]["model"]["tok2vec"]["embed"]
    assert embed["include_static_vectors"] is True
    assert features_of(table, "Almaty") == ["place"]
    assert features_of(table, "Bundeskanzlerin") == ["title"]


def test_shipped_model_stays_within_25_mb():
    """Issue floor: the shipped pipeline is at most 25 MB on disk (word features included)."""
    from pipeline import MODELS_DIR

    size = sum(p.stat().st_size for p in (MODELS_DIR / "de_newsx").rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024, f"{size / 1e6:.1f} MB"
