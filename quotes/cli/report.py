"""`quotes report NAME` and `quotes sql "SELECT …"`: reports and read-only SQL."""

from typing import Annotated

import typer

from quotes.cli.app import DbOption, app, handles_errors
from quotes.cli.query import FormatOption, database_session
from quotes.database import open_engine, resolve_url
from quotes.render import Format, write_rows
from quotes.reports import REPORT_COLUMNS, Report, report_rows, run_sql


@app.command()
@handles_errors
def report(
    name: Annotated[Report, typer.Argument(help="Which report (each is also a SQL view of that name).")],
    db: DbOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Print a report: speaker_summary, quotes_by_month, outlet_speakers, unattributed_quotes or cue_usage."""
    with database_session(db) as session:
        write_rows(report_rows(session, name), fmt, REPORT_COLUMNS[name], title=name.value)


@app.command()
@handles_errors
def sql(
    query: Annotated[str, typer.Argument(help='One SQL statement, e.g. "SELECT * FROM speaker_summary".')],
    db: DbOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Run one read-only SQL statement and print its rows; writes are refused."""
    engine = open_engine(resolve_url(db))
    try:
        result = run_sql(engine, query)
    finally:
        engine.dispose()
    write_rows(result.rows, fmt, result.columns)
