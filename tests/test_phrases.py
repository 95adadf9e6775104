"""Speaker phrases: when a word is written alone elsewhere in the text."""

import pytest

from quotes.phrases import _written_alone


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
