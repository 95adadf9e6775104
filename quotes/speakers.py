"""Cues, the speaker phrases around them, and canonical speaker names within one article.

A speaker phrase is the noun phrase that governs a cue: "Kremlin spokesman Dmitry
Peskov", "the Kremlin", "Belarus’ KGB security service", "a police spokeswoman", "he".
The mention is that phrase as written; the speaker is the name inside it ("Dmitry
Peskov"), an organisation's name ("Kremlin"), or None for a description with no name.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

import re

from quotes.lexicon import LEXICONS, Gender, Lexicon


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase: `text[start:end]`, with what it names."""

    start: int
    end: int
    name: str | None  # the name inside the phrase, titles dropped; None for "he"
    kind: SpeakerKind
    pronoun: str | None = None  # "he", "she", … when the phrase is one
    role: str | None = None  # "spokesman" in "the spokesman"
    gender: Gender = Gender.UNKNOWN


# Words, with inner dots, apostrophes and hyphens ("U.S.", "Putin’s", "ex-Soviet"), and
# the punctuation that bounds phrases. Each token is bounded, so scanning stays linear.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+|[^\W_][\w.'’\-]{0,40}|[,;:—–()\"“”«»]|(?<= )-(?= )")
# Capitalised words that start sentences but never names.
_FUNCTION_WORDS = frozenset(
    {
        "but", "and", "or", "so", "yet", "during", "after", "before", "when", "while",
        "in", "on", "at", "as", "if", "though", "although", "because", "since", "then",
        "still", "now", "meanwhile", "however", "instead", "asked", "earlier", "later",
        "also", "for", "from", "with", "without", "by", "to", "of", "that", "this",
        "these", "those", "there", "here", "it", "we", "i", "you", "what", "which",
        "who", "where", "why", "how", "not", "no", "yes", "said", "says", "told",
        "according", "even", "just", "only", "amid", "despite", "among", "following", "like",
        "unlike", "against", "toward", "towards", "across", "through", "under", "over",
        "about", "into", "upon", "within", "once", "unless", "until", "whether",
    }
)
_DETERMINERS = frozenset({"the", "a", "an", "another", "one", "two", "three", "several", "many", "some"})
_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred"})
_CONJUNCTIONS = frozenset({"and", "but", "so", "yet", "or"})
_FOCUS = frozenset({"even", "just", "only", "also", "still"})  # "And even Obama …"
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
_PREPOSITIONS = frozenset({"to", "with", "for", "by", "from", "at", "in", "on", "about"})
_QUANTIFIERS = frozenset({"most", "many", "some", "others", "both", "all", "few", "several", "another"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "this", "such"})
_TIME_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "week", "month", "year", "morning", "evening",
        "afternoon", "night", "on", "last", "this", "earlier", "later", "recently",
        "at", "one", "point",  # "at one point said"
        "ago", "days", "weeks", "months", "years", "less", "than", "two", "three", "few",
    }
)
# How far back from a cue a speaker phrase, appositions included, may start.
_PHRASE_WINDOW = 200
_POSSESSIVE = ("’s", "'s", "s’", "s'")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


_SHORT_ABBREVIATIONS = frozenset(
    {"mr.", "mrs.", "ms.", "dr.", "sr.", "jr.", "st.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.",
     "capt.", "sgt.", "prof.", "rev.", "no.", "inc.", "co.", "corp.", "ltd.", "mt.", "ft."}
)


def _clean(word: str) -> str:
    """`word` without a sentence-final dot, unless the dot belongs to it ("Mr.")."""
    if word.endswith(".") and word.count(".") == 1 and len(word) > 2 and word.lower() not in _SHORT_ABBREVIATIONS:
        return word[:-1]  # "Sun." ends a sentence; "E." is an initial, "Sen." a title
    return word


def _np_word(word: str, lex: Lexicon) -> bool:
    """True when `word` can stand inside a speaker phrase."""
    lower = word.lower()
    if word[0].isupper() or word[0].isdigit():
        return lower not in _FUNCTION_WORDS or lower in lex.titles
    return lower in lex.roles or lower in lex.titles or lower in lex.organisation_words


