"""Redirects inside the site that take more than one step or a less common form: a chain of
`301`, `302` and `307`, a `308`, a `Location` relative to the article, a redirect whose own
body is broken gzip, the feed and a listing moved to new paths.

Each lands on a page whose canonical names the article: stored once under the article's own
URL with exactly its values; a moved feed or listing still gives every article.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, serving

A = article_path("105870")
PAGE = (MIRROR / A.strip("/") / "page.html").read_bytes()
MOVED = "/tin-tuc/15/105870/them-38-san-pham-ocop"  # the same article id under a new slug
OFF_PATTERN = "/bai-viet/105870/them-38-san-pham-dat-chuan-ocop-cap-tinh"


def crawl_all(tmp_path: Path, faults: dict[str, Fault]):
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return site, run, db


def moved(status: int, target: str) -> Fault:
    return Fault(status=status, headers={"Location": target}, body=b"")


def test_a_chain_of_301_302_and_307_reaches_the_article(tmp_path: Path) -> None:
    faults = {
        A: moved(301, "/chuyen/1"),
        "/chuyen/1": moved(302, "/chuyen/2"),
        "/chuyen/2": moved(307, MOVED),
        MOVED: Fault(body=PAGE),
    }
    site, run, db = crawl_all(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert site.paths().count(MOVED) == 1


def test_a_308_permanent_redirect_reaches_the_article(tmp_path: Path) -> None:
    site, run, db = crawl_all(tmp_path, {A: moved(308, MOVED), MOVED: Fault(body=PAGE)})
    expect_rows(db, ARTICLES)


def test_a_location_relative_to_the_article_is_read_against_it(tmp_path: Path) -> None:
    """`Location: ban-moi` from `/tin-tuc/15/105870/slug` is `/tin-tuc/15/105870/ban-moi`."""
    target = A.rsplit("/", 1)[0] + "/ban-moi"
    site, run, db = crawl_all(tmp_path, {A: moved(301, "ban-moi"), target: Fault(body=PAGE)})
    expect_rows(db, ARTICLES)
    assert target in site.paths()


def test_a_redirect_whose_body_is_broken_gzip_is_still_followed(tmp_path: Path) -> None:
    """The body of a `301` is never read: broken gzip there costs nothing."""
    broken = gzip.compress(b"<html>Moved</html>" * 50)[:40]
    fault = Fault(
        status=301,
        headers={"Location": MOVED, "Content-Encoding": "gzip"},
        body=broken,
    )
    site, run, db = crawl_all(tmp_path, {A: fault, MOVED: Fault(body=PAGE)})
    expect_rows(db, ARTICLES)


def test_a_feed_moved_to_a_new_path_is_read_there(tmp_path: Path) -> None:
    """The feed answers `301` to `/rss/tin-moi.rss` (the same items): its feed-only article
    is still found."""
    feed = (MIRROR / FEED.strip("/")).read_bytes()
    faults = {
        FEED: moved(301, "/rss/tin-moi.rss"),
        "/rss/tin-moi.rss": Fault(body=feed, content_type="application/rss+xml"),
    }
    site, run, db = crawl_all(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert "/rss/tin-moi.rss" in site.paths()


def test_listings_moved_to_new_paths_are_read_there(tmp_path: Path) -> None:
    faults = {}
    for number, listing in enumerate(LISTINGS):
        page = (MIRROR / listing.strip("/") / "page.html").read_bytes()
        faults[listing] = moved(301, f"/chuyen-muc/{number}")
        faults[f"/chuyen-muc/{number}"] = Fault(body=page)
    site, run, db = crawl_all(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_an_article_moved_off_the_article_pattern_with_its_canonical_back_is_stored(
    tmp_path: Path,
) -> None:
    """A new URL scheme (`/bai-viet/…`) the site's pattern does not know, whose page names the
    article's own URL as its canonical: the article, stored once under its own URL."""
    site, run, db = crawl_all(tmp_path, {A: moved(301, OFF_PATTERN), OFF_PATTERN: Fault(body=PAGE)})
    expect_rows(db, ARTICLES)
