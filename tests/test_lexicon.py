"""The English lexicon: generated verb forms, and the cue finder built from them."""

import time

import pytest

from quotes.language import guess_language
from quotes.lexicon import ENGLISH, Gender, lexicon
from quotes.cues import find_cues


def test_at_least_150_cue_forms():
    assert len(ENGLISH.cue_verbs) >= 150


@pytest.mark.parametrize(
    "form",
    [
        "say", "says", "said", "saying", "tell", "told", "telling", "wrote", "written",
        "denies", "denied", "denying", "emphasises", "emphasized", "quipped", "quipping",
        "testified", "argues", "argued", "arguing", "insists", "vowed", "replies", "replied",
        "echoes", "concedes", "conceding", "tweeted", "joked", "mused", "according",
        "admitted", "admitting", "agreeing", "read", "quoted",
    ],
)
def test_inflections_are_generated(form):
    assert form in ENGLISH.cue_verbs


@pytest.mark.parametrize(
    "word", ["point", "points", "state", "states", "sayed", "tweetted", "quiped", "admited", "agreing"]
)
def test_not_cue_forms(word):
    assert word not in ENGLISH.cue_verbs


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("He said it.", ["said"]),
        ("She told reporters it was over.", ["told reporters"]),
        ("The firm said in a statement it would close.", ["said in a statement"]),
        ("According to the mayor, it rained.", ["according to"]),
        ("He pointed out that it rained.", ["pointed out"]),
        ("The report was late and their claims were false.", []),
        ("Unsaid things were resaid.", []),
        ("The three points were sound.", []),
        ("said the mayor, and she added more.", ["said", "added"]),
        ("Said the mayor: it rained.", ["said"]),
        ("He wrote\ton twitter and wrote on facebook.", ["wrote on twitter", "wrote on facebook"]),
        ("The ex-said and o’said and re-told tales.", []),
        ("(said) [told] —added", ["said", "told", "added"]),
        # Letters, marks and blanks outside ASCII: a cue is a word of its own or none.
        ("Ana Ruízsaid it and Ruiz said it.", ["said"]),
        ("It was saidé and said.", ["said"]),
        ("𝐀said it; Ana said it.", ["said"]),
        ("Ana Ruiz’said it—said it, «told» them.", ["said", "told"]),
        ("Why?said Ana.", ["said"]),
        # Only a blank or a tab joins the words of a cue.
        ("He told,reporters and told\treporters.", ["told", "told reporters"]),
        ("The accusations of fraud and the accusations\tof fraud.", ["accusations of"]),
        # A tag of markup left in the text is no cue; the same word outside it is.
        ('<tweet id="1">Vote now</tweet> and <tweet/>, he tweets.', ["tweets"]),
        ("Fans tweet <3 about it.", ["tweet"]),
    ],
)
def test_find_cues(text, cues):
    assert [cue.word for cue in find_cues(text, ENGLISH)] == cues


@pytest.mark.parametrize(
    ("text", "skip", "cues"),
    [
        # A cue right after a skipped quote is found; the quote itself is not read.
        ("“We said no”said Ann.", [(0, 12)], [(12, 16)]),
        ("“We said no,” said Ann.", [(0, 13)], [(14, 18)]),
        ("said “it said” and told", [(5, 14)], [(0, 4), (19, 23)]),
        # After a skipped range ending in an apostrophe, the next word is not a cue.
        ("‘We said’said it.", [(0, 9)], []),
    ],
)
def test_find_cues_skips_quotes(text, skip, cues):
    assert [(cue.start, cue.end) for cue in find_cues(text, ENGLISH, skip=skip)] == cues


def test_cue_offsets_index_the_text():
    text = "Anna Berg, the mayor, told reporters on Friday."
    [cue] = find_cues(text, ENGLISH)
    assert text[cue.start : cue.end] == "told reporters"


def test_pronouns_have_genders():
    assert ENGLISH.pronouns["she"] is Gender.FEMALE
    assert ENGLISH.pronouns["he"] is Gender.MALE


@pytest.mark.parametrize("language", [None, "en", "EN", "en-GB", "xx"])
def test_english_is_the_default(language):
    assert lexicon(language) is ENGLISH


def test_cue_finder_is_linear_on_hostile_input():
    text = "sai " * 500_000 + "said"
    started = time.process_time()
    assert len(find_cues(text, ENGLISH)) == 1
    assert time.process_time() - started < 5


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The mayor said that the bridge was safe and that the work was done. " * 3, "en"),
        ("Le maire a dit que le pont est sûr et que les travaux sont finis dans la ville. " * 3, "fr"),
        ("Der Bürgermeister sagte, dass die Brücke sicher ist und die Arbeiten im Plan sind. " * 3, "de"),
        ("El alcalde dijo que el puente es seguro y que las obras para la ciudad van bien. " * 3, "es"),
        # Curly apostrophes and plain ones: the same words, whichever way the opening is read.
        ("The mayor’s office said that the bridge was safe and that the work was done. " * 3, "en"),
        ("The mayor's office said that the bridge was safe and that the work was done. " * 3, "en"),
        ("THE MAYOR SAID THAT THE BRIDGE WAS SAFE AND THAT THE WORK WAS DONE. " * 2, "en"),  # capitals count
        # Letters beyond ASCII whose lower case is ASCII: "İ" is "i" and a dot, the Kelvin sign "k".
        ("İstanbul and \u212aiev: the mayor said that the bridge was safe and that the work was done.", "en"),
        # A word is at most twelve letters, so a longer run ends in a word of its own.
        ("Abcdefghijklthe " * 5, "en"),
        ("Abcdefghijkthe " * 5, None),
        ("Abcdefghijklabcdefghijklles, abc " * 5, "fr"),  # a run cut twice, amid words
        ("the_the_the_the_the", "en"),
        ("the2the2the2the2the", "en"),
        # Dashes, curly quotes and no-break spaces part words as spaces do, and so does a
        # digit of any script; a letter or a superscript that is not ASCII stays inside its word.
        ("“The mayor”—said that\xa0the bridge was safe and that the work was done. " * 3, "en"),
        ("“Abcdefghijklthe” " * 5, "en"),
        ("the\u0663the " * 5, "en"),
        ("the\u00e9the " * 5, None),
        ("the\u00b2the " * 5, None),
        ("Ok.", None),
    ],
)
def test_guess_language(text, language):
    assert guess_language(text) == language


def test_guess_reads_only_the_opening():
    started = time.process_time()
    guess_language("the " * 5_000_000)
    assert time.process_time() - started < 1
