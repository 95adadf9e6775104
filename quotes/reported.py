"""Reported speech without quote marks: "X said (that) CLAUSE", "CLAUSE, X said".

Each reporting cue outside quote marks is tried against four shapes, most specific
first, and the first that fits gives one statement:

1. `…, saying CLAUSE` — a participle after a comma reports the sentence's subject.
2. `according to X, CLAUSE` and `CLAUSE, according to X.`
3. `X said (that) CLAUSE` — the clause runs from the cue (with "that", as the PolNeAR
   annotators mark it) to the end of the sentence, without its final punctuation.
4. `CLAUSE, X said.` / `CLAUSE, said X.` / `CLAUSE, he said, …` — the cue closes the
   sentence or stands aside in it, and the clause is what precedes the speaker.

Then, for lines of their own, `Clinton camp: Trump's plan threatens security` — the way
headlines report claims — unless a clause with a cue already covers them.

Besides verbs of saying, the lexicon's beliefs, intentions, stances and findings report
too, as the PolNeAR annotators count them: "hopes that …", "wants to …", "declined to
comment", "endorsed Clinton", "polls show …"; they never attribute a quote.

A clause that contains a direct quote is dropped: the quote already carries the
statement and its speaker, and the two must not overlap. A clause of fewer than
three words is no statement ("he said so").
"""

from bisect import bisect_left

import regex

from quotes.lexicon import Lexicon
from quotes.sentences import Sentences
from quotes.spans import QuoteSpan
from quotes.cues import Cue
from quotes.phrases import Phrase, describe
from quotes.speakers import Found, participle_subject, phrase_after, phrase_before

# Reported clauses shorter than this many words are not statements.
_MIN_WORDS = 2
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'.\-]{0,40}")
# Between a cue and its clause: an object and time or manner phrases, at most a few words.
_LEAD = regex.compile(
    r"[ \t]{1,4}(?:(?:on|last|this|in|at|during)[ \t]{1,4}(?:a[ \t]{1,4})?[\p{L}\-]{1,20}[ \t]{0,4},?[ \t]{0,4}){0,2}"
)
# Verbs of saying proper: their clause is reported even when the speaker is not found.
_SAY = frozenset({"said", "says", "say", "told", "tells", "added", "adds"})
_CLAUSE_STARTS = frozenset({"that", "whether", "if", "how", "what", "why", "when"})
_CLAUSE_WORD = regex.compile(r"\b(?:that|whether|if|how|what|why|when)\b")
# Verbs whose person spoken to stands between them and the clause.
_TAKES_OBJECT = frozenset({"told", "tell", "tells", "telling", "ask", "asks", "asked", "asking"})
# Prepositions that lead a stance's object rather than a time or place: "voted against X".
_OBJECT_PREPOSITIONS = frozenset({"for", "against", "about", "of", "as", "on"})
_MODIFIER_BEFORE = regex.compile(r"(?:^|\W)(?:the|a|an|his|her|their|its|our|this)[ \t]$", regex.I)
_NOT_CLAUSE = frozenset(
    {
        "in", "on", "at", "to", "for", "of", "with", "by", "from", "about", "as", "so",
        "and", "or", "but", "nothing", "something", "anything", "yes", "no", "hello",
        "goodbye", "thanks", "sorry", "more", "less", "much", "little", "not", "too",
    }
)


def find(
    text: str,
    sentences: Sentences,
    cues: list[Cue],
    spans: list[QuoteSpan],
    lex: Lexicon,
    *,
    skip: frozenset[int] = frozenset(),
) -> list[tuple[int, int, Found]]:
    """Reported statements in `text` as `(start, end, Found)`, non-overlapping, in order.

    Cues starting at an offset in `skip` already belong to a direct quote.
    """
    opens = [span.open_start for span in spans]
    starts = [cue.start for cue in cues]
    statements: list[tuple[int, int, Found]] = []
    taken_until = 0
    for cue in cues:
        if cue.start in skip:
            continue
        verb = cue.word.split()[0]  # "told reporters", "said in a statement"
        if verb not in lex.indirect_verbs and cue.word != "according to":
            continue
        if cue.start < taken_until:
            continue
        if verb not in _SAY and _MODIFIER_BEFORE.search(text, max(0, cue.start - 8), cue.start):
            continue  # after a determiner a participle is an adjective: "the planned rally"
        if verb in lex.plural_bases and not _plural_before(text, cue.start, lex):
            continue  # "polls show", "voters want"; but "the quiz show", "strong support"
        if text[max(0, cue.start - 2) : cue.start].endswith(("<", "</")):
            continue  # a markup tag's name: "<tweet id=…>"
        if verb not in _SAY and _aside(text, cue, statements):
            continue
        k = bisect_left(opens, cue.end)
        if k < len(opens) and _swallows(text, sentences, cue, opens[k]):
            continue  # the clause would hold the quote: no need to read it
        found = _statement(text, sentences, cue, lex, cues, starts)
        if found is None:
            continue
        for start, end, phrase in _parts(text, sentences, cue, found):
            end = _before_next_cue(text, start, end, cues, starts, lex)
            if end is None:
                continue
            k = bisect_left(opens, start)
            if start < taken_until or k < len(opens) and opens[k] < end or k and spans[k - 1].close_end > start:
                continue  # a direct quote inside the clause already carries it
            statements.append((start, end, Found(phrase, cue, 0.6 if phrase else 0.3)))
            taken_until = max(end, cue.end)
    return _merge(statements, _headline_claims(text, spans, opens, lex))


