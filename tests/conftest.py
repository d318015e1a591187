"""Shared fixtures: the newsx pipeline in both label schemes (loaded once) and ../shared paths.

**Two label schemes.** newsx runs on the shipped ``models/de_newsx`` (UD labels) and on an
installed ``de_core_news_*`` (TIGER labels), which our machines cannot install. The ``nlp``
fixture is therefore parametrised: ``ud`` is the default pipeline, ``tiger`` a pipeline shaped
like ``de_core_news_sm`` (its component names and order, ``senter`` disabled, TIGER labels and
tree shapes: the finite auxiliary heads the clause, the preposition heads its phrase, …).

The ``tiger`` pipeline is :func:`pipeline.training.tiger.ud2tiger_pipeline`: the shipped
model's components plus ``newsx_ud2tiger`` right after its parser, which rewrites every parse
into a TIGER tree with the same conversion that makes the training data of
``newsx train --tiger``. Why not a parser trained in the test session? A parser trained in
seconds parses badly, so its rows would differ from the UD rows for reasons that have nothing
to do with labels. With the conversion, both schemes see the *same analyses*: a row that
differs between ``ud`` and ``tiger`` is a rule that reads labels or tree shapes the UD way.
Such rows are listed in :data:`TIGER_XFAIL` (strict: the list must shrink when a rule is
fixed). A parser that is really *trained* on TIGER trees is built and run in
``tests/test_tiger.py`` (small, in seconds) and evaluated in the README (full build).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from pipeline import ROOT

#: ../shared next to the repository; ``NEWSX_SHARED`` points elsewhere (e.g. from a worktree)
SHARED = Path(os.environ.get("NEWSX_SHARED", ROOT.parent / "shared"))
SAMPLE_ARTICLE = SHARED / "samples" / "dw-2022-01-kasachstan-ovks.txt"
LABEL_SCHEMES = ("ud", "tiger")

#: ``tiger`` parametrisations that fail because a rule reads the parse the UD way:
#: test name (``item.originalname`` + parameter id substring) -> reason. Marked
#: ``xfail(strict=True)`` by :func:`pytest_collection_modifyitems`.
TIGER_XFAIL: dict[str, str] = {}


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is not checked out next to the repo)")
    return path


def entity_rule_rows(doc) -> list[tuple]:
    """(text, label, canonical_id, canonical_name, entity_rule) of every entity of ``doc``."""
    return [
        (e.text, e.label_, e._.canonical_id, e._.canonical_name, e._.entity_rule) for e in doc.ents
    ]


#: the number columns the hand-check tests compare
NUMBER_KEYS = ("text", "value", "value_min", "value_max", "qualifier", "noun", "kind", "unit")


def number_key_rows(doc) -> list[tuple]:
    """(text, value, value_min, value_max, qualifier, noun, kind, unit) of every number row."""
    from pipeline.tables import number_rows

    return [tuple(r[k] for k in NUMBER_KEYS) for r in number_rows(doc, "d")]


_PIPELINES: dict[str, object] = {}


def scheme_pipeline(scheme: str):
    """The newsx pipeline (all newsx components) for label scheme ``ud`` or ``tiger``, cached."""
    if scheme not in _PIPELINES:
        from pipeline.model import SHIPPED_MODEL, add_newsx_components, load_pipeline

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if scheme == "ud":
                nlp, _ = load_pipeline()
            else:
                import spacy

                from pipeline.training.tiger import ud2tiger_pipeline

                if not (SHIPPED_MODEL / "config.cfg").exists():
                    pytest.skip("models/de_newsx not built")
                nlp = add_newsx_components(ud2tiger_pipeline(spacy.load(SHIPPED_MODEL)))
        _PIPELINES[scheme] = nlp
    return _PIPELINES[scheme]


@pytest.fixture(scope="session")
def entities_blank():
    """A blank German pipeline with only ``newsx_entities`` (the rules, no model)."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_entities")
    return nlp


def quote_rows(doc) -> list[tuple]:
    """``(kind, text, cue, speaker mention, speaker_name)`` of every quote of ``doc`` in text
    order: what the quote tests of rounds 13 and 14 assert."""
    return [(q._.kind, q.text, q._.cue, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


def quote_part_rows(doc) -> list[tuple]:
    """``(parts joined by " || ", speaker mention)`` of every quote of ``doc`` in text order:
    what the round-16 span tests assert (an interrupted quote shows each of its parts)."""
    return [
        (" || ".join(doc.text[a:b] for a, b in q._.parts), q._.speaker) for q in doc.spans["quotes"]
    ]


def quote_detail_rows(doc) -> list[tuple]:
    """``(kind, parts joined by " || ", cue, speaker mention, speaker_name)`` of every quote
    of ``doc`` in text order: the quote rows with each part of an interrupted quote."""
    return [
        (
            q._.kind,
            " || ".join(doc.text[a:b] for a, b in q._.parts),
            q._.cue,
            q._.speaker,
            q._.speaker_name,
        )
        for q in doc.spans["quotes"]
    ]


def fit_script():
    """``data/scripts/fit_quote_confidence.py`` loaded as a module (a script, not in the
    package), for the tests of the confidence fit."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[1] / "data" / "scripts" / "fit_quote_confidence.py"
    spec = importlib.util.spec_from_file_location("fit_quote_confidence", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def speaker_rows(doc) -> list[tuple]:
    """``(speaker mention, speaker_name)`` of every quote of ``doc`` in text order."""
    return [(q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


@pytest.fixture(scope="session")
def ud_nlp():
    """The default newsx pipeline (shipped model, UD labels)."""
    return scheme_pipeline("ud")


@pytest.fixture(scope="session", params=LABEL_SCHEMES)
def label_scheme(request) -> str:
    """``ud`` or ``tiger``: tests taking this (or ``nlp``) run once per label scheme."""
    return request.param


@pytest.fixture(scope="session")
def nlp(label_scheme):
    """The newsx pipeline: resolved default model (``ud``) or de_core_news-shaped (``tiger``)."""
    return scheme_pipeline(label_scheme)


def pytest_collection_modifyitems(config, items):
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is None or callspec.params.get("label_scheme") != "tiger":
            continue
        for key, reason in TIGER_XFAIL.items():
            name, _, param = key.partition("[")
            if item.originalname == name and param.rstrip("]") in callspec.id:
                item.add_marker(pytest.mark.xfail(strict=True, reason=reason))
