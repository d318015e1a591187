"""The README is part of the contract: its schema tables and its CI command stay true."""

from __future__ import annotations

import subprocess

from pipeline import ROOT
from pipeline.tables import markdown_schema

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_schema_matches_tables_module():
    block = README.split("<!-- schema:start -->\n", 1)[1].split("<!-- schema:end -->", 1)[0]
    assert block == markdown_schema()


def test_ci_runs_the_readme_test_command():
    cmd = subprocess.run(
        ["awk", "/ci:test-command/{getline; getline; print; exit}", "README.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert cmd == 'pip install -e ".[test,fr,dask]" && python -m pytest -q'
    assert f"```bash\n{cmd}\n```" in README