# Words that open the circumstances of a statement rather than more of it.
_ASIDE_STARTS = frozenset({"on", "in", "at", "by", "with", "from", "during", "after", "before", "while", "when", "as"})


def _parts(text: str, sentences: Sentences, cue: Cue, found: tuple) -> list[tuple]:
    """`found`, and for a cue amid its sentence ("HEAD, he said, TAIL") the tail too:
    PolNeAR marks the two halves as two statements of the same speaker."""
    end, phrase = found[1], found[2]
    if end > cue.start or text[cue.end : cue.end + 1] != ",":
        return [found]
    last = sentences.bounds(sentences.index(cue.start))[1]
    tail = _clause(text, cue.end + 1, last, phrase)
    if tail is None or _words(text, tail[0], tail[1], 1)[0].lower() in _ASIDE_STARTS:
        return [found]  # "…, he said, on condition of anonymity": how it was said, not what
    return [found, tail]


# The word before a cue, with what may stand between it and the cue.
_WORD_BEFORE = regex.compile(r"([\p{L}’']+)[ \t]{1,3}(?:(?:also|still|now|often|all|do|did|\p{Ll}+ly)[ \t]{1,3}){0,2}$")


def _plural_before(text: str, start: int, lex: Lexicon) -> bool:
    """True when a base-form cue is a verb: after a plural subject ("polls", "they") or a
    modal ("would")."""
    found = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found.group(1).lower()
    return word in lex.base_verb_after or word.endswith("s") and not word.endswith(("ss", "’s", "'s"))


def _aside(text: str, cue: Cue, statements: list) -> bool:
    """True when a stance is the speaker's second verb right after their statement
    ("said CLAUSE and questioned the timing"): one statement, as the clause ends there."""
    return bool(statements) and cue.start - statements[-1][1] < 8 and text[statements[-1][1] : cue.start].strip(" \t,") == "and"


def _merge(first: list, second: list) -> list:
    """`first` and those of `second` that overlap none of them, in order of start."""
    if not second:
        return first
    weak = {id(statement) for statement in second}
    merged = sorted(first + second, key=lambda statement: statement[0])
    kept: list = []
    for statement in merged:
        if kept and statement[0] < kept[-1][1]:
            if id(statement) in weak:
                continue
            if id(kept[-1]) in weak:
                kept.pop()  # a clause with a verbal cue wins over a headline claim
        kept.append(statement)
    return kept


# A headline line "Clinton camp: Trump's plan threatens security": who, a colon, what.
_CLAIM_LINE = regex.compile(
    r"(?m)^([A-Z][\w’'.\-]{1,25}(?:[ \t][\w’'.\-]{1,25}){0,3}):[ \t]{1,3}([^\n]{8,200})$"
)


def _headline_claims(text: str, spans: list[QuoteSpan], opens: list[int], lex: Lexicon):
    """`Name: claim` lines, as headlines write reported speech."""
    claims = []
    for found in _CLAIM_LINE.finditer(text):
        who_start, who_end = found.span(1)
        start, end = _trim(text, *found.span(2))
        words = _words(text, start, end, 3)
        if len(words) < 3 or len(found.group(1)) < 3 or words[0].lower() in _NOT_CLAUSE:
            continue  # "A: …" answers in an interview, "Update: in …"
        k = bisect_left(opens, start)
        if k < len(opens) and opens[k] < end or k and spans[k - 1].close_end > start:
            continue  # the claim is a quote, already a direct one
        phrase = describe(text, who_start, who_end, lex)
        claims.append((start, end, Found(phrase, Cue(who_end, who_end + 1, ":"), 0.4)))
    return claims


