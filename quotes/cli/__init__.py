"""Command-line interface: thin commands that wire the library together.

Each submodule registers its commands on the shared `app`.
"""

from quotes.cli.app import app
from quotes.cli import extract as _extract  # noqa: F401  (registers commands)
from quotes.cli import evaluate as _evaluate  # noqa: F401
from quotes.cli import database as _database  # noqa: F401
from quotes.cli import ingest as _ingest  # noqa: F401
from quotes.cli import query as _query  # noqa: F401
from quotes.cli import report as _report  # noqa: F401
from quotes.cli import export as _export  # noqa: F401
from quotes.cli import corrections as _corrections  # noqa: F401


def main() -> None:
    app()
