"""Speaker phrases and what they name.

A speaker phrase is the noun phrase that governs a cue: "Kremlin spokesman Dmitry
Peskov", "the Kremlin", "Belarus’ KGB security service", "a police spokeswoman", "he".
The mention is that phrase as written; the speaker is the name inside it ("Dmitry
Peskov"), an organisation's name ("Kremlin"), or None for a description with no name.
"""

import re
from enum import StrEnum
from typing import NamedTuple

from quotes.lexicon import Gender, Lexicon


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"


class Phrase(NamedTuple):
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
# Every token starts with a character that is no space (no character is both a space and
# a word character), and the lookahead saying so lets the scan skip spaces quickly. Words
# that start with a letter, the commonest tokens, are tried first; a digit still tries a
# number with thousands separators before a plain word.
# A character inside a word. `\w` alone means the same, but the ASCII letters and digits
# named first are tested in a table at once, before the Unicode categories; and a word
# that starts with an ASCII letter is tried on its own first, for the same reason.
_INSIDE = r"[a-zA-Z0-9\w.'’\-]"
_TOKEN = re.compile(
    rf"(?=\S)(?:[a-zA-Z]{_INSIDE}{{0,40}}|[^\W\d_]{_INSIDE}{{0,40}}|\d{{1,3}}(?:,\d{{3}})+|\d{_INSIDE}{{0,40}}"
    r"|[,;:—–()\"“”«»]|(?<= )-(?= ))"
)
# Capitalised words that start sentences but never names.
FUNCTION_WORDS = frozenset(
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
        # Connectives that open a sentence with a comma: "Moreover, it violates …".
        "moreover", "furthermore", "additionally", "consequently", "therefore",
    }
)
DETERMINERS = frozenset({"the", "a", "an", "another", "one", "two", "three", "several", "many", "some"})


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    # m[0], not m.group(): a subscript skips the method lookup, once per token.
    return [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(text, start, end)]


_SHORT_ABBREVIATIONS = frozenset(
    {"mr.", "mrs.", "ms.", "dr.", "sr.", "jr.", "st.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.",
     "capt.", "sgt.", "prof.", "rev.", "no.", "inc.", "co.", "corp.", "ltd.", "mt.", "ft."}
)


def clean(word: str) -> str:
    """`word` without a sentence-final dot, unless the dot belongs to it ("Mr.")."""
    if word[-1:] == "." and word.count(".") == 1 and len(word) > 2 and word.lower() not in _SHORT_ABBREVIATIONS:
        return word[:-1]  # "Sun." ends a sentence; "E." is an initial, "Sen." a title
    return word


def np_word(word: str, lex: Lexicon) -> bool:
    """True when `word` can stand inside a speaker phrase."""
    lower = word.lower()
    if word[0].isupper() or word[0].isdigit():
        return lower not in FUNCTION_WORDS or lower in lex.titles
    return lower in lex.roles or lower in lex.titles or lower in lex.organisation_words


def describe(
    text: str, start: int, end: int, lex: Lexicon, words: list[tuple[int, int, str]] | None = None
) -> Phrase | None:
    """The Phrase for the noun phrase `text[start:end]`, or None when it is empty.

    `words` are its tokens when the caller has them already.
    """
    if words is None:
        words = tokens(text, start, end)
    if not words:
        return None
    first = words[0][2].lower()
    if len(words) == 1 and first in lex.pronouns:
        return Phrase(start, end, None, SpeakerKind.UNKNOWN, pronoun=first, gender=lex.pronouns[first])
    runs, after_of, ends_in_name = _name_runs(words, lex)
    head = clean(words[-1][2]).lower()
    if head[0].isalpha() and not words[-1][2][0].isupper():
        # A phrase ending in a common noun: "Belarus’ KGB security service", "a police spokeswoman".
        if runs == [[words[0][2]]] and _capital_of_sentence(text, start, words[0][2]):
            runs = []  # "Corporate lobbyists said": a capital that only opens the sentence
        if not runs:
            named = words[1:] if first in DETERMINERS else words
            if head in lex.organisation_words and len(named) >= 2:
                # "The regional weather service": an organisation described is still one.
                return Phrase(start, end, text[named[0][0] : end], SpeakerKind.ORGANISATION, role=head)
            return Phrase(start, end, None, SpeakerKind.UNKNOWN, role=head)
        phrase = text[words[1][0] if first in DETERMINERS else start : end]
        is_org = not lex.organisation_words.isdisjoint(clean(w).lower() for _, _, w in words)
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
        named = words[1:] if first in DETERMINERS else words
        return Phrase(start, end, text[named[0][0] : end], SpeakerKind.ORGANISATION)
    # "Kremlin spokesman Dmitry Peskov" is who "the spokesman" refers to later.
    role = None
    for _, _, word in reversed(words):
        lower = clean(word).lower()
        if lower in lex.roles:
            role = lower
            break
    gender = _gender(clean(words[0][2]).lower(), runs[-1][-1], lex)
    return Phrase(start, end, name, SpeakerKind.PERSON, role=role, gender=gender)


def _capital_of_sentence(text: str, start: int, word: str) -> bool:
    """True when `word`, at `start`, opens a sentence and the text writes it in lower case
    elsewhere ("Corporate lobbyists …" and "a corporate giveaway"), so the capital is the
    sentence's, not a name's ("Iowa voters" keep theirs)."""
    before = text[max(0, start - 3) : start].strip(" \t\"'“‘«(")
    if before and before[-1] not in ".!?\n":
        return False
    lower = word.lower()
    return lower != word and _written_alone(text, lower)


def _written_alone(text: str, word: str) -> bool:
    """True when `word` stands in `text` with no letter, digit, underscore or apostrophe
    touching it. A `str.find` loop rather than a pattern built per word: this runs for
    many speaker phrases of an article, and compiling and scanning cost more than finding."""
    at = text.find(word)
    while at != -1:
        after = at + len(word)
        if not (at and _joins(text[at - 1])) and not (after < len(text) and _joins(text[after])):
            return True
        at = text.find(word, at + 1)
    return False


def _joins(char: str) -> bool:
    """True for a character that makes part of a word: what `\\w` matches, and apostrophes."""
    return char.isalnum() or char in "_’'"


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
            word = clean(word)
        lower = word.lower()
        if lower == "of" and not after_of:
            after_of = len(runs) or -1
        if word[0].isupper() and lower not in titles and lower not in DETERMINERS and lower not in roles:
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
