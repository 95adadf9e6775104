"""`quotes export OUT.csv`: every quote matching the list filters, as CSV."""

from typing import Annotated

import typer

from quotes.cli.app import DbOption, app, handles_errors
from quotes.cli.query import (
    ArticleOption,
    ConfidenceOption,
    KindOption,
    OutletOption,
    SinceOption,
    SpeakerOption,
    UntilOption,
    database_session,
    quote_filter,
)
from quotes.export import export_csv


@app.command()
@handles_errors
def export(
    out: Annotated[str, typer.Argument(help="The CSV file to write (replaced only when complete); - for stdout.")],
    db: DbOption = None,
    speaker: SpeakerOption = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: KindOption = None,
    article: ArticleOption = None,
    min_confidence: ConfidenceOption = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many quotes.")] = None,
    excel: Annotated[bool, typer.Option("--excel", help="Start with a byte-order mark so Excel reads UTF-8.")] = False,
    headers: Annotated[bool, typer.Option("--headers/--no-headers", help="Write the header row.")] = True,
) -> None:
    """Export quotes as CSV (RFC 4180, UTF-8): one row per quote with speaker, article and sentence."""
    where = quote_filter(
        speaker=speaker, outlet=outlet, since=since, until=until, kind=kind,
        article=article, min_confidence=min_confidence, limit=limit,
    )  # fmt: skip
    with database_session(db) as session:
        count = export_csv(session, where, out, excel=excel, headers=headers)
    if out != "-":
        typer.echo(f"{count} quotes written to {out}", err=True)
