"""The reader: formats, article splitting, dates, headlines, encodings and hostile files."""

import codecs
import datetime
import io
import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quotes.errors import InputError
from quotes.layout import headlines_of
from quotes.reader import Article, parse_date, read_articles, read_text

D = datetime.date

ARTICLE = (
    "12.03.2024\n"
    "\n"
    "Council Backs Bridge Repair\n"
    "\n"
    "The city council voted on Tuesday to repair the Elm Street bridge.\n"
    "\n"
    "“We cannot wait another winter,” Mayor Ana Ruiz told reporters.\n"
)


def write(tmp_path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return str(path)


def read(path: str, **kwargs) -> list[Article]:
    return list(read_articles(path, **kwargs))


def errors_of(path: str, **kwargs) -> tuple[list[Article], list[str]]:
    messages: list[str] = []
    articles = list(read_articles(path, on_error=lambda error: messages.append(str(error)), **kwargs))
    return articles, messages


def assert_slices(path: str, articles: list[Article], encoding: str = "utf-8") -> None:
    """Every article's text is the slice of the file's decoded text its offset says."""
    with open(path, encoding=encoding, newline="") as handle:
        text = handle.read().lstrip("\ufeff")
    for article in articles:
        assert text[article.offset : article.offset + len(article.text)] == article.text


# ---------------------------------------------------------------- plain text


def test_one_article_with_date_title_and_offsets(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    [article] = read(path)
    assert article.source == path
    assert article.index == 0
    assert article.offset == 0
    assert article.text == ARTICLE.rstrip("\n")
    assert article.published == D(2024, 3, 12)
    assert article.title == "Council Backs Bridge Repair"
    assert article.headlines == ((12, 39),)
    assert article.text[12:39] == "Council Backs Bridge Repair"


def test_seed_is_one_article_with_two_headlines():
    path = "samples/000_e21aeacc92997a7a.txt"
    [article] = read(path)
    assert article.published == D(2024, 4, 25)
    assert article.title == "Kremlin Demands Release of Russians Held in Belarus"
    assert [article.text[s:e] for s, e in article.headlines] == [
        "Kremlin Demands Release of Russians Held in Belarus",
        "Kremlin Hails Abe’s ‘Invaluable Contribution’ To Relations",
    ]
    # The comment form at the end is not part of the article.
    assert article.text.endswith("he mentioned,» Peskov said.")
    assert_slices(path, [article])


SECOND = "April 2, 2024\n\nClub Signs Goalkeeper\n\nThe club signed a new goalkeeper on Monday.\n"


@pytest.mark.parametrize(
    "separator",
    ["---\n", "-----\n", "***\n", "=====\n", "\f\n", "  ---  \n"],
    ids=["dashes", "long dashes", "stars", "equals", "form feed", "padded"],
)
def test_separator_lines_split_articles(tmp_path, separator):
    path = write(tmp_path, "two.txt", ARTICLE + "\n" + separator + "\n" + SECOND)
    first, second = read(path)
    assert (first.index, second.index) == (0, 1)
    assert first.text == ARTICLE.rstrip("\n")
    assert second.text == SECOND.rstrip("\n")
    assert second.published == D(2024, 4, 2)
    assert second.title == "Club Signs Goalkeeper"
    assert_slices(path, [first, second])


def test_date_line_after_a_body_starts_a_new_article(tmp_path):
    path = write(tmp_path, "two.txt", ARTICLE + "\n" + SECOND)
    first, second = read(path)
    assert first.text == ARTICLE.rstrip("\n")
    assert second.text == SECOND.rstrip("\n")
    assert second.offset == len(ARTICLE) + 1
    assert_slices(path, [first, second])


def test_date_under_the_headline_does_not_split(tmp_path):
    text = "Council Backs Bridge Repair\n\nMarch 12, 2024\n\nThe council voted to repair the bridge.\n"
    [article] = read(write(tmp_path, "a.txt", text))
    assert article.published == D(2024, 3, 12)
    assert article.title == "Council Backs Bridge Repair"


def test_date_inside_a_paragraph_does_not_split(tmp_path):
    text = "The vote was held on\n12.03.2024\nin the town hall.\n\nThe mayor was pleased.\n"
    assert len(read(write(tmp_path, "a.txt", text))) == 1


def test_blank_segments_are_not_articles(tmp_path):
    path = write(tmp_path, "a.txt", "---\n\n" + ARTICLE + "\n---\n\n\n***\n")
    [article] = read(path)
    assert article.index == 0
    assert article.text == ARTICLE.rstrip("\n")
    assert_slices(path, [article])


def test_crlf_is_kept_and_offsets_still_slice(tmp_path):
    crlf = (ARTICLE + "\n---\n" + SECOND).replace("\n", "\r\n")
    path = write(tmp_path, "crlf.txt", crlf)
    first, second = read(path)
    assert "\r\n" in first.text
    assert first.published == D(2024, 3, 12)
    assert first.title == "Council Backs Bridge Repair"
    assert second.title == "Club Signs Goalkeeper"
    start, end = first.headlines[0]
    assert first.text[start:end] == "Council Backs Bridge Repair"
    assert_slices(path, [first, second])


@pytest.mark.parametrize(
    "tail",
    [
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n",
        "Leave a Comment\n",
        "Share this:\n\nTwitter\nFacebook\n",
        "Related posts\n\nCouncil Delays Budget\n",
        "3 Comments\n\nGreat news for the town.\n",
        "You may also like\n",
    ],
)
def test_trailing_boilerplate_is_cut(tmp_path, tail):
    path = write(tmp_path, "a.txt", ARTICLE + "\n" + tail)
    [article] = read(path)
    assert article.text == ARTICLE.rstrip("\n")


def test_boilerplate_words_inside_a_paragraph_are_kept(tmp_path):
    text = ARTICLE + "\nShare this with your neighbours, the mayor urged, because the works start in May.\n"
    [article] = read(write(tmp_path, "a.txt", text))
    assert article.text.endswith("start in May.")


HEADLINE_CASES = [
    ("Council Backs Bridge Repair", True),
    ("Mayor: ‘We Cannot Wait’", True),
    ("Kremlin Hails Abe’s ‘Invaluable Contribution’ To Relations", True),
    ("The council voted to repair the bridge.", False),
    ("Will the bridge reopen?", False),
    ("“We cannot wait,” she said.", False),
    ("The mayor said:", False),
    ("“We are ready.”", False),  # sentence punctuation inside the closing mark
    (" ".join(["word"] * 21), False),  # too long for a headline
    ("2024", False),  # no letters
]


@pytest.mark.parametrize(("line", "is_headline"), HEADLINE_CASES)
def test_headline_is_a_short_unpunctuated_paragraph(tmp_path, line, is_headline):
    text = f"{line}\n\nThe council voted to repair the bridge on Tuesday.\n"
    [article] = read(write(tmp_path, "a.txt", text))
    assert (article.headlines == ((0, len(line)),)) is is_headline
    assert article.title == (line if is_headline else None)


def test_headline_must_stand_alone(tmp_path):
    text = "Council Backs Bridge Repair\nThe council voted to repair the bridge on Tuesday.\n"
    [article] = read(write(tmp_path, "a.txt", text))
    assert article.headlines == ()
    assert article.title is None


HEADLINES_OF_CASES = [
    ("Bridge Reopens\n\nThe bridge reopened.", False, ((0, 14),)),
    ("Bridge Reopens\r\n\r\nThe bridge reopened.", False, ((0, 14),)),  # CRLF: the \r is no part of it
    ("The bridge reopened.\n\n  Works Ahead  \n\nMore soon.", False, ((24, 35),)),  # a crosshead, trimmed
    ("Bridge Reopens\nThe bridge reopened.", False, ()),  # the paragraph goes on
    ("Bridge Reopens\nThe bridge reopened.", True, ((0, 14),)),  # every line a paragraph (HTML)
    ("April 25, 2024\n\nThe bridge reopened.", False, ()),  # a date line, not a headline
    ("Bridge Reopens\n\f\nThe bridge reopened.", False, ()),  # a form feed is a separator, not a blank
    ("The bridge reopened.\n\n---\n\nMore soon.", False, ()),  # no letters
    ("", False, ()),
    # A line that ends like a sentence is no headline, whatever its shape or its line end.
    ("Bridge Reopens Today:\r\n\r\nThe bridge reopened.", False, ()),
    ("Bridge Reopens Today…\n\nThe bridge reopened.", False, ()),
    ("«Bridge Reopens Today.»  \n\nThe bridge reopened.", False, ()),  # closing marks after the stop
    ("«Bridge Reopens Today»\n\nThe bridge reopened.", False, ((0, 22),)),  # a closing mark alone
]


@pytest.mark.parametrize(("text", "paragraphs", "expected"), HEADLINES_OF_CASES)
def test_headlines_of(text, paragraphs, expected):
    assert headlines_of(text, lines_are_paragraphs=paragraphs) == expected


@pytest.mark.xfail(reason="classic Mac OS line ends (CR only) are not split into lines", strict=True)
def test_cr_only_line_ends(tmp_path):
    [article] = read(write(tmp_path, "a.txt", ARTICLE.replace("\n", "\r")))
    assert article.title == "Council Backs Bridge Repair"


def test_unknown_extension_is_read_as_text(tmp_path):
    [article] = read(write(tmp_path, "article.story", ARTICLE))
    assert article.title == "Council Backs Bridge Repair"


LINES = [
    "",
    "   ",
    "---",
    "\f",
    "***",
    "25.04.2024",
    "April 2, 2024",
    "Council Backs Bridge Repair",
    "The council voted to repair the bridge.",
    "“We cannot wait,” Mayor Ana Ruiz said.",
    "  Indented body line, with a comma, ends here.",
]
IS_SEPARATOR = {"---", "\f", "***"}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=40), st.sampled_from(["\n", "\r\n"]))
def test_articles_are_ordered_disjoint_trimmed_slices_covering_every_line(lines, newline):
    text = newline.join(lines)
    articles = list(read_text(text, "x.txt"))
    assert [a.index for a in articles] == list(range(len(articles)))
    previous_end = 0
    for article in articles:
        assert article.text and article.text == article.text.strip()
        assert article.offset >= previous_end
        assert text[article.offset : article.offset + len(article.text)] == article.text
        previous_end = article.offset + len(article.text)
        for start, end in article.headlines:
            headline = article.text[start:end]
            assert headline == headline.strip() and headline and "\n" not in headline
    # Every line that is not blank and not a separator is inside exactly one article.
    position = 0
    for line in lines:
        if line.strip() and line not in IS_SEPARATOR:
            first = position + len(line) - len(line.lstrip())
            inside = [a for a in articles if a.offset <= first < a.offset + len(a.text)]
            assert len(inside) == 1, (line, position)
        position += len(line) + len(newline)


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("25.04.2024", D(2024, 4, 25)),
        ("2024-04-25", D(2024, 4, 25)),
        ("2024/04/25", D(2024, 4, 25)),
        ("25/04/2024", D(2024, 4, 25)),
        ("04/25/2024", D(2024, 4, 25)),  # only month-first is a date
        ("05/04/2024", D(2024, 4, 5)),  # ambiguous: day first
        ("April 25, 2024", D(2024, 4, 25)),
        ("Apr. 25, 2024", D(2024, 4, 25)),
        ("Sept. 3, 2024", D(2024, 9, 3)),
        ("April 25th 2024", D(2024, 4, 25)),
        ("25 April 2024", D(2024, 4, 25)),
        ("Thursday, April 25, 2024", D(2024, 4, 25)),
        ("Friday 26 April 2024 10:32 BST", D(2024, 4, 26)),
        ("25 avril 2024", D(2024, 4, 25)),
        ("1er mai 2024", D(2024, 5, 1)),
        ("25. März 2024", D(2024, 3, 25)),
        ("  25.04.2024\r", D(2024, 4, 25)),
        ("31.02.2024", None),  # no such day
        ("25 Aprilis 2024", None),  # not a month name
        ("April 2024", None),
        ("The vote is on 25.04.2024", None),  # a sentence, not a date line
        ("25.04.24", None),
    ],
)
def test_date_lines(line, expected):
    assert parse_date(line, strict=True) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-25T10:00:00Z", D(2024, 4, 25)),
        ("2024-04-25T23:30:00+02:00", D(2024, 4, 25)),
        ("Thu, 25 Apr 2024 10:00:00 +0000", D(2024, 4, 25)),
        ("25.04.2024", D(2024, 4, 25)),
        ("yesterday", None),
        ("2024-13-45", None),
    ],
)
def test_date_fields(value, expected):
    assert parse_date(value) == expected


