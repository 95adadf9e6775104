"""Speaker phrases: when a word is written alone elsewhere in the text."""

import pytest

from quotes.phrases import _written_alone, tokens


@pytest.mark.parametrize(
    ("text", "word", "alone"),
    [
        ("a corporate giveaway", "corporate", True),
        ("corporate giveaways", "corporate", True),  # at the start of the text
        ("a giveaway, corporate", "corporate", True),  # at its end
        ("noncorporate and corporate", "corporate", True),  # the second time it stands alone
        ("noncorporate giveaways", "corporate", False),  # inside a longer word
        ("corporatewide rules", "corporate", False),
        ("the corporate’s rules", "corporate", False),  # an apostrophe joins it to a word
        ("the corporate's rules", "corporate", False),
        ("a corporate_fund", "corporate", False),  # so does an underscore
        ("a corporate2 fund", "corporate", False),  # and a digit
        ("a corporateé fund", "corporate", False),  # and a letter outside ASCII
        ("Corporate lobbyists", "corporate", False),  # case counts
        ("", "corporate", False),
    ],
)
def test_written_alone(text, word, alone):
    assert _written_alone(text, word) is alone


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ana Ruíz said", ["Ana", "Ruíz", "said"]),
        ("Ruízsaid Ölund", ["Ruízsaid", "Ölund"]),  # a letter outside ASCII joins a word
        ("Éva Łoś", ["Éva", "Łoś"]),  # and may open one
        ("x" * 45, ["x" * 41, "x" * 4]),  # a word is cut every 41 characters
        ("é" + "x" * 44, ["é" + "x" * 40, "x" * 4]),
        ("ab_cd _ef", ["ab_cd", "ef"]),  # an underscore joins, and opens nothing
        ("U.S. O’Neill’s ex-aide", ["U.S.", "O’Neill’s", "ex-aide"]),
        ("1,200,000 and 3rd 12,34", ["1,200,000", "and", "3rd", "12", ",", "34"]),
        ("٣ cases", ["٣", "cases"]),  # a digit of another script is a digit
        ("Lind - Varga, (Ohio); “no”", ["Lind", "-", "Varga", ",", "(", "Ohio", ")", ";", "“", "no", "”"]),
    ],
)
def test_tokens(text, words):
    # The ASCII ranges in the token pattern only speed it up: `\w` decides as before.
    assert [word for _, _, word in tokens(text, 0, len(text))] == words