def describe(
    text: str, start: int, end: int, lex: Lexicon, words: list[tuple[int, int, str]] | None = None
) -> Phrase | None:
    """The Phrase for the noun phrase `text[start:end]`, or None when it is empty.

    `words` are its tokens when the caller has them already.
    """
    if words is None:
        words = _tokens(text, start, end)
    if not words:
        return None
    first = words[0][2].lower()
    if len(words) == 1 and first in lex.pronouns:
        return Phrase(start, end, None, SpeakerKind.UNKNOWN, pronoun=first, gender=lex.pronouns[first])
    runs, after_of, ends_in_name = _name_runs(words, lex)
    head = _clean(words[-1][2]).lower()
    if head[0].isalpha() and not words[-1][2][0].isupper():
        # A phrase ending in a common noun: "Belarus’ KGB security service", "a police spokeswoman".
        if not runs:
            named = words[1:] if first in _DETERMINERS else words
            if head in lex.organisation_words and len(named) >= 2:
                # "The regional weather service": an organisation described is still one.
                return Phrase(start, end, text[named[0][0] : end], SpeakerKind.ORGANISATION, role=head)
            return Phrase(start, end, None, SpeakerKind.UNKNOWN, role=head)
        phrase = text[words[1][0] if first in _DETERMINERS else start : end]
        is_org = not lex.organisation_words.isdisjoint(_clean(w).lower() for _, _, w in words)
        kind = SpeakerKind.ORGANISATION if is_org else SpeakerKind.UNKNOWN
        return Phrase(start, end, phrase, kind, role=head if head in lex.roles else None)
    if not runs or head in lex.titles and not ends_in_name:
        # "the Japanese Prime Minister": a title with no name after it describes someone.
        return Phrase(start, end, None, SpeakerKind.UNKNOWN, role=head)
    if after_of > 0:
        runs = runs[:after_of]  # the name comes before "of"; a place or body follows it
    name = " ".join(runs[-1])
    if {w.lower() for w in runs[-1]} & lex.organisation_words:
        # An organisation keeps its whole name, titles included: "the Justice Department".
        named = words[1:] if first in _DETERMINERS else words
        return Phrase(start, end, text[named[0][0] : end], SpeakerKind.ORGANISATION)
    # "Kremlin spokesman Dmitry Peskov" is who "the spokesman" refers to later.
    role = next((w for w in (_clean(t[2]).lower() for t in reversed(words)) if w in lex.roles), None)
    gender = _gender(_clean(words[0][2]).lower(), runs[-1][-1], lex)
    return Phrase(start, end, name, SpeakerKind.PERSON, role=role, gender=gender)


def _name_runs(
    words: list[tuple[int, int, str]], lex: Lexicon
) -> tuple[list[list[str]], int, bool]:
    """The runs of capitalised words that can be names, titles and possessives left out;
    how many runs stand before the first "of" ("Ron Hale of Dover"); and whether the
    phrase ends in a name."""
    runs: list[list[str]] = []
    current: list[str] = []
    after_of = 0
    titles, roles = lex.titles, lex.roles
    for _, _, word in words:
        if word[-1] == ".":
            word = _clean(word)
        lower = word.lower()
        if lower == "of" and not after_of:
            after_of = len(runs) or -1
        if word[0].isupper() and lower not in titles and lower not in _DETERMINERS and lower not in roles:
            if not runs or runs[-1] is not current:
                runs.append(current)
            bare = word.removesuffix("’s").removesuffix("'s")
            current.append(bare.rstrip("’'"))
            if bare != word or word.endswith(("’", "'")):
                runs.pop()  # a possessive names the owner, not the speaker
                current = []
        elif current:
            current = []
    return runs, after_of, bool(current)


def _gender(title: str, surname: str, lex: Lexicon) -> Gender:
    """A speaker's gender from a title ("Mrs.") or a surname ending ("Ivanova")."""
    if title in ("mr.", "mr"):
        return Gender.MALE
    if title in ("mrs.", "ms.", "mrs", "ms", "miss") or surname.lower().endswith(lex.female_suffixes):
        return Gender.FEMALE
    return Gender.UNKNOWN


def _modifier(words: list[tuple[int, int, str]], i: int, step: int) -> bool:
    """True when lower-case `words[i]` modifies a head next to it ("security service").

    Backwards (`step` -1) the word must have a capitalised word or a determiner before it;
    forwards (`step` 1) the next word must be the head.
    """
    word = words[i][2]
    if not word.replace("-", "").isalpha() or not word.islower() or word in _FUNCTION_WORDS:
        return False  # "security service", "well-connected Democrat" pass
    if step < 0:
        before = words[i - 1][2]
        if before in (",", ";", ":", "—", "–"):
            return True  # "…, political experts said"
        lower = before.lower()
        return before[0].isupper() or lower in _DETERMINERS or lower in _POSSESSIVE_PRONOUNS or before.endswith(("’", "'"))
    return True


