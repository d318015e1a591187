"""The hand-judged 10kGNAD rows in the repository, without their text (round 22b, issue 10).

- ``python -m bench.judged export``: judgment files plus their hand-check outputs become one
  record per judged row (seed, tag, number, 10kGNAD row, character offsets of the ``[[…]]``
  parts, kind and confidence then, the judgment as written, a hash of the parts' text) and
  no text of the article;
- ``bench.judged.load_judged_rows``: the exported file read back into the same rows (and
  labels) as the notes give, rows whose offsets leave the text or whose text differs left out;
- the shipped ``bench/judged_rows.jsonl``: valid against its schema and, where the corpus is
  at hand, its offsets inside the 10kGNAD test texts with the judged text's hash;
- ``fit_quote_confidence.py`` reads that file by default.

The fixtures (judgment lines, hand-check rows, articles) are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import judged as J
from bench.handcheck import read_articles
from pipeline.rules import RuleFileError, load_rules
from pipeline.training.convert import CORPORA
from tests.conftest import fit_script

ARTICLES = [
    (
        "Linz – Der Hafen wird ausgebaut.\nDie Kosten lägen bei zwei Millionen Euro, sagte "
        "der Stadtrat. Laut Polizei gab es keine Verletzten."
    ),
    (
        "Wien – Die Wahl ist geschlagen. Wir haben gewonnen, sagte die Kandidatin, und wir "
        "feiern heute."
    ),
]

JUDGMENTS = """# Quote hand check, seed 9101, base

1. statement=y span=ok speaker=right — a Konjunktiv statement with its frame after it.
2. statement=y span=bad speaker=missing: the frame "Laut" is cut off.
3. statement=n span=– speaker=– — the writer's narration.
4. statement=n — a STANDARD interview question.
5. statement=y span=ok speaker=wrong — two parts, the wrong speaker.
6. statement=y span=ok speaker=right — a row whose context is in no article.
"""

HC = """# seed 9101: rows [0, 1] (0 entity, 0 number, 6 quote rows)
Q001 row 0 | indirect | der Stadtrat | None | sagte | 0.95
     …ausgebaut. [[Die Kosten lägen bei zwei Millionen Euro]], sagte der Stadtrat.…
Q002 row 0 | indirect | Polizei | None | Laut | 0.88
     …der Stadtrat. Laut Polizei [[gab es keine Verletzten]].…
Q003 row 0 | reported | Der Hafen | None | None | 0.55
     …Linz – [[Der Hafen wird ausgebaut.]] Die Kosten…
Q004 row 1 | direct | STANDARD | Der Standard | STANDARD | 1.00
     …[[Die Wahl ist geschlagen.]] Wir…
Q005 row 1 | direct | die Kandidatin | None | sagte | 0.99
     …[[Wir haben gewonnen]], sagte die Kandidatin, [[und wir feiern heute]].…
Q006 row 1 | direct | X | X | X | 0.99
     …[[steht in keinem Text]]…
