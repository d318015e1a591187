"""The quote engine stays readable and language-neutral: small functions, shallow nesting,
no German word in its Python (words are data in ``data/rules/<lang>/``)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from pipeline import ROOT, rules_dir

PACKAGE = ROOT / "pipeline" / "quotes"
FILES = sorted(PACKAGE.rglob("*.py"))
BLOCKS = (ast.If, ast.For, ast.While, ast.With, ast.Try, ast.Match)
MAX_LINES = 80
MAX_NESTING = 4


def _nesting(node: ast.AST, depth: int = 0) -> int:
    """Deepest block nesting inside ``node``; ``elif`` counts as its ``if``."""
    deepest = depth
    for child in ast.iter_child_nodes(node):
        is_elif = isinstance(node, ast.If) and isinstance(child, ast.If) and node.orelse == [child]
        inner = depth + (isinstance(child, BLOCKS) and not is_elif)
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue  # measured on its own
        deepest = max(deepest, _nesting(child, inner))
    return deepest


def _functions():
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield path.relative_to(ROOT).as_posix(), node


def test_functions_are_short_and_shallow():
    too_long = [
        f"{p}:{n.name} ({n.end_lineno - n.lineno + 1} lines)"
        for p, n in _functions()
        if n.end_lineno - n.lineno + 1 > MAX_LINES
    ]
    too_deep = [f"{p}:{n.name}" for p, n in _functions() if _nesting(n) > MAX_NESTING]
    assert (too_long, too_deep) == ([], [])


def _german_words() -> set[str]:
    """Every word of the German quote rule files that is not also an English identifier."""
    words: set[str] = set()
    folder = rules_dir("de")
    for name in ("quote_words.jsonl", "speech_verbs.jsonl", "konjunktiv.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            rec = json.loads(line)
            if rec.get("id") in ("web_domains", "adjective_endings"):
                continue  # top-level domains and endings, not words
            for key in ("words", "forms"):
                words.update(w.lower() for w in rec.get(key) or ())
            for key in ("lemma", "form", "particle"):
                if rec.get(key):
                    words.add(rec[key].lower())
    # short words that are also English/Python identifiers used as schema values
    return {w for w in words if len(w) > 1} - {"die", "an", "in", "am", "so", "es", "de", "at"}


def _literals(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helps = {
        id(kw.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for kw in node.keywords
        if kw.arg == "help"
    }
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings | helps
        ):
            yield node.lineno, node.value


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_german_word_in_python(path):
    german = _german_words()
    found = [
        (line, value)
        for line, value in _literals(path)
        if value.lower() in german or any(ch in value.lower() for ch in "äöüß")
    ]
    assert found == []
