"""Where newsx finds its data: shipped rule files, the shipped model, user rule folders.

Everything is found through :mod:`importlib.resources`, so an editable checkout, ``pip
install .``, a wheel on a cluster worker and a zip-free ``--target`` install behave the
same. The repository keeps ``data/`` and ``models/`` at the top; ``pyproject.toml`` maps
them to the packages ``newsx_data`` and ``newsx_models``::

    >>> rules_dir("de").name
    'de'
    >>> model_dir().name
    'de_newsx'

**User rule folders** (``newsx run --rules DIR``, ``NEWSX_RULES``) are overlays: a file in
``DIR`` with the name of a shipped rule file (``speech_verbs.jsonl``; ``.yaml``/``.yml``
with the same stem also work) changes that file record by record, keyed by the file's id
field (``id``; ``form`` in ``konjunktiv.jsonl``):

- a record with a new id is **added** (after the shipped records);
- a record with an existing id **replaces** the shipped record (in its place);
- ``{"id": "...", "remove": true}`` **removes** the shipped record.

Several folders apply in order (later wins). Records are checked with the same schema as
the shipped files; errors name the user's file, line and field. Other file names in
``DIR`` are an error (usually a typo); ``README.md`` and dot-files are ignored.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .rules import RuleFileError, Schema, raise_all, read_records, validate_record, write_rules

DATA_PACKAGE = "newsx_data"
MODELS_PACKAGE = "newsx_models"
SHIPPED_MODEL_NAME = "de_newsx"
RULES_ENV = "NEWSX_RULES"
RULE_SUFFIXES = (".jsonl", ".yaml", ".yml")
REMOVE = "remove"


def _package_path(package: str) -> Path:
    """The folder of a data package on disk (wheels are installed unpacked)."""
    root = resources.files(package)
    if not isinstance(root, Path):  # a MultiplexedPath (namespace) or a zip: not supported
        root = Path(str(root))
    return root


def rules_dir(lang: str = "de") -> Path:
    """Folder of the shipped rule files for ``lang`` (``data/rules/<lang>`` in the repo)."""
    return _package_path(DATA_PACKAGE) / "rules" / lang


def model_dir(name: str = SHIPPED_MODEL_NAME) -> Path:
    """Folder of a pipeline shipped with newsx (``models/<name>`` in the repo)."""
    return _package_path(MODELS_PACKAGE) / name


def rule_schemas() -> dict[str, Schema]:
    """File name -> schema of every rule file newsx reads (the user-overlay contract)."""
    from .components.mood import MOOD_SCHEMA
    from .entities.lexicon import FILES as ENTITY_FILES
    from .numbers import PLURAL_SCHEMA, PLURALS_FILE
    from .numbers import SCHEMAS as NUMBER_SCHEMAS
    from .quotes.data import FILES as QUOTE_FILES
    from .speakers.lexicon import ROLE_SCHEMA

    out = {name: schema for name, schema in QUOTE_FILES.values()}
    out.update(NUMBER_SCHEMAS)
    out[PLURALS_FILE] = PLURAL_SCHEMA
    out.update({name: schema for name, schema in ENTITY_FILES.values()})
    out["roles.jsonl"] = ROLE_SCHEMA
    out["mood.jsonl"] = MOOD_SCHEMA
    return out


def rule_dirs_from_env(env: dict[str, str] | None = None) -> list[Path]:
    """User rule folders from ``NEWSX_RULES`` (several separated by ``os.pathsep``)."""
    value = (os.environ if env is None else env).get(RULES_ENV, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def _key_field(schema: Schema) -> str:
    return schema.unique[0] if schema.unique else "id"


def user_rule_files(folder: str | Path) -> dict[str, Path]:
    """Shipped file name -> the file in a user folder that overlays it.

    Raises :class:`RuleFileError` for a missing folder or a file no component reads.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise RuleFileError(folder, None, None, "rule folder not found")
    known = rule_schemas()
    stems = {Path(name).stem: name for name in known}
    out: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name.lower() == "readme.md" or path.is_dir():
            continue
        target = stems.get(path.stem) if path.suffix.lower() in RULE_SUFFIXES else None
        if target is None:
            raise RuleFileError(
                path, None, None, f"not a newsx rule file (known: {', '.join(sorted(known))})"
            )
        if target in out:
            raise RuleFileError(path, None, None, f"{out[target].name} overlays {target} too")
        out[target] = path
    return out


