"""Where articles are found, misbehaving: pagination that never ends, a feed that is broken
XML, a robots.txt that forbids pages (obeyed for every request, and never silently)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from crawler.mirror import FIXTURE_SITES
from crawler.spiders.sites import sitemap_time
from parsers.vietnamese.dates import LOCAL_TZ
from tests.crawling import crawl as registry_crawl
from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    VIDEO,
    crawl,
    crawl_stats,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving
from tests.test_crawl_registry import DBP

THOI_SU = LISTINGS[0]
LISTING = (MIRROR / THOI_SU.strip("/") / "page.html").read_text(encoding="utf-8")
FEED_XML = (MIRROR / FEED.strip("/")).read_text(encoding="utf-8")
# The articles the feed links to, as its <link> elements name them (the video page has no body).
FEED_ARTICLES = {
    line.strip().removeprefix(f"<link>{LIVE}").removesuffix("</link>")
    for line in FEED_XML.splitlines()
    if line.strip().startswith(f"<link>{LIVE}/tin-tuc/")
}


def crawl_faults(tmp_path: Path, faults: dict[str, Fault]):
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert integrity(db) == "ok"
    return site, run, db


def test_a_next_link_that_never_ends_stops_at_the_first_repeated_page(tmp_path: Path) -> None:
    """Every `?page=N` serves page 1's articles again with a link to `?page=N+1` (a calendar or
    a session id in the query does the same): pagination stops at page 2, which lists nothing
    new, instead of walking 58 pages."""
    trap = {
        f"{THOI_SU}?page={n}": Fault(
            body=LISTING.replace(f"{THOI_SU}?page=2", f"{THOI_SU}?page={n + 1}").encode()
        )
        for n in range(2, 60)
    }
    site, run, db = crawl_faults(tmp_path, trap)
    assert run.returncode == 0, run.output
    assert [p for p in site.paths() if p.startswith(f"{THOI_SU}?")] == [f"{THOI_SU}?page=2"]
    assert (
        f"WARNING: {LIVE}{THOI_SU}?page=2: listing page repeats the articles of earlier pages; "
        "pagination stopped\n" in run.stderr
    )
    assert crawl_stats(db)["tinbao/listing/repeated_page"] == 1


def test_pagination_stops_at_a_page_with_no_articles(tmp_path: Path) -> None:
    """Past its last page a listing answers an empty list that still links to a next page."""
    empty = {
        f"{THOI_SU}?page={n}": Fault(
            body=(
                "<html><body><div class='list-news'></div><div class='pagination'>"
                f"<a class='next' href='{THOI_SU}?page={n + 1}'>Trang sau</a></div></body></html>"
            ).encode()
        )
        for n in range(2, 60)
    }
    site, run, db = crawl_faults(tmp_path, empty)
    assert run.returncode == 0, run.output
    assert [p for p in site.paths() if p.startswith(f"{THOI_SU}?")] == [f"{THOI_SU}?page=2"]
    assert "repeats the articles" not in run.stderr  # the end of a list is no fault


def test_a_feed_cut_short_is_reported_and_what_it_holds_is_read(tmp_path: Path) -> None:
    """The feed ends in the middle of its seventh item's title: the six whole items are
    followed, and the run says the feed is broken (items past the cut may be missing)."""
    seventh = [match.start() for match in re.finditer("<item>", FEED_XML)][6]
    cut = FEED_XML.index("<title>", seventh) + len("<title>Khai")
    feed = FEED_XML[:cut]
    assert feed.count("<item>") == 7 and feed.count("</item>") == 6
    site, run, db = crawl_faults(tmp_path, {FEED: Fault(body=feed.encode("utf-8"))})
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)  # the listings link to the rest
    assert (
        f"WARNING: {LIVE}{FEED}: feed is not well-formed XML (Premature end of data in tag "
        in run.stderr
    )
    assert "; 6 links read from what could be parsed\n" in run.stderr
    assert crawl_stats(db)["tinbao/feed/broken"] == 1


def test_an_html_entity_in_a_feed_is_reported_and_every_item_read(tmp_path: Path) -> None:
    """`&nbsp;` is no XML entity: the feed is broken XML, but its 11 items are all read."""
    feed = FEED_XML.replace("<title>Khai mạc", "<title>Khai&nbsp;mạc", 1)
    site, run, db = crawl_faults(tmp_path, {FEED: Fault(body=feed.encode("utf-8"))})
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert (
        f"WARNING: {LIVE}{FEED}: feed is not well-formed XML (Entity 'nbsp' not defined, line "
        in run.stderr
    )
    assert "; 11 links read from what could be parsed\n" in run.stderr


def test_robots_txt_holds_for_every_request_that_waited_for_it(tmp_path: Path) -> None:
    """robots.txt forbids both listings. The feed's request fetches robots.txt while the two
    listings wait for it; Scrapy gave the parsed file to the first waiter only, and the other
    listing was fetched as if there were no robots.txt."""
    robots = f"User-agent: *\nDisallow: {LISTINGS[0]}\nDisallow: {LISTINGS[1]}\n".encode()
    site, run, db = crawl_faults(
        tmp_path, {"/robots.txt": Fault(body=robots, content_type="text/plain")}
    )
    assert run.returncode == 0, run.output
    assert not any(path.startswith(LISTINGS) for path in site.paths())
    expect_rows(db, FEED_ARTICLES - {VIDEO})
    for listing in LISTINGS:
        assert f"WARNING: {site.url(listing)}: not fetched, forbidden by robots.txt\n" in run.stderr
    assert crawl_stats(db)["tinbao/refused/robots_txt"] == 2


def test_robots_txt_forbidding_the_articles_fails_the_run(tmp_path: Path) -> None:
    """`Disallow: /tin-tuc/` forbids every article and listing: obeyed, and the run says so
    (exit 4) instead of `OK; 0 new`."""
    robots = b"User-agent: *\nDisallow: /tin-tuc/\n"
    site, run, db = crawl_faults(
        tmp_path, {"/robots.txt": Fault(body=robots, content_type="text/plain")}
    )
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert site.paths() == ["/robots.txt", FEED]
    assert stored(db) == {}
    why = f"{len(FEED_ARTICLES)} of {len(FEED_ARTICLES)} article fetches failed (robots_txt: 11)"
    assert run.stdout.startswith(f"baothaibinh: FAILED: {why}; "), run.stdout
    for path in FEED_ARTICLES:
        assert f"WARNING: {site.url(path)}: not fetched, forbidden by robots.txt\n" in run.stderr


@pytest.mark.slow
def test_a_feed_dated_1970_never_makes_its_articles_too_old(tmp_path: Path) -> None:
    """A CMS writing a null time stamp dates every item 1 January 1970. With `since`, those
    dates made the run skip every feed item as too old, and the 2024 article only the feed
    links to was never fetched. Dates that cannot be true are ignored (the page's own date
    decides) and reported: the run stores what it stores with the true feed."""
    epoch = re.sub(
        r"<pubDate>[^<]*</pubDate>", "<pubDate>Thu, 01 Jan 1970 00:00:00 +0000</pubDate>", FEED_XML
    )
    true_feed, wrong_feed = tmp_path / "true.db", tmp_path / "wrong.db"
    with serving(MIRROR) as site:
        assert crawl(site, true_feed, "-a", "since=2022-01-01").returncode == 0
    with serving(MIRROR, {FEED: Fault(body=epoch.encode("utf-8"))}) as site:
        run = crawl(site, wrong_feed, "-a", "since=2022-01-01")
    assert run.returncode == 0, run.output
    feed_only = "/tin-tuc/0/109901/khai-mac-tuan-van-hoa-du-lich-thai-binh-nam-2024"
    assert feed_only in stored(true_feed)
    expect_rows(wrong_feed, set(stored(true_feed)))
    assert (
        f"WARNING: {LIVE}{FEED}: 11 feed dates cannot be true (such as 'Thu, 01 Jan 1970 "
        "00:00:00 +0000'); those entries are dated by their pages\n" in run.stderr
    )
    assert crawl_stats(wrong_feed)["tinbao/feed/implausible_date"] == 11


def test_a_sitemap_cut_short_still_gives_its_article_and_is_reported(tmp_path: Path) -> None:
    """Báo Điện Biên Phủ's newest sitemap (the only link to article 213519) ends after its
    first entry and dates it 1970 (unreadable as a publish time, so it decides nothing): with
    `since`, the entry is followed and the broken file reported, through the registry spider."""
    root = tmp_path / "mirror"
    shutil.copytree(FIXTURE_SITES / "baodienbienphu", root)
    sitemap = root / "sitemaps" / "tin-tuc-2024-05.xml"
    text = sitemap.read_text(encoding="utf-8").replace(
        "2024-05-17T07:40:00+07:00", "1970-01-01T00:00:00+00:00"
    )
    sitemap.write_text(text[: text.index("<url>", text.index("</url>")) + 5], encoding="utf-8")
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, "since=2024-05-01", root=root)
    assert run.returncode == 0, run.log[-2000:]
    only_there = DBP + "kinh-te/hop-tac-xa-che-tua-chua-xuat-lo-che-shan-tuyet-dau-tien-213519.htm"
    assert only_there in stored_urls(db)
    live = "https://baodienbienphu.info.vn/sitemaps/tin-tuc-2024-05.xml"
    assert f"{live}: sitemap is not well-formed XML (Premature end of data in tag " in run.log
    assert "; 1 links read from what could be parsed\n" in run.log


@pytest.mark.parametrize("lastmod", ["1970-01-01T00:00:00+00:00", "2099-05-17T07:40:00+07:00"])
def test_a_sitemap_date_that_cannot_be_true_never_makes_its_article_too_old_or_new(
    tmp_path: Path, lastmod: str
) -> None:
    """Báo Điện Biên Phủ's sitemap dates the article only it links to (213519) 1970 (a null
    time stamp) or 2099 (a year typed wrong): with `since` and `to` around May 2024, either
    date would skip the entry. It is ignored and reported, and the page's own date decides."""
    root = tmp_path / "mirror"
    shutil.copytree(FIXTURE_SITES / "baodienbienphu", root)
    sitemap = root / "sitemaps" / "tin-tuc-2024-05.xml"
    text = sitemap.read_text(encoding="utf-8")
    sitemap.write_text(text.replace("2024-05-17T07:40:00+07:00", lastmod), encoding="utf-8")
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, "since=2024-05-01", "to=2024-05-31", root=root)
    assert run.returncode == 0, run.log[-2000:]
    only_there = DBP + "kinh-te/hop-tac-xa-che-tua-chua-xuat-lo-che-shan-tuyet-dau-tien-213519.htm"
    assert only_there in stored_urls(db)
    live = "https://baodienbienphu.info.vn/sitemaps/tin-tuc-2024-05.xml"
    assert (
        f"WARNING: {live}: 1 sitemap dates cannot be true (such as '{lastmod}'); those entries "
        "are dated by their pages\n" in run.log
    )
    assert "sitemap is not well-formed" not in run.log
    assert crawl_stats(db)["tinbao/sitemap/implausible_date"] == 1


def test_a_sitemap_time_is_read_as_written() -> None:
    """However implausible (the crawl judges that), in local time when it names no zone."""
    assert sitemap_time("1970-01-01T00:00:00Z") == datetime(1970, 1, 1, tzinfo=UTC)
    assert sitemap_time("2024-05-17") == datetime(2024, 5, 17, tzinfo=LOCAL_TZ)
    assert sitemap_time("2024-05-17T07:40:00+08:00").utcoffset() == timedelta(hours=8)
    assert sitemap_time("17/05/2024") is None
    assert sitemap_time("") is None


def stored_urls(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {url for (url,) in conn.execute("SELECT url FROM articles")}
    finally:
        conn.close()
