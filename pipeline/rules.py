"""Rule files: JSONL (one object per line) or YAML (a list of mappings), validated at load.

Every component reads its data through :func:`load_rules` with a :class:`Field` schema, so
a user who edits a rule file gets an error naming the file, the line and the field::

    data/rules/de/speech_verbs.jsonl:12: field 'lemma': required field is missing

Comment lines (``#``) and blank lines are allowed in JSONL files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import srsly
import yaml


class RuleFileError(ValueError):
    """A rule file is malformed; the message names file, line and field."""

    def __init__(self, path: str | Path, line: int | None, field_name: str | None, message: str):
        self.path, self.line, self.field = str(path), line, field_name
        where = f"{path}:{line}" if line is not None else str(path)
        what = f" field '{field_name}':" if field_name else ""
        super().__init__(f"{where}:{what} {message}")


@dataclass(frozen=True)
class Field:
    """Schema of one field of a rule record.

    ``type`` is a Python type or a tuple of types (``list`` means a list of ``item``);
    ``choices`` restricts string values; ``default`` is used when not ``required``.
    """

    type: type | tuple[type, ...] = str
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] | None = None
    item: type | tuple[type, ...] | None = None
    help: str = ""


@dataclass
class Schema:
    """Field name -> :class:`Field`; unknown fields are an error (they are usually typos)."""

    fields: dict[str, Field]
    name: str = "rule"
    allow_extra: bool = False
    unique: tuple[str, ...] = field(default_factory=tuple)

    def describe(self) -> str:
        """One line per field, for docs and ``newsx info``."""
        out = []
        for k, f in self.fields.items():
            t = (
                f.type.__name__
                if isinstance(f.type, type)
                else "|".join(x.__name__ for x in f.type)
            )
            req = "required" if f.required else f"default {f.default!r}"
            ch = f", one of {', '.join(f.choices)}" if f.choices else ""
            out.append(f"{k} ({t}, {req}{ch}){': ' + f.help if f.help else ''}")
        return "\n".join(out)


def word_groups_schema(name: str, kinds: tuple[str, ...], words_help: str) -> Schema:
    """The schema of a generated word file: records of one ``kind`` each holding
    space-separated ``words`` (``nouns.jsonl``, ``noun_plurals.jsonl``)."""
    return Schema(
        {
            "id": Field(str, required=True),
            "kind": Field(str, required=True, choices=kinds),
            "words": Field(str, required=True, help=words_help),
        },
        name=name,
        unique=("id",),
    )


def _check_type(value: Any, expected: type | tuple[type, ...]) -> bool:
    if (
        isinstance(value, bool)
        and expected in (int, float)
        or (isinstance(expected, tuple) and bool not in expected and isinstance(value, bool))
    ):
        return False
    takes_float = expected is float or (isinstance(expected, tuple) and float in expected)
    if takes_float and isinstance(value, int) and not isinstance(value, bool):
        return True
    return isinstance(value, expected)


def validate_record(
    record: Any, schema: Schema, path: str | Path, line: int | None
) -> dict[str, Any]:
    """Check one record against ``schema``; return it with defaults filled in."""
    if not isinstance(record, Mapping):
        raise RuleFileError(path, line, None, f"expected an object, got {type(record).__name__}")
    out: dict[str, Any] = {}
    for key in record:
        if key not in schema.fields and not schema.allow_extra:
            known = ", ".join(schema.fields)
            raise RuleFileError(path, line, key, f"unknown field (known: {known})")
    for key, spec in schema.fields.items():
        if key not in record or record[key] is None:
            if spec.required:
                raise RuleFileError(path, line, key, "required field is missing")
            default = spec.default
            out[key] = (
                list(default)
                if isinstance(default, (list, tuple)) and spec.type is list
                else default
            )
            continue
        value = record[key]
        if not _check_type(value, spec.type):
            t = spec.type.__name__ if isinstance(spec.type, type) else spec.type
            raise RuleFileError(
                path, line, key, f"expected {t}, got {type(value).__name__} {value!r}"
            )
        if spec.type is list and spec.item is not None:
            for v in value:
                if not _check_type(v, spec.item):
                    raise RuleFileError(path, line, key, f"list item {v!r} has the wrong type")
        if spec.choices is not None:
            values = value if isinstance(value, list) else [value]
            for v in values:
                if v not in spec.choices:
                    raise RuleFileError(
                        path, line, key, f"{v!r} is not one of {', '.join(spec.choices)}"
                    )
        if isinstance(value, str) and spec.required and not value.strip():
            raise RuleFileError(path, line, key, "must not be empty")
        out[key] = value
    if schema.allow_extra:
        for key in record:
            out.setdefault(key, record[key])
    return out


def read_records(path: str | Path) -> Iterable[tuple[int, Any]]:
    """Yield ``(line_number, record)`` from a JSONL or YAML rule file."""
    path = Path(path)
    if not path.exists():
        raise RuleFileError(path, None, None, "rule file not found")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for i, raw in enumerate(fh, 1):
                s = raw.strip()
                if not s or s.startswith("#"):
                    continue
                try:
                    yield i, json.loads(s)
                except json.JSONDecodeError as e:
                    raise RuleFileError(
                        path, i, None, f"invalid JSON: {e.msg} (column {e.colno})"
                    ) from None
    elif suffix in (".yaml", ".yml"):
        try:
            nodes = yaml.compose(path.read_text(encoding="utf-8"))
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            raise RuleFileError(
                path, mark.line + 1 if mark else None, None, f"invalid YAML: {e}"
            ) from None
        if data is None:
            return
        if not isinstance(data, list):
            raise RuleFileError(path, 1, None, "expected a list of mappings at the top level")
        lines = [n.start_mark.line + 1 for n in nodes.value] if nodes is not None else []
        for i, rec in enumerate(data):
            yield (lines[i] if i < len(lines) else None), rec
    else:
        raise RuleFileError(path, None, None, "unsupported rule file type (use .jsonl or .yaml)")


def load_rules(path: str | Path, schema: Schema) -> list[dict[str, Any]]:
    """Read and validate a whole rule file; returns records with defaults filled in.

    Every bad record is reported at once: the error lists one ``file:line: field …`` line
    per problem (reading stops at the first line that is not JSON/YAML at all).

    >>> from pipeline import rules_dir
    >>> verbs = load_rules(rules_dir() / "speech_verbs.jsonl", SPEECH_VERB_SCHEMA)  # doctest: +SKIP
    """
    records, problems = [], []
    seen: dict[tuple, int | None] = {}
    try:
        for line, rec in read_records(path):
            try:
                rec = validate_record(rec, schema, path, line)
            except RuleFileError as e:
                problems.append(e)
                continue
            key = tuple(rec.get(k) for k in schema.unique)
            if schema.unique and key in seen:
                dup = f"duplicate {key!r} (first on line {seen[key]})"
                problems.append(RuleFileError(path, line, schema.unique[0], dup))
            seen.setdefault(key, line)
            records.append(rec)
    except RuleFileError as e:
        problems.append(e)
    raise_all(problems)
    return records


def raise_all(problems: list[RuleFileError]) -> None:
    """Raise the problems of one rule file together: the one error, or one error whose
    message lists them all (``"3 errors:"`` and a ``file:line: field …`` line each)."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        first = problems[0]
        error = RuleFileError(first.path, first.line, first.field, "")
        error.args = (f"{len(problems)} errors:\n" + "\n".join(str(p) for p in problems),)
        error.errors = problems
        raise error


def write_rules(path: str | Path, records: Iterable[Mapping[str, Any]]) -> None:
    """Write records as JSONL (used by components' ``to_disk``)."""
    srsly.write_jsonl(path, list(records))