def _before_head(words: list[tuple[int, int, str]], i: int, lex: Lexicon) -> bool:
    """True when `words[i]` is a head, or a lower-case word right before one: a
    lower-case role or organisation word, or a capitalised word that is no function word."""
    for word in (w[2] for w in words[i : i + 2]):
        if word[0].isupper():
            return word.lower() not in _FUNCTION_WORDS
        if _np_word(_clean(word), lex):
            return True
        if not word.isalpha() or word in _FUNCTION_WORDS or word in _DETERMINERS:
            return False
    return False


def _skip_back(words: list[tuple[int, int, str]], i: int, lex: Lexicon) -> int:
    """Index of the last word before `i` that is not an adverb or a time expression."""
    while i >= 0:
        word = words[i][2]
        if word.lower() in lex.adverbs or _clean(word).lower() in _TIME_WORDS:
            i -= 1
        elif word.endswith("ly") and word.islower() and len(word) > 4:
            i -= 1  # "emphatically proclaimed", "quickly added"
        elif word == "past" and i >= 2 and words[i - 1][2] == "the" and words[i - 2][2] == "in":
            i -= 3  # "who has in the past described"
        elif word == ")" or word == "," and i > 0 and words[i - 1][2] == ")":
            # "Gov. John Kasich (R-OH), said": a parenthesis is an aside.
            j = i - 1 if word == "," else i
            k = j - 1
            while k >= 0 and words[k][2] != "(" and j - k < 12:
                k -= 1
            if k < 0 or words[k][2] != "(":
                return i
            i = k - 1
        else:
            return i
    return i


def _relative_antecedent(
    text: str, floor: int, words: list[tuple[int, int, str]], last: int, lex: Lexicon
) -> Phrase | None:
    """`a White House official who spoke anonymously said`: the phrase before "who"."""
    for k in range(last, max(0, last - 15), -1):
        word = words[k][2]
        if word in (",", ";", ":", "—", "–", '"', "“", "”"):
            return None
        if word.lower().startswith("who") and len(word) <= 6:  # who, who’d, who's
            phrase = phrase_before(text, floor, words[k][0], lex)
            return phrase if phrase is not None and (phrase.name or phrase.role) else None
    return None


def _aside(words: list[tuple[int, int, str]]) -> bool:
    """True for a short aside between commas after a name: an age ("22"), a place
    ("of Flint", "Mich."), never a name of its own ("Kevin Brady")."""
    if not words or len(words) > 3:
        return False
    first = words[0][2]
    if first[0].isdigit() or first in ("of", "in", "from"):
        return True
    return len(words) == 1 and first[0].isupper() and first.endswith(".")  # "Mich."


def _lenient_start(words: list[tuple[int, int, str]], i: int) -> int | None:
    """Where a described speaker ending at `words[i]` starts ("the lawyers", "one such
    document"): up to four lower-case words back to a determiner; None when there is none."""
    for j in range(i, max(-1, i - 5), -1):
        word = words[j][2]
        lower = word.lower()
        if lower in _DETERMINERS or lower in _POSSESSIVE_PRONOUNS:
            return j if j < i else None
        if lower in _FUNCTION_WORDS or not word.replace("-", "").isalpha():
            return None
        if not word.islower() and j == i:
            return None  # the head itself is lower-case: "several Indiana GOP insiders"
    return None


