"""Alembic's environment: alembic's template plus the project's metadata and settings.

`quotes.database` builds the configuration in code and passes an open connection in
`config.attributes["connection"]`, so migrations run inside the caller's transaction.
Run by the `alembic` command instead, the URL comes from `sqlalchemy.url` or, as for
every `quotes` command, from QUOTES_DB (default quotes.db).
"""

import os

from alembic import context

from quotes.database import connect, include_name, resolve_url
from quotes.models import Base

config = context.config

target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # Full-text search objects are not in the models; autogenerate must not drop them.
    return include_name(name, type_, {})


def _url() -> str:
    return config.get_main_option("sqlalchemy.url") or resolve_url(os.environ.get("QUOTES_DB"))


def _configure(**kwargs) -> None:
    context.configure(
        target_metadata=target_metadata,
        include_name=include_name,
        include_object=include_object,
        # SQLite alters tables by copying them; batch mode does that for us.
        render_as_batch=True,
        **kwargs,
    )


def run_migrations_offline() -> None:
    """Emit the SQL of the migrations instead of running it."""
    _configure(url=_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run the migrations on the injected connection, or on one of our own."""
    injected = config.attributes.get("connection")
    if injected is not None:
        _configure(connection=injected)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = connect(_url())
    with engine.begin() as connection:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
