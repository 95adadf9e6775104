"""The subject of the clause a cue stands in, when that clause opens inside its sentence.

A participle or a second verb borrows its subject from its own clause, not always from
the sentence's: in "The rally ended when about forty nurses marched in, chanting «Q»"
the nurses chant, and in "Anxiety grew when Mayor Hale lamented the cuts and criticized
the «Q»" Hale criticises. The clause opens after a conjunction, a comma or a dash; its
subject is a short noun phrase followed by a finite verb.
"""

import re

from quotes.lexicon import Lexicon
from quotes.phrases import DETERMINERS, FUNCTION_WORDS, Phrase, clean, describe, np_word, tokens

# Words after which a clause with a subject of its own may open. "That" is left out: the
# clause after "said that" is reported, and the cue before it speaks for its subject.
# "After", "because" and "since" are left out too: a participle after such a clause
# mostly goes back to the main one ("Hale wrote columns after they came out, saying …").
_OPENERS = frozenset({"when", "where", "while", "as", "and", "but", "with"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
_PUNCTUATION = frozenset({",", ";", "—", "–", "―"})
# Determiners and possessives that may open a subject: "the council", "their leader".
_LEADS = DETERMINERS | {"his", "her", "their", "its", "our", "about", "some", "all"}
# Auxiliaries and irregular past forms that follow a subject as its finite verb.
_AUXILIARIES = frozenset(
    {
        "has", "had", "have", "is", "was", "are", "were", "did", "does", "do", "will", "would",
        "could", "can", "may", "might", "went", "held", "took", "made", "gave", "sent", "came",
        "led", "told", "said", "wrote", "spoke", "stood", "began", "ran", "got", "kept",
    }
)
# Numbers before a subject's head: "some forty nurses", "hundreds of …" stops at "of".
_NUMBERS = frozenset(
    {"two", "three", "four", "five", "six", "ten", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "dozens"}
)
# Prepositions that end like participles: "with Hale during the hearing" has no verb.
_ING_PREPOSITIONS = frozenset({"during", "including", "regarding", "concerning", "following", "according"})
# An adverb between a subject and its verb: "had earlier gathered", "strongly denounced".
_ADVERB = re.compile(r"[a-z]+ly")
# How many words back from the cue a clause opener is looked for.
_WORDS_BACK = 40


def clause_subject(text: str, floor: int, cue_start: int, lex: Lexicon) -> Phrase | None:
    """The subject of the nearest clause before `cue_start` (not before `floor`) that
    opens with a conjunction or punctuation and whose subject is followed by a finite
    verb; None when no clause there has one."""
    words = tokens(text, floor, cue_start)[-_WORDS_BACK:]
    for k in range(len(words) - 2, -1, -1):
        opener = words[k][2].lower()
        if opener in _QUOTE_MARKS:
            return None  # words in quote marks are someone's own, not the narrator's clauses
        if opener not in _OPENERS and opener not in _PUNCTUATION:
            continue
        phrase = _subject_at(text, words, k + 1, lex, participle=opener == "with")
        if phrase is not None:
            return phrase
    return None


def _subject_at(
    text: str, words: list[tuple[int, int, str]], i: int, lex: Lexicon, *, participle: bool
) -> Phrase | None:
    """A subject starting at `words[i]` and the finite verb after it; after "with" the
    verb is a participle instead ("with Hale tweeting …")."""
    first = i
    if i < len(words) and words[i][2].lower() in lex.pronouns and words[i][2].lower() != "it":
        end = i + 1  # "he", "they": a pronoun is a subject of its own
    else:
        if i < len(words) and words[i][2].lower() in _LEADS:
            i += 1
        while i < len(words) and (words[i][2][:1].isdigit() or words[i][2].lower() in _NUMBERS):
            i += 1  # "about 50 protesters", "some forty nurses"
        start_head = i
        while i < len(words) and np_word(clean(words[i][2]), lex):
            i += 1
        if i + 1 < len(words) and _plural(words[i][2], lex) and _finite(words[i + 1][2], lex):
            i += 1  # "about 50 protesters gathered", "Hale supporters booed"
        if i == start_head:
            return None
        end = i
    if end >= len(words) - 1 and not participle:
        return None  # the phrase runs into the cue: no verb of its own between
    verb = end
    while verb < len(words) and _ADVERB.fullmatch(words[verb][2]) is not None:
        verb += 1
    if verb >= len(words):
        return None
    if not (_participle(words[verb][2]) if participle else _finite(words[verb][2], lex)):
        return None
    return describe(text, words[first][0], words[end - 1][1] - (clean(words[end - 1][2]) != words[end - 1][2]), lex)


def _plural(word: str, lex: Lexicon) -> bool:
    """True for a plain lower-case plural noun: "protesters", "nurses"; not a verb in -s."""
    return (
        len(word) > 3 and word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")
        and word not in FUNCTION_WORDS and word not in _AUXILIARIES and word not in lex.cue_verbs
        and word not in lex.belief_verbs
    )


def _finite(word: str, lex: Lexicon) -> bool:
    """True for a lower-case word that can be a subject's verb: "gathered", "has", "says"."""
    if not word.islower():
        return False
    return word in _AUXILIARIES or word.endswith("ed") or word in lex.cue_verbs and not word.endswith("ing")


def _participle(word: str) -> bool:
    return (
        word.islower() and word.endswith("ing") and len(word) > 4
        and word not in FUNCTION_WORDS and word not in _ING_PREPOSITIONS
    )
