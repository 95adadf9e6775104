"""Where the speaker phrase of a cue stands: before it ("X said"), after it ("said X",
"according to X"), or at the start of its sentence (", saying …").

What the phrase names is read by quotes.phrases; this module only finds its bounds.
"""

import re
from typing import NamedTuple

from quotes.cues import PAST_SAY, Cue
from quotes.lexicon import ENGLISH, Lexicon
from quotes.phrases import (
    DETERMINERS,
    FUNCTION_WORDS,
    Phrase,
    SpeakerKind,
    clean,
    describe,
    np_word,
    tokens,
)
from quotes.heads import completed_noun
from quotes.subjects import clause_subject

_NUMBERS = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    }
)
_CONJUNCTIONS = frozenset({"and", "but", "so", "yet", "or"})
_FOCUS = frozenset({"even", "just", "only", "also", "still"})  # "And even Halloran …"
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
# Prepositions of an occasion between a speaker and the cue: "Hale at a rally said".
_SETTING_PREPOSITIONS = frozenset({"at", "in", "during"})
_PREPOSITIONS = frozenset({"to", "with", "for", "by", "from", "at", "in", "on", "about"})
_QUANTIFIERS = frozenset({"most", "many", "some", "others", "both", "all", "few", "several", "another"})
_PARTITIVES = frozenset({"one", "two", "some", "many", "several", "most", "none", "each", "either", "neither"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "this", "these", "those", "such"})
_TIME_WORDS = ENGLISH.weekdays | frozenset(
    {
        "yesterday", "today", "tonight", "week", "month", "year", "morning", "evening",
        "afternoon", "night", "on", "last", "this", "earlier", "later", "recently",
        "at", "one", "point",  # "at one point said"
        "ago", "days", "weeks", "months", "years", "less", "than", "two", "three", "few",
        "hours", "minutes", "moments",  # "Hours later, Novak …"
    }
)
# The same, also with the full stop of a sentence that ends on one ("said on Tuesday."):
# a token is looked up as it stands, which costs less than `clean` on every token.
_TIME_TOKENS = _TIME_WORDS | {word + "." for word in _TIME_WORDS}
# Connectives that stand, unpunctuated, between a subject and its verb: "Novak however said".
_ASIDES = frozenset({"however", "though", "too", "instead", "meanwhile", "each", "both"})
# A participle at a cue's start: "telling", "saying".
_ING = re.compile(r"[a-z]+ing\b")
# Auxiliaries and modals, which follow a subject and never stand inside it.
_VERB_HELPERS = frozenset(
    {
        "may", "might", "can", "could", "would", "will", "shall", "should", "must",
        "has", "have", "had", "is", "are", "was", "were", "did", "does",
    }
)
# A word in -s after a noun, and what may open its object or particle: the noun's verb.
_VERB_IN_S = re.compile(r"[a-z]{2,}[^s]s")
_OBJECT_START = re.compile(r"[A-Z][\w.’'\-]*|the|a|an|his|her|their|its|on|to|up|out|back")
# How far back from a cue a speaker phrase, appositions included, may start.
_PHRASE_WINDOW = 200


class Found(NamedTuple):
    """What a rule found for one statement, before names are resolved."""

    phrase: Phrase | None
    cue: Cue | None
    confidence: float


def _modifier(words: list[tuple[int, int, str]], i: int, step: int) -> bool:
    """True when lower-case `words[i]` modifies a head next to it ("security service").

    Backwards (`step` -1) the word must have a capitalised word or a determiner before it;
    forwards (`step` 1) the next word must be the head.
    """
    word = words[i][2]
    if not word.replace("-", "").isalpha() or not word.islower() or word in FUNCTION_WORDS:
        return False  # "security service", "well-known councillor" pass
    if word in _VERB_HELPERS:
        return False  # "Mr. Hale has hired Lind": an auxiliary opens the predicate
    if step < 0:
        before = words[i - 1][2]
        if before in (",", ";", ":", "—", "–"):
            return True  # "…, political experts said"
        lower = before.lower()
        return before[0].isupper() or lower in DETERMINERS or lower in _POSSESSIVE_PRONOUNS or before.endswith(("’", "'"))
    return True


