"""The CLI through typer's CliRunner: exit codes, error rows, offsets, views."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline import DATA_DIR, ROOT
from pipeline.tables import TABLES, columns, read_table
from tests.conftest import shared_path

runner = CliRunner()


def _check_offsets(out_dir, contents):
    """Every row's offsets slice back to its text in the decoded file content."""
    for table in ("quotes", "entities", "numbers"):
        df = pd.read_csv(out_dir / f"{table}.csv")
        assert list(df.columns) == columns(table)
        for row in df.itertuples():
            assert contents[row.doc_id][row.start : row.end] == row.text, (table, row)
    quotes = read_table(str(out_dir / "quotes.csv"), "quotes")
    for row in quotes.itertuples():
        content = contents[row.doc_id]
        for a, b in json.loads(row.spans):
            assert row.start <= a < b <= row.end
        if pd.notna(row.speaker_start):
            assert content[row.speaker_start : row.speaker_end] == row.speaker
        if pd.notna(row.cue_start):
            assert row.cue_start < row.cue_end


def test_run_with_bad_files_writes_error_rows_and_exits_1(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    good = "date 2022-01-07\nPutin sagte, die Lage sei stabil. „Wir bleiben nicht“, sagte er."
    (src / "sub" / "good.txt").write_text(good, encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 20)
    (src / "empty.txt").write_bytes(b"")
    (src / "undecodable.txt").write_bytes(b"Gr\x81\x8d\x90e aus Berlin")
    (src / ".hidden.txt").write_text("nicht lesen", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", str(src), "--out", str(out), "--format", "csv,parquet,jsonl"]
    )
    assert result.exit_code == 1, result.output
    docs = pd.read_csv(out / "documents.csv")
    assert docs[["doc_id", "status", "error"]].fillna("").values.tolist() == [
        ["binary.txt", "error", "binary file: contains NUL/control bytes"],
        ["empty.txt", "error", "empty file"],
        ["sub/good.txt", "ok", ""],
        ["undecodable.txt", "error", "undecodable: neither UTF-8 nor cp1252 (byte 0x81 at 2)"],
    ]
    assert docs.loc[2, "date"] == "2022-01-07" and docs.loc[2, "n_chars"] == len(good)
    for table in TABLES:
        for fmt in ("csv", "parquet", "jsonl"):
            assert (out / f"{table}.{fmt}").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    _check_offsets(out, {"sub/good.txt": good})


def test_run_on_bundled_samples_exits_0(tmp_path):
    result = runner.invoke(app, ["run", str(DATA_DIR / "samples"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    docs = pd.read_csv(tmp_path / "documents.csv")
    assert docs["status"].tolist() == ["ok", "ok", "ok"]
    assert docs["encoding"].tolist() == ["utf-8", "utf-8", "cp1252"]
    contents = {}
    for row in docs.itertuples():
        raw = (DATA_DIR / "samples" / row.doc_id).read_bytes()
        contents[row.doc_id] = raw.decode(row.encoding)
    _check_offsets(tmp_path, contents)


def test_run_on_shared_reference_article(tmp_path):
    src = shared_path("samples")
    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for table in TABLES:
        pd.read_csv(tmp_path / f"{table}.csv")
    contents = {p.name: p.read_text(encoding="utf-8") for p in src.glob("*.txt")}
    _check_offsets(tmp_path, contents)


@pytest.mark.parametrize(
    "args",
    [
        ["run", "data/samples"],  # --out missing
        ["run", "does/not/exist", "--out", "x"],
        ["run", "data/samples", "--out", "x", "--format", "xlsx"],
        ["run", "data/samples", "--out", "x", "--n-process", "0"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(args):
    assert runner.invoke(app, args).exit_code == 2


def test_empty_folder_exits_1(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert pd.read_csv(tmp_path / "o" / "documents.csv").empty


def test_info_reports_model_and_components():
    result = runner.invoke(app, ["info"])
    assert result.exit_code == 0, result.output
    assert "why" in result.output and "components" in result.output
    assert "spaCy 3.8" in result.output


def test_show_prints_tables_and_writes_html(tmp_path):
    html = tmp_path / "view.html"
    result = runner.invoke(
        app, ["show", str(DATA_DIR / "samples" / "bundestag-haushalt.txt"), "--html", str(html)]
    )
    assert result.exit_code == 0, result.output
    assert "Quotes" in result.output and "Entities" in result.output
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Finanzminister" in page


def test_n_process_2_gives_the_same_tables(tmp_path):
    outs = []
    for n in (1, 2):
        out = tmp_path / f"o{n}"
        result = runner.invoke(
            app,
            [
                "run",
                str(DATA_DIR / "samples"),
                "--out",
                str(out),
                "--n-process",
                str(n),
                "--batch-size",
                "1",
            ],
        )
        assert result.exit_code == 0, result.output
        outs.append(out)
    for table in TABLES:
        a = read_table(str(outs[0] / f"{table}.csv"), table)
        b = read_table(str(outs[1] / f"{table}.csv"), table)
        pd.testing.assert_frame_equal(a, b)


def test_eval_model_prints_held_out_scores():
    shared_path("corpora", "germeval2014")
    model = str(ROOT / "models" / "de_newsx")
    result = runner.invoke(app, ["eval-model", model, "--limit", "5", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["ner"]["sentences"] == 5  # GermEval: one doc per sentence
    assert 5 <= scores["ud"]["sentences"] <= 40  # UD: docs of up to 8 sentences
    assert "newsx_entities" in scores["pipeline"]
    assert 0.0 <= scores["ner"]["f"] <= 1.0 and 0.5 < scores["ud"]["upos"] <= 1.0
    table = runner.invoke(app, ["eval-model", model, "--limit", "5", "--no-rules"])
    assert table.exit_code == 0 and "NER P / R / F" in table.output
