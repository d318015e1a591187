"""The batch job keeps going when a component fails on one document."""

from __future__ import annotations

import pandas as pd
import pytest
import spacy
from spacy.language import Language
from spacy.training import Example

from pipeline.run import run


@Language.component("test_boom")
def boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("kaputt")
    return doc


@pytest.mark.parametrize("with_parser", [False, True])
def test_failing_component_gives_error_row_and_rest_is_written(tmp_path, with_parser):
    nlp = spacy.blank("de")
    if with_parser:  # the Cython parser does not support spaCy's error handlers
        nlp.add_pipe("parser")
        doc = nlp.make_doc("Erster Text.")
        nlp.initialize(
            lambda: [Example.from_dict(doc, {"heads": [1, 1, 1], "deps": ["nk", "ROOT", "punct"]})]
        )
    nlp.add_pipe("test_boom")
    src = tmp_path / "in"
    src.mkdir()
    for name, text in [
        ("a.txt", "Erster Text."),
        ("b.txt", "Hier BOOM."),
        ("c.txt", "Dritter Text."),
    ]:
        (src / name).write_text(text, encoding="utf-8")
    summary = run(nlp, [src], tmp_path / "out", batch_size=2)
    docs = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert docs[["doc_id", "status", "error"]].fillna("").values.tolist() == [
        ["a.txt", "ok", ""],
        ["b.txt", "error", "spaCy pipeline failed: ValueError: kaputt"],
        ["c.txt", "ok", ""],
    ]
    assert docs["n_tokens"].tolist()[::2] == [3, 3]
    assert (summary.documents, summary.errors) == (3, 1)