# ---------------------------------------------------------------- JSON Lines, JSON, CSV

RECORDS = [
    {"id": 1, "text": "The council voted.", "title": "Vote", "date": "2024-03-12", "url": "https://example.org/a",
     "outlet": "City Gazette", "language": "en"},
    {"body": "The club signed a goalkeeper.", "published": "April 2, 2024", "source": "Sports Daily", "lang": "fr"},
]  # fmt: skip


def test_jsonl_fields(tmp_path):
    path = write(tmp_path, "a.jsonl", "".join(json.dumps(r) + "\n" for r in RECORDS))
    first, second = read(path)
    assert first == Article(
        text="The council voted.", source=path, index=0, title="Vote", published=D(2024, 3, 12),
        outlet="City Gazette", url="https://example.org/a", language="en",
    )  # fmt: skip
    assert (second.text, second.index, second.published) == ("The club signed a goalkeeper.", 1, D(2024, 4, 2))
    assert (second.outlet, second.language, second.title) == ("Sports Daily", "fr", None)


def test_jsonl_bad_lines_are_reported_and_skipped(tmp_path):
    lines = [
        json.dumps(RECORDS[0]),
        '{"text": "broken',
        "",
        json.dumps({"title": "no text here"}),
        "[1, 2]",
        json.dumps(RECORDS[1]),
    ]
    path = write(tmp_path, "a.jsonl", "\n".join(lines) + "\n")
    articles, messages = errors_of(path)
    assert [a.text for a in articles] == ["The council voted.", "The club signed a goalkeeper."]
    assert [a.index for a in articles] == [0, 4]  # bad records keep their place
    assert len(messages) == 3
    assert messages[0].startswith(f"{path}:2: not valid JSON")
    assert messages[1].startswith(f"{path}:4: no article text")
    assert messages[2].startswith(f"{path}:5: expected an object")
    with pytest.raises(InputError, match=r":2: not valid JSON"):
        read(path)