def _swallows(text: str, sentences: Sentences, cue: Cue, quote: int) -> bool:
    """True when the clause after `cue` would run into a quote opening at `quote`: same
    sentence, no comma and no second verb to end the clause before it."""
    if quote - cue.end > 300 or sentences.index(quote) != sentences.index(cue.start):
        return False
    return "," not in text[cue.end : quote] and _CLAUSE_END.search(text, cue.end, quote) is None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`[start, end)` without surrounding spaces and final punctuation."""
    while end > start and text[end - 1] in " \t\n.,;:!?":
        end -= 1
    while start < end and text[start] in " \t\n,":
        start += 1
    return start, end


def _words(text: str, start: int, end: int, most: int) -> list[str]:
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


def _statement(
    text: str, sentences: Sentences, cue: Cue, lex: Lexicon, cues: list[Cue], starts: list[int]
) -> tuple[int, int, Phrase | None] | None:
    number = sentences.index(cue.start)
    first, last = sentences.bounds(number)
    before = text[first : cue.start].rstrip()
    if cue.word == "according to":
        phrase = phrase_after(text, cue.end, last, lex) or _source(text, cue.end, last, lex)
        if phrase is None:
            return None
        if before.endswith(","):
            return _clause(text, first, first + len(before) - 1, phrase)
        comma = text.find(",", phrase.end, last)
        return _clause(text, comma + 1, last, phrase) if comma >= 0 else None
    if cue.word.endswith("ing"):
        if not before.endswith(","):
            return None
        earlier = cues[bisect_left(starts, first) : bisect_left(starts, cue.start)]
        phrase = participle_subject(text, earlier, first, cue, lex)
        return _forward(text, cue, last, phrase, lex, first)
    if before.endswith(","):
        # "CLAUSE, said X." — the speaker follows an inverted cue.
        phrase = phrase_after(text, cue.end, last, lex)
        if phrase is not None and _closes(text, phrase.end, last):
            return _clause(text, first, first + len(before) - 1, phrase)
    after = text[cue.end : last].strip(" \t.,!?;")
    parenthetical = text[cue.end : cue.end + 1] == ","
    intention = after.startswith("to ") and cue.word in lex.belief_verbs
    rest = after.split(None, 3)  # three words tell whether the sentence closes here
    closing = not rest or len(rest) <= 2 and not intention and (
        rest[0].lower() in _CLOSERS or rest[0].lower() in _DAYS
    )
    if closing and "," not in before:
        return None  # "X said." with no clause before it: no need to read X
    # The clause after the cue does not depend on the speaker: read it once.
    forward = None if parenthetical or closing else _forward(text, cue, last, None, lex, first)
    if not parenthetical and not closing and forward is None:
        return None  # no clause after the cue either: read no further
    phrase = phrase_before(text, first, cue.start, lex)
    if phrase is None and cue.word not in _SAY and forward is None:
        return None  # a stance's clause counts even with no named holder: "the deal seemed to …"
    if phrase is not None and parenthetical and text[first : phrase.start].rstrip().endswith(","):
        # "CLAUSE, he said, by …" — a parenthetical cue reports what stands before it.
        head = text[first : phrase.start].rstrip()
        found = _clause(text, first, first + len(head) - 1, phrase)
        return found or _clause(text, cue.end + 1, last, phrase)
    if closing:
        if phrase is None:
            return None
        # The cue ends the sentence: "CLAUSE, X said." or "CLAUSE, X said on Friday."
        head = text[first : phrase.start].rstrip()
        if head.endswith(","):
            return _clause(text, first, first + len(head) - 1, phrase)
        return None
    if forward is None:
        return _forward(text, cue, last, phrase, lex, first)
    return forward[0], forward[1], phrase


# A source named after "according to": words up to the next punctuation, a few at most.
_SOURCE = regex.compile(r"[ \t]{1,3}([^,.;:!?\n\"“”«»()]{2,60}?)(?=[,.;:!?]|$)")


def _source(text: str, start: int, last: int, lex: Lexicon) -> Phrase | None:
    """"according to people in attendance": a description, up to the next punctuation."""
    found = _SOURCE.match(text, start, last)
    if found is None or len(found.group(1).split()) > 8:
        return None
    return describe(text, found.start(1), found.end(1), lex)


def _forward(text: str, cue: Cue, last: int, phrase: Phrase | None, lex: Lexicon, sentence: int):
    """`X said (that) CLAUSE`: the clause from after the cue to the sentence end."""
    position = cue.end
    words = _words(text, position, min(last, position + 80), 1)
    if not words:
        return None
    first = words[0].lower()
    verb = cue.word.split()[0]
    if " " in cue.word:
        pass  # "told reporters", "said in a statement": the cue already holds the object
    elif first in lex.clause_objects or (verb in _TAKES_OBJECT and first not in _CLAUSE_STARTS):
        # "told reporters that …", "asked Mook whether …": skip the person spoken to.
        position = text.find(words[0], position) + len(words[0])
        if verb in _TAKES_OBJECT:
            # "told the newspaper that": skip to the clause when it comes within a few words.
            that = _CLAUSE_WORD.search(text, position, min(last, position + 60))
            if that is None:
                return None
            position = that.start()
    else:
        lead = _LEAD.match(text, position, last)
        if lead is not None and lead.end() > position:
            position = lead.end()
    words = _words(text, position, min(last, position + 80), 1)
    if not words:
        return None
    first = words[0].lower()
    if first in _OBJECT_PREPOSITIONS and verb not in _SAY:
        # "called for X", "voted against X", "talking about X", "is seen as X": X is reported.
        position = text.find(words[0], position) + len(words[0])
        words = _words(text, position, min(last, position + 80), 1)
        if not words:
            return None
        first = words[0].lower()
    if first in _NOT_CLAUSE and not (first == "to" and verb in lex.belief_verbs):
        return None  # "wants to run", "declined to comment" are reported; "said to" is not
    if first not in _CLAUSE_STARTS and verb not in lex.bare_clause_verbs:
        return None
    return _clause(text, position, last, phrase, sentence=sentence)


# Where a clause hands over to another speaker's statement: "…, and half said …",
# "…, compared with 64 percent who say …", "… but said …", "…, said one voter".
_HANDOVER = regex.compile(
    r"[,;][ \t]{0,4}(?:(?:and|but|while|whereas|though|although|compared)\b)?|[ \t](?:but|while|whereas)[ \t]"
)

# How far back from the inner cue a boundary is looked for: its subject is near it.
_HANDOVER_REACH = 200
# Only clauses up to this long are cut: a cut makes the next cue read its own sentence,
# which on one endless sentence of cues would cost time in the square of its length.
_HANDOVER_LONGEST = 600


def _before_next_cue(
    text: str, start: int, end: int, cues: list[Cue], starts: list[int], lex: Lexicon
) -> int | None:
    """`end`, or where the clause stops before another reporting cue inside it.

    A second verb of saying inside the clause starts a statement of its own (PolNeAR
    marks the two apart), so the clause ends at the last comma or conjunction before it;
    None when too little is left to be a statement.
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
        if cue.word.split()[0] in _SAY:
            break
    else:
        return end
    cut = None
    for cut in _HANDOVER.finditer(text, max(start, cue.start - _HANDOVER_REACH), cue.start):
        pass
    if cut is None:
        return end  # "he said the clerk said": no boundary, read it as one
    found = _clause(text, start, cut.start(), None)
    return None if found is None else found[1]


