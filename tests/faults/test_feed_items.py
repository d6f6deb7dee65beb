"""Feeds whose items say where they lead in less usual ways: Atom with `xml:base` (on the
site, on another host), an RSS item with its address only in a permalink `guid`, a feed of
ten thousand items that name the same articles with trackers, a feed whose items are all
copies of one article.

The Báo Thái Bình feed is the only link to one article (`109901`). A link is read as the feed
means it, and then checked like any other: off the site, never requested.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.faults.harness import ARTICLES, FEED, LIVE, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving
from tests.faults.test_copies import OLD_SLUG, print_copy
from tests.faults.test_feed_shapes import FEED_BYTES, FEED_ONLY
from tests.faults.test_page_kinds import english_copy
from tests.faults.test_pages import A

LINKS = [link.decode() for link in re.findall(rb"<item>.*?<link>([^<]+)</link>", FEED_BYTES, re.S)]


def atom(entries: list[str], base: str | None) -> bytes:
    head = f' xml:base="{base}"' if base else ""
    body = "".join(
        f'<entry><title>Tin</title><link rel="alternate" href="{href}"/><id>urn:{n}</id>'
        f"<updated>2024-07-02T19:45:00+07:00</updated></entry>"
        for n, href in enumerate(entries)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"{head}>'
        f"<title>Báo Thái Bình</title>{body}</feed>"
    ).encode()


def crawl_feed(tmp_path: Path, feed: bytes, content_type: str = "application/rss+xml", **more):
    db = tmp_path / "news.db"
    faults = {FEED: Fault(body=feed, content_type=content_type), **more}
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return site, run, db


def test_atom_links_relative_to_the_feeds_xml_base_are_followed(tmp_path: Path) -> None:
    relative = [link.removeprefix(f"{LIVE}/tin-tuc/") for link in LINKS]
    feed = atom(relative, f"{LIVE}/tin-tuc/")
    site, _, db = crawl_feed(tmp_path, feed, "application/atom+xml")
    expect_rows(db, ARTICLES)
    assert site.paths().count(FEED_ONLY) == 1


def test_atom_links_relative_to_an_entrys_xml_base_are_followed(tmp_path: Path) -> None:
    entries = "".join(
        f'<entry xml:base="{LIVE}/tin-tuc/"><title>Tin</title>'
        f'<link href="{link.removeprefix(f"{LIVE}/tin-tuc/")}"/><id>urn:{n}</id></entry>'
        for n, link in enumerate(LINKS)
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Báo Thái Bình</title>{entries}</feed>"
    ).encode()
    site, _, db = crawl_feed(tmp_path, feed, "application/atom+xml")
    expect_rows(db, ARTICLES)
    assert site.paths().count(FEED_ONLY) == 1


def test_an_xml_base_on_another_host_sends_no_request_there(tmp_path: Path) -> None:
    """Relative links under an `xml:base` naming another host are that host's: never
    requested; the feed-only article is not reached, every other one is stored."""
    with serving(MIRROR) as foreign:
        relative = [link.removeprefix(LIVE + "/") for link in LINKS]
        feed = atom(relative, foreign.base_url + "/")
        site, _, db = crawl_feed(tmp_path, feed, "application/atom+xml")
    assert foreign.paths() == []
    expect_rows(db, set(ARTICLES) - {FEED_ONLY})


def test_an_rss_item_with_only_a_permalink_guid_is_followed(tmp_path: Path) -> None:
    feed = re.sub(rb"<link>(https://[^<]+/tin-tuc/[^<]+)</link>\s*", b"", FEED_BYTES)
    feed = feed.replace(b"<guid>", b'<guid isPermaLink="true">')
    assert b"<link>https://baothaibinh.com.vn/tin-tuc" not in feed
    site, _, db = crawl_feed(tmp_path, feed)
    expect_rows(db, ARTICLES)
    assert site.paths().count(FEED_ONLY) == 1


def test_a_guid_that_is_no_permalink_is_never_requested(tmp_path: Path) -> None:
    """`isPermaLink="false"`: the guid is a name, not an address, even when it looks like one."""
    fake = "/tin-tuc/15/199999/ma-dinh-danh-khong-phai-dia-chi"
    feed = FEED_BYTES.replace(
        b"</item>", f'<guid isPermaLink="false">{LIVE}{fake}</guid></item>'.encode(), 1
    )
    site, _, db = crawl_feed(tmp_path, feed)
    expect_rows(db, ARTICLES)
    assert fake not in site.paths()


def test_a_feed_of_ten_thousand_tracked_links_fetches_each_article_once(tmp_path: Path) -> None:
    """The 11 items, then 9,989 more naming the same articles with `utm_` parameters."""
    more = "".join(
        f"<item><title>Tin</title><link>{LINKS[n % len(LINKS)]}?utm_source=rss&amp;"
        f"utm_campaign=c{n}</link></item>"
        for n in range(10_000 - len(LINKS))
    ).encode()
    feed = FEED_BYTES.replace(b"</channel>", more + b"</channel>", 1)
    site, _, db = crawl_feed(tmp_path, feed)
    expect_rows(db, ARTICLES)
    for link in LINKS:
        assert site.paths().count(link.removeprefix(LIVE)) == 1, link


def test_a_feed_whose_items_are_all_copies_of_one_article_stores_its_own_text(
    tmp_path: Path,
) -> None:
    """The feed names A's English version, print view, second page, AMP copy and old slug
    before A itself; each copy's canonical is A. One row for A, its own text."""
    copies = {
        f"{A}?lang=en": english_copy(),
        f"{A}?print=1": print_copy(),
        f"{A}?page=2": english_copy(),
        f"{A}/amp": print_copy(),
        OLD_SLUG: english_copy(),
    }
    items = "".join(
        f"<item><title>Tin</title><link>{LIVE}{path}</link></item>" for path in copies
    ).encode()
    feed = FEED_BYTES.replace(b"<item>", items + b"<item>", 1)
    faults = {path: Fault(body=body) for path, body in copies.items()}
    faults[A] = Fault(stall=1.0)
    site, _, db = crawl_feed(tmp_path, feed, **faults)
    expect_rows(db, ARTICLES)
