"""Words that signal speech and speakers, typed and keyed by language ("en" first).

Everything the attribution rules know about a language lives here as data; the rules
themselves (quotes.attribution, quotes.reported, quotes.speakers) only read it.
"""

from dataclasses import dataclass
from enum import StrEnum


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The vocabulary of one language, all lower-case except where noted."""

    cue_verbs: frozenset[str]  # every inflected form: say, says, said, saying
    indirect_verbs: frozenset[str]  # cue forms that introduce reported speech without marks
    belief_verbs: frozenset[str]  # report beliefs, not words: cues of reported speech only
    multiword_cues: tuple[str, ...]  # longest first: "said in a statement", "according to"
    cue_tails: tuple[str, ...]  # what may follow a cue verb as part of the cue: "reporters"
    titles: frozenset[str]  # before a name: "president", "sen.", "mr."
    roles: frozenset[str]  # describe a speaker: "spokesman", "senator"
    pronouns: dict[str, Gender]  # subject pronouns that can speak
    organisation_words: frozenset[str]  # heads of organisation names: "ministry", "kremlin"
    female_suffixes: tuple[str, ...]  # surname endings that mark a woman
    scare_markers: frozenset[str]  # words before a quoted title or nickname: "so-called"
    adverbs: frozenset[str]  # may stand between a speaker and the cue: "also", "later"
    abbreviations: frozenset[str]  # lower-case, without the final dot: "dr", "u.s", "a.m"
    headline_verbs: frozenset[str]  # verbs that attribute a quote in a headline: "hails"
    bare_clause_verbs: frozenset[str]  # cue forms followed by a clause without "that"
    clause_objects: frozenset[str]  # objects between a cue and its clause: "told reporters …"
    plural_bases: frozenset[str] = frozenset()  # verbs only after a plural subject: "polls show"
    base_verb_after: frozenset[str] = frozenset()  # words after which those are verbs: "people", "would"
    stance_phrases: frozenset[str] = frozenset()  # a noun or adjective and what links its object: "attacks on"
    stance_predicates: frozenset[str] = frozenset()  # heads of those held by the subject before them: "confident"
    line_labels: frozenset[str] = frozenset()  # lower-case labels before a colon that name nobody: "the latest"
    plural_words: frozenset[str] = frozenset()  # plurals without a final s that may speak: "people", "many"
    singular_s_words: frozenset[str] = frozenset()  # words in s that are no plural noun: "has", "this"
    promise_verbs: frozenset[str] = frozenset()  # report the deed they promise: "vowed to repeal the tax"
    directive_verbs: frozenset[str] = frozenset()  # report the deed they ask for: "urged him to resign"
    object_verbs: frozenset[str] = frozenset()  # the person spoken to comes before the clause: "told X that"
    addressee_verbs: frozenset[str] = frozenset()  # the same, but only when "that" follows: "warned X that"
    own_statement_verbs: frozenset[str] = frozenset()  # open a statement of their own inside a clause
    not_participles: frozenset[str] = frozenset()  # words in -ing that are no participle: "including"
    title_small_words: frozenset[str] = frozenset()  # lower-case inside a title in capitals: "of", "the"
    opening_participles: frozenset[str] = frozenset()  # capitalised, open a sentence and report: "Noting"
    naming_verbs: frozenset[str] = frozenset()  # give a name, report no stance: "a group called X"
    weekdays: frozenset[str] = frozenset()  # lower-case: "friday"
    sentence_links: frozenset[str] = frozenset()  # open a sentence before its subject: "but", "even"
    subject_links: frozenset[str] = frozenset()  # may join the words of a plain subject: "half of voters"
    contracted_words: frozenset[str] = frozenset()  # whose "’s" is "is" or "has", no possessive: "he’s", "that’s"


# Regular English reporting verbs, base form. Inflections are generated below; the
# spelling rules of _inflect cover every verb listed here.
_EN_REGULAR = (
    "add", "acknowledge", "admit", "advise", "agree", "allege", "announce", "answer",
    "argue", "ask", "assert", "assure", "boast", "caution", "claim", "comment",
    "complain", "concede", "conclude", "confirm", "contend", "continue", "counter",
    "declare", "deny", "describe", "emphasize", "emphasise", "estimate", "explain",
    "insist", "joke", "maintain", "mention", "muse", "note", "observe", "pledge",
    "point", "predict", "promise", "quip", "recall", "remark", "remind", "reply",
    "report", "respond", "reveal", "scoff", "shout", "sigh", "state", "stress",
    "suggest", "testify", "tweet", "urge", "vow", "warn", "wonder", "yell",
    "charge", "concur", "recount", "posit", "exclaim", "acknowledge",
    "believe", "call", "accuse", "criticize", "criticise", "insinuate", "lament",
    "mutter", "murmur", "reiterate", "repeat", "retort", "snap", "whisper", "plead",
    "press", "echo", "chant", "interject", "demand", "question", "post", "mock", "rant",
    "brag", "thunder", "proclaim", "crack", "laugh", "opine", "gripe", "chime", "rail",
    "caution", "scold", "fume", "gush", "marvel", "tout", "counsel", "confide", "recount",
    "blast", "cite", "quote", "praise", "vent", "bark", "bemoan", "imply", "indicate",
    "react", "chide", "propose",
)

# Irregular verbs: base, third person, past, past participle, -ing.
_EN_IRREGULAR = (
    ("say", "says", "said", "said", "saying"),
    ("tell", "tells", "told", "told", "telling"),
    ("write", "writes", "wrote", "written", "writing"),
    ("think", "thinks", "thought", "thought", "thinking"),
    ("foresee", "foresees", "foresaw", "foreseen", "foreseeing"),
    ("swear", "swears", "swore", "sworn", "swearing"),
    ("speak", "speaks", "spoke", "spoken", "speaking"),
    ("read", "reads", "read", "read", "reading"),
    ("find", "finds", "found", "found", "finding"),
    ("know", "knows", "knew", "known", "knowing"),
    ("feel", "feels", "felt", "felt", "feeling"),
    ("hear", "hears", "heard", "heard", "hearing"),
    ("seek", "seeks", "sought", "sought", "seeking"),
    ("show", "shows", "showed", "shown", "showing"),
)

# Cue forms that take a clause of reported speech ("said that …", "denied claims …").
# Narrower than the cue verbs: "called" and "described" take an object, not a clause.
_EN_INDIRECT_BASES = frozenset(
    {
        "say", "tell", "add", "acknowledge", "admit", "agree", "allege", "announce",
        "argue", "assert", "assure", "believe", "claim", "concede", "conclude",
        "confirm", "contend", "deny", "emphasize", "emphasise", "estimate", "explain",
        "insist", "maintain", "note", "observe", "predict", "promise", "recall",
        "remark", "remind", "report", "reveal", "state", "stress", "suggest",
        "testify", "think", "warn", "write", "vow", "pledge", "reiterate",
        "point", "charge", "complain", "tweet", "swear", "ask", "propose", "find",
        "indicate", "imply", "call", "describe", "criticize", "criticise", "accuse", "praise",
        "blame", "defend", "urge",
    }
)
# Verbs of saying in a manner or a mood report a clause too: "joked that", "railed against".
# Their base forms are nouns as often ("old rail lines", "no wonder"), so only the others count.
_EN_MANNER_BASES = (
    "blast", "tout", "mention", "declare", "caution", "repeat", "wonder", "bemoan", "brag",
    "joke", "recount", "rail", "cite",
)


def _inflect(base: str) -> tuple[str, str, str]:
    """Third person, past and -ing forms of a regular English verb."""
    if base.endswith("y") and base[-2] not in "aeiou":
        third, past, ing = base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    elif base.endswith("ee"):
        third, past, ing = base + "s", base + "d", base + "ing"  # agree, agreed, agreeing
    elif base.endswith("e"):
        third, past, ing = base + "s", base + "d", base[:-1] + "ing"
    elif base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third, past, ing = base + "es", base + "ed", base + "ing"
    elif base in {"quip", "snap", "concur", "plead", "brag", "rant", "admit", "plan"}:
        # A stressed short final syllable doubles its consonant; "plead" is the exception.
        if base in ("plead", "rant"):
            return base + "s", base + "ed", base + "ing"
        double = base + base[-1]
        third, past, ing = base + "s", double + "ed", double + "ing"
    else:
        third, past, ing = base + "s", base + "ed", base + "ing"
    return third, past, ing


def _forms(bases: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    irregular = {row[0]: row for row in _EN_IRREGULAR}
    forms: set[str] = set()
    for base in bases:
        forms.add(base)
        forms.update(irregular[base] if base in irregular else _inflect(base))
    return frozenset(forms)


# Verbs of belief, listed with the irregular verbs for their forms, are no cues of quotes.
_EN_ALL_BASES = _EN_REGULAR + tuple(
    row[0] for row in _EN_IRREGULAR if row[0] not in ("know", "feel", "hear", "seek", "show")
)

# "point" only speaks as "point out"; bare "points" would match "three points".
# "state(s)" and "press(es)" are nouns far more often than verbs in political news.
_EN_CUE_VERBS = _forms(_EN_ALL_BASES) - {
    "point", "points", "pointed", "pointing", "state", "states", "press", "presses"
}


def _plurals(words: set[str]) -> frozenset[str]:
    """`words` and their plurals: "adviser" → "advisers", "spokesman" → "spokesmen"."""
    plural = {w[:-3] + "men" if w.endswith("man") else w + "s" for w in words if not w.endswith("s")}
    return frozenset(words | plural)


# Beliefs and intentions count as reported speech ("she hopes that …"), but before a
# quote they are rarely its cue: "he knows «X»" is not how news attributes words.
_EN_BELIEF_BASES = (
    "hope", "expect", "fear", "worry", "recognize", "realize", "decide", "learn", "doubt",
    "assume", "figure", "know", "feel", "hear", "agree",
    # Intentions, whose object is reported too: "wants to run", "declined to comment".
    "want", "plan", "intend", "seek", "refuse", "decline", "threaten",
    # Stances and findings, whose object is reported too: "endorsed Varga", "polls show …".
    "endorse", "support", "defend", "offer", "blame", "show",
    # Appearances: "Novak seemed to …", "the bill appears to …".
    "seem", "appear",
)
_EN_INTENTION_BASES = (
    "want", "plan", "intend", "seek", "refuse", "decline", "threaten",
    "endorse", "support", "defend", "offer", "blame", "show", "seem", "appear",
)

# Stances, judgements and references, which PolNeAR counts as reported too: "opposed the
# bill", "is seen as the favourite", "rejected the plan", "referring to his rival". Votes
# are decisions, not statements, and are left out.
# Past and -ing forms only: their bases and -s forms are nouns as often ("a vote", "attacks").
_EN_STANCE_FORMS = frozenset(
    {
        "see", "sees", "saw", "seen", "seeing", "viewed", "viewing", "considered", "considering",
        "named", "expressed", "expressing", "rejected", "rejecting", "rejects",
        "opposed", "opposing", "opposes", "attacked", "attacking", "backed", "backing",
        "dismissed", "dismissing", "dismisses", "denounced", "denouncing", "denounces",
        "questioned", "questioning", "cited", "citing", "mentioned", "declared", "referring",
        "referred", "talked", "talking", "ordered", "released", "proposed",
        "proposing", "discussed", "discussing", "known", "described", "describing",
        "spoke", "echoed", "deemed", "mocked", "challenged", "requested", "identified",
        "projected", "focused", "hoping", "promising",
        # Judgements voiced in public: "condemned the raid", "slams the plan", "applauded Varga".
        "condemned", "condemning", "decried", "decrying", "slammed", "slamming", "slams",
        "assailed", "lambasted", "rebuked", "highlighted", "highlighting", "voiced", "voicing",
        "portrayed", "portraying", "applauded",
        "championed", "championing", "preferred", "signaled", "signalled",
        "recommended", "disclosed", "invoked", "demanded", "demanding",
    }
)

# Bases of intentions and findings after a plural subject ("polls show", "voters want"):
# the cue finder already reads them as nouns after a determiner ("the show").
_EN_PLURAL_BASES = frozenset({"show", "want", "seem", "appear", "support", "endorse", "oppose", "favor", "prefer", "discuss", "report", "charge"})
_EN_INDIRECT_FORMS = (
    (_forms(_EN_INDIRECT_BASES) - {"point", "points", "pointed", "pointing"})
    | {"according"}
    | (_forms(_EN_BELIEF_BASES) - set(_EN_INTENTION_BASES))
    | _EN_STANCE_FORMS
    | _EN_PLURAL_BASES
    | (_forms(_EN_MANNER_BASES) - set(_EN_MANNER_BASES))
)
# Knowing, hearing, learning, finding and maintaining take things as often as claims ("knows
# the town well", "maintained a lead"): only a clause after them ("knows that …") is reported.
_EN_THING_OBJECT_BASES = ("know", "hear", "learn", "find", "figure", "maintain")

# Nouns and adjectives of stance with the word that leads their object, which PolNeAR
# counts as reported: "Varga's attacks on Novak", "the belief that taxes will fall". Words
# that are verbs as often ("claim", "hope", "support") are left to the verb rules.
_EN_STANCE_NOUNS = frozenset(
    {
        "attacks on", "attacks against", "criticism of", "critique of", "questions about",
        "questions over", "concerns about", "concern about", "doubts about",
        "complaints about", "opposition to", "endorsement of", "rejection of", "mention of",
        "accusations of", "allegations of", "remarks about", "comments about", "positions on",
        "views on", "praise for", "advocate for", "proponent of", "supporter of",
        "belief that", "suggestion that", "concern that", "concerns that", "complaints that",
        "assertion that", "argument that", "allegations that", "allegation that",
        "assurances that", "contention that", "insistence that", "view that",
        "assumption that", "speculation that", "accusations that", "notion that",
        "idea that", "statement that", "admission that", "acknowledgment that", "recognition that",
        "sense that", "rumors that",
        # A plan or a proposal is an intention, reported as "wants to …" is: "Varga's plan to
        # cut fares". The plural is left out: "plans to" is a verb as often.
        "plan to", "proposal to",
        # So are a call to act, and a wish or a reluctance to. "decision to" (56% of those
        # found on PolNeAR's train set are annotated), "refusal to" (40%) and "promise to"
        # (44%) are left out.
        "call to", "desire to", "reluctance to",
    }
)
# Adjectives of stance, and a verb phrase or two, whose holder is the subject before them:
# "Novak is confident that …".
_EN_STANCE_PREDICATES = frozenset(
    {
        "critical of", "supportive of", "skeptical of", "sceptical of", "wary of",
        "confident that", "convinced that", "optimistic that", "hopeful that", "adamant that",
        # A verb phrase held the same way: "Novak made it clear that …".
        "made it clear that", "made clear that", "make it clear that", "make clear that",
        "makes it clear that", "makes clear that", "making it clear that", "making clear that",
        # Verbs whose object follows a particle: "pointed to his record", "took aim at the plan".
        "pointed to", "pointing to", "points to", "pushed for", "pushing for", "pushes for",
        "lashed out at", "lashing out at", "took aim at", "taking aim at", "takes aim at",
        "sided with", "siding with", "weighed in on",
    }
)

# Words in -ing that are prepositions or nouns, not a participle: "…, including «Q»".
_EN_NOT_PARTICIPLES = frozenset(
    {
        "including", "according", "during", "regarding", "concerning", "following", "considering",
        "notwithstanding", "pending", "being", "having", "something", "nothing", "anything",
        "everything", "morning", "evening", "bring", "thing", "king", "spring", "string", "wing",
        "ring", "sing", "sting", "swing", "nearing",
    }
)

ENGLISH = Lexicon(
    cue_verbs=_EN_CUE_VERBS | {"according"},
    # The base forms of intentions are nouns as often: "the bridge plan". "plans" reports
    # only an intention ("plans to run"; quotes.clauses), not "health plans rose".
    # Stance nouns are cues of reported speech only, found in the same scan as the verbs.
    belief_verbs=((_forms(_EN_BELIEF_BASES) | _EN_STANCE_FORMS) - _EN_CUE_VERBS - set(_EN_INTENTION_BASES))
    | _EN_PLURAL_BASES
    | _EN_STANCE_NOUNS
    | _EN_STANCE_PREDICATES,
    indirect_verbs=_EN_INDIRECT_FORMS,
    multiword_cues=(
        "said in a statement",
        "said in an interview",
        "wrote on twitter",
        "wrote on facebook",
        "said on twitter",
        "told reporters",
        "in an interview with",
        "in a statement",
        "according to",
        "pointed out",
        "points out",
        "point out",
        "pointing out",
        "went on",
        "shot back",
        "fired back",
        "put it",
        "puts it",
        "referred to",
        "as follows",
    ),
    cue_tails=("reporters", "journalists", "the press", "news agencies", "in a statement"),
    titles=frozenset(
        {
            "mr.", "mrs.", "ms.", "miss", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.",
            "col.", "capt.", "sgt.", "prof.", "rev.", "president", "vice", "prime",
            "minister", "senator", "governor", "congressman", "congresswoman", "judge",
            "chancellor", "secretary", "ambassador", "mayor", "general", "chairman",
            "chairwoman", "speaker", "leader", "sheriff", "chief", "director", "former",
            "foreign", "deputy", "attorney", "state", "press", "spokesman",
            "spokeswoman", "spokesperson", "candidate", "rival", "strongman", "pope",
            "king", "queen", "prince", "princess", "lord", "lady", "sir", "dame",
            "democrat", "republican", "democratic", "gop", "presidential", "majority", "minority", "whip", "rabbi",
            "bishop", "father", "mother", "sister", "brother", "coach", "officer",
            "commissioner", "justice", "defense", "defence", "interior", "finance",
            "economy", "health", "trade", "labour", "labor", "campaign", "manager",
            "adviser", "advisor", "aide", "analyst", "economist", "professor",
            "executive", "ceo", "founder", "head", "russian", "american", "british",
            # Local government and police titles, common in city news.
            "councillor", "councilor", "councilman", "councilwoman", "alderman",
            "alderwoman", "assemblyman", "assemblywoman", "inspector", "superintendent",
            "detective", "treasurer", "premier",
        }
    ),
    roles=_plurals(
        {
            "spokesman", "spokeswoman", "spokesperson", "senator", "congressman",
            "congresswoman", "president", "minister", "governor", "official",
            "officials", "aide", "adviser", "advisor", "analyst", "candidate",
            "lawmaker", "lawmakers", "leader", "chairman", "chairwoman", "mayor",
            "judge", "lawyer", "attorney", "source", "sources", "expert", "experts",
            "economist", "professor", "director", "secretary", "ambassador", "diplomat",
            "police", "officer", "statement", "report", "reports", "manager",
            "strategist", "pollster", "investigators", "prosecutors", "prosecutor",
            "voter", "voters", "supporter", "supporters", "critic", "critics", "witness",
            "witnesses", "residents", "resident", "observers", "researchers", "study",
            "survey", "poll", "polls", "representative", "commentator", "columnist",
            "author", "editor", "correspondent", "reporter", "historian", "scientist",
            "activist", "activists", "members", "member", "nominee", "frontrunner", "camp", "ally",
            "front-runner", "billionaire", "businessman", "businesswoman", "rival",
            "campaign", "team", "administration", "government", "agency", "percent",
            "councillor", "councilor", "councilman", "councilwoman", "alderman",
        }
    ),
    pronouns={
        "he": Gender.MALE,
        "she": Gender.FEMALE,
        "they": Gender.UNKNOWN,
        "it": Gender.UNKNOWN,
        "we": Gender.UNKNOWN,
        "i": Gender.UNKNOWN,
    },
    organisation_words=frozenset(
        {
            "kremlin", "ministry", "department", "service", "services", "agency",
            "committee", "commission", "council", "government", "administration",
            "office", "party", "campaign", "police", "army", "court", "parliament",
            "congress", "senate", "house", "company", "corporation", "corp.", "inc.",
            "group", "union", "bank", "association", "institute", "foundation",
            "university", "board", "bureau", "embassy", "kgb", "fbi", "cia", "nato",
            "un", "eu", "pentagon", "times", "post", "news", "press", "network",
            "investigators", "prosecutors", "officials", "authorities", "organization",
            "organisation", "federation", "coalition", "reuters", "ap",
            "journal", "magazine", "cnn", "fox", "nbc", "cbs", "abc", "msnbc", "bbc",
            "tass", "interfax", "ria", "white", "state", "newspaper", "paper", "channel",
            "website", "site", "broadcaster", "station", "daily", "outlet",
        }
    ),
    female_suffixes=("aya", "ova", "eva", "ina", "yna"),
    scare_markers=frozenset(
        {
            "so-called", "dubbed", "nicknamed", "titled", "entitled", "headlined", "term", "word",
            "phrase", "film", "movie", "book", "novel", "song", "album", "series", "documentary",
            "show", "play", "musical", "newsletter", "column", "headline", "hashtag",
            "podcast", "memoir", "autobiography", "biography", "episode",
        }
    ),
    # "He’s said", "there’s talk": a pronoun's "’s" is a verb, a name's a possessive.
    contracted_words=frozenset(
        {"he", "she", "it", "who", "that", "there", "what", "here", "where", "one", "let", "everyone", "nobody", "someone"}
    ),
    # "Man of the Year", "Tea and Sympathy": short words a title leaves in lower case.
    title_small_words=frozenset(
        {"of", "the", "a", "an", "and", "or", "in", "on", "at", "for", "to", "with", "by", "from"}
    ),
    adverbs=frozenset(
        {
            "also", "later", "then", "again", "further", "once", "previously", "recently",
            "earlier", "has", "had", "have", "would", "will", "reportedly",
            "publicly", "privately", "repeatedly", "flatly", "angrily", "simply",
            "only", "quickly", "bluntly", "initially", "subsequently", "told", "is", "was",
            "now", "still", "often", "always", "never", "first", "kept", "keeps", "began",
            "begins", "started", "starts", "stopped",
            "are", "were", "been", "just", "even", "not", "did", "does",
        }
    ),
    abbreviations=frozenset(
        {
            "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gov", "sen", "rep", "gen", "lt",
            "col", "capt", "sgt", "prof", "rev", "no", "inc", "corp", "co", "ltd", "vs",
            "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "a.m", "p.m", "e.g",
            "i.e", "d.c", "n.c", "s.c", "n.y", "l.a", "pa", "ga", "fla", "calif",
            "mass", "conn", "ariz", "wash", "tex", "mich", "ill", "minn", "wis", "va",
            "md", "ky", "tenn", "ala", "ark", "colo", "okla", "ore", "nev", "del",
            "approx", "dept", "est", "fig", "vol", "op", "ed",
        }
    ),
    headline_verbs=_forms(_EN_ALL_BASES)
    | frozenset(
        {
            "hails", "slams", "blasts", "praises", "demands", "calls", "urges", "rejects",
            "dismisses", "accuses", "defends", "welcomes", "condemns", "backs", "vows",
        }
    ),
    # What a cue reports may follow it without "that", clause or object: "promised
    # lower fares", "rejected the plan"; PolNeAR annotates both.
    bare_clause_verbs=(_EN_INDIRECT_FORMS - _forms(_EN_THING_OBJECT_BASES)) | _forms(
        (
            "say", "tell", "add", "claim", "insist", "deny", "argue", "believe", "think",
            "warn", "write", "acknowledge", "admit", "predict", "suggest", "note",
            "explain", "confirm", "stress", "concede", "contend", "assert",
            "tweet", "estimate", "allege", "complain", "recall", "reveal", "swear",
            "announce", "report", "promise", "vow", "pledge",
        )
        + _EN_INTENTION_BASES
        + ("call", "describe", "criticize", "criticise", "accuse", "praise", "blame", "defend", "urge")
    ),
    clause_objects=frozenset(
        {
            "reporters", "journalists", "lawmakers", "voters",
            "supporters", "listeners", "viewers", "readers", "him", "her", "them", "us",
            "me", "congress", "parliament", "cnn", "msnbc", "reuters",
        }
    ),
    plural_bases=_EN_PLURAL_BASES,
    # Labels that open a line the way a speaker opens a headline claim ("The Latest: …",
    # "Breaking: …") but introduce the newsroom's own copy.
    line_labels=frozenset(
        {
            "the latest", "latest", "breaking", "breaking news", "update", "updated", "updates",
            "contributing", "correction", "clarification", "editor's note", "editor’s note",
            "note", "related", "watch", "video", "photos", "read more", "see also", "revealed",
            "exclusive", "analysis", "opinion", "live", "paid notice", "advertisement", "wow",
            "boom", "look", "spoiler", "spoiler alert", "bottom line", "background", "sources",
            "source", "disclosure", "transcript", "excerpt", "excerpts", "top stories",
        }
    ),
    stance_phrases=_EN_STANCE_NOUNS | _EN_STANCE_PREDICATES,
    stance_predicates=frozenset(phrase.split()[0] for phrase in _EN_STANCE_PREDICATES),
    # Promises report the deed they promise, as intentions do: "vowed to repeal the tax".
    promise_verbs=frozenset(
        {
            "promise", "promises", "promised", "vow", "vows", "vowed", "vowing", "pledge", "pledges",
            "pledged", "pledging", "swear", "swears", "swore", "swearing", "agree", "agrees", "agreed",
            "agreeing",
        }
    ),
    # Verbs that tell someone to do something report the deed too: "urged him to resign",
    # "asked the court to intervene", "told them to wait"; a subject pronoun after the person
    # spoken to opens a clause without "that": "told the court she would appeal".
    directive_verbs=frozenset(
        {"urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "tell", "tells", "told", "telling"}
    ),
    # Verbs whose person spoken to stands between them and the clause.
    object_verbs=frozenset({"told", "tell", "tells", "telling", "ask", "asks", "asked", "asking"}),
    # Verbs whose person spoken to may stand before a `that` clause, but which as often take
    # the clause at once ("warned the plan would fail"): the person is skipped only when a
    # `that` follows within a few words.
    addressee_verbs=frozenset(
        {
            "warn", "warns", "warned", "warning", "remind", "reminds", "reminded", "reminding",
            "inform", "informs", "informed", "informing", "assure", "assures", "assured", "assuring",
            "convince", "convinces", "convinced", "convincing", "notify", "notifies", "notified",
            "notifying", "advise", "advises", "advised", "advising",
        }
    ),
    # Verbs that open a statement of their own inside a clause, as "said" does: "… the vote
    # was late, but insists the count was fair". Beliefs ("thinks") are left inside: as often
    # as not they are part of the statement.
    own_statement_verbs=frozenset(
        {
            "said", "says", "say", "told", "tells", "added", "adds",
            "insists", "insisted", "argues", "argued", "warns", "warned", "acknowledges", "acknowledged",
            "admits", "admitted", "notes", "noted", "claims", "claimed", "suggests", "suggested",
            "contends", "contended", "predicts", "predicted", "explains", "explained", "stresses", "stressed",
        }
    ),
    not_participles=_EN_NOT_PARTICIPLES,
    naming_verbs=frozenset({"called", "named", "dubbed", "nicknamed", "titled", "entitled", "labeled", "labelled"}),
    weekdays=frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}),
    # Links to the sentence before that may open a sentence ahead of its subject ("But critics
    # say …"); subordinators ("Because …") open a clause instead.
    sentence_links=frozenset(
        {"but", "and", "or", "so", "yet", "still", "now", "meanwhile", "however", "instead", "even", "also", "then", "indeed"}
    ),
    subject_links=frozenset({"of", "in", "for"}),
    opening_participles=frozenset(
        word.capitalize()
        for word in _EN_INDIRECT_FORMS - _EN_NOT_PARTICIPLES
        # "Appearing on CBS, Varga said …": at the head of a sentence it is showing up.
        if word.endswith("ing") and word != "appearing"
    ),
    # Who may speak for a participle right after them ("people saying …", quotes.participles):
    # plurals without a final s, and words in s that are no plural noun.
    plural_words=frozenset(
        {"people", "men", "women", "children", "police", "others", "many", "some", "few", "both", "all", "percent"}
    ),
    singular_s_words=frozenset(
        {
            "is", "has", "was", "does", "his", "its", "yes", "this", "thus", "always", "perhaps",
            "sometimes", "afterwards", "towards", "whereas",
        }
    ),
    # Plural subjects without a final s, modals and "to": "people want", "would support".
    base_verb_after=frozenset(
        {
            "they", "we", "you", "i", "who", "that", "which", "people", "many", "most", "some",
            "others", "both", "few", "all", "police", "men", "women", "children",
            "would", "will", "could", "can", "may", "might", "should", "must", "to", "not",
            "and", "percent", "doesn't", "didn't", "don't", "wouldn't", "he'd", "she'd", "i'd",
            "doesn’t", "didn’t", "don’t", "wouldn’t", "he’d", "she’d", "i’d",
        }
    ),
)

LEXICONS: dict[str, Lexicon] = {"en": ENGLISH}


def lexicon(language: str | None) -> Lexicon:
    """The lexicon of `language` (an ISO 639-1 code); English when unknown or absent."""
    return LEXICONS.get((language or "en").lower()[:2], ENGLISH)


def supported(language: str | None) -> bool:
    """True when there is a lexicon for `language`; None counts as English."""
    return language is None or language.lower()[:2] in LEXICONS