def phrase_before(
    text: str, floor: int, cue_start: int, lex: Lexicon, *, sentence: int | None = None
) -> Phrase | None:
    """The speaker phrase that ends right before a cue at `cue_start` ("X said").

    `sentence` is where the sentence starts, when it starts before `floor`: the subject of
    "he called her «weak» and said …" stands before the quote that sets the floor.
    """
    words = _tokens(text, max(floor, cue_start - _PHRASE_WINDOW), cue_start)
    i = _skip_back(words, len(words) - 1, lex)
    if i < 0:
        return None
    end = None  # where the mention ends when it takes in an apposition
    if words[i][2] in (",", "—", "–", ")"):
        skipped = _skip_apposition(words, i, lex)
        if skipped is None:
            return None
        i, end = skipped
    word = words[i][2].lower()
    if word == "to" and i >= 2 and words[i - 1][2].isalpha() and words[i - 1][2].islower():
        # "X refused to say", "X went on to write": the speaker governs the first verb.
        i = _skip_back(words, i - 2, lex)
        if i < 0:
            return None
        word = words[i][2].lower()
    if word == "who" and i >= 1:
        # "said Beck, who said …", "someone who conceded": the mention is "who", the
        # speaker whoever it stands for.
        before = words[i - 1][0] if words[i - 1][2] == "," else words[i][0]
        antecedent = phrase_before(text, floor, before, lex)
        if antecedent is None or antecedent.name is None:
            return Phrase(words[i][0], words[i][1], None, SpeakerKind.UNKNOWN)
        return Phrase(words[i][0], words[i][1], antecedent.name, antecedent.kind, gender=antecedent.gender)
    if end is None:
        if word in ("and", "but"):
            # "X arrived and said …": the speaker is the subject of the sentence.
            start = floor if sentence is None else sentence
            return subject(text, max(start, cue_start - _PHRASE_WINDOW), words[i][0], lex)
        if word in lex.pronouns:
            return describe(text, words[i][0], words[i][1], lex, words[i : i + 1])
        if word in _QUANTIFIERS:
            # "most said", "others argued": somebody, not anybody in particular.
            return Phrase(words[i][0], words[i][1], None, SpeakerKind.UNKNOWN)
    first = _noun_phrase_start(words, i, lex)
    if first is None:
        return _relative_antecedent(text, floor, words, i, lex)
    if first > i:
        return None  # "on Tuesday, …": a day is nobody
    if first >= 2 and words[first - 1][2] in _PREPOSITIONS and words[first - 2][2].endswith(("ing", "ed")):
        # "Another source speaking to Fox News said": Fox News is spoken to.
        outer = phrase_before(text, floor, words[first - 2][0], lex)
        if outer is not None:
            return outer
    if end is None:
        return describe(text, words[first][0], words[i][1], lex, words[first : i + 1])
    return describe(text, words[first][0], end, lex)


def _skip_apposition(
    words: list[tuple[int, int, str]], i: int, lex: Lexicon
) -> tuple[int, int | None] | None:
    """Where the phrase before an apposition ending at `words[i]` ends, and where the
    mention ends when the apposition itself names the speaker; None when there is none.

    "Tikhanovskaya, who is married to …, said" → Tikhanovskaya.
    """
    opener = "(" if words[i][2] == ")" else words[i][2]
    j = i - 1
    while j >= 0 and words[j][2] != opener and words[j][2] not in ".;":
        j -= 1
    if j < 1 or words[j][2] != opener:
        return None
    while opener == "," and j >= 2:
        # "Cory James, 22, of Flint, Mich., said": short asides follow each other.
        k = j - 1
        while k >= 0 and words[k][2] != "," and j - k <= 5:
            k -= 1
        if k < 1 or words[k][2] != "," or not _aside(words[k + 1 : j]):
            break
        j = k
    if words[j - 1][2] == ")":
        # "Sen. Ted Cruz (R-Texas), also a GOP hopeful, called": skip the parenthesis.
        k = j - 2
        while k > 0 and words[k][2] != "(" and j - k < 12:
            k -= 1
        if k > 0 and words[k][2] == "(":
            j = k
    end = None
    if not words[j - 1][2][0].isupper():
        if words[j + 1][2][0].isupper() and words[j + 1][2].lower() not in _FUNCTION_WORDS:
            # "her personal lawyer, David E. Kendall, wrote": the name is the apposition.
            end = words[i - 1][1]
        elif not _np_word(words[j - 1][2], lex) and _lenient_start(words, j - 1) is None:
            return None  # "The complaint, which was filed …, alleged" passes on
    return j - 1, end


def _noun_phrase_start(words: list[tuple[int, int, str]], last: int, lex: Lexicon) -> int | None:
    """Index of the first word of the noun phrase ending at `words[last]`; None when
    there is no noun phrase there; past `last` when it is only a time ("on Tuesday")."""
    i = last
    while i >= 0 and _np_word(_clean(words[i][2]), lex):
        i -= 1
        if i >= 1 and words[i][2] == "of" and _np_word(words[i - 1][2], lex):
            i -= 1
        elif i >= 1 and _modifier(words, i, -1):
            i -= 1  # "Belarus’ KGB security service": a lower-case modifier of the head
    if i >= 1 and i < last and words[i][2].isalpha() and words[i][2].islower():
        lenient = _lenient_start(words, i)
        if lenient is not None:
            i = lenient - 1  # "The regional weather service": modifiers back to the article
    if i < last and all(_clean(w[2]).lower() in _TIME_WORDS for w in words[i + 1 : last + 1]):
        return last + 1
    if i == last:
        lenient = _lenient_start(words, last)
        return lenient
    if i >= 0 and (words[i][2].lower() in _DETERMINERS or words[i][2].lower() in _POSSESSIVE_PRONOUNS):
        i -= 1
    return i + 1


