"""Model resolution order: --model > NEWSX_MODEL > de_core_news_* > models/de_newsx > blank."""

from __future__ import annotations

import pytest
import spacy

from pipeline import model as model_mod
from pipeline.model import BlankModelWarning, load_pipeline, resolve_model


@pytest.fixture
def installed(monkeypatch):
    """Pretend exactly the given spaCy packages are installed."""
    names: set[str] = set()
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name in names)
    return names


def test_cli_option_wins(installed):
    installed.add("de_core_news_lg")
    choice = resolve_model("my/model", env={"NEWSX_MODEL": "other"})
    assert (choice.name, choice.reason) == ("my/model", "given with --model")


def test_env_var_beats_installed(installed):
    installed.add("de_core_news_lg")
    choice = resolve_model(None, env={"NEWSX_MODEL": "de_core_news_sm"})
    assert choice.name == "de_core_news_sm" and "NEWSX_MODEL" in choice.reason


@pytest.mark.parametrize(
    "present, expected",
    [
        ({"de_core_news_sm", "de_core_news_md"}, "de_core_news_md"),
        ({"de_core_news_sm", "de_core_news_lg"}, "de_core_news_lg"),
        ({"de_core_news_sm"}, "de_core_news_sm"),
    ],
)
def test_installed_models_in_size_order(installed, present, expected):
    installed.update(present)
    assert resolve_model(None, env={}).name == expected


def test_shipped_then_blank(installed, monkeypatch, tmp_path):
    shipped = tmp_path / "de_newsx"
    shipped.mkdir()
    monkeypatch.setattr(model_mod, "SHIPPED_MODEL", shipped)
    assert resolve_model(None, env={}).name == "blank:de"  # no config.cfg yet
    (shipped / "config.cfg").write_text("")
    (shipped / "meta.json").write_text("{}")
    choice = resolve_model(None, env={})
    assert choice.name == str(shipped) and choice.skipped[:3] == [
        "de_core_news_lg: not installed",
        "de_core_news_md: not installed",
        "de_core_news_sm: not installed",
    ]


def test_blank_fallback_warns_loudly():
    with pytest.warns(BlankModelWarning, match="BLANK German tokenizer"):
        nlp, choice = load_pipeline("blank:de")
    assert choice.is_blank and nlp.lang == "de"
