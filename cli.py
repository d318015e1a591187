"""newsx command line: a thin typer app over :mod:`pipeline` (run, show, info, eval, train)."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

app = typer.Typer(
    name="newsx",
    help="German news text to tidy tables: who said what, entities, places and numbers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()

ModelOpt = Annotated[
    str | None,
    typer.Option("--model", "-m", help="spaCy pipeline name or path (default: see `newsx info`)."),
]


def _load(model: str | None):
    from pipeline.model import BlankModelWarning, load_pipeline

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", BlankModelWarning)
        try:
            nlp, choice = load_pipeline(model)
        except (OSError, ValueError) as e:
            err.print(f"[bold red]error:[/] cannot load model {model!r}: {e}")
            raise typer.Exit(2) from None
    for w in caught:
        if issubclass(w.category, BlankModelWarning):
            err.print(f"[bold red]WARNING:[/] {w.message}")
    return nlp, choice


def _formats(value: str) -> list[str]:
    from pipeline.writers import FORMATS

    fmts = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in fmts if f not in FORMATS]
    if bad or not fmts:
        raise typer.BadParameter(f"unknown format(s) {bad or value!r}; use {', '.join(FORMATS)}")
    return fmts


@app.command()
def run(
    inputs: Annotated[
        list[Path], typer.Argument(help="Files or folders of .txt news texts.", exists=True)
    ],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for the output tables.")],
    glob: Annotated[str, typer.Option(help="Pattern for files inside folders.")] = "**/*.txt",
    model: ModelOpt = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: csv,parquet,jsonl.")
    ] = "csv",
    n_process: Annotated[int, typer.Option(help="Worker processes for spaCy.", min=1)] = 1,
    batch_size: Annotated[
        int, typer.Option(help="Documents per batch (and per write).", min=1)
    ] = 16,
) -> None:
    """Extract quotes, entities and numbers from INPUTS into four tables in --out.

    Exit code 0 when every input was processed, 1 when any input failed (the others are
    still written), 2 on usage errors.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from pipeline.run import count_inputs
    from pipeline.run import run as run_batch

    formats = _formats(fmt)
    nlp, choice = _load(model)
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
        f"model {Path(choice.name).name} | documents {summary.documents} | quotes {summary.quotes}"
        f" | entities {summary.entities} | numbers {summary.numbers} | errors {summary.errors}"
        f" | {summary.words_per_second:,.0f} words/s | tables in {out_dir}"
    )
    raise typer.Exit(1 if summary.errors or total == 0 else 0)


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="One text file.", exists=True, dir_okay=False)],
    model: ModelOpt = None,
    html_out: Annotated[
        Path | None, typer.Option("--html", help="Also write an HTML view here.")
    ] = None,
) -> None:
    """Show what newsx finds in one text: highlighted text and tables (and --html)."""
    from pipeline.batch import decode_item
    from pipeline.run import process
    from pipeline.show import render_html, render_terminal
    from pipeline.tables import doc_rows

    nlp, _ = _load(model)
    item = decode_item(file.read_bytes(), file.name, str(file))
    item, doc = next(process(nlp, [item]))
    rows = doc_rows(item, doc)
    render_terminal(out, item.content, rows)
    if html_out is not None:
        html_out.write_text(render_html(item.content, rows, title=file.name), encoding="utf-8")
        err.print(f"HTML view written to {html_out}")
    raise typer.Exit(1 if item.error else 0)


@app.command()
def info(model: ModelOpt = None) -> None:
    """Which model newsx would use and why, its components, versions and rule files."""
    import spacy

    import pipeline
    from pipeline.model import resolve_model

    choice = resolve_model(model)
    nlp, _ = _load(model)
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
    rules = sorted(pipeline.rules_dir(nlp.lang).glob("*.*"))
    out.print(f"[bold]rule files[/] {pipeline.rules_dir(nlp.lang)}")
    for p in rules:
        if p.suffix in (".jsonl", ".yaml", ".yml"):
            n = sum(
                1 for line in p.open(encoding="utf-8") if line.strip() and not line.startswith("#")
            )
            out.print(f"             {p.name} ({n} records)")


@app.command("eval")
def evaluate(
    gold: Annotated[
        Path, typer.Argument(help="Gold quotes JSONL (Wikinews quotation format).", exists=True)
    ],
    threshold: Annotated[
        float, typer.Option(help="Overlap F1 needed to pair quotes.", min=0.0, max=1.0)
    ] = 0.5,
    model: ModelOpt = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N documents.")] = None,
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


@app.command("eval-model")
def evaluate_model(
    model: Annotated[
        str | None, typer.Argument(help="Pipeline name or path (default: as `newsx run`).")
    ] = None,
    rules: Annotated[
        bool, typer.Option("--rules/--no-rules", help="Score with the newsx components added.")
    ] = True,
    limit: Annotated[int | None, typer.Option(help="Only the first N held-out docs.")] = None,
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


@app.command()
def train(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the pipeline.")
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

    train_model(output, smoke=smoke)


if __name__ == "__main__":
    app()
