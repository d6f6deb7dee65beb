"""Answers a browser shows as the page though they are rarely sent: `203 Non-Authoritative
Information` (a transforming proxy's `200`) for an article and for the feed, `Content-Encoding:
identity`, the coding name `GZIP` in capitals, the media type and charset in capitals, a UTF-8
page with a byte order mark and no charset anywhere, and `application/xhtml+xml`.

HTTP says a `203` carries the whole page, the `identity` coding is no coding, coding names, media
types and the charset parameter are case-insensitive, and the HTML standard reads a byte order
mark before any label. Each answer is given to one page of its own (an article, or the feed),
so one crawl serves every probe; it must store every article exactly, as plain answers would
have them stored.
"""

from __future__ import annotations

import gzip
import re

import pytest

from tests.faults.harness import (
    ARTICLES,
    FEED,
    article_path,
    crawled_rows,
    expected_records,
)
from tests.faults.server import Fault

BOM = b"\xef\xbb\xbf"


def without_charset(page: bytes) -> bytes:
    """The page with a byte order mark and no `<meta charset>`: no label anywhere."""
    text = re.sub(rb"<meta charset=[^>]*>", b"", page, flags=re.IGNORECASE)
    assert b"charset" not in text.lower()
    return BOM + text


ANSWERS = {
    "203_for_an_article": (article_path("105870"), Fault(status=203)),
    "identity_encoding": (article_path("104560"), Fault(headers={"Content-Encoding": "identity"})),
    "gzip_in_capitals": (
        article_path("107903"),
        Fault(edit=gzip.compress, headers={"Content-Encoding": "GZIP"}),
    ),
    "media_type_in_capitals": (
        article_path("108990"),
        Fault(content_type="TEXT/HTML; CHARSET=UTF-8"),
    ),
    "bom_and_no_charset": (
        article_path("109650"),
        Fault(edit=without_charset, content_type="text/html"),
    ),
    "xhtml": (article_path("102908"), Fault(content_type="application/xhtml+xml; charset=utf-8")),
}


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows of one crawl of the mirror with every answer of ANSWERS and a `203` feed."""
    faults = {path: fault for path, fault in ANSWERS.values()}
    faults[FEED] = Fault(status=203)
    return crawled_rows(tmp_path_factory.mktemp("rare_answers"), faults)


@pytest.mark.parametrize("answer", list(ANSWERS))
def test_a_rare_answer_for_an_article_is_the_article(rows: dict[str, dict], answer: str) -> None:
    path = ANSWERS[answer][0]
    assert sorted(rows) == sorted(ARTICLES)
    expected = expected_records()[path]
    assert {key: rows[path][key] for key in expected} == expected


def test_a_203_answer_for_the_feed_is_the_feed(rows: dict[str, dict]) -> None:
    """The feed names an article (`109901`) no listing links: it is stored only if the feed
    was read."""
    path = next(path for path in ARTICLES if "/109901/" in path)
    expected = expected_records()[path]
    assert {key: rows[path][key] for key in expected} == expected
