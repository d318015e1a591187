"""The calibration check and fit on hand-judged rows of unseen text (round 22, issue 10).

- ``bench/judged.py``: judgment lines (``N. statement=y/n span=ok/bad speaker=… — why``,
  with a dash or a colon, ``span=–`` for no statement, an interview question credited to
  the outlet counted as a statement), the quote rows of a hand-check output, the character
  spans of a row's ``[[…]]`` parts in its article, the pairing of a judgment file with its
  hand-check file, and the matching of judged rows to today's quotes (overlap F1 >= 0.5);
- ``fit_weights`` with a penalty per feature and soft labels (a statement with a bad span
  counts half);
- ``fit_quote_confidence.py``: ``rule=`` pieces shrunk harder than the other features, and
  judged rows of unseen text pulling the fit toward their share right.

The fixtures (judgment lines, hand-check rows, articles) are written for these tests; the
real judgment files stay outside the repository.
"""

from __future__ import annotations

import pytest

from bench import judged as J
from pipeline.quotes.scoring import Scorer, fit_weights
from tests.conftest import fit_script

JUDGMENTS = """# Quote hand check, seed 9001

| statements | span ok |
|---|---|
| 3/4 | 2/3 |

## Part 1: the rows

1. statement=y span=ok speaker=right — "…, sagte die Bürgermeisterin", direct words.
2. statement=y span=bad speaker=wrong: the span takes in the frame "nach Angaben der".
3. statement=n span=– speaker=– — the writer's own narration.
4. statement=n — a STANDARD interview question ("Wie geht es weiter?").
2. statement=n — a second line for row 2 (ignored: the first counts).

## Part 2

1. Rows that are not statements (about 3).
"""

ARTICLE = (
    "Graz – Die Stadt saniert die Brücke.\nDie Arbeiten dauern bis Herbst, sagte die "
    "Bürgermeisterin am Montag. Nach Angaben der Polizei sei niemand verletzt worden."
)

HC = """# seed 9001: rows [0]... (10 entity, 3 number, 3 quote rows)
Q001 row 0 | indirect | die Bürgermeisterin | None | sagte | 0.97
     …Graz – Die Stadt saniert die Brücke. [[Die Arbeiten dauern bis Herbst]], sagte die Bürg…
Q002 row 0 | indirect | Angaben | None | Nach Angaben | 0.91
     …am Montag. Nach Angaben der [[Polizei sei niemand verletzt worden]].…
Q003 row 0 | reported | Die Stadt | None | None | 0.62
     …Graz – [[Die Stadt saniert die Brücke.]] Die Arbeiten…
Q004 row 0 | direct | STANDARD | Der Standard | STANDARD | 1.00
     …nicht in diesem Text [[Wie geht es weiter?]]…
Q005 row 0 | direct | X | X | X | 0.99
     …[[ohne Urteil]]…
"""


def test_judgment_lines():
    j = J.parse_judgments(JUDGMENTS)
    assert sorted(j) == [1, 2, 3, 4]
    assert [j[n].label() for n in (1, 2, 3, 4)] == [1.0, 0.5, 0.0, 1.0]
    assert j[2].label(span_bad=0.0) == 0.0
    assert j[2].label(span_bad=1.0) == 1.0


@pytest.mark.parametrize(
    "line, label",
    [
        ("7. statement=y span=ok speaker=missing — Konjunktiv continuation.", 1.0),
        ("7. statement=y span=bad speaker=right: half of a conditional is missing.", 0.5),
        ("7. statement=n: a quoted word in the title.", 0.0),
        ("7. statement=n — an interviewer question attributed to the outlet.", 1.0),
        ("7. statement=n — The STANDARD interviewer's lead-in to a question.", 1.0),
        ("7. statement=n: a question put to the minister (wird er gefragt).", 0.0),
    ],
)
def test_judgment_line_forms(line, label):
    assert J.parse_judgments(line)[7].label() == label


def test_hand_check_rows_and_spans():
    rows = J.parse_hc(HC)
    assert [(r.number, r.article, r.kind, r.confidence) for r in rows] == [
        (1, 0, "indirect", 0.97),
        (2, 0, "indirect", 0.91),
        (3, 0, "reported", 0.62),
        (4, 0, "direct", 1.0),
        (5, 0, "direct", 0.99),
    ]
    spans = [J.locate(r.context, ARTICLE) for r in rows]
    assert [ARTICLE[a:b] for a, b in spans[0]] == ["Die Arbeiten dauern bis Herbst"]
    assert [ARTICLE[a:b] for a, b in spans[1]] == ["Polizei sei niemand verletzt worden"]
    assert [ARTICLE[a:b] for a, b in spans[2]] == ["Die Stadt saniert die Brücke."]
    assert spans[3] == []  # not in the article: left out


