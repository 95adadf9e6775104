"""Find quoted spans in text: pure, character-level, linear time, never raises.

One compiled pattern finds the quote marks and line breaks; only those positions are
examined, each by its neighbours, so the text between them is skipped at C speed.
Open quotes wait on a stack and a closing mark closes the innermost quote it can
close. An odd mark costs at most its own quote: a stray closer is skipped and counted,
an opener never closed ends with its paragraph.
"""

from bisect import bisect_left
import re
from typing import NamedTuple

from quotes.marks import AFTER_CLOSING, APOSTROPHES, CLOSERS, ELISIONS, MARKS


class QuoteSpan(NamedTuple):
    """One quoted stretch of text. Offsets are half-open `[start, end)` into the input.

    `start`/`end` bound the quoted content without its marks, trimmed of spaces, so
    `text[start:end]` is the quote. `open_start`/`close_end` bound it with its marks
    (`close_end == end` when the quote was never closed).
    """

    start: int
    end: int
    open_start: int
    close_end: int
    open_mark: str
    close_mark: str  # "" when the quote was never closed
    closed: bool
    parent: int | None = None  # index of the enclosing span in the result; None at top level
    paragraphs: int = 1  # how many paragraphs the quote runs through
    # For a quote over several paragraphs, the trimmed content of each non-empty one,
    # re-opening marks left out; empty when there are fewer than two such.
    parts: tuple[tuple[int, int], ...] = ()


def touches_quote(start: int, end: int, spans: list[QuoteSpan], opens: list[int]) -> bool:
    """True when `[start, end)` holds or touches one of `spans`, sorted by where they open;
    `opens` are their `open_start`s, for bisection."""
    k = bisect_left(opens, start)
    return k < len(opens) and opens[k] < end or k > 0 and spans[k - 1].close_end > start


class Scan(NamedTuple):
    """The spans of a text and what was skipped on the way."""

    spans: list[QuoteSpan]
    # "stray": closing marks with nothing to close; "unclosed": quotes ended by their
    # paragraph; "empty": mark pairs with only spaces between; "inch": 12" and 5'10";
    # "markup": attribute values such as author="…"; "deep": openers past the
    # nesting limit.
    counts: dict[str, int]


# The marks: with the line breaks while a quote is open, the only characters the
# scanner looks at.
_MARKS = "".join(sorted(MARKS))
_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"\w{1,24}")
# A word an apostrophe may start ('tis, 'em, 'n'), or a decade ('90s): bounded length.
_ELIDED = re.compile(
    "(?:" + "|".join(sorted(ELISIONS, key=len, reverse=True)) + r")(?!\w)|\d\d(?:s\b|\b)",
    re.IGNORECASE,
)
# After a mark these mean the mark ends something rather than starts it.
_CLOSING_PUNCT = frozenset(",.;:!?)]}…")
# Before a straight single mark these mean it starts a quote, not a word's end.
_BEFORE_OPENING = frozenset("([{—–-/\"“«„‚‘‹»")
# Marks that open a quote in one language and close one in another: they open only
# where they look like openers (space before, word after).
_REVERSED = frozenset("»›”")
_FEET = frozenset("'′")
_INNER = frozenset("'’‘")  # between two letters or digits these are apostrophes


def _candidates(text: str) -> list[int]:
    """The offsets of every mark in `text`, ascending.

    One `str.find` pass per character runs at memory speed; a regular expression
    character class of the same characters tests each character of the text in turn,
    several times slower on a whole article. Line breaks are not listed: an article has
    dozens, and they matter only while a quote is open (`_Scanner.breaks`).
    """
    found = []
    for char in _MARKS:
        found += occurrences(text, char)
    found.sort()
    return found


def occurrences(text: str, word: str) -> list[int]:
    """Every offset of `word` in `text`, ascending: `str.find` runs at memory speed where
    a regular expression would test every position."""
    found = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


class _Open:
    """A quote whose closing mark has not been seen yet."""

    __slots__ = (
        "mark", "closers", "open_start", "content_start", "slot", "parent", "pending", "parts"
    )

    def __init__(
        self, mark: str, closers: tuple[str, ...], open_start: int, slot: int, parent: int | None
    ) -> None:
        self.mark = mark
        self.closers = closers
        self.open_start = open_start
        self.content_start = open_start + len(mark)
        self.slot = slot
        self.parent = parent
        # Where an ambiguous ’ (the students’ union) would close this quote, if no
        # clearer closer follows in the paragraph; -1 when none was seen.
        self.pending = -1
        self.parts: list[tuple[int, int]] | None = None  # made on the first re-opening


