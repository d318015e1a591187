"""Lifecycle shared by the newsx components, the spaCy ``span_ruler`` way.

A component starts **empty**: the factory only stores settings (which end up in
``config.cfg``). Rule data arrives through

- :meth:`RuleComponent.initialize` -- from the ``rules_dir`` setting or the shipped rules
  of the component's language (:func:`pipeline.resources.rules_dir`), with user rule
  folders (``rules=[...]``) laid over them (:mod:`pipeline.resources`);
- :meth:`RuleComponent.from_disk` / :meth:`from_bytes` -- the files a saved pipeline
  carries (``nlp.to_disk`` writes them next to the model's weights, never into
  ``config.cfg``), so ``spacy.load(path)`` works without the repository.

A component used without either (``nlp.add_pipe("newsx_quotes"); nlp(text)``) fills itself
from the shipped rules the first time it needs its data (:attr:`lazy_attributes`).

A subclass sets :attr:`rule_files`, :attr:`lazy_attributes` and implements
:meth:`load_rules` (read the files from a folder) and :meth:`save_rules` (write them).
"""

# No ``from __future__ import annotations``: spaCy validates [initialize.components.*]
# settings against the real annotations of ``initialize`` (pydantic).
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

import srsly

from .. import resources
from ..rules import RuleFileError


class RuleComponent:
    """Base of the newsx components: settings at construction, rules in initialize/from_disk."""

    #: names of the rule files this component reads (as in ``data/rules/<lang>/``)
    rule_files: ClassVar[tuple[str, ...]] = ()
    #: attributes set by :meth:`load_rules`; reading one before any load fills the component
    lazy_attributes: ClassVar[frozenset[str]] = frozenset()

    lang: str = "de"
    rules_source: str | None = None  # the rules_dir / rules_path setting of the factory

    # -- to implement --------------------------------------------------------------------
    def load_rules(self, folder: Path) -> None:
        """Read :attr:`rule_files` from ``folder`` and build the lookup structures."""
        raise NotImplementedError

    def save_rules(self, folder: Path) -> None:
        """Write :attr:`rule_files` into ``folder`` (which exists)."""
        raise NotImplementedError

    # -- sources -------------------------------------------------------------------------
    def rule_sources(self) -> dict[str, Path]:
        """File name -> the file its records come from before user overlays.

        The ``rules_dir``-style setting is a folder; a setting that names a file
        (``rules_path`` of ``newsx_mood``, ``roles_path`` of ``newsx_speakers``) stands for the
        component's one rule file.
        """
        if self.rules_source:
            source = Path(self.rules_source)
            if source.is_file() or source.suffix.lower() in resources.RULE_SUFFIXES:
                return {self.rule_files[0]: source}
            return {name: source / name for name in self.rule_files}
        return {name: resources.rules_dir(self.lang) / name for name in self.rule_files}

    # -- spaCy lifecycle -----------------------------------------------------------------
    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Any = None,
        rules: Sequence[str] | str | None = None,
    ) -> None:
        """Fill the component from its rule files; ``rules``: user folders laid over them.

        Errors name the file, line and field of the user's (or shipped) file.
        """
        user_dirs = [rules] if isinstance(rules, str | Path) else list(rules or ())
        sources = self.rule_sources()
        folders = {p.parent for p in sources.values()}
        plain = all(p.name == name for name, p in sources.items())
        if not user_dirs and len(folders) == 1 and plain:
            self._fill(next(iter(folders)))
            return
        with resources.merged_rules(sources, user_dirs) as merged:
            try:
                self._fill(merged.path)
            except RuleFileError as e:
                raise merged.translate(e) from None

    def _fill(self, folder: Path) -> None:
        self.load_rules(Path(folder))
        self.__dict__["_filled"] = True

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes that are not set: the rule data before any load.
        d = self.__dict__
        if name not in type(self).lazy_attributes or d.get("_filled") or d.get("_filling"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        d["_filling"] = True
        try:
            self.initialize()
        finally:
            d.pop("_filling", None)
        return object.__getattribute__(self, name)

    # -- serialisation: the rule files travel with the pipeline --------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the rule files into ``path`` (settings live in config.cfg)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.save_rules(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "RuleComponent":
        """Read the rule files written by :meth:`to_disk`; returns self."""
        self._fill(Path(path))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The rule files as msgpack bytes ``{file name: file content}``."""
        with tempfile.TemporaryDirectory(prefix="newsx-bytes-") as tmp:
            self.to_disk(tmp)
            return srsly.msgpack_dumps(
                {p.name: p.read_bytes() for p in sorted(Path(tmp).iterdir()) if p.is_file()}
            )

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "RuleComponent":
        """Load what :meth:`to_bytes` wrote; returns self."""
        with tempfile.TemporaryDirectory(prefix="newsx-bytes-") as tmp:
            for name, content in srsly.msgpack_loads(data).items():
                (Path(tmp) / Path(name).name).write_bytes(content)
            return self.from_disk(tmp)