def _closes(text: str, position: int, last: int) -> bool:
    """True when the sentence ends, or an aside begins, at `position`."""
    rest = text[position:last].lstrip()
    return not rest or rest[0] in ",.;!?—–("


# Where a reported clause stops before the sentence does: a participle adding another
# statement (", warning that …"), or a second verb of the speaker (" and questioned …").
_CLAUSE_END = regex.compile(
    r",[ \t]{1,4}(?:\p{Ll}{2,30}ing|according)\b|[ \t]and[ \t]{1,4}(?:\p{Ll}{2,30}ed|said|says|told|added)\b"
    r"|:[ \t]{0,3}[\"“«]"
)
# Words after a cue that end its sentence without a clause: "said so", "said on Friday".
_CLOSERS = frozenset(
    {"so", "too", "then", "later", "today", "yesterday", "on", "in", "at", "last", "this", "earlier", "again", "recently", "afterward", "afterwards", "once", "twice"}
)
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Openings whose clause ends at the first comma; "Asked whether X, he said …" is one too.
_SUBORDINATE = frozenset({"asked", "while", "although", "though", "as", "because", "if", "when", "after", "before", "since", "whereas"})


def _clause(text: str, start: int, end: int, phrase: Phrase | None, *, sentence: int | None = None):
    stop = _CLAUSE_END.search(text, start, end)
    if stop is not None:
        end = stop.start()
    if sentence is not None and text[sentence : sentence + 9].split(" ", 1)[0].lower() in _SUBORDINATE:
        comma = text.find(",", start, end)
        if comma > 0:
            end = comma  # "While X said CLAUSE, he …": the main clause is not reported
    start, end = _trim(text, start, end)
    if len(_words(text, start, end, _MIN_WORDS)) < _MIN_WORDS:
        return None
    return start, end, phrase
