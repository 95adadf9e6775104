"""Stances named by nouns and adjectives: "Varga's attacks on Novak", "the belief that
taxes will fall", "Novak is confident that the bill passes".

PolNeAR counts what a stance is about as reported, like what a verb reports: the object
of "criticism of", "questions about", "opposition to", and the clause after "the belief
that". These cues are found with the verbs, in the one scan of an article's cues (the
lexicon lists them among the cues of reported speech only); quotes.reported hands them
here. The holder of a noun's stance is the possessive right before it ("Varga's", "his"),
the holder of an adjective's, or of a verb whose object follows a particle ("pointed to
…", "made it clear that …"), the subject before it; failing those, the subject of the
sentence.
"""

import re

import regex

from quotes.clauses import clause, trim
from quotes.cues import Cue
from quotes.lexicon import Gender, Lexicon
from quotes.phrases import FUNCTION_WORDS, Phrase, SpeakerKind, describe
from quotes.speakers import Found, phrase_after, phrase_before, subject

# Where the object of "attacks on …" ends: punctuation that closes the noun phrase, or a
# word that opens a clause or a circumstance after it ("… on Novak because he …").
_OBJECT_END = regex.compile(
    r"[,;:()\[\]—–\"“”]|[ \t](?:but|because|while|which|who|whom|whose|after|before|since|when|"
    r"whereas|although|though|as|than|during|despite|until|and[ \t]+(?:then|said|says)|"
    # An auxiliary or a copula is the verb of the sentence the noun phrase is subject of.
    r"is|was|are|were|has|have|had|will|would|could|can|should|may|might|must|did|does|"
    # So is a past form that follows subjects in news: "Varga's attacks on the plan grew sharper".
    r"grew|became|made|took|gave|went|came|won|lost|drew|led|left|began|rose|fell|"
    r"seemed|appeared|remained|helped|prompted|sparked|angered|drove|cost)\b"
)
# A verb right after "that" makes a relative clause of it: "an idea that was popular",
# "the concern that prompted it"; a subject follows the "that" of a belief ("the idea that
# taxes fall").
_RELATIVE = regex.compile(r"[ \t]+(?:\p{Ll}+ed|is|was|are|were|has|had|have|will|would|could|can|may|might|should)\b")
# An object that is a question: "doubts about whether …", "concerns about how …".
_QUESTION = re.compile(r"[ \t]+(?:whether|how|why|what|who|where|when|if)\b")
# Nouns whose "to" leads a deed ("his call to act"), unlike "opposition to the plan"; after
# them a determiner or a capital opens the one called or written to: "a call to the clerk".
_DEED_NOUNS = frozenset({"plan", "proposal", "call", "desire", "reluctance"})
_NOT_A_DEED = regex.compile(r"[ \t]+(?:\p{Lu}|(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)")
# How far an object is read: a noun phrase, not the rest of a long sentence.
_OBJECT_REACH = 160
# A possessive right before the noun, with at most one adjective between: "his", "the
# mayor's", "Anna Berg’s repeated".
_POSSESSIVE = regex.compile(
    r"(?:\b((?i:his|her|their|its|our|my))|((?:\p{Lu}[\p{L}.\-]*[ \t]){0,3}\p{Lu}[\p{L}.\-]*|(?i:the)[ \t]+\p{Ll}+)[’'](?:s|(?<=s[’'])))"
    r"[ \t]+(?:\p{Ll}[\p{Ll}\-]{1,20}[ \t]+)?$"
)
# A possessive pronoun stands for the subject pronoun that coreference resolves.
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}


def statement(text: str, first: int, last: int, cue: Cue, lex: Lexicon) -> tuple[int, int, Found] | None:
    """`(start, end, Found)` of the stance a noun or adjective cue names in the sentence
    `[first, last)`; the cue is the noun alone when a clause follows it ("the belief")."""
    head, _, link = cue.word.rpartition(" ")
    if link == "that":
        if _RELATIVE.match(text, cue.end, last):
            return None  # "an idea that works": a relative clause, which nobody holds
        cue = Cue(cue.start, cue.start + len(head), head)
        found = clause(text, cue.end, last, None)
        if found is None:
            return None
        start, end = found[0], found[1]
    elif _QUESTION.match(text, cue.end, last):
        # "questions about whether the bridge is safe": a clause, whose verb is no end.
        found = clause(text, cue.end, last, None)
        if found is None:
            return None
        start, end = found[0], found[1]
    elif head in _DEED_NOUNS and _NOT_A_DEED.match(text, cue.end, last):
        return None  # "a call to the clerk", "a call to ABC": a phone call, not a call to act
    else:
        stop = _OBJECT_END.search(text, cue.end, min(last, cue.end + _OBJECT_REACH))
        start, end = trim(text, cue.end, stop.start() if stop is not None else min(last, cue.end + _OBJECT_REACH))
        if end <= start or not text[start].isalnum():
            return None  # "questions about." or an object that is a quote: nothing named here
    if head.split()[0] in lex.stance_predicates:
        # "Novak is confident": the subject before it; "…, pointing to X": the sentence's.
        holder = holder_before(text, first, cue.start, lex)
    else:
        holder = _holder(text, first, cue, lex)
    # With no possessive, the subject of the sentence voices it: "Novak raised concerns about …".
    holder = holder or subject(text, first, cue.start, lex)
    if holder is not None and holder.end > cue.start:
        holder = None  # "Concerns about the bridge grew": the noun is the subject itself
    return start, end, Found(holder, cue, 0.6 if holder else 0.3)


