"""Cues: the reporting expressions ("said", "according to", "told reporters") of a text."""

import re
from typing import NamedTuple

from quotes.lexicon import LEXICONS, Lexicon


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


class _Finders(NamedTuple):
    """The compiled cue finders of one lexicon, the cue in group 1 of each."""

    at_start: re.Pattern[str]  # a cue at the very start of a text
    after: re.Pattern[str]  # a cue after the character before it
    # A cue after a space in the text's `_ascii_view`; None when a cue is not all ASCII.
    scan: re.Pattern[bytes] | None


def _cue_patterns(lex: Lexicon) -> _Finders:
    """The compiled cue finders of `lex`, multiword cues and single verb forms.

    Built for the standard library's `re`, which scans a factored alternation of
    literals several times faster than `regex`; the pattern has no nested repetition.
    """
    multi = [cue.replace(" ", "\x00") for cue in lex.multiword_cues]
    words = sorted((lex.cue_verbs | lex.belief_verbs) - {"according"})
    # "According to" and "Said X, «Q»" open sentences; other verbs are lower-case there.
    openers = ["According\x00to", "Said", "Says", "Added", "Asked", "Wrote"]
    # One trie of all of them: one branch per first letter is tried at each word start,
    # not one alternative per kind of cue; the longest cue that fits still wins.
    body = _trie_pattern(openers + multi + words).replace("\\\x00", r"[ \t]").replace("\x00", r"[ \t]")
    cue = "(" + body + r")(?![\w\-])"
    # Elsewhere a cue follows a character that is no letter, apostrophe or hyphen. It is
    # matched, not looked behind at, so the scan skips the letters of other words in C.
    after = re.compile(r"[^\w’'\-]" + cue)
    # That class is tested at every character, the Unicode word category dearly; in the
    # text's `_ascii_view` a space stands for it, and a literal is skipped to much faster.
    scan = re.compile(b" " + cue.encode("ascii")) if cue.isascii() else None
    return _Finders(re.compile(cue), after, scan)


# Every ASCII character that may stand before a cue (no letter, digit, underscore,
# apostrophe or hyphen) made a space; after encoding, "?" stands for any other character.
_BEFORE_CUE = bytes(byte if chr(byte).isalnum() or chr(byte) in "_'-" else 0x20 for byte in range(256))


def _ascii_view(text: str) -> bytes:
    """`text` as one byte per character, for `_Finders.scan`: letters, digits, "_", "'"
    and "-" of ASCII as they are, every other character a space."""
    return text.encode("ascii", "replace").translate(_BEFORE_CUE)


# A verb form right after a determiner is a noun: "the report", "his claims"; right after
# "<" or "</" it names a tag of markup left in the text: "<tweet id=…>", "</tweet>".
_DETERMINER_BEFORE = re.compile(
    r"(?:(?:^|\W)(?:the|a|an|his|her|their|its|this|that|our|my|your|these|those)|\w[’']s?)[ \t]$|</?$", re.I
)


_CUE_PATTERNS = {id(lex): _cue_patterns(lex) for lex in LEXICONS.values()}
# Verb forms that can also be nouns ("report", "claims"); past forms and participles cannot.
_NOUN_FORMS = {
    id(lex): frozenset(
        w for w in lex.cue_verbs | lex.belief_verbs
        # "Wrote" is a past form, but "note" and "quote" are nouns as often ("Editor's note").
        if not w.endswith(("ed", "ing", "ld", "id", "ought")) and w not in ("says", "tells", "adds", "wrote")
        and " " not in w  # a stance noun's possessive is its holder: "Varga's attacks on"
    )
    for lex in LEXICONS.values()
}


def find_cues(text: str, lex: Lexicon, *, skip: list[tuple[int, int]] | None = None) -> list[Cue]:
    """Every cue in `text`, in order, but those that start in a `skip` range.

    The `skip` ranges (closed quotes with their marks, in order) are not read at all: a
    cue is letters and blanks, so none runs into or out of quote marks, and the cue
    pattern only ever looks one character past a cue, which a mark bounds.
    """
    finders = _CUE_PATTERNS[id(lex)]
    view = _ascii_view(text) if finders.scan is not None else None
    cues: list[Cue] = []
    position = 0
    for skip_start, skip_end in [*(skip or ()), (len(text), len(text))]:
        if skip_start > position:
            _collect(text, view, position, skip_start, finders, _NOUN_FORMS[id(lex)], cues)
        position = max(position, skip_end)
    return cues


def _collect(
    text: str, view: bytes | None, start: int, end: int, finders: _Finders, nouns: frozenset[str], cues: list[Cue]
) -> None:
    """Add to `cues` each cue in `text[start:end]`, as `finders.after` finds them; the
    character before `start` is read to tell whether a cue starts a word there.

    Cues are made here, not from a list of offsets, since an article has dozens: the
    plain case costs one slice and one tuple each.
    """
    position = start - 1 if start else 0
    if not start:
        first = finders.at_start.match(text, 0, end)
        if first is not None:
            _add(text, *first.span(1), nouns, cues)
            position = first.end()
    if view is None:
        for match in finders.after.finditer(text, position, end):
            _add(text, *match.span(1), nouns, cues)
        return
    for match in finders.scan.finditer(view, position, end):
        cue_start, cue_end = match.span(1)
        # The view tells a cue as the text would unless a character it made a space
        # stands next to the cue (a letter of another script, say) or inside it (a comma
        # where "told reporters" has a blank): then the text is asked itself.
        if text[cue_start - 1] < "\x80" and (cue_end == end or text[cue_end] < "\x80"):
            word = text[cue_start:cue_end]
            if word.isalpha():
                if word not in nouns or not _DETERMINER_BEFORE.search(text, max(0, cue_start - 8), cue_start):
                    cues.append(Cue(cue_start, cue_end, word.lower()))
                continue
        exact = finders.after.match(text, cue_start - 1, end)
        if exact is not None and exact.span(1) == (cue_start, cue_end):
            _add(text, cue_start, cue_end, nouns, cues)
            continue
        # The text says otherwise here (rare): the rest of the range is read from the text.
        if exact is not None:
            _add(text, *exact.span(1), nouns, cues)
        for match in finders.after.finditer(text, exact.end() if exact is not None else cue_start, end):
            _add(text, *match.span(1), nouns, cues)
        return


def _add(text: str, start: int, end: int, nouns: frozenset[str], cues: list[Cue]) -> None:
    word = text[start:end]
    if word in nouns and _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return  # a verb form after a determiner is a noun: "the report"
    cues.append(Cue(start, end, word.lower().replace("\t", " ") if "\t" in word else word.lower()))


# Cues that are verbs whatever stands before them ("a fundraising call" is a noun).
PAST_SAY = frozenset({"said", "told", "wrote", "added", "says", "tells", "writes", "adds", "explained", "argued", "noted"})


def after_possessive(text: str, cue: Cue, lex: Lexicon) -> bool:
    """True when `cue`, a form in -ed or -ing, follows a name's possessive: it modifies
    the thing possessed or is a noun ("Hale’s proposed levy", "Varga’s thinking"), no
    verb. A pronoun's "’s" is "is" or "has" ("he’s said") and is left alone."""
    start = cue.start
    if start < 4 or text[start - 2] != "s" or text[start - 1] != " " or not cue.word.endswith(("ed", "ing")):
        return False
    words = text[max(0, start - 30) : start - 3].split()
    owner = words[-1].lstrip("(\"'“‘«[") if words else ""
    return owner[:1].isalpha() and owner.lower() not in lex.contracted_words
