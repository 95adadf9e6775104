"""Every command the app registers is documented in README.md and has help text."""

import re
from pathlib import Path

import pytest
import typer

from quotes.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(command, prefix: str) -> list[tuple[str, object]]:
    """(full name, command) of every command and subcommand under `command`."""
    found = []
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        full = f"{prefix} {name}"
        found.append((full, sub))
        found.extend(_commands(sub, full))
    return found


COMMANDS = _commands(typer.main.get_command(app), "quotes")


def test_the_walk_finds_the_commands():
    names = [name for name, _ in COMMANDS]
    for expected in ("quotes list", "quotes speakers", "quotes speakers merge", "quotes corrections undo"):
        assert expected in names


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_command_is_in_the_readme(name, command):
    # As written in a code block or inline: `quotes speakers merge …`, not `quotes speakersX`.
    assert re.search(rf"{re.escape(name)}(?![\w-])", README), f"README.md never shows `{name}`"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_command_has_help(name, command):
    assert (command.help or "").strip() or (command.short_help or "").strip(), f"`{name}` has no help text"
