"""The shipped pipeline as a spaCy package of its own: ``de_newsx`` (``spacy package`` layout).

:func:`build_spacy_package` loads the shipped model, adds the newsx components (their rule
files are saved next to the weights by ``to_disk``, never into ``config.cfg``) and runs
spaCy's own packager on the result, offline. The package is named ``<lang>_<meta name>``
(``de_newsx``) with the version of the model's ``meta.json``; it requires ``newsx`` (found
by spaCy from the ``spacy_factories`` entry points), which registers the components::

    newsx package dist/                      # dist/de_newsx-0.2.0/ (setup.py, meta.json, data)
    pip install dist/de_newsx-0.2.0/         # or --build sdist / wheel for an archive
    python -c "import spacy; spacy.load('de_newsx')"
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

BUILDS = ("none", "sdist", "wheel")


def build_spacy_package(
    output_dir: str | Path,
    *,
    model: str | None = None,
    rules: Sequence[str | Path] = (),
    build: str = "none",
) -> Path:
    """Write ``<output_dir>/de_newsx-<version>/`` (and an archive for ``build`` sdist or
    wheel); returns the package folder. ``model`` defaults to the shipped ``de_newsx``;
    ``rules``: user rule folders laid over the shipped rules before saving."""
    from spacy.cli.package import package

    from . import resources
    from .model import load_pipeline

    if build not in BUILDS:
        raise ValueError(f"build must be one of {', '.join(BUILDS)}, not {build!r}")
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    nlp, _ = load_pipeline(model or str(resources.model_dir()), rules=list(rules))
    lang, name = nlp.meta["lang"], nlp.meta["name"]
    name = name if name.startswith(f"{lang}_") else f"{lang}_{name}"  # as spacy package does
    with tempfile.TemporaryDirectory(prefix="newsx-package-") as tmp:
        saved = Path(tmp) / name
        nlp.to_disk(saved)
        readme = resources.model_dir() / "README.md"  # data, licences (CC BY-SA 4.0)
        if model is None and readme.is_file():
            (saved / "README.md").write_bytes(readme.read_bytes())
        package(
            saved,
            output_dir,
            create_sdist=build == "sdist",
            create_wheel=build == "wheel",
            require_parent=True,
            force=True,
            silent=True,
        )
    return output_dir / f"{name}-{nlp.meta['version']}"
