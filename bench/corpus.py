"""Synthetic news articles for benchmarks: realistic shape, invented content, seeded.

Each article has a headline, a date line and English paragraphs that quote people the
ways newsrooms do: “curly”, "straight" and «guillemet» marks, the speaker before or
after the quote, titles and roles, pronouns, quotes that continue over a sentence or
a paragraph, and reported speech ("X said that …"). The same seed gives the same
articles on every machine, so benchmark figures can be compared.

    from corpus import articles, write_jsonl       # with bench/ on sys.path
    python bench/corpus.py --articles 1000 --format jsonl out.jsonl
"""

import argparse
import datetime
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FIRST = (
    "Anna", "Marta", "Olga", "Lena", "Sofia", "Irene", "Clara", "Nadia", "Helen", "Rosa",
    "Peter", "Ivan", "Tomas", "Lukas", "Marek", "Daniel", "Victor", "Paul", "Omar", "Leo",
)
LAST = (
    "Varga", "Novak", "Keller", "Moreau", "Lindqvist", "Petrov", "Okafor", "Brennan",
    "Santos", "Halloran", "Weiss", "Kowalski", "Dumont", "Ferreira", "Haddad", "Nygaard",
)
TITLES = (
    "Mayor", "Senator", "Governor", "Minister", "Dr.", "Judge", "President", "Sen.",
    "Foreign Minister", "Finance Minister", "Police Chief",
)
ROLES = (
    "a spokeswoman for the ministry", "the city's chief engineer", "a senior official",
    "an economist at the central bank", "the head of the workers' union",
    "a lawyer for the families", "the party's deputy leader", "a local shop owner",
)
ORGANISATIONS = (
    "the Ministry of Transport", "City Hall", "the central bank", "the port authority",
    "the electoral commission", "the health department", "the national rail company",
)
CITIES = ("LISBON", "OSLO", "VILNIUS", "TORONTO", "NAIROBI", "MANILA", "LYON", "PORTO")
OUTLETS = ("The Daily Ledger", "Harbour Times", "Evening Courier", "Northern Post")
TOPICS = (
    ("the new bridge", "the bridge project", "construction"),
    ("the budget", "the spending plan", "the deficit"),
    ("the rail strike", "the strike", "the walkout"),
    ("the election", "the vote", "the count"),
    ("the flood barrier", "the river wall", "the storm season"),
    ("the airport expansion", "the third runway", "night flights"),
    ("the school closures", "the closure plan", "class sizes"),
    ("the hospital reform", "the reform", "waiting lists"),
)
VERBS = ("said", "told reporters", "added", "said on Tuesday", "told the Ledger", "wrote in a statement")
REPORTED = ("said that", "told reporters that", "warned that", "argued that", "insisted that", "added that")
CLAUSES = (
    "{a} would be finished before the end of the year",
    "nobody had been consulted about {b}",
    "{c} had cost more than anyone expected",
    "the money for {a} was already in the accounts",
    "{b} would not be delayed again",
    "residents deserved a clear answer on {c}",
    "the figures published last week were wrong",
    "talks would resume on Monday",
    "{n} jobs depended on {a}",
    "the government had underestimated {c} by {n} million",
    "she had never seen the report on {b}",
    "he expected a decision within {n} days",
)
STATEMENTS = (
    "We have waited long enough for {a}",
    "This is not about politics, it is about {c}",
    "Nobody in this city wants {b} to fail",
    "I told them in March that {c} would be a problem",
    "We will keep working until {a} is done",
    "The numbers speak for themselves",
    "It is a good day for everyone who relies on {b}",
    "We made mistakes, and we are fixing them",
    "Ask the people who live next to {a}",
    "We have {n} families waiting for an answer",
    "Nobody can tell me where the {n} million went",
    "If you had asked me a year ago, I would have said no",
    "I am proud of what we did, and I would do it again",
    "Let me be clear: {b} is not finished",
    "They can call it a 'delay', but it is a cancellation",
    "Every week without {a} costs us money",
)
NARRATION = (
    "The dispute over {a} has dragged on for months.",
    "Officials met behind closed doors on Monday to discuss {b}.",
    "Critics say {c} has been handled badly from the start.",
    "About 300 people gathered outside City Hall on Saturday.",
    "The council is due to vote on {b} next week.",
    "Figures released on Friday showed {c} rising for a third month.",
    "Local businesses have complained about {c} for years.",
    "The plan was first announced in 2019.",
    "More than {n} people signed a petition against {b}.",
    "The opposition has called for an inquiry into {c}.",
    "Neither side responded to requests for comment on Wednesday.",
    "A report due in the spring is expected to settle the question of {c}.",
    "Turnout at the last public meeting on {a} was {n} people.",
    "Work on {a} stopped for two weeks in the summer.",
    "The first phase cost {n} million, paid from the regional fund.",
    "Two of the three contractors have since left {b}.",
    "The committee will publish its findings in June.",
    "Traffic on the ring road doubled during the works.",
    "A second hearing on {b} is set for the autumn.",
    "The city borrowed {n} million in 2021 to cover {c}.",
    "Most of the site has been fenced off since March.",
    "The ministry took over {b} after the last election.",
    "Tickets for the public meeting on {a} ran out within an hour.",
)
HEADLINES = (
    "Row Over {A} Deepens as Deadline Nears",
    "{Name} Defends Record on {A}",
    "Council Split on {A}",
    "Residents Demand Answers on {A}",
    "'{Short}': {Name} Under Pressure",
)
# How often each kind of paragraph comes, per mix. "news" gives the extractor about as
# many quotes per KB as real US political news (PolNeAR train: 2.2 direct and 2.0
# reported statements found per KB; this mix 2.2 and 2.8); "dense", the earlier mix,
# more than twice as many direct quotes.
MIXES = {
    "news": {
        "quote_after": 2, "quote_before": 1, "continuation": 1, "long_quote": 1,
        "reported": 1, "scare": 1, "narration": 21,
    },
    "dense": {
        "quote_after": 2, "quote_before": 1, "continuation": 1, "long_quote": 1,
        "reported": 2, "scare": 1, "narration": 3,
    },
}
# Open and close marks, weighted towards the curly marks most English outlets use.
MARKS = (("“", "”"),) * 5 + (('"', '"'),) * 3 + (("«", "»"),) * 2


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    title: str
    published: datetime.date
    outlet: str
    text: str  # headline, date line and body


