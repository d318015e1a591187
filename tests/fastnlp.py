"""A fast stand-in pipeline for CLI tests of files and folders (no model, linear time).

A blank German tokenizer plus ``test_quote_marks``, which puts every „…“ span into
``doc.spans["quotes"]`` so that runs produce quote rows whose offsets can be checked.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language

from pipeline import extensions
from pipeline.model import ModelChoice

_QUOTE = re.compile(r"„[^„“\n]*“")


@Language.component("test_quote_marks")
def quote_marks(doc):
    spans = [
        doc.char_span(m.start(), m.end(), alignment_mode="expand")
        for m in _QUOTE.finditer(doc.text)
    ]
    doc.spans["quotes"] = [s for s in spans if s is not None]
    for s in doc.spans["quotes"]:
        s._.kind = "direct"
    return doc


def fast_pipeline():
    """``(nlp, choice)`` like :func:`cli._load` returns, for ``monkeypatch.setattr``."""
    extensions.register()
    nlp = spacy.blank("de")
    nlp.add_pipe("test_quote_marks")
    return nlp, ModelChoice("blank:de", "fast test pipeline")


def use_fast_pipeline(monkeypatch) -> None:
    """Make every CLI command in this test load :func:`fast_pipeline`."""
    import cli

    monkeypatch.setattr(cli, "_load", lambda model, rules=None, lang="de": fast_pipeline())
