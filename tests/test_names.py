"""Folding names: the key that speakers and aliases are compared by."""

import pytest

from quotes.names import fold


@pytest.mark.parametrize(
    ("name", "key"),
    [
        pytest.param("Ana Ruiz", "ana ruiz", id="case"),
        pytest.param("  Ana   RUIZ ", "ana ruiz", id="spaces collapsed and trimmed"),
        pytest.param("O'Neil-Hale Jr.", "o neil hale jr", id="ASCII punctuation"),
        pytest.param("R2-D2", "r2 d2", id="digits stay"),
        pytest.param("ana_ruiz", "ana ruiz", id="an underscore is punctuation"),
        pytest.param("...", "", id="punctuation only"),
        pytest.param("Ana Ruíz", "ana ruiz", id="an accent dropped"),
        pytest.param("Ana Ruiz’s", "ana ruiz s", id="a curly apostrophe"),
        pytest.param("ANA STRAẞE", "ana strasse", id="full case folding"),
        pytest.param("Ｒｕｉｚ", "ruiz", id="compatibility forms"),
    ],
)
def test_fold(name, key):
    assert fold(name) == key


def test_ascii_and_unicode_spellings_fold_alike():
    assert fold("Ana Ruíz, MP") == fold("ana ruiz mp")
    assert fold("Ana Ruíz") != fold("Ana Ruiz Ortega")
