"""The sieve's rules that read what comes before a quote: a cue before the opening mark
(`X said: «Q»`, `according to X, «Q»`), a colon with no verb (`From the minister: «Q»`),
and, for a phrase quoted with no cue at all, the sentence's subject and main verb.
"""

import re

from quotes.cues import PAST_SAY, Cue
from quotes.lexicon import Lexicon
from quotes.phrases import FUNCTION_WORDS, Phrase, SpeakerKind, describe
from quotes.predicates import colon_cue, first_word, participle_clause
from quotes.rules import LEADING_WINDOW, Context, participle
from quotes.spans import QuoteSpan
from quotes.speakers import Found, participle_subject, phrase_after, phrase_before, subject


# Verbs of thinking and going on: before a quote they are usually not its cue ("Lind said
# she is certain Novak will continue to be «…»"), so they count only when no other does.
_WEAK = frozenset(
    {
        "continue", "continues", "continued", "continuing", "believe", "believes", "believed",
        "think", "thinks", "thought", "wonder", "wonders", "wondered",
    }
)


def leading(article: Context, span: QuoteSpan, floor: int) -> Found | None:
    """Rules 3 and 4: a cue or a colon before the opening mark, in the same sentence."""
    text, lex = article.text, article.lex
    head = text[max(floor, span.open_start - LEADING_WINDOW) : span.open_start]
    stripped = head.rstrip()
    colon = stripped.endswith(":")
    anchor = span.open_start - (len(head) - len(stripped)) - 1 if colon else span.open_start
    sentence = article.sentences.bounds(article.sentences.index(max(anchor, 0)))[0]
    start = max(floor, sentence, span.open_start - LEADING_WINDOW)
    if colon:
        credit = _DASH_CREDIT.search(text, max(0, anchor - 60), anchor + 1)
        phrase = describe(text, credit.start(1), credit.end(1), lex) if credit is not None else None
        if phrase is not None and phrase.name is not None:
            # "Analysts agree - Vera Lind: «Q»": a name after a dash, then the colon,
            # credits the quote as a byline does, whatever verb the sentence had before.
            return Found(phrase, Cue(anchor, anchor + 1, ":"), 0.6)
    # The nearest cue first. Cues after the quote before come first; then those before it
    # in the same sentence
    # ("the candidate stated that Novak’s «divisive» comments do not «fit …»").
    near = article.cues_between(start, span.open_start)
    far = article.cues_between(max(sentence, span.open_start - LEADING_WINDOW), start)
    for cues in (near, far):
        strong = [cue for cue in cues if cue.word not in _WEAK]
        for cue in reversed(strong or cues):
            phrase = _speaker_of(article, cue, sentence, span.open_start)
            if phrase is not None:
                # "Varga said she would advise the mayor on «Q»", "He told the radio that voters
                # would find it «Q»": the speaker of an outer saying cue in the sentence
                # is who the quote is reported from.
                outer = _outer(article, cue, sentence, phrase)
                if outer is not None:
                    return outer
                own = _own_cue(article, cue, phrase)
                # A cue joined to it may stand after an earlier quote of the sentence:
                # "calling him «weak» and accusing him of «Q»".
                joined = strong or cues if cues is near else [*(strong or cues), *near]
                return Found(phrase, participle_clause(text, _coordinated(article, own, joined), span, article.lex), 0.8)
    cues = near
    if cues and _TO_BEFORE.search(text, max(0, cues[-1].start - 4), cues[-1].start):
        # "Keller used this question to demand «Q»": when no cue has a speaker of its
        # own, an infinitive's is the sentence's subject.
        phrase = subject(text, sentence, cues[-1].start, lex)
        if phrase is not None:
            return Found(phrase, cues[-1], 0.6)
    if colon:
        at = text.rfind(":", 0, span.open_start)
        # "… – Michael P. McDonald:" names the speaker; otherwise the subject speaks:
        # "The mayor’s answer was:", "She also stressed her record:".
        phrase = phrase_before(text, start, at, lex)
        if phrase is None or phrase.kind is not SpeakerKind.PERSON or _TO_BEFORE.search(text, max(0, phrase.start - 4), phrase.start):
            # "… sent a short note to Hale:": after "to", the one addressed.
            phrase = subject(text, start, at, lex) or phrase
        if phrase is not None:
            return _inverted_opener(text, phrase, lex) or Found(phrase, colon_cue(text, phrase, at), 0.6)
    if cues:
        opener = _opening_participle(article, cues[-1], sentence, span)
        if opener is not None:
            return opener
        # No phrase before the cue: the sentence's subject, a description too ("Some
        # students hoped to hear him speak about «Q»"): annotators mark it as written.
        return Found(subject(text, sentence, cues[-1].start, lex), cues[-1], 0.4)
    return None