def phrase_after(text: str, cue_end: int, ceiling: int, lex: Lexicon) -> Phrase | None:
    """The speaker phrase that starts right after a cue ("said X", "according to X")."""
    words = _tokens(text, cue_end, min(ceiling, cue_end + 200))
    if not words:
        return None
    i = 0
    if words[0][2].lower() in lex.pronouns and words[0][2] != "I":
        return describe(text, words[0][0], words[0][1], lex, words[:1])
    if words[0][2].lower() in _DETERMINERS or words[0][2].lower() in _POSSESSIVE_PRONOUNS:
        i = 1  # "the mayor", "his longtime personal physician"
    first = i
    while i < len(words) and (
        _np_word(_clean(words[i][2]), lex) or i + 1 < len(words) and _modifier(words, i, 1)
    ):
        if not _np_word(_clean(words[i][2]), lex) and (
            not _before_head(words, i + 1, lex)
            or words[i][2].endswith("ed") and any(w[2][0].isupper() for w in words[first:i])
        ):
            # A lower-case modifier only before a head ("security service", "city
            # engineer Mark Hollis"); after a name, "rallied supporters" is a verb.
            break
        i += 1
        if i + 1 < len(words) and words[i][2] == "of" and words[i + 1][2][0].isupper():
            i += 1
    if i == first and first == 1:
        # "said a person close to the Clintons": a determiner and a common noun or two.
        while i < len(words) and i < 4:
            word = _clean(words[i][2])
            if not (word.isalpha() and word.islower() and word not in _FUNCTION_WORDS):
                break
            i += 1
    if i == first or all(_clean(w[2]).lower() in _TIME_WORDS for w in words[first:i]):
        return None  # "said Wednesday": a day is nobody
    end = words[i - 1][1]
    if _clean(words[i - 1][2]) != words[i - 1][2]:
        end -= 1  # the sentence's full stop, not an abbreviation's dot
    return describe(text, words[0][0], end, lex, words[:i] if end == words[i - 1][1] else None)


def subject(text: str, sentence_start: int, cue_start: int, lex: Lexicon) -> Phrase | None:
    """The subject at the start of a sentence, for participle cues (", saying …")."""
    words = _tokens(text, sentence_start, cue_start)
    if words and words[0][2] in _QUOTE_MARKS:
        # "«Thank you,» Cruz replied, before adding …": the subject follows the quote.
        close = next((k for k in range(1, min(len(words), 80)) if words[k][2] in _QUOTE_MARKS), None)
        if close is not None:
            del words[: close + 1]
    while words and (
        not words[0][2][0].isalnum() or words[0][2].lower() in _CONJUNCTIONS or words[0][2].lower() in _FOCUS
    ):
        sentence_start = words[0][1]
        del words[0]  # a closing mark left over from a quote before; "And he …"
    if len(words) > 2 and words[0][2].isupper() and len(words[0][2]) > 2 and words[1][2] in ("—", "–", "-", "(", ","):
        # "WASHINGTON — …", "PARIS (AP) — …": a dateline is nobody.
        dash = next((k for k in range(1, min(len(words), 8)) if words[k][2] in ("—", "–", "-")), 1)
        sentence_start = words[dash][1]
        del words[: dash + 1]
    i = 0
    opening = words[0][2].lower() if words else ""
    if words and (
        opening in _FUNCTION_WORDS or opening in _TIME_WORDS or opening in _NUMBERS
        or opening[0].isdigit() or opening.endswith(("ing", "ed", "ly")) or opening in ("led", "based")
    ):
        # "Declaring that …, the mogul", "Led by the speaker, the rally", "Based on …, it"
        # Skip a leading adverbial ("On Friday, …", "During a rally in Minsk, …").
        for k, (_, _, word) in enumerate(words[:25]):
            if word == ",":
                i = k + 1
                break
    if i >= len(words):
        return None
    head = phrase_after(text, words[i][0], cue_start, lex) if i else None
    return head or phrase_after(text, sentence_start, cue_start, lex)


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