def _before_head(words: list[tuple[int, int, str]], i: int, lex: Lexicon) -> bool:
    """True when `words[i]` is a head, or a lower-case word right before one: a
    lower-case role or organisation word, or a capitalised word that is no function word."""
    for word in (w[2] for w in words[i : i + 2]):
        if word[0].isupper():
            return word.lower() not in FUNCTION_WORDS
        if np_word(clean(word), lex):
            return True
        if not word.isalpha() or word in FUNCTION_WORDS or word in DETERMINERS:
            return False
    return False


def _skip_back(words: list[tuple[int, int, str]], i: int, lex: Lexicon) -> int:
    """Index of the last word before `i` that is not an adverb or a time expression."""
    while i >= 0:
        word = words[i][2]
        lower = word.lower()
        if lower in lex.adverbs or lower in _TIME_TOKENS or word in _ASIDES:
            i -= 1
        elif word.endswith("ly") and word.islower() and len(word) > 4:
            i -= 1  # "emphatically proclaimed", "quickly added"
        elif word == "past" and i >= 2 and words[i - 1][2] == "the" and words[i - 2][2] == "in":
            i -= 3  # "who has in the past described"
        elif word == ")" or word == "," and i > 0 and words[i - 1][2] == ")":
            # "Gov. Paul Dumont (D-OH), said": a parenthesis is an aside.
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
    """`a city hall official who spoke anonymously said`: the phrase before "who"."""
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
        if lower in DETERMINERS or lower in _POSSESSIVE_PRONOUNS:
            return j if j < i else None
        if lower in FUNCTION_WORDS or not word.replace("-", "").isalpha():
            return None
        if not word.islower() and j == i:
            return None  # the head itself is lower-case: "several city hall insiders"
    return None


def phrase_before(
    text: str, floor: int, cue_start: int, lex: Lexicon, *, sentence: int | None = None
) -> Phrase | None:
    """The speaker phrase that ends right before a cue at `cue_start` ("X said").

    `sentence` is where the sentence starts, when it starts before `floor`: the subject of
    "he called her «weak» and said …" stands before the quote that sets the floor.
    """
    words = tokens(text, max(floor, cue_start - _PHRASE_WINDOW), cue_start)
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
    relative = word in ("who", "which") or word == "that" and words[i - 1][2].isalpha() and not _verb_like(words[i - 1][2], lex)
    if i >= 1 and relative:
        # "said Lind, who said …", "someone who conceded", "letters that called him …",
        # "the sign, which read …": the mention is the pronoun, the speaker whoever it
        # stands for.
        before = words[i - 1][0] if words[i - 1][2] == "," else words[i][0]
        antecedent = phrase_before(text, floor, before, lex)
        if antecedent is None or antecedent.name is None:
            return Phrase(words[i][0], words[i][1], None, SpeakerKind.UNKNOWN)
        return Phrase(words[i][0], words[i][1], antecedent.name, antecedent.kind, gender=antecedent.gender)
    if end is None:
        if word in ("and", "but"):
            # "X arrived and said …": the speaker is the subject of the clause, which is
            # the sentence's unless a clause opens inside it ("…, when X arrived and said").
            start = max(floor if sentence is None else sentence, cue_start - _PHRASE_WINDOW)
            return clause_subject(text, start, words[i][0], lex) or subject(text, start, words[i][0], lex)
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
        # "Another source speaking to Dover Radio said": Dover Radio is spoken to.
        outer = phrase_before(text, floor, words[first - 2][0], lex)
        if outer is not None:
            return outer
    if first >= 2 and words[first - 1][2] in _SETTING_PREPOSITIONS and end is None:
        # "Novak at the time said", "Hale in an interview said": a name before the
        # occasion speaks, not the occasion.
        outer = phrase_before(text, floor, words[first - 1][0], lex)
        named = outer is not None and (outer.name is not None or outer.pronoun is not None)
        if named and outer.end == words[first - 2][1]:
            inner = describe(text, words[first][0], words[i][1], lex, words[first : i + 1])
            if inner.kind is not SpeakerKind.PERSON:
                return outer
    noun = completed_noun(words, first, lex) if end is None else None
    if noun is not None and not _ING.match(text, cue_start):  # the pattern read last: it costs more
        # "Former employees of the school said": the mention is the whole phrase, who it
        # names the head's business ("a spokesman for the council" is a spokesman).
        # Not before a participle: "an account of Hale telling …" is Hale's telling.
        named = describe(text, words[noun[0]][0], words[noun[1]][1], lex, words[noun[0] : noun[1] + 1])
        return named._replace(start=words[noun[0]][0], end=words[i][1])
    if end is None:
        return describe(text, words[first][0], words[i][1], lex, words[first : i + 1])
    return describe(text, words[first][0], end, lex)