def test_jsonl_bad_bytes_deep_in_a_utf8_file_cost_one_line(tmp_path):
    good = (json.dumps(RECORDS[0]) + "\n").encode() * 200  # UTF-8 well past the sniffed head
    data = good + b'{"text": "caf\xe9"}\n' + (json.dumps(RECORDS[1]) + "\n").encode()
    articles, messages = errors_of(write(tmp_path, "a.jsonl", data))
    assert len(articles) == 201
    assert articles[-1].index == 201
    assert messages == [f"{tmp_path / 'a.jsonl'}:201: not valid utf-8 at byte 13; fix the line or give --encoding"]


def test_jsonl_in_latin1_throughout_is_decoded(tmp_path):
    text = "Le maire a déclaré que le pont sera ouvert en été, à la fin des travaux."
    line = json.dumps({"text": text}, ensure_ascii=False)
    [article] = read(write(tmp_path, "a.jsonl", (line + "\n").encode("latin-1")))
    assert article.text == text


def test_jsonl_utf16_with_bom(tmp_path):
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    articles = read(write(tmp_path, "a.jsonl", codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert [a.text for a in articles] == ["The council voted.", "The club signed a goalkeeper."]


def test_jsonl_is_streamed(tmp_path, monkeypatch):
    """The first article comes out before the rest of the file is parsed."""
    path = write(tmp_path, "a.jsonl", json.dumps(RECORDS[0]) + "\n" + '{"text": "broken\n')
    articles = read_articles(path)
    assert next(articles).text == "The council voted."
    with pytest.raises(InputError):
        next(articles)


@pytest.mark.parametrize(
    "document",
    [RECORDS, {"articles": RECORDS}],
    ids=["array", "articles list"],
)
def test_json_documents(tmp_path, document):
    articles = read(write(tmp_path, "a.json", json.dumps(document, indent=2)))
    assert [a.text for a in articles] == ["The council voted.", "The club signed a goalkeeper."]
    assert [a.index for a in articles] == [0, 1]


def test_json_single_object(tmp_path):
    [article] = read(write(tmp_path, "a.json", json.dumps(RECORDS[0])))
    assert article.title == "Vote"


def test_json_malformed_is_a_whole_file_error(tmp_path):
    path = write(tmp_path, "a.json", '[{"text": "a"},\n {"text": }]')
    with pytest.raises(InputError, match=r"a\.json:2: not valid JSON"):
        read(path)


def test_json_record_without_text_is_reported(tmp_path):
    path = write(tmp_path, "a.json", json.dumps([{"title": "x"}, RECORDS[0]]))
    articles, messages = errors_of(path)
    assert [a.index for a in articles] == [1]
    assert messages == [f"{path}: article 0: no article text; put it in a field named text, body or content"]


def test_bad_date_keeps_the_article(tmp_path):
    [article] = read(write(tmp_path, "a.jsonl", json.dumps({"text": "Hello.", "date": "soon"})))
    assert article.published is None


def test_json_text_headlines_and_date_line(tmp_path):
    [article] = read(write(tmp_path, "a.json", json.dumps({"text": ARTICLE})))
    assert article.title == "Council Backs Bridge Repair"
    assert article.published == D(2024, 3, 12)
    assert article.headlines == ((12, 39),)


CSV = (
    "title,date,text,url\n"
    'Vote,2024-03-12,"The council voted, at last.",https://example.org/a\n'
    'Signing,02.04.2024,"The club signed\na goalkeeper.",\n'
)


def test_csv_rows(tmp_path):
    path = write(tmp_path, "a.csv", CSV)
    first, second = read(path)
    assert (first.title, first.published, first.text, first.url) == (
        "Vote", D(2024, 3, 12), "The council voted, at last.", "https://example.org/a"
    )
    assert (second.index, second.text) == (1, "The club signed\na goalkeeper.")
    assert (second.url, second.published) == (None, D(2024, 4, 2))


def test_csv_semicolons_and_crlf(tmp_path):
    path = write(tmp_path, "a.csv", "Title;Body\r\nVote;The council voted, at last.\r\n")
    [article] = read(path)
    assert (article.title, article.text) == ("Vote", "The council voted, at last.")


def test_csv_without_text_column_is_a_whole_file_error(tmp_path):
    path = write(tmp_path, "a.csv", "title,date\nVote,2024-03-12\n")
    with pytest.raises(InputError, match=r"a\.csv has no text column \(header: title, date\); name the article column"):
        read(path, on_error=lambda error: None)


def test_csv_row_with_wrong_field_count_is_reported(tmp_path):
    path = write(tmp_path, "a.csv", CSV + "Late,2024-05-01,The vote, again,https://x,extra\n" + "Last,,Final words.,\n")
    articles, messages = errors_of(path)
    assert [a.title for a in articles] == ["Vote", "Signing", "Last"]
    assert [a.index for a in articles] == [0, 1, 3]
    # Line 5: the second record runs over lines 3 and 4.
    assert messages == [f"{path}:5: 6 fields, the header has 4; quote fields that contain the delimiter"]


# ---------------------------------------------------------------- HTML

PAGE = """<html><head><meta charset="utf-8"><title>Council votes | City Gazette</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav>Home News Sport</nav><article><h1>Council votes to repair the bridge</h1>
<p>The city council voted on Tuesday to repair the old bridge. “We cannot wait any longer,” said Mayor
Ana Ruiz, who has pushed for the work since last year and expects it to be finished by the autumn.</p>
<p>Opposition councillors said the cost was too high and that the money should go to schools instead,
according to a statement released after the vote on Tuesday evening.</p></article>
<footer>Copyright City Gazette</footer></body></html>"""


def test_html_main_text_title_and_date(tmp_path):
    pytest.importorskip("trafilatura")
    [article] = read(write(tmp_path, "page.html", PAGE))
    assert article.title == "Council votes to repair the bridge"
    assert article.published == D(2024, 3, 5)
    assert "“We cannot wait any longer,” said Mayor" in article.text
    assert "Home News Sport" not in article.text
    assert "Copyright" not in article.text
    assert article.offset == 0
    start, end = article.headlines[0]
    assert article.text[start:end] == "Council votes to repair the bridge"


def test_html_without_trafilatura_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(InputError, match=r"reading HTML needs the html extra — pip install 'quotes\[html\]'"):
        read(write(tmp_path, "page.htm", PAGE))


def test_html_with_no_text(tmp_path):
    pytest.importorskip("trafilatura")
    with pytest.raises(InputError, match=r"found no article text"):
        page = "<html><head><title>Gazette</title></head><body><script>var a = 1;</script><div></div></body></html>"
        read(write(tmp_path, "page.html", page))


# ---------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        (ARTICLE.encode(), [ARTICLE.rstrip("\n")]),
        (json.dumps(RECORDS).encode(), ["The council voted.", "The club signed a goalkeeper."]),
        (json.dumps(RECORDS[0], indent=2).encode(), ["The council voted."]),
        (("\n".join(json.dumps(r) for r in RECORDS)).encode(), ["The council voted.", "The club signed a goalkeeper."]),
        (codecs.BOM_UTF8 + b"  [" + json.dumps(RECORDS[1]).encode() + b"]", ["The club signed a goalkeeper."]),
    ],
    ids=["text", "json array", "json object", "jsonl", "bom and spaces"],
)
def test_stdin_sniffs_the_format(monkeypatch, data, texts):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles = read("-")
    assert [a.text for a in articles] == texts
    assert {a.source for a in articles} == {"-"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "stdin is empty"),
        (b'{"text": "a"}\n{"text": \n', "stdin:2: not valid JSON"),
        (b'[{"text": "a"}, ]', "stdin:1: not valid JSON"),
        (b"%PDF-1.5\n", "stdin is not a text article (looks like a PDF)"),
    ],
)
def test_stdin_errors_say_stdin(monkeypatch, data, message):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    with pytest.raises(InputError) as raised:
        read("-")
    assert str(raised.value).startswith(message)


