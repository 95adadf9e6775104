"""`quotes db …`: the schema revision of a database, and a check of what it holds."""

from typing import Annotated

import typer

from quotes import database
from quotes.cli.app import DbOption, app, handles_errors

db_app = typer.Typer(
    name="db",
    help="Upgrade, downgrade, inspect and check the database schema.",
    no_args_is_help=True,
)
app.add_typer(db_app)


@db_app.command()
@handles_errors
def upgrade(
    revision: Annotated[str, typer.Argument(help="Revision to upgrade to.")] = "head",
    db: DbOption = None,
) -> None:
    """Migrate the database up to REVISION (the newest by default), creating it if missing."""
    url = database.resolve_url(db)
    before = database.current(url)
    database.upgrade(url, revision)
    after = database.current(url)
    typer.echo(f"{database.mask_url(url)}: {before or 'empty'} → {after or 'empty'}", err=True)


@db_app.command()
@handles_errors
def downgrade(
    revision: Annotated[str, typer.Argument(help="Revision to go down to; base removes every table.")],
    db: DbOption = None,
) -> None:
    """Migrate the database down to REVISION."""
    url = database.resolve_url(db)
    database.require_database(url)
    before = database.current(url)
    database.downgrade(url, revision)
    after = database.current(url)
    typer.echo(f"{database.mask_url(url)}: {before or 'empty'} → {after or 'empty'}", err=True)


@db_app.command()
@handles_errors
def current(db: DbOption = None) -> None:
    """Print the database's schema revision (nothing when it has none)."""
    url = database.resolve_url(db)
    database.require_database(url)
    revision = database.current(url)
    if revision:
        typer.echo(revision)
    else:
        typer.echo(f"{database.mask_url(url)} has no schema revision", err=True)


@db_app.command()
@handles_errors
def history() -> None:
    """Print every schema revision this version of quotes knows, oldest first."""
    head = database.head_revision()
    for entry in database.history():
        mark = " (head)" if entry.revision == head else ""
        typer.echo(f"{entry.revision}{mark}\t{entry.message.splitlines()[0] if entry.message else ''}")


@db_app.command()
@handles_errors
def check(db: DbOption = None) -> None:
    """Check the database: integrity, foreign keys, full-text index, quote offsets; exit 1 on problems."""
    from quotes.store import integrity_problems

    url = database.resolve_url(db)
    engine = database.open_engine(url)
    try:
        problems = integrity_problems(engine)
    finally:
        engine.dispose()
    for problem in problems:
        typer.echo(problem)
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        typer.echo(f"{len(problems)} {noun} in {database.mask_url(url)}", err=True)
        raise typer.Exit(code=1)
    typer.echo(f"{database.mask_url(url)}: no problems found", err=True)
