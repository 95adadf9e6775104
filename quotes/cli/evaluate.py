"""`quotes eval`: score the extractor against gold annotations."""

import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress

from quotes.attribution import Quote
from quotes.cli.app import app, handles_errors
from quotes.evaluation import (
    ALL,
    Ratio,
    Report,
    Row,
    describe,
    evaluate_file,
    mismatches,
)
from quotes.gold import KINDS, GoldArticle, count_articles
from quotes.render import Format, write_rows


class EvalFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


class EvalKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _accuracy(ratio: Ratio) -> str:
    return f"{_number(ratio.value)} ({ratio.n})"


def _span_row(kind: str, row: Row, loose: float, strict: float) -> dict[str, Any]:
    return {
        "kind": kind,
        "gold": row.loose.gold,
        "pred": row.loose.predicted,
        f"P@{loose}": _number(row.loose.precision),
        f"R@{loose}": _number(row.loose.recall),
        f"F1@{loose}": _number(row.loose.f1),
        f"P@{strict}": _number(row.strict.precision),
        f"R@{strict}": _number(row.strict.recall),
        f"F1@{strict}": _number(row.strict.f1),
    }


def _attribution_row(kind: str, row: Row) -> dict[str, Any]:
    return {
        "kind": kind,
        "speaker acc (n)": _accuracy(row.speaker),
        "mention acc (n)": _accuracy(row.mention),
        "cue acc (n)": _accuracy(row.cue),
    }


@contextlib.contextmanager
def _progress(paths: Sequence[str]) -> Iterator[Callable[[], None]]:
    """A step function for a transient bar on stderr; does nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    total = sum(count_articles(path) for path in paths)
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("scoring", total=total)
        yield lambda: progress.advance(task)


@app.command("eval")
@handles_errors
def evaluate(
    paths: Annotated[
        list[str],
        typer.Argument(metavar="GOLD.jsonl...", help="Gold files: JSON Lines, one annotated article a line."),
    ],
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f", help="Output format.")] = EvalFormat.TABLE,
    kind: Annotated[EvalKind | None, typer.Option(help="Report only this kind of quote.")] = None,
    errors: Annotated[
        int,
        typer.Option("--errors", min=0, help="Print the first N missed, spurious or misattributed quotes on stderr."),
    ] = 0,
) -> None:
    """Run the extractor on annotated articles and print precision, recall and attribution accuracy."""
    report = Report()
    found: list[str] = []

    with _progress(paths) as step:

        def on_article(gold: GoldArticle, predicted: Sequence[Quote]) -> None:
            step()
            if len(found) < errors:
                for mismatch in mismatches(gold, predicted)[: errors - len(found)]:
                    found.append(f"{gold.source}:{gold.line}: {describe(mismatch, gold.text)}")

        for path in paths:
            report += evaluate_file(path, on_article=on_article)

    for line in found:
        typer.echo(line, err=True)
    kinds = (str(kind),) if kind else (*KINDS, ALL)
    if fmt is EvalFormat.JSON:
        typer.echo(json.dumps(report.to_dict(kinds), indent=2))
        return
    # Two tables rather than one of twelve columns, so that both fit 80 columns.
    spans = [_span_row(k, report.row(k), report.loose, report.strict) for k in kinds]
    articles = f"{report.articles} article" + ("" if report.articles == 1 else "s")
    title = f"{articles}: spans matching ≥ {report.loose} or ≥ {report.strict} of a gold span"
    write_rows(spans, Format.TABLE, list(spans[0]), title=title)
    attribution = [_attribution_row(k, report.row(k)) for k in kinds]
    title = f"attribution of the spans matched at {report.loose}"
    write_rows(attribution, Format.TABLE, list(attribution[0]), title=title)