"""


def _notes(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "qjudge_9101_base.md").write_text(JUDGMENTS, encoding="utf-8")
    (notes / "hc_9101_base.txt").write_text(HC, encoding="utf-8")
    return notes


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "test.csv"
    lines = ["Inland;'" + t.replace("\n", " ") + "'" for t in ARTICLES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_export_records(tmp_path):
    notes = _notes(tmp_path)
    records, skipped = J.export_records([notes / "qjudge_9101_base.md"], [notes], ARTICLES)
    assert skipped == {"not found in the text": 1}
    got = [
        (r["id"], r["row"], r["kind"], r["statement"], r["question"], r["span"], r["speaker"])
        for r in records
    ]
    assert got == [
        ("9101_base:Q001", 0, "indirect", True, False, "ok", "right"),
        ("9101_base:Q002", 0, "indirect", True, False, "bad", "missing"),
        ("9101_base:Q003", 0, "reported", False, False, "-", "-"),
        ("9101_base:Q004", 1, "direct", False, True, "-", "-"),
        ("9101_base:Q005", 1, "direct", True, False, "ok", "wrong"),
    ]
    texts = [[ARTICLES[r["row"]][a:b] for a, b in r["parts"]] for r in records]
    assert texts[0] == ["Die Kosten lägen bei zwei Millionen Euro"]
    assert texts[4] == ["Wir haben gewonnen", "und wir feiern heute"]
    assert records[0]["confidence"] == 0.95 and records[0]["seed"] == 9101


def test_export_command_writes_no_text(tmp_path):
    notes, out = _notes(tmp_path), tmp_path / "judged_rows.jsonl"
    J.main(["export", str(notes / "qjudge_9101_base.md"), "--corpus", str(_csv(tmp_path)),
            "--out", str(out)])  # fmt: skip
    written = out.read_text(encoding="utf-8")
    assert written.startswith("# Hand-judged quote rows")
    for words in ("Kosten", "Verletzten", "Hafen", "gewonnen", "Stadtrat", "Kandidatin"):
        assert words not in written
    assert len(load_rules(out, J.JUDGED_ROWS_SCHEMA)) == 5


def test_export_adds_a_judge_and_keeps_the_rows_of_the_others(tmp_path):
    notes, out, csv = _notes(tmp_path), tmp_path / "judged_rows.jsonl", _csv(tmp_path)
    J.main(["export", str(notes / "qjudge_9101_base.md"), "--corpus", str(csv), "--out", str(out)])
    first = out.read_text(encoding="utf-8").splitlines()[4:]
    (notes / "qjudge_9101_base.md").unlink()  # the notes of that round are gone
    (notes / "qjudge_9102_w1.md").write_text(JUDGMENTS.replace("9101", "9102"), encoding="utf-8")
    (notes / "hc_9102_w1.txt").write_text(HC.replace("9101", "9102"), encoding="utf-8")
    for _ in range(2):  # judged again: its rows are replaced, not doubled
        J.main(
            ["export", str(notes / "qjudge_9102_w1.md"), "--corpus", str(csv), "--out", str(out)]
        )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[3].endswith("qjudge_9101_base.md qjudge_9102_w1.md (10 rows).")
    assert lines[4:9] == first
    ids = [r["id"] for r in load_rules(out, J.JUDGED_ROWS_SCHEMA)]
    assert ids == [f"{seed}:Q00{n}" for seed in ("9101_base", "9102_w1") for n in range(1, 6)]


def test_exported_rows_read_back_as_the_notes_give_them(tmp_path):
    notes, out = _notes(tmp_path), tmp_path / "judged_rows.jsonl"
    judges = [notes / "qjudge_9101_base.md"]
    records, _ = J.export_records(judges, [notes], ARTICLES)
    J.write_judged_rows(out, records, "qjudge_9101_base.md")
    from_notes, _ = J.load_judged(judges, [notes], ARTICLES)
    from_file, skipped = J.load_judged_rows(out, ARTICLES)
    assert from_file == from_notes and not skipped
    assert [r.label for r in from_file] == [1.0, 0.5, 0.0, 1.0, 1.0]
    assert from_file[0].source == "qjudge_9101_base"
    assert [r.label for r in J.load_judged_rows(out, ARTICLES, span_bad=0.0)[0]][1] == 0.0


def test_read_articles_gives_the_offsets_text(tmp_path):
    # the reader of test.csv (one line per article, newlines as spaces) and the fixture agree
    texts = read_articles(_csv(tmp_path))
    notes = _notes(tmp_path)
    records, _ = J.export_records([notes / "qjudge_9101_base.md"], [notes], texts)
    rows, skipped = J.load_judged_rows_from(records, ARTICLES)
    assert len(rows) == 5 and not skipped


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"parts": [[10, 5000]]}, "offsets outside the text"),
        ({"row": 7}, "offsets outside the text"),
        ({"sha1": "000000000000"}, "text differs (sha1)"),
    ],
)
def test_rows_that_do_not_fit_the_text_left_out(tmp_path, change, reason):
    notes = _notes(tmp_path)
    records, _ = J.export_records([notes / "qjudge_9101_base.md"], [notes], ARTICLES)
    records[0] |= change
    rows, skipped = J.load_judged_rows_from(records, ARTICLES)
    assert len(rows) == 4 and skipped == {reason: 1}


@pytest.mark.parametrize(
    "change, field",
    [({"span": "half"}, "span"), ({"row": "0"}, "row"), ({"label": 1.0}, "label")],
)
def test_schema_errors_name_the_field(tmp_path, change, field):
    notes, out = _notes(tmp_path), tmp_path / "judged_rows.jsonl"
    records, _ = J.export_records([notes / "qjudge_9101_base.md"], [notes], ARTICLES)
    records[1] |= change
    J.write_judged_rows(out, records, "x")
    with pytest.raises(RuleFileError) as err:
        load_rules(out, J.JUDGED_ROWS_SCHEMA)
    assert err.value.field == field and err.value.line == 6


def test_shipped_judged_rows_parse():
    records = load_rules(J.JUDGED_ROWS, J.JUDGED_ROWS_SCHEMA)
    assert len(records) >= 800
    for r in records:
        assert r["id"] == f"{r['seed']}_{r['tag']}:Q{r['number']:03d}"
        assert 0 <= r["row"] < 500
        assert r["parts"] and all(len(p) == 2 and 0 <= p[0] < p[1] for p in r["parts"])
        assert all(isinstance(x, int) for p in r["parts"] for x in p)
        assert len(r["sha1"]) == 12
    header = J.JUDGED_ROWS.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("#")


def test_shipped_judged_rows_lie_in_the_corpus():
    csv = CORPORA / "10kgnad" / "test.csv"
    if not csv.exists():
        pytest.skip(f"10kGNAD test split not at {csv} (../shared is not mounted here)")
    texts = read_articles(csv)
    rows, skipped = J.load_judged_rows(J.JUDGED_ROWS, texts)
    assert not skipped
    assert len(rows) == len(load_rules(J.JUDGED_ROWS, J.JUDGED_ROWS_SCHEMA))
    assert all(r.parts[-1][1] <= len(texts[r.article]) for r in rows)


def test_fit_script_reads_the_shipped_rows_by_default():
    module = fit_script()
    opts = module.Judged(Path("test.csv"))
    assert opts.rows_file == J.JUDGED_ROWS and not opts.judges
    assert module.TEST_CSV == CORPORA / "10kgnad" / "test.csv"


def test_no_judged_row_carries_text():
    allowed = set(J.JUDGED_ROWS_SCHEMA.fields)
    for line in J.JUDGED_ROWS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            record = json.loads(line)
            assert set(record) <= allowed
            assert all(len(v) <= 24 for v in record.values() if isinstance(v, str))
