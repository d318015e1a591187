"""The wheel works anywhere: built, installed into a fresh virtualenv outside the checkout,
``newsx run`` there gives the same four tables as the editable checkout, and a saved
pipeline loads with ``spacy.load`` there (rules included) and gives the same results.

The fresh venv gets newsx from the wheel only (``--no-deps``); its dependencies (spaCy,
pandas …) come from this interpreter's site-packages through a ``.pth`` line. Python does
not read ``.pth`` files inside a folder added that way, so the checkout's editable finder
stays inactive: ``pipeline`` can only be imported from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from pipeline import DATA_DIR, ROOT
from pipeline.resources import model_dir as resources_model_dir
from pipeline.tables import TABLES

pytestmark = pytest.mark.slow

SAMPLES = DATA_DIR / "samples"

#: Run inside the fresh venv: load a saved pipeline, print what it finds in the samples.
PROBE = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
import pipeline
from pipeline.batch import read_inputs
from pipeline.run import iter_document_rows
rows = [r for _, r, _ in iter_document_rows(nlp, list(read_inputs([sys.argv[2]])))]
print(json.dumps({"pipeline": pipeline.__file__, "sys_path": sys.path, "rows": rows}))
"""


def _probe(nlp) -> list[dict]:
    """What PROBE prints as rows, computed with ``nlp`` in this process (JSON round trip)."""
    from pipeline.batch import read_inputs
    from pipeline.run import iter_document_rows

    rows = [r for _, r, _ in iter_document_rows(nlp, list(read_inputs([str(SAMPLES)])))]
    return json.loads(json.dumps(rows))


def _env() -> dict[str, str]:
    """Environment without PYTHONPATH and without the checkout's venv activation."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.pop("NEWSX_RULES", None)
    env.pop("NEWSX_MODEL", None)
    return env


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, check=False, cwd=cwd, env=_env(), capture_output=True, text=True)
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result


def _not_sources(folder: str, names: list[str]) -> list[str]:
    """What a wheel is not built from: the venv, build output, corpora, training runs."""
    top = {"build", "dist", "out", "corpus"} if Path(folder) == ROOT else set()
    if Path(folder).parent == ROOT / "models":
        top.add("training")
    return [n for n in names if n.startswith(".") or n in top or n.endswith(".egg-info")
            or n == "__pycache__"]  # fmt: skip


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory) -> Path:
    """A fresh virtualenv (outside the checkout) with newsx installed from a built wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    # build from a clean copy: a stale build/ in the checkout could carry deleted files
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=_not_sources)
    _run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-q", "-w", "dist"], tmp)
    wheel = next((tmp / "dist").glob("newsx-*.whl"))
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp)
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
          str(wheel)], tmp)  # fmt: skip
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                   tmp).stdout.strip()  # fmt: skip
    deps = [*site.getsitepackages(), site.getusersitepackages()]
    (Path(purelib) / "zz_newsx_test_deps.pth").write_text("\n".join(deps) + "\n")
    return venv


def test_wheel_carries_rules_and_model(wheel_venv):
    python = wheel_venv / "bin" / "python"
    code = (
        "from pipeline import resources; import pipeline;"
        "print(pipeline.__file__); print(resources.rules_dir()); print(resources.model_dir())"
    )
    lines = _run([str(python), "-c", code], wheel_venv.parent).stdout.split()
    assert all(str(wheel_venv) in line for line in lines), lines
    assert Path(lines[1], "speech_verbs.jsonl").is_file()
    assert Path(lines[2], "meta.json").is_file()


def test_newsx_run_from_the_wheel_gives_the_editable_tables(wheel_venv, tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    _run([str(wheel_venv / "bin" / "newsx"), "run", str(SAMPLES), "--out", "wheel"], other)
    _run([sys.executable, "-m", "cli", "run", str(SAMPLES), "--out", str(tmp_path / "editable")],
         ROOT)  # fmt: skip
    for table in TABLES:
        wheel = (other / "wheel" / f"{table}.csv").read_text(encoding="utf-8")
        editable = (tmp_path / "editable" / f"{table}.csv").read_text(encoding="utf-8")
        assert wheel == editable, table
        assert wheel.count("\n") > 1, table  # not just a header


def test_saved_pipeline_loads_with_spacy_load_in_the_wheel_venv(wheel_venv, tmp_path):
    from tests.conftest import scheme_pipeline

    # the shipped pipeline (UD labels): the TIGER test pipeline's newsx_ud2tiger is a test
    # device of the training package, not a registered newsx component
    nlp = scheme_pipeline("ud")
    saved = tmp_path / "saved"
    nlp.to_disk(saved)
    config = (saved / "config.cfg").read_text(encoding="utf-8")
    assert "Kremlchef" not in config and "sagen" not in config  # rule data is not in config
    assert (saved / "newsx_quotes" / "speech_verbs.jsonl").is_file()
    other = tmp_path / "elsewhere"
    other.mkdir()
    python = wheel_venv / "bin" / "python"
    out = _run([str(python), "-c", PROBE, str(saved), str(SAMPLES)], other).stdout
    result = json.loads(out)
    assert str(wheel_venv) in result["pipeline"]
    checkout = [p for p in result["sys_path"] if p == str(ROOT)]  # "" is the cwd: elsewhere
    assert not checkout, "the checkout is on sys.path"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = _probe(nlp)
    assert result["rows"] == expected
    assert sum(len(r["quotes"]) for r in expected) > 5


def test_spacy_package_de_newsx_installs_and_loads_by_name(wheel_venv, nlp, tmp_path):
    """``newsx package`` (run from the wheel) makes de_newsx; installed, spacy.load finds it."""
    other = tmp_path / "elsewhere"
    other.mkdir()
    _run([str(wheel_venv / "bin" / "newsx"), "package", "dist"], other)
    meta = json.loads((resources_model_dir() / "meta.json").read_text(encoding="utf-8"))
    folder = other / "dist" / f"de_newsx-{meta['version']}"
    assert (folder / "setup.py").is_file() and (folder / "README.md").is_file()
    python = wheel_venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
          "-q", str(folder)], other)  # fmt: skip
    out = _run([str(python), "-c", PROBE, "de_newsx", str(SAMPLES)], other).stdout
    result = json.loads(out)
    assert str(wheel_venv) in result["pipeline"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert result["rows"] == _probe(nlp)


def test_every_python_package_is_listed_in_pyproject():
    """pyproject.toml lists the packages by hand (data/ and models/ are mapped to newsx_data
    and newsx_models); a new sub-package missing from the list would be missing from the wheel."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "pipeline").rglob("__init__.py")
    }
    assert on_disk - listed == set()
