"""Command-line interface: thin commands that wire the library together.

Each submodule registers its commands on the shared `app`.
"""

from quotes.cli.app import app
from quotes.cli import extract as _extract  # noqa: F401  (registers commands)


def main() -> None:
    app()
