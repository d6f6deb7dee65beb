"""The article's text typed in the markup other editors and templates make of it: a drop cap
(the first letter in a `<span>` of its own), `<wbr>` break hints inside the longer words, every
paragraph a `<div>` instead of a `<p>`, paragraphs hard-wrapped in the source with
indentation, and the paragraphs of one `<p>` set apart by `<br><br>`.

A browser shows each page as the plain one: the same words, in the same paragraphs (the body is
"paragraphs joined by a blank line", docs/database.md). So each record is exactly the plain
page's (every value of `page.json`). Each markup is given to one article of its own, so one
crawl serves every probe.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.faults.harness import (
    ARTICLES,
    article_path,
    crawled_rows,
    expected_records,
)
from tests.faults.server import Fault

PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)  # the text's paragraphs carry no attribute


def in_the_text(change: Callable[[str], str]) -> Callable[[bytes], bytes]:
    """An edit applying `change` to the article's text block (`<div class="fr-view info">`)."""

    def edit(page: bytes) -> bytes:
        text = page.decode("utf-8")
        start = text.index('<div class="fr-view info">')
        end = text.index("</div>", start)
        changed = change(text[start:end])
        assert changed != text[start:end]
        return (text[:start] + changed + text[end:]).encode("utf-8")

    return edit


def drop_cap(block: str) -> str:
    cap = '<p><span class="dropcap">{}</span>{}</p>'
    return PARAGRAPH.sub(lambda m: cap.format(m[1][0], m[1][1:]), block)


def break_hints(block: str) -> str:
    """`<wbr>` after the third letter of every word of six letters or more."""
    words = re.compile(r"(?<=[>\s])(\w{3})(\w{3,})")
    return PARAGRAPH.sub(lambda m: "<p>" + words.sub(r"\1<wbr>\2", m[1]) + "</p>", block)


def divs(block: str) -> str:
    return PARAGRAPH.sub(lambda m: f"<div>{m[1]}</div>", block)


def hard_wrapped(block: str) -> str:
    """Every sixth space of a paragraph a line break and the source's indentation."""

    def wrap(match: re.Match) -> str:
        words = match[1].split(" ")
        lines = [" ".join(words[i : i + 6]) for i in range(0, len(words), 6)]
        return "<p>\n            " + "\n            ".join(lines) + "\n          </p>"

    return PARAGRAPH.sub(wrap, block)


def one_paragraph_with_breaks(block: str) -> str:
    texts = PARAGRAPH.findall(block)
    first = block.index(f"<p>{texts[0]}</p>")
    last = block.index(f"<p>{texts[-1]}</p>") + len(f"<p>{texts[-1]}</p>")
    return block[:first] + "<p>" + "<br><br>\n".join(texts) + "</p>" + block[last:]


MARKUPS = {
    "drop_cap": ("103355", drop_cap),
    "break_hints_inside_long_words": ("101877", break_hints),
    "paragraphs_as_divs": ("102908", divs),
    "hard_wrapped_source": ("109874", hard_wrapped),
    "paragraphs_set_apart_by_two_breaks": ("104560", one_paragraph_with_breaks),
}


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows of one crawl of the mirror with each markup of MARKUPS in its article."""
    faults = {
        article_path(name): Fault(edit=in_the_text(change)) for name, change in MARKUPS.values()
    }
    return crawled_rows(tmp_path_factory.mktemp("text_markup"), faults)


@pytest.mark.parametrize("markup", list(MARKUPS))
def test_the_text_in_other_markup_is_the_same_record(rows: dict[str, dict], markup: str) -> None:
    path = article_path(MARKUPS[markup][0])
    assert set(rows) <= set(ARTICLES) and path in rows, sorted(set(ARTICLES) - set(rows))
    expected = expected_records()[path]
    assert {key: rows[path][key] for key in expected} == expected
