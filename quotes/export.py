"""Export quotes as CSV: streamed from the database, written atomically.

A file export goes to a temporary file beside the target and is renamed into place
only when every row is written, so a failed export leaves no half file behind.
"""

import contextlib
import csv
import io
import itertools
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy.orm import Session

from quotes.errors import InputError
from quotes.queries import QUOTE_COLUMNS, QuoteFilter, check_filter, quote_rows

# Rows fetched per round trip: large enough for throughput, small enough for flat memory.
BATCH = 1000


def write_csv(rows: Iterable[Sequence], out: TextIO, *, headers: bool = True) -> int:
    """RFC 4180 rows (CRLF, quoted when needed; None as an empty field); returns the row count.

    Rows are formatted a batch at a time in memory and written in one call: many small
    writes through a text file's encoder cost more than the query.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if headers:
        writer.writerow(QUOTE_COLUMNS)
    count = 0
    for batch in _batched(rows):
        writer.writerows(batch)
        count += len(batch)
        out.write(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()
    out.write(buffer.getvalue())  # the header of an empty export
    return count


def _batched(rows: Iterable[Sequence]) -> Iterator[list[Sequence]]:
    # itertools.batched arrived in Python 3.12; this project supports 3.11.
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, BATCH)):
        yield batch


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it, so set it straight back
    os.umask(mask)
    return mask


@contextlib.contextmanager
def _atomic_text(path: Path, *, encoding: str) -> Iterator[TextIO]:
    """A text file at `path` that appears only if the block finishes without an error."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"cannot write {path}: folder {directory} does not exist — create it first")
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as out:
            yield out
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def export_csv(
    session: Session,
    where: QuoteFilter,
    target: str,
    *,
    excel: bool = False,
    headers: bool = True,
) -> int:
    """Write every quote matching `where` as CSV to `target` ("-" for stdout); returns the row count.

    `excel` starts the file with a byte-order mark, which Excel needs to read UTF-8.
    """
    # Fail before anything is written, so a bad speaker or article leaves no file.
    check_filter(session, where)
    rows = quote_rows(session, where, yield_per=BATCH)
    if target == "-":
        out = sys.stdout
        if excel:
            out.write("\ufeff")
        return write_csv(rows, out, headers=headers)
    path = Path(target)
    if path.is_dir():
        raise InputError(f"cannot write {target}: it is a folder — give a file name such as quotes.csv")
    with _atomic_text(path, encoding="utf-8-sig" if excel else "utf-8") as out:
        return write_csv(rows, out, headers=headers)
