"""Reported clauses: where the statement a cue reports begins and ends.

The clause after a cue runs from the cue (past the person spoken to, a time phrase or
a stance's preposition) to the end of its sentence, and stops early before a second
verb of the speaker, a participle with a statement of its own, or another speaker's
verb of saying; quotes.reported decides which cues report and who speaks.
"""

from bisect import bisect_left

import regex

from quotes.cues import Cue
from quotes.lexicon import Lexicon
from quotes.phrases import Phrase

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'.\-]{0,40}")
# Reported clauses of fewer than two words are not statements. Two words are found by one
# search, not a loop of two: a word as `_WORD` reads it (atomic, so it cannot give back a
# letter to be the second word), then the first letter or digit after it.
_TWO_WORDS = regex.compile(r"(?>[\p{L}\p{N}][\p{L}\p{N}’'.\-]{0,40})[^\p{L}\p{N}]*[\p{L}\p{N}]")
# Between a cue and its clause: an object and time or manner phrases, at most a few words.
_LEAD = regex.compile(
    r"[ \t]{1,4}(?:(?:on|last|this|in|at|during)[ \t]{1,4}(?:a[ \t]{1,4})?[\p{L}\-]{1,20}[ \t]{0,4},?[ \t]{0,4}){0,2}"
)
# The words that may open `_LEAD`'s phrases: after any other word it matches blanks only.
_LEAD_WORDS = frozenset({"on", "last", "this", "in", "at", "during"})
# Verbs of saying proper: their clause is reported even when the speaker is not found.
SAY = frozenset({"said", "says", "say", "told", "tells", "added", "adds"})
_CLAUSE_STARTS = frozenset({"that", "whether", "if", "how", "what", "why", "when"})
_CLAUSE_WORD = regex.compile(r"\b(?:that|whether|if|how|what|why|when)\b")
# "that" opening a clause, not a relative one with no subject of its own ("the vote that was held").
_THAT = regex.compile(r"\bthat\b(?![ \t]+(?:was|is|were|are|has|had|have|will|would|could|can)\b)")
# A one-word object before the end of the sentence or a comma: a name or a pronoun.
_ONE_OBJECT = regex.compile(r"(?:\p{Lu}[\p{L}’'\-]+|him|her|them|it|us|me)(?=[ \t]*(?:[,.;:!?)]|$))")
# What may stand between a stance and that object besides blanks: a preposition of stance.
_ONE_OBJECT_LEADS = frozenset({"", "for", "against", "about", "of", "on"})
_CLAUSE_OR_DEED = regex.compile(r"\b(?:that|whether|if|how|what|why|when|to|he|she|they|it|we|I)\b")
# A study finds a claim, not a thing, even without "that": "the poll found Varga ahead".
_FINDS = frozenset({"found", "finds", "find"})
_STUDY_BEFORE = regex.compile(
    r"(?r)\b(?:poll|polls|survey|surveys|study|studies|report|review|analysis|investigation|audit|probe|research|researchers|investigators)"
    r"(?:[ \t]+(?:also|has|have|had|recently|previously|only))*[ \t]+$"
)
# After "to" these open a noun phrase, not an infinitive: "promised to the port".
_TO_NOUN = regex.compile(r"to[ \t]{1,3}(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|me|us)\b", regex.I)
# Prepositions opening a phrase between a verb of saying and its clause.
_PHRASE_OPENERS = frozenset(
    {"in", "on", "at", "for", "after", "before", "during", "since", "following", "from", "with", "to", "by"}
)
# Prepositions that lead a stance's object rather than a time or place: "voted against X".
_OBJECT_PREPOSITIONS = frozenset({"for", "against", "about", "of", "as", "on"})
NOT_CLAUSE = frozenset(
    {
        "in", "on", "at", "to", "for", "of", "with", "by", "from", "about", "as", "so",
        "and", "or", "but", "nothing", "something", "anything", "yes", "no", "hello",
        "goodbye", "thanks", "sorry", "more", "less", "much", "little", "not", "too",
    }
)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`[start, end)` without surrounding spaces and final punctuation."""
    while end > start and text[end - 1] in " \t\n.,;:!?":
        end -= 1
    while start < end and text[start] in " \t\n,":
        start += 1
    return start, end


def first_words(text: str, start: int, end: int, most: int) -> list[str]:
    """The first `most` words of `text[start:end]`: a clause is read only as far as needed."""
    words = []
    search = _WORD.search
    while len(words) < most:
        found = search(text, start, end)
        if found is None:
            break
        words.append(found.group())
        start = found.end()
    return words


def after_cue(text: str, cue: Cue, last: int, phrase: Phrase | None, lex: Lexicon, sentence: int):
    """`X said (that) CLAUSE`: the clause from after the cue to the sentence end."""
    position = cue.end
    window = min(last, position + 80)
    word = _WORD.search(text, position, window)
    if word is None:
        return None
    first = word.group().lower()
    verb = cue.word.split()[0]
    if " " in cue.word:
        pass  # "told reporters", "said in a statement": the cue already holds the object
    elif first in lex.clause_objects or (
        # "asked about the ferry": a preposition leads the topic asked about, no person.
        verb in lex.object_verbs and first not in _CLAUSE_STARTS and first != "to" and first not in _OBJECT_PREPOSITIONS
    ):
        # "told reporters that …", "asked Mook whether …": skip the person spoken to.
        position = word.end()
        if verb in lex.object_verbs:
            # "told the newspaper that", "asked the court to": skip to the clause or the deed
            # when it comes within a few words.
            that = _CLAUSE_OR_DEED.search(text, position, min(last, position + 60))
            if that is None:
                return None
            position = that.start()
    elif verb in lex.addressee_verbs and first not in _CLAUSE_STARTS:
        # "warned fruit growers on Wednesday that …": what was said starts at `that`.
        that = _THAT.search(text, position, min(last, position + 60))
        if that is not None and "," not in text[position : that.start()]:
            position = that.start()
    elif first in _LEAD_WORDS:
        lead = _LEAD.match(text, position, last)
        if lead is not None and lead.end() > position:
            position = lead.end()
    else:
        # No time or place word leads: `_LEAD` would match the blanks alone, skipped here
        # without the pattern (most clauses).
        blanks = text[position : min(last, position + 4)]
        position += len(blanks) - len(blanks.lstrip(" \t"))
    if position > word.start() or word.end() == window and window < last:
        # Past the word read above, or that word was cut short by its window: the word at
        # `position` is another. Mostly only blanks were skipped, and it is the same.
        word = _WORD.search(text, position, min(last, position + 80))
        if word is None:
            return None
        first = word.group().lower()
    if verb not in SAY and first in lex.indirect_verbs and (first.endswith("ed") or first in SAY):
        return None  # "figures released on Friday showed …": the second verb reports
    if first in _OBJECT_PREPOSITIONS and verb not in SAY:
        # "called for X", "voted against X", "talking about X", "is seen as X": X is reported.
        position = word.end()
        word = _WORD.search(text, position, min(last, position + 80))
        if word is None:
            return None
        first = word.group().lower()
    # "wants to run", "declined to comment", "vowed to stay", "told them to go" are reported;
    # "said to", "promised to the port", "told the clerk to the council that …" are not.
    deed = first == "to" and (verb in lex.belief_verbs or verb in lex.promise_verbs or verb in lex.directive_verbs)
    if deed and verb not in lex.belief_verbs and _TO_NOUN.match(text, word.start(), last):
        if verb in lex.promise_verbs:
            return None  # "the land was promised to the port": a recipient, not a deed
        deed = False
    if verb == "plans" and (not deed or _TO_NOUN.match(text, word.start(), last)):
        return None  # "plans to run" is an intention; "health plans rose", "plans to the port" name plans
    if first in _PHRASE_OPENERS and verb in SAY and not deed:
        # "said after a meeting in the town hall that …": a longer phrase of time or place, then the clause.
        that = _THAT.search(text, position, min(last, position + 80))
        if that is None or "," in text[position : that.start()]:
            return None  # "said after the vote": when, not what
        position, first = that.start(), "that"
    if first in NOT_CLAUSE and not deed:
        return None
    if first not in _CLAUSE_STARTS and not deed and verb not in lex.bare_clause_verbs and not (
        verb in _FINDS and _STUDY_BEFORE.search(text, max(sentence, cue.start - 40), cue.start)
    ):
        return None  # "knows the town well"; but "is known to favour the port"
    found = clause(text, position, last, phrase, sentence=sentence)
    if found is None and verb.endswith("ed") and verb not in SAY and verb not in lex.naming_verbs:
        return _one_word_object(text, cue, word.start(), last, phrase, lex)
    return found


def _one_word_object(text: str, cue: Cue, start: int, last: int, phrase: Phrase | None, lex: Lexicon):
    """"endorsed Varga.", "railed against her": the object of a past stance, one name or
    pronoun right after the cue, is reported as a longer one is. after_cue leaves out
    present forms ("most support Varga" is a poll's finding, not a stance taken) and
    verbs of naming ("a firm called Lumex")."""
    lead = text[cue.end : start]
    if lead[:1] not in (" ", "\t") or "\n" in lead or lead.strip(" \t") not in _ONE_OBJECT_LEADS:
        return None
    one = _ONE_OBJECT.match(text, start, last)
    if one is None or one.group().lower() in lex.weekdays:  # "released Friday": when, not what
        return None
    return one.start(), one.end(), phrase


# Where a clause hands over to another speaker's statement: "…, and half said …",
# "…, compared with half of those who say …", "… but said …", "…, said one voter".
_HANDOVER = regex.compile(
    r"[,;][ \t]{0,4}(?:(?:and|but|while|whereas|though|although|compared)\b)?|[ \t](?:but|while|whereas)[ \t]"
)
# A second verb of the speaker joined to the clause by "but", ", and", "and she" or a
# semicolon ("… complained about X but defended Y"): PolNeAR marks what each verb reports
# apart. A bare comma is left out: "hoped the hearing, called by …" is an aside.
_JOINED = regex.compile(
    r"(?r)(?:;|,?[ \t]{1,4}but|,[ \t]{0,4}and|[ \t]and(?=[ \t]{1,4}(?:he|she|they|we)\b))"
    r"[ \t]{1,4}(?:(?:he|she|they|it|we)[ \t]{1,4})?(?:also[ \t]{1,4})?$"
)
# How near the joined verb its conjunction stands: the pronoun and "also" at most.
_JOINED_REACH = 30
# How far back from the inner cue a boundary is looked for: its subject is near it.
_HANDOVER_REACH = 200
# Only clauses up to this long are cut: a cut makes the next cue read its own sentence,
# which on one endless sentence of cues would cost time in the square of its length.
_HANDOVER_LONGEST = 600


def before_next_cue(
    text: str, start: int, end: int, cues: list[Cue], starts: list[int], lex: Lexicon
) -> int | None:
    """`end`, or where the clause stops before another reporting cue inside it.

    A second verb of saying inside the clause ("said", "insists", "argued" …) starts a
    statement of its own (PolNeAR marks the two apart), so the clause ends at the last
    comma or conjunction before it; so does any other cue joined right after "but",
    ", and" or a semicolon ("… but defended Y"). None when too little is left to be a
    statement.
    """
    if end - start > _HANDOVER_LONGEST:
        return end  # a clause past any real statement's length is left whole, read once
    k = bisect_left(starts, start + 1)
    if k == len(cues) or cues[k].start >= end:
        return end
    # The first cue inside that reports, of the next few: the work per statement stays bounded.
    for cue in cues[k : k + 3]:
        if cue.start >= end:
            return end
        if cue.word.split()[0] in lex.own_statement_verbs:
            break
        if cue.word.split()[0] in lex.indirect_verbs:
            # A stance or belief joined right after a conjunction is the speaker's next
            # statement: the clause ends at the conjunction.
            joined = _JOINED.search(text, max(start, cue.start - _JOINED_REACH), cue.start)
            if joined is not None:
                found = clause(text, start, joined.start(), None)
                return None if found is None else found[1]
    else:
        return end
    cut = None
    for cut in _HANDOVER.finditer(text, max(start, cue.start - _HANDOVER_REACH), cue.start):
        pass
    if cut is None:
        return end  # "he said the clerk said": no boundary, read it as one
    found = clause(text, start, cut.start(), None)
    return None if found is None else found[1]


# Where a reported clause stops before the sentence does: a participle adding another
# statement (", warning that …"), or a second verb of the speaker (" and questioned …").
CLAUSE_END = regex.compile(
    r",[ \t]{1,4}(?:\p{Ll}{2,30}ing|according)\b|[ \t]and[ \t]{1,4}(?:\p{Ll}{2,30}ed|said|says|told|added)\b"
    r"|:[ \t]{0,3}[\"“«]"
)
def clause_end(text: str, start: int, end: int) -> regex.Match[str] | None:
    """`CLAUSE_END.search(text, start, end)`, without running it on a clause that has no
    comma, colon or "and", one of which each of its alternatives needs (most clauses)."""
    if text.find(",", start, end) < 0 and text.find(":", start, end) < 0 and text.find("and", start, end) < 0:
        return None
    return CLAUSE_END.search(text, start, end)


# Openings whose clause ends at the first comma; "Asked whether X, he said …" is one too.
_SUBORDINATE = frozenset({"asked", "while", "although", "though", "as", "because", "if", "when", "after", "before", "since", "whereas"})


def clause(text: str, start: int, end: int, phrase: Phrase | None, *, sentence: int | None = None):
    """`(start, end, phrase)` of the clause in `[start, end)`, cut where it stops early and
    trimmed; None when fewer than two words are left."""
    stop = clause_end(text, start, end)
    if stop is not None:
        end = stop.start()
    start, end = trim(text, start, end)
    if sentence is not None and text[sentence : sentence + 9].split(" ", 1)[0].lower() in _SUBORDINATE:
        comma = text.find(",", start, end)
        if comma > 0 and text.find(",", sentence, start) < 0:
            # "While X said CLAUSE, he …": the main clause is not reported. But in "As X
            # said, CLAUSE" the comma that ends the opening comes before the clause.
            start, end = trim(text, start, comma)
    if _TWO_WORDS.search(text, start, end) is None:
        return None
    return start, end, phrase


def before_other_quote(
    text: str, start: int, end: int, opens: list[int], starts: list[int], cues: list[Cue], lex: Lexicon
) -> int | None:
    """Where a clause that runs into a quote ends when a verb that attributes quotes
    stands between them: at the comma before that verb ("…, and a man yelled «Q»"), as
    the quote and its cue are a statement of their own; None when no such verb or comma,
    or fewer than four words before it."""
    k = bisect_left(opens, start)
    if k >= len(opens) or opens[k] >= end or opens[k] == start:
        return None
    j = bisect_left(starts, start + 1)
    inner = [c for c in cues[j : j + 4] if c.start < opens[k] and c.word.split()[0] in lex.cue_verbs and c.word != "according to"]
    if not inner:
        return None
    cut = text.rfind(",", start, inner[0].start)
    if cut < 0:
        return None
    found = clause(text, start, cut, None)
    if found is None or len(first_words(text, found[0], found[1], 4)) < 4:
        return None
    return found[1]
