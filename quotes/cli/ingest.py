"""`quotes ingest`: store the quotes of article files in a database."""

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from quotes.cli.app import DbOption, app, fail, handles_errors
from quotes.database import resolve_url
from quotes.ingest import IngestSummary, Interrupted, ingest as run_ingest, reprocess_all


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} articles"),
        TextColumn("[dim]{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        # A log file or a pipe gets the summary line only.
        disable=not console.is_terminal,
    )


@app.command()
@handles_errors
def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files or directories (searched for .txt, .jsonl, .json, .csv, .html; "
            "*.gold.jsonl skipped); - for stdin.",
            show_default=False,
        ),
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet to record for every article.")] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Worker processes that extract; this one writes the database.")
    ] = 1,
    reprocess: Annotated[
        bool,
        typer.Option("--reprocess", help="Extract already stored articles again; with no PATH, every stored article."),
    ] = False,
    encoding: Annotated[
        str | None, typer.Option(help="Text encoding of the inputs, when it cannot be detected.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Extract the quotes of PATHS and store them, skipping articles already stored.

    Each article is stored whole or not at all; one that fails is named on stderr and the rest go on. Exits with 1 when any article or file failed.
    """
    if not paths and not reprocess:
        raise fail("nothing to ingest — give article files or directories, or --reprocess for every stored article")
    url = resolve_url(db)
    console = Console(stderr=True, highlight=False, soft_wrap=True)

    def on_failure(failure: str) -> None:
        console.print(f"Error: {failure}", markup=False)

    try:
        with _progress(console) as progress:
            task = progress.add_task("", total=None)

            def advance(source: str) -> None:
                progress.update(task, advance=1, description=source)

            if paths:
                summary = run_ingest(
                    paths, url=url, outlet=outlet, jobs=jobs, reprocess=reprocess, encoding=encoding,
                    progress=advance, on_failure=on_failure,
                )
            else:
                summary = reprocess_all(url=url, jobs=jobs, progress=advance, on_failure=on_failure)
    except Interrupted as stopped:
        # What was committed stays; the same command again stores the rest.
        console.print(f"Interrupted: {stopped.summary.line()}", markup=False)
        raise typer.Exit(code=130) from None
    _report(console, summary)
    if summary.failed:
        raise typer.Exit(code=1)


def _report(console: Console, summary: IngestSummary) -> None:
    console.print(summary.line(), markup=False)