@dataclass(frozen=True, slots=True)
class _Person:
    first: str
    last: str
    title: str | None
    female: bool

    @property
    def full(self) -> str:
        return f"{self.title} {self.first} {self.last}" if self.title else f"{self.first} {self.last}"

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"


class _Writer:
    """Writes one article from its own random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.topic = rng.choice(TOPICS)
        # Different surnames, so that a surname alone names one person.
        self.people = [self._person(last) for last in rng.sample(LAST, rng.randint(2, 4))]
        self.introduced: set[int] = set()
        self.last: _Person | None = None  # who spoke last, for "she said" continuations

    def _person(self, last: str) -> _Person:
        first = self.rng.choice(FIRST)
        # The first ten given names are women's.
        return _Person(first, last, self.rng.choice((None, *TITLES)), FIRST.index(first) < 10)

    def fill(self, template: str) -> str:
        a, b, c = self.topic
        return template.format(a=a, b=b, c=c, n=self.rng.choice((12, 40, 85, 120, 300, 1500)))

    def statement(self) -> str:
        return self.fill(self.rng.choice(STATEMENTS))

    def speaker(self) -> tuple[_Person, str]:
        """A person and how the text names them: in full first, then surname or pronoun."""
        i = self.rng.randrange(len(self.people))
        person, previous = self.people[i], self.last
        self.last = person
        if i not in self.introduced:
            self.introduced.add(i)
            if self.rng.random() < 0.3:
                return person, f"{person.first} {person.last}, {self.rng.choice(ROLES)},"
            return person, person.full
        # A pronoun only for whoever spoke last, as a reader would resolve it.
        if person is previous and self.rng.random() < 0.5:
            return person, person.pronoun.capitalize()
        return person, person.last

    def marks(self) -> tuple[str, str]:
        return self.rng.choice(MARKS)

    def quote_after(self) -> str:
        """“Statement,” Name said."""
        op, cl = self.marks()
        _, name = self.speaker()
        name = name.lower() if name in ("He", "She") else name
        return f"{op}{self.statement()},{cl} {name} {self.rng.choice(VERBS)}."

    def quote_before(self) -> str:
        """Name said: “Statement.”"""
        op, cl = self.marks()
        _, name = self.speaker()
        return f"{name} {self.rng.choice(('said', 'added', 'told reporters'))}: {op}{self.statement()}.{cl}"

    def continuation(self) -> str:
        """“Statement,” she said. “Another statement.”"""
        op, cl = self.marks()
        name = self.last.pronoun if self.last else self.speaker()[1]
        first, second, third = self.statements(3)
        return f"{op}{first},{cl} {name} said. {op}{second}. {third}.{cl}"

    def long_quote(self) -> str:
        """A quote running over two paragraphs: the first is left open, as style guides ask."""
        op, cl = self.marks()
        _, name = self.speaker()
        one, two, three, four = self.statements(4)
        return f"{name} said: {op}{one}. {two}.\n\n{op}{three}. {four}.{cl}"

    def reported(self) -> str:
        """Name said that clause."""
        _, name = self.speaker()
        organisation = self.rng.choice(ORGANISATIONS)
        if self.rng.random() < 0.3:
            name, self.last = organisation[0].upper() + organisation[1:], None
        return f"{name} {self.rng.choice(REPORTED)} {self.fill(self.rng.choice(CLAUSES))}."

    def scare(self) -> str:
        """A quoted phrase with no speaker."""
        op, cl = self.marks()
        return f"Opponents have called {self.topic[0]} a {op}white elephant{cl}. " + self.narration()

    def narration(self) -> str:
        self.last = None
        return " ".join(self.fill(t) for t in self.rng.sample(NARRATION, self.rng.randint(1, 3)))

    def statements(self, k: int) -> list[str]:
        return [self.fill(t) for t in self.rng.sample(STATEMENTS, k)]

    def paragraph(self, mix: str) -> str:
        kinds, weights = zip(*MIXES[mix].items())
        return getattr(self, self.rng.choices(kinds, weights)[0])()

    def headline(self) -> str:
        person = self.people[0]
        short = self.statement().split(",")[0]
        return self.rng.choice(HEADLINES).format(
            A=self.topic[0].removeprefix("the ").title(), Name=f"{person.first} {person.last}", Short=short
        )


def generate(
    n: int, *, seed: int = 0, size: int = 4000, mix: str = "news"
) -> Iterator[SyntheticArticle]:
    """`n` articles of about `size` characters each, the same ones for the same seed and mix."""
    for i in range(n):
        # One stream per article, so article i does not depend on how many come before.
        rng = random.Random(f"{seed}:{i}")
        writer = _Writer(rng)
        published = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(5 * 365))
        title = writer.headline()
        dateline = f"{rng.choice(CITIES)}, {published:%B} {published.day}, {published.year}"
        # Every article quotes someone in its first paragraph.
        paragraphs = [f"{dateline} — " + writer.quote_after()]
        length = len(title) + len(paragraphs[0])
        while length < size:
            paragraphs.append(writer.paragraph(mix))
            length += len(paragraphs[-1]) + 2
        text = f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"
        yield SyntheticArticle(title, published, rng.choice(OUTLETS), text)


def articles(n: int, *, seed: int = 0, size: int = 4000, mix: str = "news") -> Iterator[str]:
    """The texts of `n` articles of about `size` characters each."""
    for article in generate(n, seed=seed, size=size, mix=mix):
        yield article.text


def write_txt(path: str | Path, n: int, *, seed: int = 0, size: int = 4000, mix: str = "news") -> None:
    """`n` articles in one plain-text file, separated by `---` lines, written as generated."""
    with Path(path).open("w", encoding="utf-8") as out:
        for i, text in enumerate(articles(n, seed=seed, size=size, mix=mix)):
            out.write(("\n---\n\n" if i else "") + text)


def write_jsonl(path: str | Path, n: int, *, seed: int = 0, size: int = 4000, mix: str = "news") -> None:
    """`n` articles as JSON Lines (id, title, published, outlet, text), written as generated."""
    with Path(path).open("w", encoding="utf-8") as out:
        for i, article in enumerate(generate(n, seed=seed, size=size, mix=mix)):
            record = {
                "id": f"synthetic-{seed}-{i}",
                "title": article.title,
                "published": article.published.isoformat(),
                "outlet": article.outlet,
                "text": article.text,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write synthetic news articles for benchmarks.")
    parser.add_argument("out", help="output file")
    parser.add_argument("--articles", type=int, default=1000, help="how many (default 1000)")
    parser.add_argument("--format", choices=("txt", "jsonl"), default="jsonl")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--size", type=int, default=4000, help="characters per article, about")
    parser.add_argument("--mix", choices=tuple(MIXES), default="news", help="quote density (default news)")
    args = parser.parse_args(argv)
    write = write_jsonl if args.format == "jsonl" else write_txt
    write(args.out, args.articles, seed=args.seed, size=args.size, mix=args.mix)
    print(f"wrote {args.articles} articles to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
