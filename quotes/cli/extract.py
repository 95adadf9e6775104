"""`quotes extract`: print the quotes found in files, touching no database."""

import dataclasses
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any

import typer

from quotes.cli.app import app, handles_errors
from quotes.errors import InputError
from quotes.extraction import FIELDS, records
from quotes.reader import read_articles
from quotes.render import Format, shorten, write_rows


class ExtractFormat(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"
    CSV = "csv"


TABLE_COLUMNS = ("speaker", "cue", "quote", "where")


def _rows(paths: list[str], encoding: str | None, failures: list[str]) -> Iterator[dict[str, Any]]:
    def report(error: InputError) -> None:
        failures.append(str(error))
        typer.echo(f"Error: {error}", err=True)

    for path in paths:
        try:
            for article in read_articles(path, encoding=encoding, on_error=report):
                for record in records(article):
                    yield dataclasses.asdict(record)
        except InputError as error:
            report(error)


def _for_people(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "speaker": row["speaker"] or "?",
        "cue": row["cue"],
        "quote": shorten(row["text"], 70),
        "where": f"{row['source']}#{row['article']} [{row['start']}:{row['end']}]",
    }


@app.command()
@handles_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .jsonl, .json, .csv, .html); - for stdin.")],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.TABLE,
    encoding: Annotated[
        str | None, typer.Option(help="Text encoding of the inputs, when it cannot be detected.")
    ] = None,
) -> None:
    """Print every quote found in PATHS, with its speaker, without touching a database."""
    failures: list[str] = []
    rows = _rows(paths, encoding, failures)
    if fmt is ExtractFormat.TABLE:
        write_rows((_for_people(r) for r in rows), Format.TABLE, TABLE_COLUMNS)
    else:
        write_rows(rows, Format(fmt.value), FIELDS)
    if failures:
        raise typer.Exit(code=1)