def _verb_like(word: str, lex: Lexicon) -> bool:
    """True for a word before "that" that takes a clause: "said that", "so that"."""
    lower = word.lower()
    return lower in lex.cue_verbs or lower in lex.belief_verbs or lower in FUNCTION_WORDS or lower.endswith("ed")


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
        # "Ana Ruiz, 31, of Porto, Portugal, said": short asides follow each other.
        k = j - 1
        while k >= 0 and words[k][2] != "," and j - k <= 5:
            k -= 1
        if k < 1 or words[k][2] != "," or not _aside(words[k + 1 : j]):
            break
        j = k
    if words[j - 1][2] == ")":
        # "Sen. Ted Lind (D-Ohio), also a party hopeful, called": skip the parenthesis.
        k = j - 2
        while k > 0 and words[k][2] != "(" and j - k < 12:
            k -= 1
        if k > 0 and words[k][2] == "(":
            j = k
    end = None
    if not words[j - 1][2][0].isupper():
        if words[j + 1][2][0].isupper() and words[j + 1][2].lower() not in FUNCTION_WORDS:
            # "her own lawyer, Anna M. Weiss, wrote": the name is the apposition.
            end = words[i - 1][1]
        elif not np_word(words[j - 1][2], lex) and _lenient_start(words, j - 1) is None:
            return None  # "The complaint, which was filed …, alleged" passes on
    return j - 1, end


def _noun_phrase_start(words: list[tuple[int, int, str]], last: int, lex: Lexicon) -> int | None:
    """Index of the first word of the noun phrase ending at `words[last]`; None when
    there is no noun phrase there; past `last` when it is only a time ("on Tuesday")."""
    i = last
    while i >= 0 and np_word(clean(words[i][2]), lex):
        i -= 1
        if i >= 1 and words[i][2] == "of" and np_word(words[i - 1][2], lex):
            i -= 1
        elif i >= 1 and _modifier(words, i, -1):
            i -= 1  # "Belarus’ KGB security service": a lower-case modifier of the head
    if i >= 1 and i < last and words[i][2].isalpha() and words[i][2].islower():
        lenient = _lenient_start(words, i)
        if lenient is not None:
            i = lenient - 1  # "The regional weather service": modifiers back to the article
    if i < last and all(w[2].lower() in _TIME_TOKENS for w in words[i + 1 : last + 1]):
        return last + 1
    if i == last:
        lenient = _lenient_start(words, last)
        return lenient
    if i >= 0 and (words[i][2].lower() in DETERMINERS or words[i][2].lower() in _POSSESSIVE_PRONOUNS):
        i -= 1
    return i + 1


