"""Feeds as real servers send them: a blank line before the XML declaration, a declaration
naming the wrong encoding, a byte order mark, links in CDATA or relative, Atom instead of RSS,
a link of 100,000 characters, gzip bytes without their header.

The Báo Thái Bình feed is the only link to one article (`109901`): a feed that is not read
loses that article, so each test checks all 15 rows and that the feed-only article was fetched.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from tests.faults.harness import ARTICLES, FEED, LIVE, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving

FEED_BYTES = (MIRROR / FEED.strip("/")).read_bytes()
FEED_ONLY = "/tin-tuc/0/109901/khai-mac-tuan-van-hoa-du-lich-thai-binh-nam-2024"


def crawl_feed(tmp_path: Path, feed: bytes, content_type: str = "application/rss+xml"):
    db = tmp_path / "news.db"
    with serving(MIRROR, {FEED: Fault(body=feed, content_type=content_type)}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    expect_rows(db, ARTICLES)
    assert site.paths().count(FEED_ONLY) == 1
    return site, run


def test_a_blank_line_before_the_xml_declaration_is_read(tmp_path: Path) -> None:
    """A PHP include that prints a newline first: strict XML refuses the declaration."""
    crawl_feed(tmp_path, b"\n\n  " + FEED_BYTES)


def test_a_byte_order_mark_before_the_declaration_is_read(tmp_path: Path) -> None:
    crawl_feed(tmp_path, b"\xef\xbb\xbf" + FEED_BYTES)


def test_a_feed_declaring_utf16_but_written_in_utf8_is_read(tmp_path: Path) -> None:
    feed = FEED_BYTES.replace(b'encoding="UTF-8"', b'encoding="UTF-16"', 1)
    assert feed != FEED_BYTES
    crawl_feed(tmp_path, feed)


def test_a_feed_declaring_latin1_but_written_in_utf8_is_read(tmp_path: Path) -> None:
    feed = FEED_BYTES.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"', 1)
    crawl_feed(tmp_path, feed, "text/xml; charset=iso-8859-1")


def test_links_in_cdata_with_spaces_around_are_followed(tmp_path: Path) -> None:
    feed = re.sub(rb"<link>(https://[^<]+)</link>", rb"<link><![CDATA[ \1 ]]></link>", FEED_BYTES)
    assert feed.count(b"CDATA") == 12  # the channel's link and 11 items'
    crawl_feed(tmp_path, feed)


def test_relative_links_in_a_feed_are_followed(tmp_path: Path) -> None:
    feed = FEED_BYTES.replace(LIVE.encode() + b"/tin-tuc/", b"/tin-tuc/")
    crawl_feed(tmp_path, feed)


def test_an_atom_feed_is_read(tmp_path: Path) -> None:
    links = re.findall(rb"<item>.*?<link>([^<]+)</link>", FEED_BYTES, flags=re.S)
    entries = b"".join(
        b'<entry><title>Tin</title><link rel="alternate" href="%s"/><id>%s</id>'
        b"<updated>2024-07-02T19:45:00+07:00</updated></entry>" % (link, link)
        for link in links
    )
    atom = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>B\xc3\xa1o Th\xc3\xa1i B\xc3\xacnh</title>" + entries + b"</feed>"
    )
    crawl_feed(tmp_path, atom, "application/atom+xml")


def test_a_feed_gzipped_without_its_content_encoding_is_read(tmp_path: Path) -> None:
    """A pre-compressed `home.rss.gz` served as the feed with no Content-Encoding header."""
    crawl_feed(tmp_path, gzip.compress(FEED_BYTES))


def test_a_feed_link_of_a_hundred_thousand_characters_is_never_requested(tmp_path: Path) -> None:
    long_link = f"{LIVE}/tin-tuc/12/1/{'a' * 100_000}"
    feed = FEED_BYTES.replace(
        b"<item>", b"<item><title>x</title><link>%s</link></item><item>" % long_link.encode(), 1
    )
    site, run = crawl_feed(tmp_path, feed)
    assert not any(len(path) > 10_000 for path in site.paths())
    assert "Traceback" not in run.stderr
