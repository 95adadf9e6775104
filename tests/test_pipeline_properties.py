"""Whole-pipeline properties: whatever the text, extraction returns sane quotes."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.extraction import extract
from quotes.reader import Article

MARKS = "«»‹›“”„‚‘’\"'「」『』"
ALPHABET = string.ascii_letters[:12] + " .,:;\n" + MARKS + "\u00a0\u202f"
WORDS = st.sampled_from(["said", "he", "she", "told reporters", "Peskov", "Dr.", "that", "according to"])
TEXTS = st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=12), WORDS), max_size=40).map(" ".join)


def _article(text: str) -> Article:
    return Article(text=text, source="test", index=0)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_every_quote_is_a_slice_of_the_text_within_bounds(text):
    for quote in extract(_article(text)):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        for start, end, value in (
            (quote.mention_start, quote.mention_end, quote.mention),
            (quote.cue_start, quote.cue_end, quote.cue),
        ):
            if start is not None:
                assert 0 <= start <= end <= len(text)
                assert text[start:end] == value
        assert 0.0 <= quote.confidence <= 1.0


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_quotes_do_not_overlap_and_come_in_order(text):
    quotes = extract(_article(text))
    for before, after in zip(quotes, quotes[1:]):
        assert before.end <= after.start


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_extraction_is_deterministic(text):
    assert extract(_article(text)) == extract(_article(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_string(text):
    extract(_article(text))
