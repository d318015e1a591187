"""Shared fixtures: the default newsx pipeline (loaded once) and paths to ../shared."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from pipeline import ROOT

SHARED = ROOT.parent / "shared"
SAMPLE_ARTICLE = SHARED / "samples" / "dw-2022-01-kasachstan-ovks.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is not checked out next to the repo)")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The default newsx pipeline: resolved model + all newsx components."""
    from pipeline.model import load_pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp, _ = load_pipeline()
    return nlp