class Cue(NamedTuple):
    """A reporting expression `text[start:end]`, e.g. "said" or "according to"."""

    start: int
    end: int
    word: str  # lower-case


def _trie_pattern(words: list[str]) -> str:
    """One regular expression matching exactly `words`, factored by shared prefixes.

    A factored alternation is tried in one pass per position, so hundreds of verb forms
    cost about as much as one.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return render(trie)


def _cue_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The compiled cue finder of `lex`: multiword cues and single verb forms.

    Built for the standard library's `re`, which scans a factored alternation of
    literals several times faster than `regex`; the pattern has no nested repetition.
    """
    multi = [cue.replace(" ", "\x00") for cue in lex.multiword_cues]
    words = sorted((lex.cue_verbs | lex.belief_verbs) - {"according"})
    spaced = _trie_pattern(multi).replace("\\\x00", r"[ \t]").replace("\x00", r"[ \t]")
    # "According to" and "Said X, «Q»" open sentences; other verbs are lower-case there.
    return re.compile(
        r"(?<![\w’'\-])(?:(?:[Aa]ccording[ \t]to)|Said|Says|Added|Asked|Wrote|"
        + spaced + "|" + _trie_pattern(words) + r")(?![\w\-])"
    )


# A verb form right after a determiner is a noun: "the report", "his claims".
_DETERMINER_BEFORE = re.compile(
    r"(?:(?:^|\W)(?:the|a|an|his|her|their|its|this|that|our|my|your|these|those)|\w[’']s?)[ \t]$", re.I
)


@dataclass(frozen=True, slots=True)
class Found:
    """What a rule found for one statement, before names are resolved."""

    phrase: Phrase | None
    cue: Cue | None
    confidence: float


_CUE_PATTERNS = {id(lex): _cue_pattern(lex) for lex in LEXICONS.values()}
# Verb forms that can also be nouns ("report", "claims"); past forms and participles cannot.
_NOUN_FORMS = {
    id(lex): frozenset(
        w for w in lex.cue_verbs | lex.belief_verbs
        if not w.endswith(("ed", "ing", "ld", "id", "ote", "ought")) and w not in ("says", "tells", "adds")
    )
    for lex in LEXICONS.values()
}


def find_cues(text: str, lex: Lexicon, *, skip: list[tuple[int, int]] | None = None) -> list[Cue]:
    """Every cue in `text`, in order, but those that start in a `skip` range.

    The `skip` ranges (closed quotes with their marks, in order) are not read at all: a
    cue is letters and blanks, so none runs into or out of quote marks, and the cue
    pattern only ever looks one character past a cue, which a mark bounds.
    """
    pattern = _CUE_PATTERNS[id(lex)]
    nouns = _NOUN_FORMS[id(lex)]
    determiner = _DETERMINER_BEFORE.search
    cues = []
    position = 0
    for skip_start, skip_end in [*(skip or ()), (len(text), len(text))]:
        if skip_start > position:
            for found in pattern.finditer(text, position, skip_start):
                word = found.group()
                start = found.start()
                if word in nouns and determiner(text, max(0, start - 8), start):
                    continue
                cues.append(Cue(start, found.end(), word.lower().replace("\t", " ") if "\t" in word else word.lower()))
        position = max(position, skip_end)
    return cues


# Cues that are verbs whatever stands before them ("a fundraising call" is a noun).
PAST_SAY = frozenset({"said", "told", "wrote", "added", "says", "tells", "writes", "adds", "explained", "argued", "noted"})


def participle_subject(
    text: str, earlier: list[Cue], start: int, cue: Cue, lex: Lexicon
) -> Phrase | None:
    """Who speaks in `…, noting «Q»`: the speaker of an `earlier` cue of the sentence
    ("Hollande said Tuesday, noting …"), else the sentence's subject."""
    for before in reversed(earlier):
        if before.word in PAST_SAY or before.word.endswith("ed"):
            phrase = phrase_before(text, start, before.start, lex)
            if phrase is None and text[before.start - 2 : before.start].strip(" ") in (",", "”", '"'):
                phrase = phrase_after(text, before.end, cue.start, lex)  # "…,” said Biden, urging"
            if phrase is not None:
                return phrase
    return subject(text, start, cue.start, lex)