# What may open a sentence before its participle: "In declaring …", "And by calling …".
_BEFORE_OPENING_PARTICIPLE = re.compile(r"[ \t]*(?:(?:And|But)[ \t]+)?(?:(?:In|By|in|by|While|After|Before)[ \t]+)?", re.ASCII)
# After the opening phrase: its comma, perhaps an aside ("though,"), then the subject.
_AFTER_OPENING = re.compile(r"[^,.;:!?\n“”\"«»]{0,100}?,(?:[ \t]+(?:though|however|then),)?[ \t]+")


def _opening_participle(article: Context, cue: Cue, sentence: int, span: QuoteSpan) -> Found | None:
    """`In declaring Hale's plan «a disaster,» the mayor …`: a participle that opens its
    sentence, the quote inside its phrase, speaks for the subject after that phrase."""
    text = article.text
    if not participle(cue) or not _BEFORE_OPENING_PARTICIPLE.fullmatch(text, first_word(text, sentence), cue.start):
        return None
    # The quote's own comma may close the phrase: "«not fair,» the mayor …".
    after = span.close_end if text[span.start : span.end].endswith(",") else None
    if after is None:
        rest = _AFTER_OPENING.match(text, span.close_end)
        after = rest.end() if rest is not None else None
    end = article.sentences.bounds(article.sentences.index(cue.start))[1]
    phrase = phrase_after(text, after, end, article.lex) if after is not None else None
    if phrase is None or phrase.name is None and phrase.pronoun is None and phrase.role is None:
        return None
    return Found(phrase, cue, 0.4)


def _coordinated(article: Context, cue: Cue, cues: list[Cue]) -> Cue:
    """The last of `cues` after `cue` joined to it by "and" or "but", or listed after a
    comma when it is no participle: in "Hale called her «weak» and said she had «Q»" and
    "Hale praised the staff, called the deal «Q»" the speaker's nearer act is the quote's cue."""
    text = article.text
    for later in reversed(cues):
        if later.start <= cue.start:
            break
        if _JOINED.search(text, max(cue.end, later.start - 30), later.start) or (
            not participle(later) and _LISTED.search(text, max(cue.end, later.start - 30), later.start)
        ):
            return later
    return cue


# What may stand between a joining word and the cue after it: an adverb, then blanks.
_ADVERB_GAP = r"(?:[ \t]+[a-z]+ly|[ \t]+then|[ \t]+later|[ \t]+also)?[ \t]+$"
# "and" or "but" before a cue, perhaps with an adverb: "… and then said", "but later told".
_JOINED = re.compile(r"(?:^|\W)(?:and|but)" + _ADVERB_GAP)
# A comma before a cue, perhaps with an adverb: the next verb of a list, "…, then called".
_LISTED = re.compile(r"," + _ADVERB_GAP)


