"""Compute the gold files of the samples from the annotations below.

    python samples/annotate.py        # rewrites samples/NAME.gold.jsonl for every NAME below

The annotator's choices — which stretches are quotes, who said them, which words name
the speaker and which words report the speech — are written here as strings; this
script only finds their offsets, so that no offset is ever typed by hand. A string that
occurs more than once is disambiguated with `nth` (0-based) or found nearest the quote.
For a one-article text file the gold text is the whole file; otherwise gold line i is
article i as `quotes.reader` reads it, with id `NAME#i`.
"""

import json
import re
from pathlib import Path

from quotes.reader import read_articles

SAMPLES = Path(__file__).resolve().parent


def _locate(text: str, needle: str, *, near: int | None = None, nth: int | None = None, word: bool = True) -> int:
    pattern = (r"(?<!\w)" + re.escape(needle) + r"(?!\w)") if word else re.escape(needle)
    hits = [m.start() for m in re.finditer(pattern, text)]
    if not hits:
        raise SystemExit(f"not found: {needle!r}")
    if nth is not None:
        return hits[nth]
    if near is None:
        if len(hits) > 1:
            raise SystemExit(f"occurs {len(hits)} times, give nth: {needle!r}")
        return hits[0]
    return min(hits, key=lambda hit: abs(hit - near))


def _quote(text: str, kind: str, content: str, speaker: str | None, mention: str | None, cue: str | None,
           nth: int | None = None, mention_nth: int | None = None, cue_nth: int | None = None) -> dict:
    start = _locate(text, content, nth=nth, word=False)
    quote = {"start": start, "end": start + len(content), "kind": kind, "speaker": speaker,
             "mention_start": None, "mention_end": None, "cue": None, "cue_start": None, "cue_end": None}
    if mention:
        at = _locate(text, mention, near=start, nth=mention_nth)
        quote["mention_start"], quote["mention_end"] = at, at + len(mention)
    if cue:
        at = _locate(text, cue, near=start, nth=cue_nth)
        quote["cue"], quote["cue_start"], quote["cue_end"] = cue, at, at + len(cue)
    return quote


def gold(name: str) -> list[dict]:
    """The gold lines of sample `name` (the file name without extension)."""
    [source] = [p for p in SAMPLES.glob(name + ".*") if not p.name.endswith(".gold.jsonl")]
    articles = list(read_articles(str(source)))
    annotations = ANNOTATIONS[name]
    if len(articles) != len(annotations):
        raise SystemExit(f"{source.name}: {len(articles)} articles, {len(annotations)} annotated")
    whole = len(articles) == 1 and source.suffix == ".txt"
    lines = []
    for article, quotes in zip(articles, annotations):
        text = source.read_bytes().decode("utf-8") if whole else article.text
        lines.append({
            "id": name if whole else f"{name}#{article.index}",
            "text": text,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "outlet": article.outlet,
            "quotes": sorted((_quote(text, *q[:5], **(q[5] if len(q) > 5 else {})) for q in quotes),
                             key=lambda q: q["start"]),
        })
    return lines


def render(lines: list[dict]) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


