"""Training recipe: corpus conversion, deterministic splits, and a SMOKE training of the real
configs (CI never retrains the full model; this keeps the recipe from breaking silently)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

from pipeline.training import convert as cv

from .conftest import shared_path


@pytest.mark.parametrize(
    "tag, expected",
    [
        ("O", "O"),
        ("B-PER", "B-PER"),
        ("I-ORG", "I-ORG"),
        ("B-OTH", "B-MISC"),
        ("B-LOCderiv", "O"),
        ("I-ORGpart", "O"),
        ("B-OTHderiv", "O"),
    ],
)
def test_germeval_labels(tag, expected):
    assert cv.germeval_label(tag) == expected


def test_split_is_deterministic_and_disjoint():
    keys = [f"NER-de-test.tsv:{i}" for i in range(2000)]
    parts = [cv.part_of(k, cv.NER_HELDOUT_PERCENT) for k in keys]
    assert parts == [cv.part_of(k, cv.NER_HELDOUT_PERCENT) for k in keys]
    share = parts.count("heldout") / len(parts)
    assert 0.17 < share < 0.23
    assert {"train", "dev", "heldout"} == set(parts)


def test_pud_features_are_mapped_to_gsd():
    assert cv.harmonise_pud("VERB", "VBC", {"Mood": "Ind", "Tense": "Pres"})["VerbForm"] == "Fin"
    assert cv.harmonise_pud("VERB", "VBN", {"Tense": "Past"}) == {"VerbForm": "Part"}
    assert cv.harmonise_pud("VERB", "VB", {}) == {"VerbForm": "Inf"}


def test_conllu_multiword_tokens_are_merged(tmp_path):
    f = tmp_path / "x.conllu"
    f.write_text(
        "# sent_id = s1\n# text = Er geht zum Markt.\n"
        "1\tEr\ter\tPRON\tPPER\tCase=Nom\t2\tnsubj\t_\t_\n"
        "2\tgeht\tgehen\tVERB\tVVFIN\tMood=Ind|VerbForm=Fin\t0\troot\t_\t_\n"
        "3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_\n"
        "4\tdem\tder\tDET\tART\tCase=Dat|Gender=Masc|Number=Sing\t5\tdet\t_\t_\n"
        "5\tMarkt\tMarkt\tNOUN\tNN\tCase=Dat\t2\tobl\t_\tSpaceAfter=No\n"
        "6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_\n\n",
        encoding="utf-8",
    )
    (s,) = cv.read_conllu(f)
    assert s.words == ["Er", "geht", "zum", "Markt", "."]
    assert s.tags[2] == "APPRART" and s.pos[2] == "ADP" and s.deps[2] == "case"
    assert s.heads == [1, 1, 3, 1, 1] and s.deps[1] == "ROOT"
    doc = cv.sentences_to_doc(spacy.blank("de").vocab, [s])
    assert doc.text == "Er geht zum Markt. "


def test_converted_corpora_sizes():
    shared_path("corpora", "ud-german")
    ge = cv.germeval_docs()
    assert len(ge["heldout"]) >= 1000  # a 440-sentence set has a +-5 point interval
    assert {e.label_ for d in ge["train"] for e in d.ents} == {"PER", "LOC", "ORG", "MISC"}
    ud = cv.ud_docs()
    held = sum(len(list(d.sents)) for d in ud["heldout"])
    assert held >= 400
    # PUD (train only) has no STTS tags; GSD held-out docs all have tags
    assert all(d.has_annotation("TAG") for d in ud["heldout"])


def test_smoke_training_builds_a_loadable_pipeline(tmp_path):
    """The real configs, 4 steps on a few sentences: runs in well under a minute."""
    shared_path("corpora", "germeval2014")
    from pipeline.training.train import train

    out = tmp_path / "de_newsx"
    nlp = train(out, smoke=True, work_dir=tmp_path / "work")
    assert {"tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner"} <= set(
        nlp.pipe_names
    )
    names = nlp.pipe_names
    assert names.index("parser") < names.index("morphologizer")
    assert "newsx_mood" not in names  # added by newsx at load time; plain spacy.load works
    # the NER's word-feature vectors travel with the assembled pipeline
    from pipeline.training.features import FEATURES, VECTORS_NAME

    assert nlp.vocab.vectors.name == VECTORS_NAME
    assert nlp.vocab.vectors.shape[1] == len(FEATURES)
    assert nlp.config["components"]["ner"]["model"]["tok2vec"]["embed"]["include_static_vectors"]
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert (meta["lang"], meta["name"], meta["version"]) == ("de", "newsx", "0.2.0")
    assert meta["license"] == "CC BY-SA 4.0" and len(meta["sources"]) >= 3
    # a fresh interpreter that never imports newsx code can load it
    code = f"import spacy; nlp = spacy.load({str(out)!r}); print(len(nlp('Angela Merkel sagte in Berlin, sie sei zufrieden.')))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "10"


def test_smoke_build_never_overwrites_the_shipped_model():
    from pipeline import MODELS_DIR
    from pipeline.training.train import train

    with pytest.raises(ValueError, match="overwrite"):
        train(MODELS_DIR / "de_newsx", smoke=True)