# ---------------------------------------------------------------- encodings

RUSSIAN = (
    "12.03.2024\n\nМост откроют в мае\n\n"
    "Мэр заявил журналистам, что новый мост откроют в мае. «Мы готовы», — сказал он.\n"
)
FRENCH = (
    "Le pont rouvrira en été\n\n"
    "Le maire a déclaré que le pont sera ouvert en été. « Nous sommes prêts », a-t-il ajouté.\n"
)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (FRENCH.encode("latin-1"), FRENCH),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH),
        (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), RUSSIAN),
        (codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), FRENCH),
        (FRENCH.encode("utf-16-le"), FRENCH),
        (RUSSIAN.encode("utf-16-be"), RUSSIAN),
        (codecs.BOM_UTF32_LE + FRENCH.encode("utf-32-le"), FRENCH),
    ],
    ids=["cp1251", "latin-1", "utf-8 bom", "utf-16-le bom", "utf-16-be bom", "utf-16-le", "utf-16-be", "utf-32 bom"],
)
def test_encodings_are_detected(tmp_path, data, text):
    [article] = read(write(tmp_path, "a.txt", data))
    # A BOM is not part of the text: offsets index what follows it.
    assert article.offset == 0
    assert article.text == text.rstrip("\n")


def test_latin1_after_a_long_ascii_start_is_detected(tmp_path):
    data = b"The council met on Tuesday.\n" * 500 + "Le maire a déclaré que le pont sera fermé en été.\n".encode("latin-1")
    [article] = read(write(tmp_path, "a.txt", data))
    assert article.text.endswith("Le maire a déclaré que le pont sera fermé en été.")