# (kind, quoted content, speaker, mention as written, cue, {nth, mention_nth, cue_nth})
# One list per article of the file.
ANNOTATIONS: dict[str, list[list[tuple]]] = {
    "001_riverton_council": [[
        ("direct", "We cannot ask people to wait another winter,", "Ana Ruiz", "Mayor Ana Ruiz", "told"),
        ("direct", "The bridge is the shortest way to the hospital for half the town.", "Ana Ruiz", "Mayor Ana Ruiz", None),
        ("indirect", "the money should have gone to the flood barrier on the east bank first", "Tom O’Brien", "Councillor Tom O’Brien", "said"),
        ("direct", "I don’t doubt the bridge needs work,", "Tom O’Brien", "O’Brien", "said", {"mention_nth": 1}),
        ("direct", "But the river has flooded three times since the ’90s, and the barrier is still unfinished.", "Tom O’Brien", "O’Brien", None, {"mention_nth": 1}),
        ("indirect", "The bridge will be closed to all traffic from May until September", "Mark Hollis", "city engineer Mark Hollis", "according to"),
        ("indirect", "the council would run a free shuttle bus between the two banks while the work goes on", "Ana Ruiz", "Ruiz", "said"),
        ("indirect", "shop owners on both sides would be consulted on the timetable", "Ana Ruiz", "She", "added"),
        ("direct", "Nobody likes roadworks,", "Ana Ruiz", "she", "said"),
        ("direct", "But nobody likes a bridge that isn’t safe either.", "Ana Ruiz", "she", None),
        ("direct", "Most of our members cycle over that bridge every day,", "Priya Nair", "union president Priya Nair", "said"),
    ]],
    "002_harbour_fc": [[
        ("indirect", "Harbour FC have signed striker Luis Moreno on a contract until the end of the season", "Harbour FC", "the club", "said"),
        ("direct", "He's the kind of player who changes a dressing room,", "Sandra Kowalski", "head coach Sandra Kowalski", "said"),
        ("direct", "He doesn't need time to settle in.", "Sandra Kowalski", "head coach Sandra Kowalski", None),
        ("indirect", "the club had been looking for an experienced forward since their top scorer broke his ankle in March", "Sandra Kowalski", "Kowalski", "told", {"mention_nth": 1}),
        ("indirect", "he had turned down offers from abroad because he wanted to stay close to his family", "Luis Moreno", "Moreno", "said", {"mention_nth": 2}),
        ("direct", "I've played in big stadiums and small ones, and I don't care which,", "Luis Moreno", "he", "said", {"mention_nth": 2, "cue_nth": 3}),
        ("direct", "What I care about is the people in the stands.\n\n\"When I was a kid my dad took me to every home "
                   "game here. We'd sing the whole way home like it was a rock 'n' roll concert. I want to give that back.",
         "Luis Moreno", "he", None, {"mention_nth": 2}),
        ("direct", "It's a good deal, but it's three months too late,", "Jack Dunn", "Jack Dunn", "said"),
    ]],
    "003_meteo_lacour": [[
        ("direct", "Les cumuls de pluie pourraient dépasser 60 millimètres en quelques heures", "Claire Dubois", "la prévisionniste Claire Dubois", "a déclaré"),
        ("indirect", "les orages devraient se décaler vers l’est dans la nuit de jeudi à vendredi", "Claire Dubois", "elle", "Selon"),
        ("indirect", "d’éviter les déplacements", "Marc Lemaire", "Marc Lemaire", "a demandé"),
        ("direct", "Ne prenez pas la route si ce n’est pas indispensable", "Marc Lemaire", "il", "insisté"),
        ("indirect", "les salles des fêtes resteraient ouvertes toute la nuit pour accueillir les personnes évacuées", "maires des communes riveraines", "Les maires des communes riveraines", "ont indiqué"),
        ("direct", "Nous avons l’habitude, mais chaque orage est différent", "Jeanne Martin", "Jeanne Martin", "confie"),
        ("direct", "En 2018, l’eau est montée en vingt minutes.", "Jeanne Martin", "Jeanne Martin", None),
    ]],
    "004_nordwetter": [[
        ("indirect", "wurde niemand schwer verletzt", "Polizei", "der Polizei", "Nach Angaben"),
        ("direct", "Die Straßen waren innerhalb von Minuten spiegelglatt", "Jonas Weber", "Polizeisprecher Jonas Weber", "sagte", {"cue_nth": 0}),
        ("direct", "Wir bitten alle, heute möglichst zu Hause zu bleiben.", "Jonas Weber", "Polizeisprecher Jonas Weber", None),
        ("direct", "Auf unserer Karte stand ‚extreme Glätte‘, deutlicher geht es kaum", "Anna Schulz", "Meteorologin Anna Schulz", "sagte", {"cue_nth": 1}),
        ("direct", "Am Schild stand „Streudienst unterwegs“, aber gesehen habe ich keinen.", None, "Ein Busfahrer", "erzählte"),
        ("indirect", "der Winterdienst seit vier Uhr im Einsatz sei", "Stadtwerke", "Die Stadtwerke", "teilten mit"),
    ]],
    "005_city_briefs": [
    [
        ("indirect", "Riverton Central Library will open on Sundays from next month", "City of Riverton", "the city", "said", {"cue_nth": 0}),
        ("direct", "Families asked for it, and we listened,", "Helen Park", "chief librarian Helen Park", "said", {"cue_nth": 1}),
    ],
    [
        ("indirect", "temperatures could fall to minus four degrees overnight", "regional weather service", "The regional weather service", "warned"),
        # The closing mark is missing; a careful reader still sees where the quote ends.
        ("direct", "Cover young plants and bring pots indoors,", "Ben Adler", "forecaster Ben Adler", "said"),
        ("indirect", "the cold would not last beyond Friday", "Ben Adler", "forecaster Ben Adler", "adding"),
    ],
    [
        ("indirect", "the drivers had been left with no choice", "Raj Patel", "Union spokesman Raj Patel", "said", {"cue_nth": 0}),
        ("direct", "We have asked for talks since January,", "Raj Patel", "he", "said", {"cue_nth": 1}),
    ],
    ],
    "006_coastal_wire": [
    [
        ("direct", "This is the most requested change we have ever had,", "Miriam Okafor", "authority chair Miriam Okafor", "said"),
        ("indirect", "it would hire twelve new crew members for the route", "BlueLine", "Ferry operator BlueLine", "said"),
    ],
    [
        ("indirect", "The Riverton Museum has returned a 19th-century painting to the family it was taken from in 1942", "Paul Jansen", "its director", "said"),
        ("direct", "It was never ours to keep,", "Paul Jansen", "director Paul Jansen", "told"),
        ("indirect", "two more works in the collection were being researched", "Paul Jansen", "He", "added"),
    ],
    ],
    "007_riverton_post": [
    [
        ("direct", "Runners won't notice much difference,", "Grace Lim", "race director Grace Lim", "said"),
        ("direct", "The course is still 42.195 kilometres.", "Grace Lim", "race director Grace Lim", None),
    ],
    [
        ("indirect", "she had trained every morning before school for two years", "Daniel Reyes", "Daniel Reyes", "said", {"cue_nth": 0}),
        ("direct", "She never missed a session,", "Daniel Reyes", "he", "said", {"cue_nth": 1}),
    ],
    ],
}


def main() -> None:
    for name in ANNOTATIONS:
        (SAMPLES / f"{name}.gold.jsonl").write_text(render(gold(name)), encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