def test_locate_two_parts():
    text = "Die Lage sei ernst, sagte er, aber lösbar."
    assert J.locate("…[[Die Lage sei ernst]], sagte er, [[aber lösbar]].…", text) == [
        (0, 18),
        (30, 41),
    ]


def test_files_paired_and_loaded(tmp_path):
    notes, other = tmp_path / "notes", tmp_path / "other"
    notes.mkdir()
    other.mkdir()
    (notes / "qjudge_9001_base.md").write_text(JUDGMENTS, encoding="utf-8")
    (notes / "hc_9001_base.txt").write_text("", encoding="utf-8")  # empty: look further
    (other / "hc_9001_base.txt").write_text(HC, encoding="utf-8")
    (notes / "qjudge_9002_base.md").write_text(JUDGMENTS, encoding="utf-8")
    judge = notes / "qjudge_9001_base.md"
    assert J.hc_path(judge, [notes, other]) == other / "hc_9001_base.txt"
    rows, skipped = J.load_judged([judge, notes / "qjudge_9002_base.md"], [notes, other], [ARTICLE])
    assert [(r.number, r.label) for r in rows] == [(1, 1.0), (2, 0.5), (3, 0.0)]
    assert skipped == {
        "not found in the text": 1,
        "not judged": 1,
        "no hc file: qjudge_9002_base.md": 1,
    }


def test_judged_rows_matched_to_quotes():
    rows = [
        J.JudgedRow("a", 1, 0, [(10, 40)], 1.0),
        J.JudgedRow("a", 2, 0, [(50, 60)], 0.0),
        J.JudgedRow("b", 1, 0, [(10, 40)], 1.0),
    ]
    quotes = [[[12, 40]], [[55, 100]], [[0, 5]]]
    # row 2 overlaps quote 1 at F1 0.18: no match; both judges' row 1 match quote 0
    assert J.match(rows, quotes) == {0: 0, 2: 0}


def test_penalty_per_feature_and_soft_labels():
    rows = [{"bias": 1.0, "a": 1.0, "b": 1.0}, {"bias": 1.0}] * 30
    free = {r["feature"]: r["weight"] for r in fit_weights(rows, [1, 0] * 30, l2=1.0)}
    held = fit_weights(rows, [1, 0] * 30, l2=1.0, penalties={"a": 1000.0})
    held = {r["feature"]: r["weight"] for r in held}
    assert abs(held["a"]) < 0.1 < free["a"] and held["b"] > free["b"]
    soft = fit_weights([{"bias": 1.0}] * 10, [0.5] * 10, l2=1.0)
    assert abs(soft[0]["weight"]) < 1e-6


def _rows(fit, n_right, n_wrong, doc, rule="rule=verb", kind="indirect"):
    feats = {"bias": 1.0, f"kind={kind}": 1.0, rule: 1.0, "rule_conf>=0.5": 1.0}
    return [fit.Row(dict(feats), 1, doc, kind, True, True) for _ in range(n_right)] + [
        fit.Row(dict(feats), 0, doc, kind, True, True) for _ in range(n_wrong)
    ]


def test_rule_pieces_shrunk_harder():
    fit = fit_script()
    rows = _rows(fit, 38, 2, 0) + _rows(fit, 20, 20, 1, rule="rule=after")
    loose = {w["feature"]: w["weight"] for w in fit.fit_stages(rows, 1.0, 1.0)}
    tight = {w["feature"]: w["weight"] for w in fit.fit_stages(rows, 1.0, 50.0)}
    assert abs(tight["rule=verb"]) < abs(loose["rule=verb"])
    assert abs(tight["rule=verb"] - tight["rule=after"]) < abs(
        loose["rule=verb"] - loose["rule=after"]
    )


def test_judged_rows_pull_the_fit():
    fit = fit_script()
    train = _rows(fit, 36, 4, 0) + _rows(fit, 30, 10, 1, rule="rule=after")
    judged = _rows(fit, 7, 3, 100)  # the same rule right 7 in 10 times on unseen text
    alone = Scorer(fit.fit_stages(train, 1.0, 5.0)).probability(judged[0].features)
    both = fit.fit_stages(train, 1.0, 5.0, judged * fit.JUDGED_WEIGHT)
    pulled = Scorer(both).probability(judged[0].features)
    assert 0.7 < pulled < alone


def test_judged_report_per_kind():
    fit = fit_script()
    train = _rows(fit, 36, 4, 0) + _rows(fit, 30, 10, 1, rule="rule=after")
    judged = [r for doc in range(100, 112) for r in _rows(fit, 9, 1, doc)]
    text = fit.report_judged(train, judged, 1.0, 5.0, [])
    assert "old weights" not in text  # no old weights file
    assert text.count("judged rows 120:") == 2  # train only; train + judged folds
    assert text.count("indirect      n  120 ") == 2