def test_utf8_with_a_stray_latin1_line_is_refused_with_its_line(tmp_path):
    data = "Le maire a déclaré.\n".encode() * 1000 + "Le pont sera fermé.\n".encode("latin-1")
    with pytest.raises(InputError, match=r"a\.txt is UTF-8 but for byte 22017 \(line 1001\); fix that line"):
        read(write(tmp_path, "a.txt", data))


@pytest.mark.xfail(reason="a short Windows-1250 text reads as well in Windows-1252; needs --encoding", strict=True)
def test_short_polish_cp1250(tmp_path):
    text = "Burmistrz powiedział, że most zostanie zamknięty w marcu. Tramwaje będą kursować normalnie."
    [article] = read(write(tmp_path, "a.txt", text.encode("cp1250")))
    assert article.text == text


def test_forced_encoding(tmp_path):
    path = write(tmp_path, "a.txt", "Привет мир".encode("cp1251"))
    with pytest.raises(InputError, match=r"cannot tell the encoding of .*a\.txt.*--encoding"):
        read(path)
    [article] = read(path, encoding="cp1251")
    assert article.text == "Привет мир"


@pytest.mark.parametrize(
    ("bom", "encoding", "encode_as"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
        (b"", "cp1252", "cp1252"),
    ],
)
@pytest.mark.parametrize(
    ("suffix", "content", "expected"),
    [
        (".txt", FRENCH, FRENCH.rstrip("\n")),
        (".jsonl", json.dumps({"text": FRENCH}, ensure_ascii=False) + "\n", FRENCH),
    ],
    ids=["txt", "jsonl"],
)
def test_forced_encoding_drops_its_bom(tmp_path, bom, encoding, encode_as, suffix, content, expected):
    path = write(tmp_path, "a" + suffix, bom + content.encode(encode_as))
    [article] = read(path, encoding=encoding)
    assert article.text == expected


