"""The number layer stays readable: no function over 80 lines, nesting at most 4 (issue 15)."""

from __future__ import annotations

import ast

import pytest

from pipeline import ROOT

from .quotes.test_code_shape import MAX_LINES, MAX_NESTING, _nesting

FILES = ["pipeline/numbers.py", "pipeline/number_windows.py", "pipeline/components/numbers.py"]


def _functions():
    for name in FILES:
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield pytest.param(node, id=f"{name}:{node.name}")


@pytest.mark.parametrize("node", list(_functions()))
def test_functions_are_short_and_shallow(node):
    assert node.end_lineno - node.lineno + 1 <= MAX_LINES
    assert _nesting(node) <= MAX_NESTING
