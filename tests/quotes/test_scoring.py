"""The calibrated confidence: rule pieces as features, the logistic fit, the shipped weights."""

from __future__ import annotations

import pytest

from pipeline import rules_dir
from pipeline.quotes.data import QuoteRules
from pipeline.quotes.scoring import fit_weights, rule_pieces


@pytest.mark.parametrize(
    ("rule", "pieces"),
    [
        ("de_low_high+verb:sagen+after", ["marks", "verb", "after"]),
        ("pattern:laut", ["pattern:laut"]),
        ("de_low_high+nested:verb:sagen+mood", ["marks", "nested", "verb", "mood"]),
        ("continuation:konjunktiv+orphan:speaker", ["continuation:konjunktiv", "orphan:speaker"]),
        ("interview:answer", ["interview:answer"]),
    ],
)
def test_rule_pieces(rule, pieces):
    assert rule_pieces(rule) == pieces


def test_fit_weights_learns_the_odds():
    # feature "a": right 9 times in 10; without it: right 1 time in 10
    rows = [{"bias": 1.0, "a": 1.0}] * 10 + [{"bias": 1.0}] * 10
    labels = [1] * 9 + [0] + [1] + [0] * 9
    w = {r["feature"]: r["weight"] for r in fit_weights(rows, labels, l2=0.0)}
    assert w["bias"] == pytest.approx(-2.1972, abs=1e-3)  # log(1/9)
    assert w["a"] == pytest.approx(4.3944, abs=1e-3)  # log(9) - log(1/9)


def test_shipped_weights_load():
    rules = QuoteRules.load(rules_dir("de"))
    names = {r["feature"] for r in rules.confidence}
    assert {"bias", "kind=direct", "rule=verb", "rule_conf"} <= names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the content of a frame: 5 of the sentence's 11 tokens
        (
            "Die Polizei teilte mit, der Mann sei bewaffnet gewesen.",
            [("indirect", 5 / 11, 0.0)],
        ),
        # a continuation is its whole sentence
        (
            (
                "Die Polizei teilte mit, der Mann sei bewaffnet gewesen. Verletzt worden sei "
                "niemand."
            ),
            [("indirect", 5 / 11, 0.0), ("continuation", 1.0, 1.0)],
        ),
    ],
)
def test_unit_cover_features(ud_nlp, text, expected):
    """How much of its sentence a quote takes (round 15: a whole sentence means different
    things for a quote in marks, a continuation and a reported speech act)."""
    engine = ud_nlp.get_pipe("newsx_quotes").extractor
    ctx, quotes = engine.candidates(ud_nlp(text))
    got = []
    for q in quotes:
        f = engine.scorer.features(ctx, q)
        assert f[f"kind={q.kind}*unit_cover"] == f["unit_cover"]
        got.append((q.kind, f["unit_cover"], f["unit_full"]))
    assert got == [(k, pytest.approx(c), full) for k, c, full in expected]