def test_forced_encoding_still_refuses_binary(tmp_path):
    with pytest.raises(InputError, match=r"looks like a PDF"):
        read(write(tmp_path, "a.txt", b"%PDF-1.7\n\xe2\xe3"), encoding="latin-1")
    with pytest.raises(InputError, match=r"NUL bytes"):
        read(write(tmp_path, "a.txt", b"abc\x00def"), encoding="latin-1")


def test_utf8_character_cut_by_the_sniff_window_is_no_error(tmp_path):
    # 8191 ASCII bytes, then "é" across the 8192-byte sniff boundary, and no newline at all.
    data = b"a" * 8191 + "é and more text.".encode()
    [article] = read(write(tmp_path, "a.txt", data))
    assert article.text.endswith("é and more text.")


def test_forced_wrong_encoding(tmp_path):
    path = write(tmp_path, "a.txt", FRENCH.encode("latin-1"))
    with pytest.raises(InputError, match=r"is not valid utf-8 \(byte \d+\); try another --encoding"):
        read(path, encoding="utf-8")
    with pytest.raises(InputError, match=r"unknown encoding 'klingon'"):
        read(path, encoding="klingon")


def test_csv_with_bad_bytes_after_a_utf8_start_is_refused_whole(tmp_path):
    data = b"title,text\n" + b"Vote,The council voted.\n" * 1000 + b"Late,caf\xe9\n"
    with pytest.raises(InputError, match=r"a\.csv is not valid utf-8 .*; give the right --encoding"):
        read(write(tmp_path, "a.csv", data), on_error=lambda error: None)


