"""newsx: German news text to tidy tables of quotes, entities and numbers (spaCy components).

Data files (rules, the shipped model) are found through :mod:`pipeline.resources`
(``importlib.resources``), so an installed wheel works like the checkout.
"""

from pathlib import Path

__version__ = "0.1.0"

#: The checkout this module sits in -- for development tools only (tests, training,
#: benchmarks, ``data/samples``); installed code never reads it. Use
#: :func:`pipeline.resources.rules_dir` / :func:`pipeline.resources.model_dir` instead.
ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"


def rules_dir(lang: str = "de") -> Path:
    """Folder of the shipped rule files for ``lang`` (:func:`pipeline.resources.rules_dir`)."""
    from .resources import rules_dir as shipped_rules_dir

    return shipped_rules_dir(lang)


def __getattr__(name: str) -> Path:
    # MODELS_DIR: the folder of the shipped pipelines, wherever newsx is installed
    if name == "MODELS_DIR":
        from .resources import model_dir

        return model_dir().parent
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
