"""Shared fixtures. Every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from `--postgres URL`, else `QUOTES_TEST_POSTGRES`, else the local
default. When the URL was given explicitly an unreachable server fails the run; when
it was not, the PostgreSQL half of the suite is skipped with the reason.
"""

import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgres",
        default=os.environ.get("QUOTES_TEST_POSTGRES"),
        help="SQLAlchemy URL of a PostgreSQL database to run the store tests against too.",
    )


def _postgres_url(config: pytest.Config) -> tuple[str, bool]:
    url = config.getoption("--postgres")
    return (url, True) if url else (DEFAULT_POSTGRES, False)


_reachable: dict[str, str | None] = {}


def _postgres_problem(url: str) -> str | None:
    """None when `url` answers, else why not (checked once per run)."""
    if url not in _reachable:
        try:
            engine = sa.create_engine(url, connect_args={"connect_timeout": 3})
            with engine.connect() as connection:
                connection.execute(sa.text("SELECT 1"))
            engine.dispose()
            _reachable[url] = None
        except Exception as error:  # noqa: BLE001 - any failure means "not usable here"
            _reachable[url] = f"{type(error).__name__}: {str(error).splitlines()[0]}"
    return _reachable[url]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A URL of an empty database of its own: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    base, explicit = _postgres_url(request.config)
    problem = _postgres_problem(base)
    if problem:
        if explicit:
            pytest.fail(f"PostgreSQL at {base} is unreachable: {problem}")
        pytest.skip(f"no PostgreSQL server at {base} ({problem}); set QUOTES_TEST_POSTGRES to run these")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    """An engine on a database migrated to the newest revision."""
    from quotes.database import open_engine

    engine = open_engine(db_url, create=True)
    yield engine
    engine.dispose()
