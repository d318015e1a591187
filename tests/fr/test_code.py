"""No French word in the Python of the quote engine and the language routing: French is data
(``data/rules/fr/``) plus the grammar module ``pipeline/quotes/lang/fr.py``."""

from __future__ import annotations

import json

import pytest

from pipeline import ROOT, rules_dir
from tests.quotes.test_code_shape import _literals

FILES = sorted((ROOT / "pipeline" / "quotes").rglob("*.py")) + [ROOT / "pipeline" / "language.py"]
#: short words that are also English or code (POS tags, language codes)
#: "question" is also the English complement type of the rule column (+question)
NEUTRAL = {"de", "fr", "en", "la", "le", "a", "as", "on", "est", "or", "aux", "question"}


def _french_words() -> set[str]:
    words: set[str] = set()
    folder = rules_dir("fr")
    for name in ("quote_words.jsonl", "speech_verbs.jsonl", "cue_patterns.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            rec = json.loads(line)
            if rec.get("id") in ("web_domains", "adjective_endings", "abbreviations"):
                continue
            for key in ("words", "forms"):
                words.update(w.lower() for w in rec.get(key) or ())
            for key in ("lemma", "cue_lemma"):
                if rec.get(key):
                    words.add(rec[key].lower())
    return {w for w in words if len(w) > 2} - NEUTRAL


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_french_word_in_python(path):
    french = _french_words()
    found = [(line, value) for line, value in _literals(path) if value.lower() in french]
    assert found == []
