"""The CLI as a new user meets it: help without type names, one example per command,
``--version``, and output that is not wrapped at 80 columns in a pipe."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import pipeline
from cli import app
from pipeline import DATA_DIR

runner = CliRunner()

COMMANDS = [[], ["run"], ["show"], ["info"], ["eval"], ["eval-model"], ["train"], ["rules"],
            ["rules", "check"]]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "newsx")
def test_help_has_no_type_names_and_an_example(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    text = result.output
    assert not re.search(r"<[a-z][^>]*>", text), text  # <list[Path]>, <bool>, <int range>
    assert "[x>=" not in text and "<=x" not in text
    assert "see `newsx info`" not in text
    if command and command != ["rules"]:
        assert "Example: newsx " + " ".join(command) in text


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"newsx {pipeline.__version__}\n"


def test_piped_run_prints_the_summary_on_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "cli", "run", str(DATA_DIR / "samples"), "--out", str(tmp_path)],
        check=False,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "80"},
    )
    assert result.returncode == 0, result.stderr
    summary = [line for line in result.stderr.splitlines() if line.startswith("model ")]
    assert len(summary) == 1, result.stderr
    assert summary[0].endswith(f"tables in {tmp_path}")
    assert " | errors 0 | " in summary[0]


def test_piped_show_keeps_table_cells_whole(nlp):
    from pipeline.batch import read_inputs
    from pipeline.run import iter_document_rows

    path = DATA_DIR / "samples" / "bundestag-haushalt.txt"
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 0, result.output
    ((_, rows, _),) = iter_document_rows(nlp, list(read_inputs([path])))
    rules = [q["rule"] for q in rows["quotes"]]
    speakers = [q["speaker_name"] for q in rows["quotes"] if q["speaker_name"]]
    assert rules and speakers
    for value in rules + speakers:  # not folded over two lines of a narrow column
        assert value in result.output
