"""Turn the bytes of an input file into text, or say plainly why they are not text.

Order of decisions, each one cheap and certain before the next guess:

1. an `encoding` the caller forces wins (a UTF-8 BOM is still dropped);
2. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
3. the magic numbers of common binary formats (PDF, ZIP, images…) are refused by name;
4. UTF-16 without a BOM is recognised from its regular high bytes;
5. any other NUL byte, or many control bytes, mean binary;
6. strict UTF-8;
7. only then charset-normalizer guesses (Windows-1251, Latin-1…); an unsure guess
   raises InputError asking for `--encoding` rather than producing mojibake.

A BOM is not part of the text: offsets index the text after it. Newlines are kept as
stored (CRLF stays CRLF) so that offsets index the text exactly as decoded.
"""

import codecs
from collections import Counter

from quotes.errors import InputError

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# What people most often feed a text tool by mistake, recognised by its first bytes.
_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "a SQLite database"),
)

# Bytes a text file has no business containing (tab, LF, FF and CR are fine).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
_SNIFF = 8192  # enough bytes to judge UTF-16 and control-byte density


def decode(data: bytes, name: str, *, encoding: str | None = None) -> str:
    """The text of `data`, read from the file called `name` (for messages)."""
    if not data:
        raise InputError(f"{name} is empty; give a file with article text in it")
    if encoding is not None:
        text = _decode_as(data, name, encoding)
    else:
        text = _detect(data, name)
    if not text.strip():
        raise InputError(f"{name} is empty (only whitespace); give a file with article text in it")
    return text


def sniff_encoding(head: bytes, name: str, *, encoding: str | None = None) -> tuple[str, int]:
    """The encoding of a file that starts with `head`, and the length of its BOM.

    For readers that stream: they decode the rest themselves with the answer.
    """
    if not head:
        raise InputError(f"{name} is empty; give a file with article text in it")
    if encoding is not None:
        _refuse_forced_binary(head, name, encoding)
        return encoding, _forced_bom(head, encoding)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    _refuse_binary(head, name)
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16, 0
    if b"\x00" in head:
        raise _binary(name, "it contains NUL bytes")
    _refuse_control_bytes(head, name)
    try:
        # Not final when the head was cut: a character split by the cut is no error.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < _SNIFF)
        return "utf-8", 0
    except UnicodeDecodeError:
        return _guess(head, name), 0


def refuse_binary(head: bytes, name: str) -> None:
    """Raise InputError when `head` is empty or the start of a binary file; guess nothing."""
    if not head.strip():
        raise InputError(f"{name} is empty; give a file with article text in it")
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return
    _refuse_binary(head, name)
    if b"\x00" in head and not _utf16_without_bom(head):
        raise _binary(name, "it contains NUL bytes")


def _lookup(encoding: str) -> codecs.CodecInfo:
    try:
        return codecs.lookup(encoding)
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; use a Python codec name such as utf-8, cp1251 or latin-1"
        ) from None


def _forced_bom(head: bytes, encoding: str) -> int:
    """The length of the BOM `head` starts with when it is the one of `encoding`, else 0."""
    codec = _lookup(encoding).name
    return next((len(bom) for bom, name in _BOMS if name == codec and head.startswith(bom)), 0)


def _refuse_forced_binary(head: bytes, name: str, encoding: str) -> None:
    """Even a forced single-byte encoding reads a PDF without error: refuse it by its magic."""
    _refuse_binary(head, name)
    if b"\x00" in head and not _lookup(encoding).name.startswith(("utf-16", "utf-32")):
        raise _binary(name, "it contains NUL bytes")


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    _refuse_forced_binary(data[:_SNIFF], name, encoding)
    data = data[_forced_bom(data, encoding) :]
    try:
        return data.decode(_lookup(encoding).name)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not valid {encoding} (byte {error.start}); try another --encoding"
        ) from None


def _detect(data: bytes, name: str) -> str:
    head = data[:_SNIFF]
    codec, bom = sniff_encoding(head, name)
    body = data[bom:]
    if codec == "utf-8" or bom:
        try:
            return body.decode(codec)
        except UnicodeDecodeError as error:
            if bom:
                raise InputError(
                    f"{name} starts with a {codec} byte-order mark but is not valid {codec} "
                    f"(byte {error.start + bom}); fix the file or give --encoding"
                ) from None
            # UTF-8 characters at the start and broken bytes later: a file pasted together
            # from two encodings. Any single guess would garble one half of it.
            if not head.isascii():
                line = body.count(b"\n", 0, error.start) + 1
                raise InputError(
                    f"{name} is UTF-8 but for byte {error.start} (line {line}); "
                    "fix that line, or give --encoding if the whole file is in another one"
                ) from None
            # ASCII at the start, something else later: guess from the whole file.
            if b"\x00" in body:
                raise _binary(name, "it contains NUL bytes") from None
            _refuse_control_bytes(body, name)
            codec = _guess(body, name)
    try:
        return body.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} looked like {codec} but is not (byte {error.start}); give the right --encoding"
        ) from None


def _refuse_binary(head: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise _binary(name, f"looks like {what}")


def _binary(name: str, why: str) -> InputError:
    return InputError(f"{name} is not a text article ({why}); convert it to text first")


def _refuse_control_bytes(data: bytes, name: str) -> None:
    sample = data[:_SNIFF]
    control = sum(1 for byte in sample if byte in _CONTROL)
    # Legacy text has none of these; a few stray ones are forgiven, 1 % is binary.
    if control > max(2, len(sample) // 100):
        raise _binary(name, f"{control} control bytes in its first {len(sample)}")


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when `head` reads as BOM-less UTF-16, else None.

    In UTF-16 one byte of each pair (the high byte) takes very few values: 0 for
    ASCII, 4 for Cyrillic, and so on. Single-byte text varies in both positions.
    """
    size = len(head) - len(head) % 2
    if size < 4:
        return None
    for codec, high_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        highs = Counter(head[high_at:size:2])
        common = sum(count for _, count in highs.most_common(3))
        if common < 0.95 * (size // 2) or 0 not in highs:
            continue
        try:
            text = head[:size].decode(codec)
        except UnicodeDecodeError:
            continue
        if sum(1 for char in text if ord(char) in _CONTROL) <= len(text) // 100:
            return codec
    return None


# Legacy encodings newsroom archives actually use, commonest first. When several
# encodings read the bytes about equally well (cp1250 and cp1252 differ in a handful
# of letters), the earlier one here wins.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2", "koi8_u", "mac_roman")
_CLOSE = 0.05  # score difference below which two guesses count as equally good


def _guess(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    # Score = language coherence minus mess; multi-byte guesses were ruled out already.
    scored = [
        (match.coherence - match.chaos, match.encoding)
        for match in from_bytes(data)
        if not match.encoding.startswith(("utf_16", "utf_32"))
    ]
    best = max((score for score, _ in scored), default=0.0)
    # No language recognised: the guess is noise, and mojibake stored in a database is
    # worse than a question.
    if best < 0.05:
        raise InputError(
            f"cannot tell the encoding of {name} (it is not UTF-8); give it with --encoding, "
            "e.g. --encoding cp1251 or --encoding latin-1"
        )
    close = [encoding for score, encoding in scored if score >= best - _CLOSE]
    rank = {encoding: i for i, encoding in enumerate(_PREFERRED)}
    return min(close, key=lambda encoding: (rank.get(encoding, len(rank)), close.index(encoding)))