def _holder(text: str, first: int, cue: Cue, lex: Lexicon) -> Phrase | None:
    """The possessive before a noun cue: "Varga's criticism of", "his doubts about"."""
    found = _POSSESSIVE.search(text, max(first, cue.start - 60), cue.start)
    if found is None:
        return None
    if found.group(1):
        pronoun = _PRONOUN_OF[found.group(1).lower()]
        gender = lex.pronouns.get(pronoun, Gender.UNKNOWN)
        return Phrase(*found.span(1), None, SpeakerKind.UNKNOWN, pronoun=pronoun, gender=gender)
    start, end = found.span(2)
    return describe(text, start, end, lex)


# The plain words right before a cue, back to the clause's start: "leaked emails showed",
# "Each side said", "Recent polling shows" (an auxiliary or adverb may stand between).
# Each of its words is a whole run of letters, digits, hyphens and apostrophes (the
# character before a run cut short is one of them, and no opener ends with one before a
# word). So the pattern is read in reverse from the cue, each run taken whole: the one
# possible end is tried first, and the most words that reach an opener give the leftmost
# start, the group that a forward search finds after trying every start in the window.
_PLAIN_WORD = r"(?=[\p{L}\d])[\p{L}\d’'\-]{1,31}+"
_PLAIN_SUBJECT = regex.compile(
    r"(?r)(?:^|[,;:(\n—–]|\b(?:that|and|but|because|while|when|after|as|if)\b)[ \t]*"
    rf"((?:{_PLAIN_WORD}[ \t]+){{0,4}}{_PLAIN_WORD})[ \t]+$"
)


# Words that make a clause, not a subject, of what precedes a cue: "Whatever comes next seems".
_NOT_SUBJECT = FUNCTION_WORDS | {"whatever", "whoever", "whichever", "wherever", "whenever"}


def holder_before(text: str, first: int, cue_start: int, lex: Lexicon) -> Phrase | None:
    """Who stands before a cue in the sentence from `first`: a speaker phrase, else the
    plain words that open its clause ("Leaked emails showed")."""
    return phrase_before(text, first, cue_start, lex) or plain_subject(text, first, cue_start, lex)


def plain_subject(text: str, first: int, cue_start: int, lex: Lexicon) -> Phrase | None:
    """The subject of a cue that no speaker rule knows: one to five plain words between the
    start of its clause and the cue, none of them a function word or pronoun."""
    if cue_start - first <= 80:
        # The clause opens the sentence: searched in a copy of it, so that `^` marks the
        # sentence's start ("Local shops have complained"), which `^` never does at a
        # search position inside the text.
        found = _PLAIN_SUBJECT.search(text[first:cue_start])
        offset = first
    else:
        found = _PLAIN_SUBJECT.search(text, cue_start - 80, cue_start)
        offset = 0
    if found is None:
        return None
    # The group is words and blanks alone: its words are what `split` makes of it, and the
    # subject is `kept` from `start`, read without a second pattern.
    start, kept = found.start(1) + offset, found.group(1)
    words = kept.split()
    lowered = kept.lower().split()
    while lowered and lowered[-1] in lex.adverbs:
        # "have said", "also signaled": the subject ends before these
        del words[-1], lowered[-1]
        kept = kept.rsplit(None, 1)[0]
    while len(words) > 1 and words[0][0].isupper() and lowered[0] in lex.sentence_links:
        # "But opponents say", "Even critics say": the sentence's opening link
        del words[0], lowered[0]
        rest = kept.split(None, 1)[1]
        start, kept = start + len(kept) - len(rest), rest
    # "Two-thirds of rail unions said": a link between two words of the subject is part of it.
    inside = {k for k in range(1, len(words) - 1) if words[k] in lex.subject_links}
    if not words or any(w in lex.pronouns or w in _NOT_SUBJECT and k not in inside for k, w in enumerate(lowered)):
        return None
    phrase = describe(text, start, start + len(kept), lex)
    if phrase is not None and phrase.name and not any(w[0].isupper() for w in words[1:]):
        # "Leaked emails showed": a capital that only opens the sentence names no one.
        phrase = phrase._replace(name=None, kind=SpeakerKind.UNKNOWN)
    return phrase


# A form of "be" before a verb of asking or telling makes it passive: "was asked", "is
# being told"; who asks follows "by", if anyone.
_BE = frozenset({"is", "are", "was", "were", "been", "being", "be", "am"})


def passive(text: str, cue_start: int) -> bool:
    """True when a form of "be" stands right before the cue at `cue_start`, past an
    adverb in -ly: "was asked", "was repeatedly asked"."""
    words = text[max(0, cue_start - 24) : cue_start].split()[-2:]
    if words and words[-1].endswith("ly") and len(words) > 1:
        words.pop()
    return bool(words) and words[-1] in _BE and text[cue_start - 1 : cue_start] in " \t"


def asker(text: str, cue_end: int, last: int, lex: Lexicon) -> Phrase | None:
    """Who asks or tells in "Berg was asked by the clerk whether …": the phrase after
    "by"; with no "by", nobody is named."""
    rest = text[cue_end : min(last, cue_end + 8)]
    by = rest.lstrip(" \t")
    if not rest[:1] in (" ", "\t") or not by.startswith("by") or by[2:3].isalnum():
        return None
    return phrase_after(text, cue_end + len(rest) - len(by) + 2, last, lex)
