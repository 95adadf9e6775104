"""The exceptions the library raises for user mistakes and bad input.

The CLI turns every one of them into `Error: <message>` on stderr and exit code 1,
so each message says what went wrong and how to fix it, on one line.
"""


class QuotesError(Exception):
    """Base of every error a user can cause and fix."""


class InputError(QuotesError):
    """An input file or value cannot be read."""


class DatabaseError(QuotesError):
    """The database is missing, unreachable, or on the wrong schema revision."""


class NotFoundError(QuotesError):
    """An id or name given on the command line does not exist."""