def _own_cue(article: Context, cue: Cue, phrase: Phrase) -> Cue:
    """The cue of `phrase` for a quote whose nearest cue is `cue`: a participle right after
    a noun ("Hale said the tweet saying «Q»", "Lind claimed remarks calling for «Q»") is
    the act of that noun; the speaker's own is the finite cue right after their phrase."""
    if not participle(cue) or cue.start <= phrase.end:
        return cue
    before = article.text[max(0, cue.start - 30) : cue.start].split()
    word = before[-1].lower() if before else ""
    if not word.isalpha() or word in FUNCTION_WORDS and word not in ("for", "as"):
        # "…,” adding", "said before adding", "and accusing him": the speaker's own act.
        # After "for" and "as" the participle is its object's: "mocked Hale for calling".
        return cue
    for earlier in article.cues_between(phrase.end, cue.start):
        if not participle(earlier) and not article.text[phrase.end : earlier.start].strip(" \t,"):
            return earlier  # the verb right after the speaker's phrase
    return cue


def _inverted_opener(text: str, phrase: Phrase, lex: Lexicon) -> Found | None:
    """`Stated Stone: «Q»`, `Continued Hale: «Q»`: a capitalised verb of saying opens
    the sentence before the name, inverted as in "Said X:"."""
    verb, _, rest = text[phrase.start : phrase.end].partition(" ")
    if not rest or not verb[:1].isupper() or not verb.endswith("ed") or verb.lower() not in lex.cue_verbs:
        return None
    named = describe(text, phrase.end - len(rest), phrase.end, lex)
    if named is None or named.name is None:
        return None
    return Found(named, Cue(phrase.start, phrase.start + len(verb), verb.lower()), 0.6)


def previous_sentence(article: Context, span: QuoteSpan) -> Found | None:
    """Rule 6: a quote with no cue and no quote before it to continue is the speaker's of
    the sentence before (`Bystrom agreed. «Q»`, `Varga said she would serve. «Q»`): news
    copy paraphrases, then quotes; so too inside a sentence with no cue of its own
    (`Varga said she would serve. That makes her «Q»`)."""
    sentences, text = article.sentences, article.text
    number = sentences.index(span.open_start)
    if number == 0:
        return None
    start, end = sentences.bounds(number - 1)
    if article.paragraph(span.open_start) - article.paragraph(start) > 1:
        return None
    for cue in article.cues_between(start, end):
        phrase = _speaker_of(article, cue, start, end)
        if phrase is not None and (phrase.name or phrase.pronoun or phrase.role):
            return Found(phrase, cue, 0.5)
    return None


def _speaker_of(article: Context, cue: Cue, sentence: int, until: int) -> Phrase | None:
    """The speaker phrase of `cue` in the sentence starting at `sentence`; what it says
    runs up to `until`."""
    text, lex = article.text, article.lex
    if cue.word == "according to":
        return phrase_after(text, cue.end, until, lex)
    if participle(cue):
        # "…, saying «Q»", "issued a statement saying «Q»": the subject speaks;
        # "Moreau saying «Q»": unless a name stands right before the participle.
        phrase = None
        if not text[max(0, cue.start - 3) : cue.start].strip().endswith(","):
            with_ = _WITH_PHRASE.search(text, max(sentence, cue.start - 100), cue.start)
            if with_ is not None:
                # "…, with about 200 protesters chanting «Q»": they chant.
                return describe(text, with_.start(1), with_.end(1), lex)
            phrase = phrase_before(text, max(sentence, cue.start - LEADING_WINDOW), cue.start, lex)
            if phrase is None or phrase.name is None or _after_preposition(text, phrase.start):
                phrase = None  # "posted a message on Twitter reading «Q»": not Twitter
        return phrase or _participle_subject(article, cue, max(sentence, until - LEADING_WINDOW))
    phrase = phrase_before(text, max(sentence, cue.start - LEADING_WINDOW), cue.start, lex, sentence=sentence)
    if phrase is None:
        phrase = _bare_subject(article, sentence, cue.start)
    if phrase is None and cue.word in PAST_SAY:
        # "…, explained Rosenberg, «Q»": the speaker follows an inverted cue.
        phrase = phrase_after(text, cue.end, until, lex)
        rest = text[phrase.end : until] if phrase is not None else ""
        if rest.strip(" ,:—–\"“«") and not rest.startswith(","):
            phrase = None  # "says Carl Anthony, historian at …, is that «Q»" stays
    return phrase