@dataclass
class OverlayFile:
    """One merged rule file: records and where each came from (path, line)."""

    name: str
    records: list[dict[str, Any]] = field(default_factory=list)
    origins: list[tuple[str, int | None]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    added: int = 0
    replaced: int = 0
    removed: int = 0

    def apply(self, path: Path, schema: Schema) -> None:
        """Overlay the records of the user file ``path`` (see the module doc)."""
        key = _key_field(schema)
        index = {rec.get(key): i for i, rec in enumerate(self.records)}
        dropped: set[int] = set()
        problems: list[RuleFileError] = []
        for line, raw in read_records(path):
            if isinstance(raw, dict) and raw.get(REMOVE) is True:
                extra = sorted(set(raw) - {key, REMOVE})
                if extra:
                    raise RuleFileError(path, line, extra[0], "a remove record has only the id")
                if raw.get(key) not in index or index[raw.get(key)] in dropped:
                    raise RuleFileError(path, line, key, f"no record {raw.get(key)!r} to remove")
                dropped.add(index[raw[key]])
                self.removed += 1
                continue
            try:
                rec = validate_record(raw, schema, path, line)
            except RuleFileError as e:  # report every bad record of the file at once
                problems.append(e)
                continue
            if rec.get(key) in index and index[rec[key]] not in dropped:
                self.records[index[rec[key]]] = raw
                self.origins[index[rec[key]]] = (str(path), line)
                self.replaced += 1
                continue
            index[rec.get(key)] = len(self.records)
            self.records.append(raw)
            self.origins.append((str(path), line))
            self.added += 1
        raise_all(problems)
        keep = [i for i in range(len(self.records)) if i not in dropped]
        self.records = [self.records[i] for i in keep]
        self.origins = [self.origins[i] for i in keep]
        self.sources.append(str(path))

    def summary(self) -> str:
        """``"2 added, 1 replaced, 1 removed"`` (empty for an untouched file)."""
        counts = {"added": self.added, "replaced": self.replaced, "removed": self.removed}
        return ", ".join(f"{n} {what}" for what, n in counts.items() if n)


def overlay_file(name: str, base: Path, user_dirs: Sequence[str | Path]) -> OverlayFile:
    """The records of the rule file ``name`` from ``base`` with every user folder applied."""
    schema = rule_schemas()[name]
    merged = OverlayFile(name, sources=[str(base)])
    for line, raw in read_records(base):
        merged.records.append(raw)
        merged.origins.append((str(base), line))
    for folder in user_dirs:
        path = user_rule_files(folder).get(name)
        if path is not None:
            merged.apply(path, schema)
    return merged


@dataclass
class MergedRules:
    """A temporary folder of merged rule files, and how to point errors back at the origin."""

    path: Path
    files: dict[str, OverlayFile]

    def translate(self, error: RuleFileError) -> RuleFileError:
        """An error about a merged file, re-addressed to the user's (or shipped) file and line."""
        merged = self.files.get(Path(error.path).name)
        if merged is None or Path(error.path).parent != self.path:
            return error
        if error.line is None or not 1 <= error.line <= len(merged.origins):
            where = " + ".join(merged.sources)
            return RuleFileError(where, None, error.field, _message(error))
        path, line = merged.origins[error.line - 1]
        return RuleFileError(path, line, error.field, _message(error))


def _message(error: RuleFileError) -> str:
    """The message of a :class:`RuleFileError` without its ``file:line: field 'x':`` prefix."""
    text = str(error)
    prefix = f"{error.path}:{error.line}" if error.line is not None else error.path
    text = text.removeprefix(prefix).removeprefix(":")
    if error.field:
        text = text.removeprefix(f" field '{error.field}':")
    return text.strip()


@contextlib.contextmanager
def merged_rules(
    sources: dict[str, Path], user_dirs: Sequence[str | Path]
) -> Iterator[MergedRules]:
    """Write the files ``sources`` (name -> shipped path) with ``user_dirs`` applied into a
    temporary folder, one record per line (so line n is record n); removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="newsx-rules-") as tmp:
        folder = Path(tmp)
        files = {}
        for name, base in sources.items():
            files[name] = overlay_file(name, base, user_dirs)
            write_rules(folder / name, files[name].records)
        yield MergedRules(folder, files)


def rule_origins(lang: str = "de", user_dirs: Sequence[str | Path] = ()) -> list[OverlayFile]:
    """For ``newsx info``: every rule file with its records and the files it is made of
    (``sources``: the shipped file, then each user file that changes it)."""
    base = rules_dir(lang)
    return [overlay_file(name, base / name, user_dirs) for name in sorted(rule_schemas())]
