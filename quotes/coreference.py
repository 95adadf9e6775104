"""Canonical speaker names within one article, and what pronouns and roles refer to."""

import re

from quotes.lexicon import Gender
from quotes.phrases import SpeakerKind

_TITLE_WORDS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss", "sen.", "rep.", "gov."})


# How far back to look for the full name of a surname met alone.
_INTRODUCTION = 5000
# Up to three capitalised words right before a surname: "Ron ", "Dmitry S. ".
_GIVEN_BEFORE = re.compile(r"((?:[A-Z][\w’'\-]{0,20}\.? ){1,3})$")
# Capitalised words before a surname that are not given names.
_NOT_GIVEN = frozenset({"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "the", "a", "and", "but", "said", "says"})


class Names:
    """Canonical names within one article: later short forms resolve to earlier full ones.

    "Peskov" and "Mr. Peskov" become "Dmitry Peskov" once that has been seen;
    "Tikhanovsky" stays apart from "Svetlana Tikhanovskaya" (a different surname).
    """

    def __init__(self) -> None:
        self._by_surname: dict[str, str] = {}
        self._gender: dict[str, Gender] = {}
        self.recent: list[tuple[str, SpeakerKind, Gender, str | None]] = []

    def canonical(self, name: str) -> str:
        """The earlier full form of `name`, or `name` itself when there is none."""
        parts = name.split()
        full = self._by_surname.get(parts[-1].lower())
        if full is None or full == name:
            return name
        if len(parts) == 1 or parts[0].lower() in _TITLE_WORDS:
            return full  # "Peskov", "Mr. Peskov" → "Dmitry Peskov"
        given, known = parts[0].rstrip("."), full.split()[0].rstrip(".")
        if given == known or len(given) == 1 and known.startswith(given):
            return full if len(full) >= len(name) else name
        return name  # another given name: another person with the same surname

    def introduce(self, text: str, surname: str, before: int) -> None:
        """Look for the full name of `surname` in the `_INTRODUCTION` characters of `text`
        before offset `before` ("Ron Hale met the mayor. … Hale said" → "Ron Hale")."""
        if surname.lower() in self._by_surname or not surname[:1].isupper():
            return
        floor = max(0, before - _INTRODUCTION)
        at = text.find(surname, floor, before)
        while at >= 0:
            given = _GIVEN_BEFORE.search(text, max(floor, at - 64), at)
            if given is not None:
                words = [w for w in given.group(1).split() if w.lower() not in _NOT_GIVEN]
                if words:
                    self._by_surname[surname.lower()] = " ".join(words + [surname])
                    return
            at = text.find(surname, at + len(surname), before)

    def learn(self, name: str, kind: SpeakerKind, gender: Gender, role: str | None = None) -> None:
        """Remember `name` as the most recent speaker."""
        if kind is SpeakerKind.PERSON:
            surname = name.split()[-1].lower()
            known = self._by_surname.get(surname)
            if known is None or len(name.split()) > len(known.split()):
                self._by_surname[surname] = name
            if gender is not Gender.UNKNOWN:
                self._gender[name] = gender
        self.recent.append((name, kind, gender, role))
        if len(self.recent) > 16:
            del self.recent[0]

    def gender(self, name: str) -> Gender:
        return self._gender.get(name, Gender.UNKNOWN)

    def resolve(self, pronoun: str | None, role: str | None) -> tuple[str, SpeakerKind] | None:
        """The most recent speaker `pronoun` or "the `role`" can refer to."""
        for name, kind, _, known_role in reversed(self.recent):
            if pronoun in ("he", "she"):
                if kind is not SpeakerKind.PERSON:
                    continue
                gender = self._gender.get(name, Gender.UNKNOWN)
                wanted = Gender.MALE if pronoun == "he" else Gender.FEMALE
                if gender in (wanted, Gender.UNKNOWN):
                    if gender is Gender.UNKNOWN:
                        self._gender[name] = wanted  # the pronoun ties the name to a gender
                    return name, kind
            elif pronoun == "it":
                if kind is SpeakerKind.ORGANISATION:
                    return name, kind
            elif role is not None and known_role == role:
                return name, kind
        return None