def test_cp1251_csv_and_jsonl(tmp_path):
    csv_path = write(tmp_path, "a.csv", ("title,text\nМост,\"" + RUSSIAN + "\"\n").encode("cp1251"))
    [article] = read(csv_path)
    assert article.text == RUSSIAN
    jsonl_path = write(tmp_path, "a.jsonl", (json.dumps({"text": RUSSIAN}, ensure_ascii=False) + "\n").encode("cp1251"))
    [article] = read(jsonl_path)
    assert article.text == RUSSIAN


# ---------------------------------------------------------------- hostile files


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty; give a file with article text in it"),
        ("blank.txt", b"  \r\n\n\t ", "is empty (only whitespace)"),
        ("blank16.txt", codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"), "is empty (only whitespace)"),
        ("empty.jsonl", b"", "is empty"),
        ("empty.csv", b"", "is empty"),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "is not a text article (looks like a PDF); convert it"),
        ("report.txt", b"%PDF-1.4\n", "looks like a PDF"),
        ("story.docx", b"PK\x03\x04\x14\x00\x06\x00", "looks like a ZIP archive"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "looks like a JPEG image"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00", "looks like a PNG image"),
        ("nul.txt", b"The council voted\x00 on Tuesday to repair the bridge.", "it contains NUL bytes"),
        ("nul.jsonl", b'{"text": "a\x00b"}\n', "it contains NUL bytes"),
        ("noise.bin", bytes(range(1, 32)) * 40, "control bytes"),
        ("page.html", b"%PDF-1.7\n", "looks like a PDF"),
        ("page.html", b"", "is empty"),
    ],
)
def test_hostile_files_name_the_file_and_the_fix(tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as raised:
        read(path, on_error=lambda error: None)
    assert str(raised.value).startswith(path)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt does not exist; check the path"):
        read(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match=r"is a directory"):
        read(str(tmp_path))


# ---------------------------------------------------------------- the CLI


def run_extract(*args: str):
    from quotes.cli import app

    return CliRunner().invoke(app, ["extract", *args])


def test_cli_good_file_and_bad_file(tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE)
    bad = write(tmp_path, "bad.pdf", b"%PDF-1.7\n")
    result = run_extract(good, bad, "--format", "jsonl")
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["text"] for row in rows] == ["We cannot wait another winter,"]
    assert rows[0]["source"] == good
    assert result.stderr.splitlines() == [
        f"Error: {bad} is not a text article (looks like a PDF); convert it to text first"
    ]


def test_cli_bad_jsonl_line_keeps_the_rest(tmp_path):
    path = write(tmp_path, "a.jsonl", '{"text": "“Yes,” she said."}\n{oops\n{"text": "“No,” he said."}\n')
    result = run_extract(path, "--format", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == ["Yes,", "No,"]
    assert result.stderr.startswith(f"Error: {path}:2: not valid JSON")
    assert len(result.stderr.splitlines()) == 1
