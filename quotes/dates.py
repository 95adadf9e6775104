"""Dates as newsrooms write them: 25.04.2024, 2024-04-25, April 25, 2024, 25 avril 2024…"""

import datetime
import email.utils
import re

# Month names by language; abbreviations are their first three or four letters.
_MONTH_NAMES = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "dezember"),
}  # fmt: skip
_MONTHS = {
    name[:size]: number
    for names in _MONTH_NAMES.values()
    for number, name in enumerate(names, 1)
    for size in (3, 4, len(name))
}
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so)[^\W\d_]*\.?,?\s+"
# An optional time after the date: ", 10:32", "at 9.15 a.m. EST", "um 10:00", "à 18h30 +02:00".
_TIME = (
    r"(?:[,\s]+(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2})?)?"
)
_DATE_FORMS = (
    # 2024-04-25, 2024/04/25
    ("ymd", r"(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"),
    # 25.04.2024, 25/04/2024, 25-04-2024 (04/25/2024 when the day cannot be a month)
    ("dmy", r"(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})"),
    # April 25, 2024 · Apr. 25, 2024 · April 25th 2024
    ("text", r"(?P<mon>[^\W\d_]{3,})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"),
    # 25 April 2024 · 25. April 2024 · 25 avr. 2024 · 1er mai 2024
    ("text", r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?P<mon>[^\W\d_]{3,})\.?,?\s+(?P<y>\d{4})"),
)
_DATE_PATTERNS = tuple(
    (form, re.compile(rf"\s*(?:{_WEEKDAY})?{body}{_TIME}\s*", re.IGNORECASE)) for form, body in _DATE_FORMS
)


def parse_date(value: str, *, strict: bool = False) -> datetime.date | None:
    """The date `value` names, or None. `strict`: the whole value must be a date line.

    Accepts ISO dates and times, RFC 2822 (`Thu, 25 Apr 2024 10:00:00 +0000`) and the
    forms news sites print. All-numeric dates read day first (25/04/2024, as most of
    the world writes them) unless only month first makes a date (04/25/2024).
    """
    value = value.strip()
    if not value or len(value) > 60:
        return None
    if not strict:
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        try:
            return email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            pass
    for form, pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(value)
        if match:
            return _date_of(form, match)
    return None


def _date_of(form: str, match: re.Match[str]) -> datetime.date | None:
    year, day = int(match["y"]), int(match["d"])
    if form == "text":
        month = _MONTHS.get(match["mon"].lower())
        if month is None:
            return None
    else:
        month = int(match["m"])
        if form == "dmy" and month > 12 >= day:
            day, month = month, day  # 04/25/2024: only month-first makes a date
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
