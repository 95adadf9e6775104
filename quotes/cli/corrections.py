"""Corrections: `attribute`, `reject`, `speakers merge|rename`, `corrections [undo]`."""

from typing import Annotated

import typer

from quotes import corrections as library
from quotes.cli.app import DbOption, app, handles_errors
from quotes.cli.query import FormatOption, database_session, speakers_app
from quotes.render import Format, write_rows

QuoteId = Annotated[int, typer.Argument(help="The quote's id, as `quotes list` shows it.")]


def _done(message: str, correction_id: int) -> None:
    typer.echo(f"{message} (correction {correction_id}; `quotes corrections undo {correction_id}` undoes it)", err=True)


@app.command()
@handles_errors
def attribute(
    quote_id: QuoteId,
    speaker: Annotated[str, typer.Argument(help="Who said it: an existing name or alias, or a new speaker.")],
    db: DbOption = None,
) -> None:
    """Attribute quote QUOTE_ID to SPEAKER; lasts through reprocessing."""
    with database_session(db, write=True) as session:
        correction = library.attribute(session, quote_id, speaker)
        correction_id = correction.id
    _done(f"quote {quote_id} attributed to {speaker}", correction_id)


@app.command()
@handles_errors
def reject(quote_id: QuoteId, db: DbOption = None) -> None:
    """Mark quote QUOTE_ID as not a quote: hidden from lists, reports and exports."""
    with database_session(db, write=True) as session:
        correction_id = library.reject(session, quote_id).id
    _done(f"quote {quote_id} rejected", correction_id)


@speakers_app.command()
@handles_errors
def merge(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="The speaker to keep (name or alias).")],
    absorb: Annotated[str, typer.Argument(help="The speaker that becomes an alias of KEEP.")],
    db: DbOption = None,
) -> None:
    """Merge speaker ABSORB into KEEP: its quotes and aliases move, its name becomes an alias."""
    with database_session(db or ctx.obj, write=True) as session:
        correction_id = library.merge(session, keep, absorb).id
    _done(f"{absorb} merged into {keep}", correction_id)


@speakers_app.command()
@handles_errors
def rename(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The speaker's current name or an alias.")],
    new_name: Annotated[str, typer.Argument(help="The new canonical name; the old one stays as an alias.")],
    db: DbOption = None,
) -> None:
    """Rename speaker NAME to NEW_NAME, keeping the old name as an alias."""
    with database_session(db or ctx.obj, write=True) as session:
        correction_id = library.rename(session, name, new_name).id
    _done(f"{name} renamed {new_name}", correction_id)


corrections_app = typer.Typer(
    invoke_without_command=True,
    no_args_is_help=False,
    help="List the corrections people made, and undo one.",
)
app.add_typer(corrections_app, name="corrections")


@corrections_app.callback()
@handles_errors
def corrections(ctx: typer.Context, db: DbOption = None, fmt: FormatOption = Format.TABLE) -> None:
    """List every correction: id, action, what it changed, when, and when it was undone."""
    ctx.obj = db
    if ctx.invoked_subcommand is not None:
        return
    with database_session(db) as session:
        write_rows(library.correction_rows(session), fmt, library.CORRECTION_COLUMNS)


@corrections_app.command()
@handles_errors
def undo(
    ctx: typer.Context,
    correction_id: Annotated[int, typer.Argument(help="The correction's id, as `quotes corrections` shows it.")],
    db: DbOption = None,
) -> None:
    """Undo correction CORRECTION_ID: the previous speaker returns, a rejected quote comes back,
    a merged speaker is split off again (with the quotes whose mention names it)."""
    with database_session(db or ctx.obj, write=True) as session:
        action = library.undo(session, correction_id).action.value
    typer.echo(f"correction {correction_id} ({action}) undone", err=True)