def _bare_subject(article: Context, sentence: int, cue_start: int) -> Phrase | None:
    """A few plain words that open the sentence and end at its cue are its subject,
    though no name or role is among them: "Several papers reported", "Corporate
    lobbyists describe"."""
    words = article.text[sentence:cue_start].split()
    if not 0 < len(words) <= 3 or any(
        not word.replace("’", "").replace("'", "").replace("-", "").isalpha()
        or word.lower() in FUNCTION_WORDS or word.lower() in article.lex.pronouns
        for word in words
    ):
        return None
    start = sentence + len(article.text[sentence:cue_start]) - len(article.text[sentence:cue_start].lstrip())
    return describe(article.text, start, start + len(" ".join(words)), article.lex)


# A dash, a name of capitalised words and the colon before a quote.
_DASH_CREDIT = re.compile(r"[ \t][-—–][ \t]+([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})[ \t]*:$")
_TO_BEFORE = re.compile(r"(?:^|\W)to[ \t]{1,3}$")
# "with" and a few words before a participle: who does what the participle says.
# A dot inside it only ends an abbreviation before a capital ("with Sen. Ron Hale calling").
_WITH_PHRASE = re.compile(
    r"(?:^|\W)with[ \t]+([^\W\d](?:[^,;.:!?“”\"«»()]|\.(?=[ \t]+[A-Z])){0,80}?)(?:[ \t]+[a-z]+ly)?[ \t]+$"
)
_PREPOSITION_BEFORE = re.compile(r"(?:^|\W)(?:on|in|at|to|from|with|of|by|for)[ \t]{1,3}$")


def _after_preposition(text: str, position: int) -> bool:
    return _PREPOSITION_BEFORE.search(text, max(0, position - 8), position) is not None


def _outer(article: Context, cue: Cue, sentence: int, inner: Phrase) -> Found | None:
    """The first saying cue of the sentence, before the `inner` speaker, with its speaker:
    "X said he would advise …", "critics say she had promised to «…»"; or the source of
    a sentence that opens with "according to"."""
    for earlier in article.cues_between(sentence, inner.start):
        if earlier.word == "according to" and earlier.start == first_word(article.text, sentence):
            # "According to the playbook, his salespersons were told «Q»": the source.
            phrase = phrase_after(article.text, earlier.end, inner.start, article.lex)
            return Found(phrase, earlier, 0.75) if phrase is not None else None
        if earlier.word in _OUTER_SAY:
            if _NEW_SUBJECT.search(article.text, max(earlier.end, inner.start - 20), inner.start):
                # "Ryan said he was not there, though he said «Q»": a conjunction before
                # the inner speaker opens a clause of their own, not one the outer cue reports.
                return None
            if "," in article.text[earlier.end : inner.start] and _SUBORDINATE.search(article.text, sentence, earlier.start):
                # "When Hale said it was late, a man yelled «Q»": a cue in a clause that
                # opens with a subordinator governs that clause, which a comma ends.
                return None
            phrase = phrase_before(article.text, sentence, earlier.start, article.lex)
            return Found(phrase, earlier, 0.75) if phrase is not None else None
    return None


# Words that open a subordinate clause, or a phrase that a comma closes as one ("Despite what he wrote, …").
_SUBORDINATE = re.compile(r"\b(?:when|while|after|before|because|since|if|although|though|until|once|as|despite)\b", re.I)
# A conjunction right before a speaker phrase: the phrase opens a clause of its own.
_NEW_SUBJECT = re.compile(r"\b(?:but|though|although|while|whereas|as|after|and|to which)[ \t]+$")
# Verbs of saying whose clause may hold someone else's words: "critics say she had …".
_OUTER_SAY = PAST_SAY | {"say"}


def _participle_subject(article: Context, cue: Cue, start: int) -> Phrase | None:
    return participle_subject(article.text, article.cues_between(start, cue.start), start, cue, article.lex)
