"""Component lifecycle, the spaCy ``span_ruler`` way: a new component is empty and reads
nothing; ``initialize()`` fills it from the shipped rules; ``to_disk``/``from_disk`` and
``to_bytes``/``from_bytes`` carry the rules, so a saved pipeline needs no rule files."""

from __future__ import annotations

import warnings

import pytest
import spacy

from pipeline import resources
from pipeline.model import NEWSX_COMPONENTS, add_newsx_components

FACTORIES = [factory for factory, _module, _after in NEWSX_COMPONENTS]
TEXT = "„Wir bleiben“, sagte Kremlchef Wladimir Putin am Montag in Moskau vor mehr als 160 Gästen."


@pytest.fixture
def no_shipped_rules(monkeypatch, tmp_path):
    """Make the shipped rule folder unreachable: any read of it fails loudly."""
    missing = tmp_path / "no-rules-here"
    monkeypatch.setattr(resources, "rules_dir", lambda lang="de": missing)
    return missing


@pytest.mark.parametrize("factory", FACTORIES)
def test_a_new_component_reads_nothing_until_initialize(factory, no_shipped_rules):
    nlp = spacy.blank("de")
    pipe = nlp.add_pipe(factory)  # the shipped rules are unreachable: still fine
    assert not any(attr in pipe.__dict__ for attr in type(pipe).lazy_attributes)
    with pytest.raises(Exception, match="no-rules-here"):
        pipe.initialize(nlp=nlp)


@pytest.mark.parametrize("factory", FACTORIES)
def test_bytes_round_trip_keeps_the_rules(factory):
    nlp = spacy.blank("de")
    pipe = nlp.add_pipe(factory)
    pipe.initialize(nlp=nlp)
    data = pipe.to_bytes()
    other = spacy.blank("de").add_pipe(factory)
    other.from_bytes(data)
    assert other.to_bytes() == data


def test_saved_pipeline_loads_and_runs_without_the_shipped_rules(tmp_path, monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.blank("de")
        add_newsx_components(nlp)
    expected = nlp(TEXT)
    nlp.to_disk(tmp_path / "saved")
    monkeypatch.setattr(resources, "rules_dir", lambda lang="de": tmp_path / "missing")
    loaded = spacy.load(tmp_path / "saved")
    doc = loaded(TEXT)
    assert loaded.pipe_names == nlp.pipe_names
    assert [(q.text, q._.speaker_name, q._.rule) for q in doc.spans["quotes"]] == [
        (q.text, q._.speaker_name, q._.rule) for q in expected.spans["quotes"]
    ]
    assert [(e.text, e.label_, e._.canonical_id) for e in doc.ents] == [
        (e.text, e.label_, e._.canonical_id) for e in expected.ents
    ]
    assert [n.text for n in doc.spans["numbers"]] == ["mehr als 160 Gästen"]
    assert doc.spans["quotes"][0]._.speaker_name == "Wladimir Putin"


def test_initialize_with_a_user_folder_changes_one_component_only(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "speech_verbs.jsonl").write_text('{"id": "sagen", "remove": true}\n')
    nlp = spacy.blank("de")
    add_newsx_components(nlp, rules=[folder])
    verbs = [v["id"] for v in nlp.get_pipe("newsx_quotes").rules.verbs]
    assert "sagen" not in verbs and "erklaeren" in verbs


def test_initialize_settings_in_the_config_take_user_folders(tmp_path):
    """``[initialize.components.newsx_quotes] rules = ["my_rules"]`` validates and applies."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "speech_verbs.jsonl").write_text('{"id": "sagen", "remove": true}\n')
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes")
    nlp.config["initialize"]["components"]["newsx_quotes"] = {"rules": [str(folder)]}
    nlp.initialize()
    assert "sagen" not in [v["id"] for v in nlp.get_pipe("newsx_quotes").rules.verbs]
