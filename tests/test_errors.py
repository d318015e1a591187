"""Every command's bad input: exit 2 (usage) or 1 (an input failed), a message, no traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cli import app
from pipeline import DATA_DIR, ROOT
from pipeline.rules import Field, Schema, load_rules

runner = CliRunner()
SAMPLE = str(DATA_DIR / "samples" / "bundestag-haushalt.txt")


@pytest.fixture
def files(tmp_path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "notgold.jsonl").write_text('{"text": "Hallo"}\n', encoding="utf-8")
    return tmp_path


CASES = [  # (args, env, exit code, words the message must contain)
    (["run", "data/samples"], {}, 2, "Missing option '--out'"),
    (["run", "nope/", "--out", "{tmp}/o"], {}, 2, "does not exist"),
    (["run", "data/samples", "--out", "{tmp}/o", "-f", "xlsx"], {}, 2, "unknown format"),
    (["run", "data/samples", "--out", "{tmp}/o", "--model", "nope"], {}, 2, "given with --model"),
    (["run", "data/samples", "--out", "{tmp}/o"], {"NEWSX_MODEL": "nope"}, 2, "NEWSX_MODEL"),
    (["run", "data/samples", "--out", "{tmp}/o", "--overwrite", "--resume"], {}, 2, "pick one"),
    (["show", "{tmp}/binary.txt"], {}, 1, "binary file"),
    (["show", "{tmp}/missing.txt"], {}, 2, "does not exist"),
    (["show", SAMPLE, "--model", "nope"], {}, 2, "'nope' (given with --model)"),
    (["info"], {"NEWSX_MODEL": "nope"}, 2, "set in the NEWSX_MODEL environment variable"),
    (["eval", "{tmp}/notgold.jsonl"], {}, 1, "is not a gold quotes file"),
    (["eval", "{tmp}/binary.txt"], {}, 1, "is not a gold quotes file"),
    (["eval-model", "nope"], {}, 2, "cannot load the model 'nope' given as MODEL"),
    (["train", "--smoke", "-o", str(ROOT / "models" / "de_newsx")], {}, 2, "cannot train"),
    (["frobnicate"], {}, 2, "No such command"),
]


@pytest.mark.parametrize("args, env, code, words", CASES, ids=[" ".join(c[0][:2]) for c in CASES])
def test_bad_input_exits_with_a_message_and_no_traceback(files, args, env, code, words):
    if args[0] == "eval-model" and not (ROOT.parent / "shared" / "corpora").exists():
        words = "not found"  # checked before the model: the corpora are missing here
    args = [a.replace("{tmp}", str(files)) for a in args]
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == code, result.output
    assert words in " ".join(result.output.split()), result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback():
    result = runner.invoke(app, ["info", "--debug"], env={"NEWSX_MODEL": "nope"})
    assert result.exit_code == 2
    assert "Traceback" in result.output and "NEWSX_MODEL" in result.output


def _broken_rules(tmp_path):
    """A user rule folder whose speech_verbs.jsonl has three mistakes (lines 1-3)."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "speech_verbs.jsonl").write_text(
        '{"id": "x1"}\n{"id": "x2", "lemma": "y", "kinds": ["direkt"]}\n{"id": 3}\n',
        encoding="utf-8",
    )
    return rules


def test_broken_rule_file_reports_every_error_with_file_line_field(tmp_path):
    rules = _broken_rules(tmp_path)
    result = runner.invoke(app, ["info", "--model", "blank:de", "--rules", str(rules)])
    assert result.exit_code == 2, result.output
    text = " ".join(result.output.split())
    assert "a rule file is broken" in text and "cannot load model" not in text
    path = rules / "speech_verbs.jsonl"
    for line, field in ((1, "lemma"), (2, "kinds"), (3, "id")):
        assert f"{path}:{line}: field '{field}'" in text
    assert "Traceback" not in result.output


def test_load_rules_collects_all_errors(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": "a", "lemma": "x"}\n{"id": "b"}\n{"id": "a", "lemma": "y"}\n{bad\n')
    schema = Schema({"id": Field(required=True), "lemma": Field(required=True)}, unique=("id",))
    with pytest.raises(ValueError) as e:
        load_rules(path, schema)
    assert str(e.value).splitlines() == [
        "3 errors:",
        f"{path}:2: field 'lemma': required field is missing",
        f"{path}:3: field 'id': duplicate ('a',) (first on line 1)",
        f"{path}:4: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
    ]
