"""newsx: German news text to tidy tables of quotes, entities and numbers (spaCy components)."""

from pathlib import Path

__version__ = "0.1.0"

#: Repository root (editable install) -- rule files and samples live under ``ROOT / "data"``.
ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
MODELS_DIR = ROOT / "models"


def rules_dir(lang: str = "de") -> Path:
    """Folder of the rule files for ``lang``, e.g. ``data/rules/de``."""
    return DATA_DIR / "rules" / lang
