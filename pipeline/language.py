"""One run, several languages: detect each document's language and route it to that
language's pipeline, loaded once per run.

``newsx run --lang auto`` (the default) detects the language of every text with py3langid
(offline; its model ships inside the PyPI package), restricted to the languages newsx has a
pipeline for (:data:`pipeline.model.LANG_MODELS`); ``--lang de`` / ``--lang fr`` take every
text as that language. A language whose model is not installed turns its documents into
error rows that say how to install it (``pip install 'newsx[fr]'``), the other documents are
processed as usual.

``--model`` names a model per language: ``--model fr=fr_core_news_md`` or
``--model de=de_core_news_md,fr=fr_core_news_sm``; a plain ``--model NAME`` is the model of
the one language given with ``--lang`` (of German with ``--lang auto``).

>>> detect("Le président a déclaré que la situation était stable.")
'fr'
>>> parse_models("de=de_core_news_md,fr=fr_core_news_sm", "auto")
{'de': 'de_core_news_md', 'fr': 'fr_core_news_sm'}
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from .batch import InputItem
from .model import DEFAULT_LANG, LANG_MODELS, ModelChoice, load_pipeline

AUTO = "auto"
#: detections below this probability fall back to :data:`DEFAULT_LANG`
MIN_PROBABILITY = 0.6
#: characters of a text the detector reads (the start of an article is enough)
DETECT_CHARS = 2000


def languages() -> tuple[str, ...]:
    """The languages newsx has a pipeline for (rule folder, quote grammar, model names)."""
    return tuple(LANG_MODELS)


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(languages()))
    return ident


def detect(text: str) -> str:
    """The language of ``text`` among :func:`languages`; :data:`DEFAULT_LANG` when the text
    is too short or unclear to tell."""
    sample = text[:DETECT_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return DEFAULT_LANG
    lang, prob = _identifier().classify(sample)
    return lang if prob >= MIN_PROBABILITY else DEFAULT_LANG


def parse_models(spec: str | None, lang: str = AUTO) -> dict[str, str]:
    """``--model`` as ``{language: model}``: ``"fr=NAME,de=NAME"``, or a plain ``NAME`` for
    ``lang`` (German with ``auto``). ValueError for an unknown language."""
    if not spec:
        return {}
    if "=" not in spec:
        return {DEFAULT_LANG if lang == AUTO else lang: spec}
    out: dict[str, str] = {}
    for part in spec.split(","):
        code, _, name = part.partition("=")
        code, name = code.strip(), name.strip()
        if code not in LANG_MODELS or not name:
            known = ", ".join(LANG_MODELS)
            raise ValueError(f"--model {part!r}: expected LANG=NAME with LANG one of {known}")
        out[code] = name
    return out


@dataclass
class Pipelines:
    """The pipeline of every language a run meets, each loaded once, on first use.

    ``lang``: ``auto`` or one language code; ``models``: ``{language: model}`` from
    :func:`parse_models`; ``rules``: user rule folders; ``loaded`` may hold pipelines loaded
    before the run (the CLI loads German first so that usage errors show at once).
    """

    lang: str = AUTO
    models: dict[str, str] = field(default_factory=dict)
    rules: Sequence[str | Path] | None = None
    loaded: dict[str, Language] = field(default_factory=dict)
    choices: dict[str, ModelChoice] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)

    def language_of(self, text: str) -> str:
        """The language ``text`` is processed in."""
        return detect(text) if self.lang == AUTO else self.lang

    def get(self, lang: str) -> Language | None:
        """The pipeline of ``lang`` (loaded now if needed), None when it cannot be loaded
        (:attr:`failed` says why)."""
        if lang in self.loaded or lang in self.failed:
            return self.loaded.get(lang)
        try:
            nlp, choice = load_pipeline(self.models.get(lang), rules=self.rules, lang=lang)
        except (OSError, ValueError) as e:
            self.failed[lang] = str(e)
            return None
        self.loaded[lang], self.choices[lang] = nlp, choice
        return nlp

    def describe(self) -> str:
        """The models used, e.g. ``de_newsx (de), fr_core_news_sm (fr)``."""
        return ", ".join(f"{Path(c.name).name} ({lang})" for lang, c in self.choices.items())

    def group(self, chunk: Sequence[InputItem]) -> dict[str, list[InputItem]]:
        """Set each item's language; the items of a language that has a pipeline, by
        language (an item whose language has no model gets its install hint as error).
        :func:`pipeline.run.rows_by_language` runs each group through its pipeline."""
        groups: dict[str, list[InputItem]] = {}
        for item in chunk:
            if item.error is not None:
                continue
            item.language = self.language_of(item.text)
            if self.get(item.language) is None:
                item.error = self.failed[item.language]
                continue
            groups.setdefault(item.language, []).append(item)
        return groups
