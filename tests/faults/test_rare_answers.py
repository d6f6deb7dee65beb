"""Answers a browser shows as the page though they are rarely sent: `203 Non-Authoritative
Information` (a transforming proxy's `200`) for an article and for the feed, `Content-Encoding:
identity`, the coding name `GZIP` in capitals, the media type and charset in capitals, a UTF-8
page with a byte order mark and no charset anywhere, and `application/xhtml+xml`.

HTTP says a `203` carries the whole page, the `identity` coding is no coding, coding names, media
types and the charset parameter are case-insensitive, and the HTML standard reads a byte order
mark before any label. One page (article A, `105870`, or the feed) is answered so in each probe;
the crawl must store every article exactly, as a plain answer would have it stored.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from tests.faults.harness import ARTICLES, FEED, crawl_faults, expect_rows
from tests.faults.server import Fault
from tests.faults.test_pages import PAGE, A

BODY = PAGE.encode("utf-8")


def test_a_203_answer_for_an_article_is_the_article(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, {A: Fault(status=203)})
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)


def test_a_203_answer_for_the_feed_is_the_feed(tmp_path: Path) -> None:
    """The feed names an article (`109901`) no listing links: it is stored only if the feed
    was read."""
    site, run, db = crawl_faults(tmp_path, {FEED: Fault(status=203)})
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)


def test_an_identity_content_encoding_is_no_encoding(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, {A: Fault(headers={"Content-Encoding": "identity"})})
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)


def test_a_gzip_coding_named_in_capitals_is_decoded(tmp_path: Path) -> None:
    fault = Fault(body=gzip.compress(BODY), headers={"Content-Encoding": "GZIP"})
    site, run, db = crawl_faults(tmp_path, {A: fault})
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)


def test_a_media_type_and_charset_in_capitals_are_read(tmp_path: Path) -> None:
    fault = Fault(body=BODY, content_type="TEXT/HTML; CHARSET=UTF-8")
    site, run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)


def test_a_byte_order_mark_with_no_charset_anywhere_is_read_as_utf8(tmp_path: Path) -> None:
    page = re.sub(r"<meta charset=[^>]*>", "", PAGE, flags=re.IGNORECASE)
    assert "charset" not in page.lower()
    fault = Fault(body=b"\xef\xbb\xbf" + page.encode("utf-8"), content_type="text/html")
    site, run, db = crawl_faults(tmp_path, {A: fault})
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)


def test_an_xhtml_answer_is_read_as_the_article(tmp_path: Path) -> None:
    fault = Fault(body=BODY, content_type="application/xhtml+xml; charset=utf-8")
    site, run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)
