"""`quotes list`, `search`, `speakers`, `show` and `article`: reading the store."""

import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from quotes.attribution import Kind
from quotes.cli.app import DbOption, app, handles_errors
from quotes.database import mask_url, open_engine, resolve_url
from quotes.errors import DatabaseError
from quotes.queries import (
    QUOTE_COLUMNS,
    SPEAKER_COLUMNS,
    Piece,
    QuoteFilter,
    article_with_quotes,
    find_quotes,
    markup,
    parse_date,
    quote_detail,
    speaker_rows,
)
from quotes.render import Format, shorten, write_rows

# How many quotes a table shows unless --limit says otherwise; files get everything.
TABLE_LIMIT = 50


@contextmanager
def database_session(db: str | None, *, write: bool = False) -> Iterator[Session]:
    """One session on the `--db` database, which must exist; with `write`, committed at the end."""
    engine = open_engine(resolve_url(db))
    try:
        # Corrections read, then write: take SQLite's write lock up front.
        bind = engine.execution_options(sqlite_begin="IMMEDIATE") if write else engine
        with Session(bind) as session:
            if write:
                with session.begin():
                    yield session
            else:
                yield session
    except OperationalError as error:
        # A lock held too long by another writer, a server gone away: one line, no traceback.
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        raise DatabaseError(f"{mask_url(engine.url)}: {reason} — try again; nothing was changed") from None
    finally:
        engine.dispose()


SpeakerOption = Annotated[
    str | None, typer.Option("--speaker", "-s", help="Canonical name or any alias; case and accents do not matter.")
]
OutletOption = Annotated[str | None, typer.Option("--outlet", help="Only quotes from this outlet.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Only articles published on or after YYYY-MM-DD.")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Only articles published on or before YYYY-MM-DD.")]
KindOption = Annotated[Kind | None, typer.Option("--kind", help="Only direct or only indirect quotes.")]
ArticleOption = Annotated[int | None, typer.Option("--article", help="Only quotes of the article with this id.")]
ConfidenceOption = Annotated[
    float | None,
    typer.Option("--min-confidence", min=0.0, max=1.0, help="Only quotes at least this confident (0–1)."),
]
LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", min=1, help=f"At most this many quotes (tables: {TABLE_LIMIT}).")
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]

LIST_COLUMNS = ("id", "speaker", "quote", "cue", "outlet", "date")


def quote_filter(
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: Kind | None = None,
    article: int | None = None,
    min_confidence: float | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> QuoteFilter:
    """The filter the shared options describe; bad dates raise InputError."""
    return QuoteFilter(
        speaker=speaker,
        outlet=outlet,
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        kind=kind,
        article=article,
        min_confidence=min_confidence,
        text=text,
        limit=limit,
    )


def _for_people(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "speaker": row["speaker"] or "?",
        "quote": shorten(row["text"], 60),
        "cue": row["cue"],
        "outlet": row["outlet"],
        "date": row["published"],
    }


def _print_quotes(db: str | None, where: QuoteFilter, fmt: Format) -> None:
    if fmt is Format.TABLE and where.limit is None:
        where = dataclasses.replace(where, limit=TABLE_LIMIT)
    with database_session(db) as session:
        rows = find_quotes(session, where)
        if fmt is Format.TABLE:
            write_rows((_for_people(r) for r in rows), fmt, LIST_COLUMNS)
        else:
            write_rows(rows, fmt, QUOTE_COLUMNS)


@app.command("list")
@handles_errors
def list_quotes(
    db: DbOption = None,
    speaker: SpeakerOption = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: KindOption = None,
    article: ArticleOption = None,
    min_confidence: ConfidenceOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """List stored quotes in the order they were stored, filtered by speaker, outlet, date, kind, article."""
    where = quote_filter(
        speaker=speaker, outlet=outlet, since=since, until=until, kind=kind,
        article=article, min_confidence=min_confidence, limit=limit,
    )  # fmt: skip
    _print_quotes(db, where, fmt)


@app.command()
@handles_errors
def search(
    text: Annotated[str, typer.Argument(help="Words to look for in the quotes; punctuation is ignored.")],
    db: DbOption = None,
    speaker: SpeakerOption = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: KindOption = None,
    article: ArticleOption = None,
    min_confidence: ConfidenceOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Full-text search: quotes containing every word of TEXT, with the same filters as list."""
    where = quote_filter(
        speaker=speaker, outlet=outlet, since=since, until=until, kind=kind,
        article=article, min_confidence=min_confidence, text=text, limit=limit,
    )  # fmt: skip
    _print_quotes(db, where, fmt)


speakers_app = typer.Typer(
    invoke_without_command=True,
    no_args_is_help=False,
    help="List speakers with their quote counts; merge and rename them.",
)
app.add_typer(speakers_app, name="speakers")


@speakers_app.callback()
@handles_errors
def speakers(ctx: typer.Context, db: DbOption = None, fmt: FormatOption = Format.TABLE) -> None:
    """List every speaker: kind, aliases, quotes, articles, first and last date."""
    ctx.obj = db  # the subcommands' database when they are given none
    if ctx.invoked_subcommand is not None:
        return
    with database_session(db) as session:
        write_rows(speaker_rows(session), fmt, SPEAKER_COLUMNS)


@app.command()
@handles_errors
def show(
    quote_id: Annotated[int, typer.Argument(help="The quote's id, as `quotes list` shows it.")],
    db: DbOption = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="Output format (table: one field a line).")
    ] = Format.TABLE,
) -> None:
    """Show one quote: text, speaker, mention, cue, article and the sentence around it."""
    with database_session(db) as session:
        detail = quote_detail(session, quote_id)
    if fmt is not Format.TABLE:
        write_rows([detail], fmt, tuple(detail))
        return
    width = max(len(key) for key in detail)
    for key, value in detail.items():
        typer.echo(f"{key:<{width}}  {'' if value is None else value}".rstrip())


KIND_STYLES = {Kind.DIRECT: "bold yellow", Kind.INDIRECT: "italic cyan"}


def _plain_piece(piece: Piece) -> str:
    if piece.opens:
        return "[["
    if piece.closes is not None:
        return f"]]{{{piece.closes}}}"
    return piece.text


@app.command()
@handles_errors
def article(
    article_id: Annotated[int, typer.Argument(help="The article's id, as `quotes show` gives it.")],
    db: DbOption = None,
) -> None:
    """Print an article with every quote highlighted and labelled with its speaker."""
    with database_session(db) as session:
        stored, marks = article_with_quotes(session, article_id)
        published = stored.published.isoformat() if stored.published else None
        header = " · ".join(h for h in (stored.title, stored.outlet, published, stored.source) if h)
        pieces = list(markup(stored.text, marks))
    console = Console(file=sys.stdout)
    typer.echo(header)
    typer.echo()
    if not console.is_terminal:
        # Markers a program (or a person with grep) can read: [[quote]]{speaker}.
        typer.echo("".join(_plain_piece(piece) for piece in pieces))
        return
    styled = Text()
    for piece in pieces:
        if piece.closes is not None:
            styled.append(f" [{piece.closes}]", style="reverse")
        elif not piece.opens:
            styled.append(piece.text, style=KIND_STYLES.get(piece.kind, "") if piece.kind else "")
    console.print(styled)
