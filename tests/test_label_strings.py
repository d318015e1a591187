"""No raw dependency label outside ``pipeline/labels.py`` (issue 17).

Rules ask :mod:`pipeline.labels` for a role (``has_role(t, "subject")``) so that they work
with UD labels (``models/de_newsx``) and TIGER labels (``de_core_news_*``) alike. This test
reads every Python file of the package (AST, string literals only, so comments and
docstrings do not count) and reports two kinds of raw labels:

- a string that can only be a dependency label (``"nsubj"``, ``"compound:prt"``, ``"oc"``,
  ``"svp"`` …, :data:`LABEL_ONLY`) anywhere;
- any string compared with a ``.dep_``/``.dep`` value (``t.dep_ == "case"``,
  ``t.dep_.startswith(("nsubj", …))``, ``t.dep_ in (…)``).

``pipeline/labels.py`` is the mapping, ``pipeline/training/`` converts and scores treebanks
(it must name labels), ``pipeline/evaluate/model.py`` scores the parser against UD: they are
exempt. Files other engineers are rewriting still hold raw labels: they are listed in
:data:`KNOWN` with the offending strings, and the test fails when the list is stale in
either direction (a file got clean, or a new raw label appeared).
"""

from __future__ import annotations

import ast

import pytest

from pipeline import ROOT, labels

PACKAGE = ROOT / "pipeline"
EXEMPT = ("pipeline/labels.py", "pipeline/training/", "pipeline/evaluate/model.py")

#: strings that are dependency labels and nothing else in this code base
LABEL_ONLY = frozenset(
    {
        # UD
        "nsubj",
        "nsubj:pass",
        "csubj",
        "csubj:pass",
        "obj",
        "iobj",
        "obl",
        "obl:agent",
        "obl:arg",
        "obl:tmod",
        "ccomp",
        "xcomp",
        "advcl",
        "advmod",
        "amod",
        "nmod",
        "nmod:poss",
        "appos",
        "compound:prt",
        "acl",
        "acl:relcl",
        "aux",
        "aux:pass",
        "cop",
        "parataxis",
        "flat",
        "flat:name",
        "expl",
        "expl:pv",
        "conj",
        "det:poss",
        "nummod",
        # TIGER
        "sb",
        "sbp",
        "oa",
        "oa2",
        "og",
        "oc",
        "op",
        "svp",
        "nk",
        "mnr",
        "pnc",
        "cj",
        "cd",
        "cp",
        "rc",
        "pd",
        "pg",
        "ag",
        "ng",
        "pm",
        "par",
        "app",
    }
)

#: role names of pipeline.labels may appear anywhere ("parataxis" is a role and a UD label)
LABEL_ONLY = LABEL_ONLY - set(labels.ROLES)

#: files other engineers own that still compare raw labels -> the strings found (issue 17
#: report lists the suggested fix for each; the labels.py helpers exist)
#: none since the quote engine reads roles through labels.py (its restructuring)
KNOWN: dict[str, set[str]] = {}


#: functions of pipeline.labels whose string arguments are role names ("parataxis", "case"
#: are roles as well as UD labels)
ROLE_API = frozenset({"has_role", "children_with"})


def _name(func: ast.AST) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _dep_attr(node: ast.AST) -> bool:
    """Does ``node`` read a ``.dep_``/``.dep`` attribute (``t.dep_``, ``t.dep_.lower()``)?"""
    return any(isinstance(n, ast.Attribute) and n.attr in ("dep_", "dep") for n in ast.walk(node))


def _strings(node: ast.AST) -> set[str]:
    return {
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def raw_labels(source: str) -> set[str]:
    """Label strings in ``source``: label-only literals and strings compared with ``.dep_``.

    >>> sorted(raw_labels('x = t.dep_ == "case"\\ny = {"nsubj"}'))
    ['case', 'nsubj']
    """
    tree = ast.parse(source)
    roles = {
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node.func) in ROLE_API
        for arg in node.args
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in roles:
            continue
        if isinstance(node, ast.Constant) and node.value in LABEL_ONLY:
            found.add(node.value)
        elif isinstance(node, ast.Compare) and _dep_attr(node):
            for side in [node.left, *node.comparators]:
                if not _dep_attr(side):
                    found |= _strings(side)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("startswith", "endswith")
            and _dep_attr(node.func.value)
        ):
            for arg in node.args:
                found |= _strings(arg)
    return found


def scan() -> dict[str, set[str]]:
    """``{relative path: raw label strings}`` for every non-exempt file of the package."""
    out = {}
    for path in sorted([*PACKAGE.rglob("*.py"), ROOT / "cli.py"]):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(EXEMPT):
            continue
        found = raw_labels(path.read_text(encoding="utf-8"))
        if found:
            out[rel] = found
    return out


def test_no_raw_labels_outside_labels_py():
    assert scan() == KNOWN


@pytest.mark.parametrize(
    "source, expected",
    [
        ('if t.dep_ == "case": pass', {"case"}),
        ('if t.dep_.lower() in ("conj", "cj"): pass', {"conj", "cj"}),
        ('ok = t.dep_.startswith(("nsubj", "expl"))', {"nsubj", "expl"}),
        ('DEPS = frozenset({"sb", "oc"})', {"sb", "oc"}),
        ('if labels.has_role(t, "subject"): pass', set()),
        ('if labels.has_role(t, "parataxis", "case"): pass', set()),
        ('if t.pos_ == "ADP": pass', set()),
    ],
)
def test_raw_labels_detector(source, expected):
    assert raw_labels(source) == expected