class _Scanner:
    def __init__(self, text: str, max_depth: int, doubled: bool) -> None:
        self.text = text
        self.n = len(text)
        self.max_depth = max_depth
        self.doubled = doubled
        self.stack: list[_Open] = []
        # One slot per opened quote, in order of opening; parents are slot numbers
        # until `result` drops the empty slots, which hold their own parent's slot.
        self.slots: list[QuoteSpan | int | None] = []
        self.dropped = False
        self.waiting: dict[str, int] = {}  # closing mark -> open quotes it could close
        self.counts = {"stray": 0, "unclosed": 0, "empty": 0, "inch": 0, "markup": 0, "deep": 0}
        self.resume = 0  # marks before this offset were consumed with the one before
        self.trimmed = (-1, -1)  # the last (end, trimmed end): unclosed quotes share ends
        self.blank_end = -1  # end of the blank space after the last line break read
        self.handlers = {mark: self.on_plain for mark in MARKS}
        self.handlers.update(
            {"“": self.on_left_double, '"': self.on_straight_double, "‘": self.on_left_single}
        )
        self.handlers.update(
            {"’": self.on_right_single, "'": self.on_right_single, "`": self.on_backticks}
        )

    # Scanning ---------------------------------------------------------------------

    def run(self) -> Scan:
        text, handlers, stack = self.text, self.handlers, self.stack
        last = self.n - 1
        after = 0  # the line breaks before this offset have been looked at
        for i in _candidates(text):
            if stack:
                self.breaks(after, i)
            after = i + 1
            mark = text[i]
            if mark in _INNER and 0 < i < last and text[i - 1].isalnum() and text[i + 1].isalnum():
                continue  # don't, O’Brien: the commonest mark in English copy, done here
            if i >= self.resume:
                handlers[mark](mark, i)
        if stack:
            self.breaks(after, self.n)
        while stack:
            self.end_unclosed(self.n)
        return Scan(self.result(), self.counts)

    def breaks(self, start: int, end: int) -> None:
        """Read the line breaks in `text[start:end]`, which holds no mark, while a quote
        is open; only the first of a run of blank lines matters."""
        text = self.text
        at = text.find("\n", max(start, self.blank_end), end)
        while at >= 0 and self.stack:
            self.blank_end = _SPACE.match(text, at).end()
            self.on_line_break(at, self.blank_end, text.count("\n", at, self.blank_end))
            at = text.find("\n", self.blank_end, end)

    def context(self, i: int) -> tuple[str, str]:
        text = self.text
        return (text[i - 1] if i else "\n", text[i + 1] if i + 1 < self.n else "\n")

    @staticmethod
    def opens_like(before: str, after: str) -> bool:
        return not after.isspace() and after not in _CLOSING_PUNCT and not before.isalnum()

    @staticmethod
    def closes_like(before: str, after: str) -> bool:
        return not before.isspace() and not after.isalnum()

    def on_line_break(self, i: int, after: int, newlines: int) -> None:
        # A blank line ends a paragraph. A single line break usually just wraps a
        # line, but one followed by an opening mark starts a new paragraph.
        if newlines < 2:
            if after >= self.n or self.text[after] not in CLOSERS:
                return
            if not self.opens_like("\n", self.text[after + 1 : after + 2] or "\n"):
                return
        self.paragraph_end(i, after)

    def paragraph_end(self, end: int, after: int) -> None:
        stack = self.stack
        bottom = stack[0]
        # News style for a quote over several paragraphs: leave each paragraph open
        # and re-open the next with the same mark.
        if self.text.startswith(bottom.mark, after) and bottom.pending < 0:
            while len(stack) > 1:
                self.end_unclosed(end)
            if bottom.parts is None:
                bottom.parts = []
            bottom.parts.append(self.trim(bottom.content_start, end))
            bottom.content_start = self.resume = after + len(bottom.mark)
            return
        while stack:
            self.end_unclosed(end)

    # Marks ------------------------------------------------------------------------

    def on_plain(self, mark: str, i: int) -> None:
        """« » ‹ › „ ‚ ” 「 」 『 』 ‟: their shape alone says open or close."""
        stack = self.stack
        if stack and mark in stack[-1].closers:
            self.close(i, mark)
        elif mark == "”" and stack and stack[-1].mark == '"' and self.closes_like(*self.context(i)):
            self.close(i, mark)  # mixed marks, "like this”, are common in edited copy
        elif self.waiting.get(mark):
            self.close_deeper(i, mark)
        elif mark in CLOSERS and (mark not in _REVERSED or self.looks_opening(i)):
            self.open(i, mark)
        else:
            self.counts["stray"] += 1

    def looks_opening(self, i: int) -> bool:
        before, after = self.context(i)
        if before == "\n":
            return True  # nothing before it in the paragraph for it to close: ” … it said
        return self.opens_like(before, after) and not self.closes_like(before, after)

    def on_left_double(self, mark: str, i: int) -> None:
        """“ opens in English and closes „ in German; typed backwards, it closes “."""
        before, after = self.context(i)
        opens = self.opens_like(before, after)
        top = self.stack[-1] if self.stack else None
        if top is not None and mark in top.closers:
            self.close(i, mark)
        elif top is not None and top.mark in '“"' and not opens and before != "\n":
            # Nothing follows it to quote (“like this“, “or this. “): a closer in
            # the wrong shape, also after a straight opening mark.
            self.close(i, mark)
        elif not opens and self.closes_like(before, after):
            if self.waiting.get(mark):
                self.close_deeper(i, mark)
            else:
                self.counts["stray"] += 1
        else:
            self.open(i, mark)

    def on_straight_double(self, mark: str, i: int) -> None:
        """" toggles: it closes an open " and otherwise opens one."""
        before, after = self.context(i)
        if before.isdigit() and self.is_inch(i):
            self.counts["inch"] += 1
        elif self.stack and mark in self.stack[-1].closers:
            self.close(i, mark)
        elif self.stack and self.stack[-1].mark == "“" and self.closes_like(before, after):
            if self.opens_like(before, after):
                self.open(i, mark)  # a "title" inside a “quote”
            else:
                self.close(i, mark)  # mixed marks, “like this"
        elif self.waiting.get(mark):
            self.close_deeper(i, mark)
        elif not after.isspace():
            self.open(i, mark)
        else:
            self.counts["stray"] += 1

    def is_inch(self, i: int) -> bool:
        # With no " open, a " after a digit cannot start a quote: 12" screen. With
        # one open, only the unmistakable 5'10" is taken for a length.
        if not self.waiting.get('"'):
            return True
        j = i - 1
        while j > 0 and i - j < 4 and self.text[j].isdigit():
            j -= 1
        return self.text[j] in _FEET and j > 0 and self.text[j - 1].isdigit()

    def on_left_single(self, mark: str, i: int) -> None:
        """‘ opens in English and closes ‚ in German; it also stands in for ’ in ‘90s."""
        before, after = self.context(i)
        if before.isalnum() and after.isalnum():
            return  # O‘Brien: an apostrophe typed the wrong way round
        opens = self.opens_like(before, after)
        closes = self.closes_like(before, after)
        top = self.stack[-1] if self.stack else None
        if top is not None and mark in top.closers and closes:
            self.close(i, mark)
        elif closes and not opens and self.waiting.get(mark):
            self.close_deeper(i, mark)
        elif opens and not _ELIDED.match(self.text, i + 1):
            self.open(i, mark)

    def on_right_single(self, mark: str, i: int) -> None:
        """’ and ' close a single quote, but far more often they are apostrophes."""
        text = self.text
        before, after = self.context(i)
        if mark == after == "'" and self.doubled:
            self.on_doubled(i)
            return
        if before.isalnum() and after.isalnum():
            return  # don't, O’Brien, 5'10
        if before.isspace() or before in _BEFORE_OPENING:
            # Before a word: ’em, ’90s, 'Tis, rock 'n' roll; or a straight ' opening.
            if mark == "'" and self.opens_like(before, after) and not _ELIDED.match(text, i + 1):
                self.open(i, mark)
            return
        if before in "nN" and i > 1 and text[i - 2] in APOSTROPHES:
            if i < 3 or not text[i - 3].isalnum():
                return  # the second mark of rock 'n' roll
        # students’ union, the Joneses’ house: a plural possessive reads exactly like
        # a closing mark before the next word.
        ambiguous = before in "sS" and after == " " and text[i + 2 : i + 3].isalpha()
        top = self.stack[-1] if self.stack else None
        if top is not None and mark in top.closers:
            if ambiguous:
                if self.may_close_before(i + 2):
                    top.pending = i  # decided at the paragraph's end or a clearer closer
            else:
                self.close(i, mark)
        elif not ambiguous and self.waiting.get(mark):
            self.close_deeper(i, mark)
        elif not before.isalnum():
            self.counts["stray"] += 1  # after punctuation it is no apostrophe

    def may_close_before(self, j: int) -> bool:
        # ‘It is theirs’ she said, ‘Record Losses’ For Firms: a closing mark is
        # followed by a speaker, a reporting verb or a capital; the players’ union
        # by an ordinary lower-case word.
        word = _WORD.match(self.text, j)
        return word is not None and (word[0][0].isupper() or word[0] in AFTER_CLOSING)

    def on_doubled(self, i: int) -> None:
        """'' stands for a double mark and toggles like one; ``…'' pairs it too."""
        mark = "''"
        self.resume = i + 2
        after = self.text[i + 2 : i + 3] or "\n"
        if self.stack and mark in self.stack[-1].closers:
            self.close(i, mark)
        elif self.waiting.get(mark):
            self.close_deeper(i, mark)
        elif not after.isspace():
            self.open(i, mark)
        else:
            self.counts["stray"] += 1

    def on_backticks(self, mark: str, i: int) -> None:
        if self.doubled and self.text.startswith("``", i):
            self.resume = i + 2
            self.open(i, "``")

    # The stack --------------------------------------------------------------------

    def open(self, i: int, mark: str) -> None:
        stack = self.stack
        if stack and stack[-1].pending >= 0:
            # A new quote after an ambiguous ’ means the ’ did close the one before.
            self.end_unclosed(i)
        if len(stack) >= self.max_depth:
            self.counts["deep"] += 1  # no prose nests this deep: keep the stack small
            return
        closers = CLOSERS[mark]
        stack.append(_Open(mark, closers, i, len(self.slots), stack[-1].slot if stack else None))
        self.slots.append(None)
        waiting = self.waiting
        for closer in closers:
            waiting[closer] = waiting.get(closer, 0) + 1

    def pop(self) -> _Open:
        entry = self.stack.pop()
        waiting = self.waiting
        for closer in entry.closers:
            waiting[closer] -= 1
        return entry

    def close(self, i: int, mark: str) -> None:
        self.emit(self.pop(), i, i + len(mark), mark)

    def close_deeper(self, i: int, mark: str) -> None:
        # `waiting` said some open quote takes this mark, so the search finds one and
        # pops every quote it passes: the stack work stays linear overall.
        while mark not in self.stack[-1].closers:
            self.end_unclosed(i)
        self.close(i, mark)

    def end_unclosed(self, end: int) -> None:
        entry = self.pop()
        if entry.pending >= 0:
            self.emit(entry, entry.pending, entry.pending + 1, self.text[entry.pending])
        else:
            self.counts["unclosed"] += 1
            self.emit(entry, end, -1, "")

    def trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        if self.trimmed[0] == end:
            trimmed = self.trimmed[1]
        else:
            trimmed = end
            while trimmed > 0 and text[trimmed - 1].isspace():
                trimmed -= 1
            self.trimmed = (end, trimmed)
        trimmed = max(trimmed, start)
        while start < trimmed and text[start].isspace():
            start += 1
        return start, trimmed

    def emit(self, entry: _Open, end: int, close_end: int, close_mark: str) -> None:
        if entry.open_start and self.text[entry.open_start - 1] == "=":
            self.counts["markup"] += 1  # an attribute value, <tweet author="…">, not speech
            self.drop(entry)
            return
        start, stop = self.trim(entry.content_start, end)
        paragraphs, parts = 1, ()
        if entry.parts:
            paragraphs = len(entry.parts) + 1
            kept = [part for part in [*entry.parts, (start, stop)] if part[0] < part[1]]
            if kept:
                start, stop = kept[0][0], kept[-1][1]
            parts = tuple(kept) if len(kept) > 1 else ()
        if start >= stop:
            self.counts["empty"] += 1
            self.drop(entry)
            return
        self.slots[entry.slot] = QuoteSpan(
            start,
            stop,
            entry.open_start,
            close_end if close_end >= 0 else stop,
            entry.mark,
            close_mark,
            close_end >= 0,
            entry.parent,
            paragraphs,
            parts,
        )

    def drop(self, entry: _Open) -> None:
        # The slot keeps the parent so that children can be handed up to it.
        self.slots[entry.slot] = entry.parent
        self.dropped = True

    def result(self) -> list[QuoteSpan]:
        if not self.dropped:
            return self.slots  # type: ignore[return-value]
        # Dropped quotes hand their children to their own parent; the rest move up.
        index: list[int | None] = []
        spans: list[QuoteSpan] = []
        for span in self.slots:
            if not isinstance(span, QuoteSpan):
                index.append(None if span is None else index[span])
                continue
            parent = None if span.parent is None else index[span.parent]
            spans.append(span if parent == span.parent else span._replace(parent=parent))
            index.append(len(spans) - 1)
        return spans


def scan(text: str, *, max_depth: int = 16, doubled: bool = True) -> Scan:
    """Every quote span in `text` with counts of the marks skipped on the way.

    Quotes nested deeper than `max_depth` are skipped and counted as "deep". With
    `doubled`, two straight singles stand for a double mark (''Yes,'' he said), as
    do ``…''; without it both are left alone.
    """
    return _Scanner(text, max(1, max_depth), doubled).run()


def find_spans(
    text: str,
    *,
    stats: dict[str, int] | None = None,
    max_depth: int = 16,
    doubled: bool = True,
) -> list[QuoteSpan]:
    """Every quote span in `text`, ordered by `open_start`; nested spans follow their parent.

    With `stats`, the counts of `scan` are added into it; `max_depth` and `doubled`
    are as for `scan`.
    """
    spans, counts = scan(text, max_depth=max_depth, doubled=doubled)
    if stats is not None:
        for key, value in counts.items():
            stats[key] = stats.get(key, 0) + value
    return spans