def phrase_after(text: str, cue_end: int, ceiling: int, lex: Lexicon) -> Phrase | None:
    """The speaker phrase that starts right after a cue ("said X", "according to X")."""
    words = tokens(text, cue_end, min(ceiling, cue_end + 200))
    if not words:
        return None
    i = 0
    if len(words) > 2 and words[0][2].lower() in _PARTITIVES and words[1][2] == "of":
        # "said one of those advisers": the group after "of" tells who the speaker is.
        group = phrase_after(text, words[2][0], ceiling, lex)
        return describe(text, words[0][0], group.end, lex) if group is not None else None
    if words[0][2].lower() in lex.pronouns and words[0][2] != "I":
        return describe(text, words[0][0], words[0][1], lex, words[:1])
    if words[0][2].lower() in DETERMINERS or words[0][2].lower() in _POSSESSIVE_PRONOUNS:
        i = 1  # "the mayor", "his family doctor of many years"
    first = i
    while i < len(words) and (
        np_word(clean(words[i][2]), lex) or i + 1 < len(words) and _modifier(words, i, 1)
    ):
        if not np_word(clean(words[i][2]), lex) and (
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
        # "said a person close to the family": a determiner and a common noun or two.
        while i < len(words) and i < 4:
            word = clean(words[i][2])
            if not (word.isalpha() and word.islower() and word not in FUNCTION_WORDS) or word in _VERB_HELPERS:
                break  # "Some students may have …": an auxiliary starts the predicate
            if i > first and _VERB_IN_S.fullmatch(word) and i + 1 < len(words) and _OBJECT_START.fullmatch(words[i + 1][2]):
                break  # "The new ad hits Hale for …", "The piece goes on to …": its verb
            i += 1
    if i == first or all(w[2].lower() in _TIME_TOKENS for w in words[first:i]):
        return None  # "said Wednesday": a day is nobody
    end = words[i - 1][1]
    if clean(words[i - 1][2]) != words[i - 1][2]:
        end -= 1  # the sentence's full stop, not an abbreviation's dot
    return describe(text, words[0][0], end, lex, words[:i] if end == words[i - 1][1] else None)


def described_after(text: str, cue_end: int, ceiling: int, lex: Lexicon) -> Phrase | None:
    """A looser phrase after an inverted cue, when phrase_after finds none: a few words up
    to a comma, a full stop or a function word ("reads a Monday column in …", "says
    the film’s narrator,", "said master of ceremonies Ann Lee,", "tweeted another.")."""
    words = tokens(text, cue_end, min(ceiling, cue_end + 80))
    i = 0
    while i < len(words) and i < 6:
        word = words[i][2]
        lower = clean(word).lower()
        if not word[0].isalpha() or lower in FUNCTION_WORDS and not (lower == "of" and 0 < i < len(words) - 1):
            break
        if lower in lex.pronouns or lower in _TIME_WORDS and lower not in DETERMINERS and i == 0:
            return None  # "said he", "said Tuesday": phrase_after's business
        i += 1
        if clean(word) != word:
            break  # the sentence's full stop
    rest = words[i][2] if i < len(words) else "."
    if i == 0 or i == 6 or not (rest in (",", ";", "—", "–", "(") or rest.lower() in FUNCTION_WORDS or i == len(words)):
        return None
    return describe(text, words[0][0], words[i - 1][1] - (clean(words[i - 1][2]) != words[i - 1][2]), lex)


# Words of an opening phrase of time besides _TIME_WORDS: "The next day,", "A week ago,".
_TIME_OPENERS = frozenset({"a", "an", "the", "next", "same", "following", "day"})


def _time_phrase(words: list[tuple[int, int, str]]) -> bool:
    """The sentence opens with a phrase of time and a comma: "A few days later, …"."""
    comma = next((k for k in range(1, min(len(words), 6)) if words[k][2] == ","), None)
    return comma is not None and clean(words[comma - 1][2]).lower() in _TIME_WORDS | {"day"} and all(
        w[2].lower() in _TIME_WORDS or w[2].lower() in _TIME_OPENERS for w in words[:comma]
    )


def subject(text: str, sentence_start: int, cue_start: int, lex: Lexicon) -> Phrase | None:
    """The subject at the start of a sentence, for participle cues (", saying …")."""
    words = tokens(text, sentence_start, cue_start)
    if words and words[0][2] in _QUOTE_MARKS:
        # "«Thank you,» Lind replied, before adding …": the subject follows the quote.
        close = next((k for k in range(1, min(len(words), 80)) if words[k][2] in _QUOTE_MARKS), None)
        if close is not None:
            del words[: close + 1]
    while words and (
        not words[0][2][0].isalnum() or words[0][2].lower() in _CONJUNCTIONS or words[0][2].lower() in _FOCUS
    ):
        sentence_start = words[0][1]
        del words[0]  # a closing mark left over from a quote before; "And he …"
    if len(words) > 2 and (words[0][2].isupper() and len(words[0][2]) > 2 or words[1][2] == "(") and words[1][2] in ("—", "–", "-", "(", ","):
        # "WASHINGTON — …", "PARIS (AP) — …": a dateline is nobody.
        dash = next((k for k in range(1, min(len(words), 8)) if words[k][2] in ("—", "–", "-")), 1)
        sentence_start = words[dash][1]
        del words[: dash + 1]
    i = 0
    opening = words[0][2].lower() if words else ""
    if words and (
        opening in FUNCTION_WORDS or opening in _TIME_WORDS or opening in _NUMBERS
        or opening[0].isdigit() or opening.endswith(("ing", "ed", "ly")) or opening in ("led", "based")
        or _time_phrase(words)
    ):
        # "Declaring that …, the mogul", "Led by the speaker, the rally", "Based on …, it"
        # Skip a leading adverbial ("On Friday, …", "During a rally in Minsk, …").
        for k, (_, _, word) in enumerate(words[:25]):
            if word == ",":
                i = k + 1
                break
        else:
            if opening.endswith("ing") and len(words) > 1 and not words[1][2][0].isupper():
                return None  # "Trying to convince the courts … failed": a gerund speaks not
    if i >= len(words):
        # Only the cue's own comma ends the opening: "Then Novak went …, saying", or a
        # name that ends like an adverb, "Carly Keller threw …, saying".
        if opening in lex.adverbs:
            i = 1
        elif opening in DETERMINERS:
            i = 0  # "One aide … tried to play it down, saying": a number that is no time
        elif len(words) > 1 and words[0][2][0].isupper() and words[1][2][0].isupper():
            i = 0
        else:
            return None
    head = phrase_after(text, words[i][0], cue_start, lex) if i else None
    if i and (head is None or text[head.end : head.end + 1] == ","):
        # "Speaking in Dover, which votes next week, Hale …", "Seizing on it — as he did
        # before — Hale …", "Speaking in Dover, Delaware, Novak went …": the opening
        # runs on to a later comma or dash, and a subject is followed by its verb.
        for k in range(i, min(len(words) - 1, 25)):
            if words[k][2] in (",", "—", "–") and words[k + 1][2][:1].isupper():
                later = phrase_after(text, words[k + 1][0], cue_start, lex)
                if later is not None and text[later.end : later.end + 1] != ",":
                    return later
        if head is None:
            for k in range(1, min(i, len(words) - 1)):
                if words[k][2] in ("—", "–") and words[k + 1][2][:1].isupper():
                    later = phrase_after(text, words[k + 1][0], cue_start, lex)
                    if later is not None:
                        return later
    return head or phrase_after(text, sentence_start, cue_start, lex)


def participle_subject(
    text: str, earlier: list[Cue], start: int, cue: Cue, lex: Lexicon
) -> Phrase | None:
    """Who speaks in `…, noting «Q»`: the speaker of an `earlier` cue of the sentence
    ("Novak said Tuesday, noting …"), else the sentence's subject."""
    for before in reversed(earlier):
        if before.word in PAST_SAY or before.word.endswith("ed"):
            phrase = phrase_before(text, start, before.start, lex)
            if phrase is None and text[before.start - 2 : before.start].strip(" ") in (",", "”", '"'):
                phrase = phrase_after(text, before.end, cue.start, lex)  # "…,” said Weiss, urging"
            if phrase is not None:
                return phrase
    # "The rally ended when forty nurses marched in, chanting …": the clause's subject.
    return clause_subject(text, start, cue.start, lex) or subject(text, start, cue.start, lex)
