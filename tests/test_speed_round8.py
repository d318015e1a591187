"""Eighth speed round: one default batch size for ``newsx run``, ``run()`` and the bench;
the collector kept off the loaded pipeline during a run (``pipeline.run.frozen_gc``).

The pipeline is the fast stand-in of :mod:`tests.fastnlp` (blank tokenizer + „…“ quotes)
plus a test component that fails a document when the collector is not frozen, so a run's
error rows show what the component saw, in this process and in forked workers.
"""

from __future__ import annotations

import gc
import inspect

import pandas as pd
import pytest
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

import bench.throughput
import cli
from pipeline import labels, parallel
from pipeline.batch import DEFAULT_BATCH_SIZE
from pipeline.run import chunk_rows, frozen_gc, iter_document_rows, rows_by_language, run
from tests.fastnlp import fast_pipeline

#: News-style sentences (German, Austrian, Swiss); {i} numbers the article.
ARTICLES = [
    "„Die Inflation bleibt hartnäckig“, sagte Bundesbankpräsident Nagel in Frankfurt. Nr. {i}.",
    "Die Landesregierung in Linz hat den Voranschlag beschlossen. Nr. {i}.",  # no quote
    "Laut Bundesrätin Keller-Sutter „ist die Lage stabil“. Nr. {i}.",
]


@Language.component("test_needs_frozen_gc")
def _needs_frozen(doc):
    if not gc.get_freeze_count():
        raise ValueError("collector not frozen")
    return doc


def _corpus(src, n=7):
    src.mkdir()
    for i in range(n):
        (src / f"{i:03d}.txt").write_text(ARTICLES[i % 3].format(i=i), encoding="utf-8")
    return src


@pytest.fixture
def unfrozen():
    """Every test starts and ends with nothing frozen."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_one_default_batch_size_for_cli_run_and_bench():
    params = inspect.signature(cli.run).parameters
    assert params["batch_size"].default == DEFAULT_BATCH_SIZE
    for fn in (run, chunk_rows, iter_document_rows, rows_by_language):
        assert inspect.signature(fn).parameters["batch_size"].default == DEFAULT_BATCH_SIZE
    assert bench.throughput.BATCH_SIZE == DEFAULT_BATCH_SIZE
    from pipeline.dask_backend import run_dask  # imports no dask itself

    assert inspect.signature(run_dask).parameters["batch_size"].default == DEFAULT_BATCH_SIZE


def test_cli_help_names_the_default_batch_size():
    out = CliRunner().invoke(cli.app, ["run", "--help"], env={"COLUMNS": "200"}).output
    line = next(ln for ln in out.splitlines() if "--batch-size" in ln)
    assert f"[default: {DEFAULT_BATCH_SIZE}]" in line


def test_frozen_gc_freezes_inside_and_gives_back(unfrozen):
    before = len(gc.get_objects())
    with frozen_gc():
        assert gc.get_freeze_count() >= before - 100
        assert len(gc.get_objects()) < 100
    assert gc.get_freeze_count() == 0


def test_frozen_gc_leaves_a_callers_freeze_alone(unfrozen):
    gc.freeze()
    frozen = gc.get_freeze_count()
    kept = [object() for _ in range(10)]  # tracked objects made after the caller's freeze
    with frozen_gc():
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == frozen
    assert kept


def test_frozen_gc_gives_back_on_error(unfrozen):
    with pytest.raises(RuntimeError), frozen_gc():
        raise RuntimeError("abgebrochen")
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize(
    "n_process",
    [1, pytest.param(2, marks=pytest.mark.skipif(not parallel.available(), reason="fork"))],
)
def test_run_and_its_workers_run_frozen_then_unfreeze(tmp_path, unfrozen, n_process):
    nlp, _ = fast_pipeline()
    nlp.add_pipe("test_needs_frozen_gc")
    summary = run(nlp, [_corpus(tmp_path / "in")], tmp_path / "out", n_process=n_process)
    docs = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert docs["status"].tolist() == ["ok"] * 7
    assert (summary.documents, summary.errors, summary.quotes) == (7, 0, 5)
    assert gc.get_freeze_count() == 0


def test_the_check_component_does_fail_unfrozen(unfrozen):
    nlp, _ = fast_pipeline()
    nlp.add_pipe("test_needs_frozen_gc")
    with pytest.raises(ValueError, match="not frozen"):
        nlp("Der Nationalrat tagt in Wien.")


# ---------------------------------------------------------------- labels: memoised answers
def _parsed(words, heads, deps, tags=None, lemmas=None):
    vocab = fast_pipeline()[0].vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


PASSIVES = [
    # UD: Die Angriffe wurden gemeldet (aux:pass child)
    (
        ["Die", "Angriffe", "wurden", "gemeldet", "."],
        [1, 3, 3, 3, 3],
        ["det", "nsubj:pass", "aux:pass", "ROOT", "punct"],
        ["ART", "NN", "VAFIN", "VVPP", "$."],
        3,
        True,
    ),
    # TIGER: Der Antrag wurde abgelehnt (auxiliary head, participle its oc child)
    (
        ["Der", "Antrag", "wurde", "abgelehnt", "."],
        [1, 2, 2, 2, 2],
        ["nk", "sb", "ROOT", "oc", "punct"],
        ["ART", "NN", "VAFIN", "VVPP", "$."],
        3,
        True,
    ),
    # upper-case UD labels: the same answer as lower case
    (
        ["Das", "Spital", "wird", "geschlossen", "."],
        [1, 3, 3, 3, 3],
        ["DET", "NSUBJ:PASS", "AUX:PASS", "ROOT", "PUNCT"],
        ["ART", "NN", "VAFIN", "VVPP", "$."],
        3,
        True,
    ),
    # active perfect: Der Bundesrat hat entschieden -> not passive
    (
        ["Der", "Bundesrat", "hat", "entschieden", "."],
        [1, 3, 3, 3, 3],
        ["det", "nsubj", "aux", "ROOT", "punct"],
        ["ART", "NN", "VAFIN", "VVPP", "$."],
        3,
        False,
    ),
    # no participle at all: Die Ministerin sagt nichts -> not passive
    (
        ["Die", "Ministerin", "sagt", "nichts", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "obj", "punct"],
        ["ART", "NN", "VVFIN", "PIS", "$."],
        2,
        False,
    ),
]


@pytest.mark.parametrize("words,heads,deps,tags,verb,passive", PASSIVES)
def test_is_passive_in_and_outside_the_memo(words, heads, deps, tags, verb, passive):
    doc = _parsed(words, heads, deps, tags)
    assert labels.is_passive(doc[verb]) is passive
    with labels.memoised_children(doc):
        assert labels.is_passive(doc[verb]) is passive
        assert labels.is_passive(doc[verb]) is passive  # the remembered answer


@pytest.mark.parametrize(
    "dep,roles,expected",
    [
        ("expl", ("subject", "expletive"), True),  # "heißt es"
        ("EP", ("subject", "expletive"), True),  # TIGER, upper case
        ("sb", ("subject", "expletive"), True),
        ("sb", ("expletive",), False),  # the same label, other roles: asked afresh
        ("obj", ("complement",), True),
        ("obl:tmod", ("complement",), False),
        ("pnc", ("name_part", "conjunct"), True),
        ("punct", ("subject", "apposition", "name_part", "conjunct"), False),
    ],
)
def test_has_quote_role_by_label_and_roles(dep, roles, expected):
    doc = _parsed(["Laut", "Wifo"], [1, 1], [dep, "ROOT"])
    assert labels.has_quote_role(doc[0], *roles) is expected
    assert labels.has_quote_role(doc[0], *roles) is expected
