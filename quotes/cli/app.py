"""The Typer application and the one place where library errors become messages."""

import functools
import logging
from collections.abc import Callable
from typing import Annotated, ParamSpec, TypeVar

import typer
from sqlalchemy.exc import DBAPIError

from quotes.errors import QuotesError

# psycopg logs "error ignored terminating <Pipeline>" when a server drops a connection
# mid-batch; ingest reconnects and reports what matters itself, so the driver's own
# log records stay out of the conversation on stderr.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

app = typer.Typer(
    name="quotes",
    help="Find quoted statements in news articles, attribute them, and keep them in SQL.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)

P = ParamSpec("P")
R = TypeVar("R")


def fail(message: str) -> typer.Exit:
    """Print `Error: message` on stderr and return the exit to raise."""
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code=1)


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a library error raised by a command into one line on stderr and exit 1."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except QuotesError as error:
            raise fail(str(error)) from None
        except DBAPIError as error:
            # A damaged file or a server gone mid-query: say so in one line; the
            # driver's first line names the cause, never the password.
            cause = str(error.orig or error).strip().splitlines()[0]
            raise fail(f"the database failed: {cause} — check it with `quotes db check` and run again") from None

    return wrapper


def _show_version(value: bool) -> None:
    if value:
        from quotes import __version__

        typer.echo(f"quotes {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Find quoted statements in news articles, attribute them, and keep them in SQL."""


# The database every store command uses: a file path (SQLite) or a SQLAlchemy URL.
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="QUOTES_DB",
        help="Database: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://…). Default: quotes.db.",
        show_default=False,
    ),
]
