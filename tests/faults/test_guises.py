"""An article in another guise: behind an English anti-bot page, gzipped with no header saying
so, on the paper's mobile or AMP host, under a second address with no canonical; and a crawl
run on a machine set to another time zone.

The article is stored once, exact, under its own URL; what is not the article is dropped with
its true reason.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    LIVE,
    crawl_faults,
    crawl_mirror,
    dropped,
    expect_rows,
)
from tests.faults.server import Fault
from tests.faults.test_feed_shapes import FEED_BYTES, FEED_ONLY
from tests.faults.test_links import add_links
from tests.faults.test_pages import PAGE, A

CLOUDFLARE = (
    "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body>"
    "<h1>Sorry, you have been blocked</h1><h2>Checking your browser before accessing "
    "baothaibinh.com.vn.</h2><p>This process is automatic. Your browser will redirect to your "
    "requested content shortly.</p></body></html>"
)


def test_an_english_anti_bot_page_is_dropped_as_a_bot_check_page(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, {A: Fault(body=CLOUDFLARE.encode())})
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "bot check page"
    assert f"{LIVE}{A}: not stored, bot check page" in run.stderr


def test_a_page_gzipped_without_its_content_encoding_is_read(tmp_path: Path) -> None:
    """A pre-compressed page file served as it is, as `text/html` with no Content-Encoding."""
    fault = Fault(body=gzip.compress(PAGE.encode("utf-8")), content_type="text/html")
    site, run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)


@pytest.mark.parametrize("host", ["m.baothaibinh.com.vn", "amp.baothaibinh.com.vn"])
def test_an_article_linked_only_on_the_papers_mobile_host_is_stored(
    tmp_path: Path, host: str
) -> None:
    """The feed links its only article on the paper's `m.` (or `amp.`) host, which serves the
    same paths: the article is the paper's, stored once under its main host."""
    feed = FEED_BYTES.replace(f"{LIVE}{FEED_ONLY}".encode(), f"https://{host}{FEED_ONLY}".encode())
    assert feed != FEED_BYTES
    site, run, db = crawl_faults(tmp_path, {FEED: Fault(body=feed, content_type="text/xml")})
    expect_rows(db, ARTICLES)
    assert site.paths().count(FEED_ONLY) == 1


def test_one_article_under_a_second_category_path_is_stored_once(tmp_path: Path) -> None:
    """The site serves A (category 15) under category 12 too, with no canonical: the id in
    the path is the same, the article is one."""
    category, article_id, slug = A.strip("/").split("/")[1:4]
    alias = f"/tin-tuc/12/{article_id}/{slug}"
    assert category != "12"
    uncanonical = re.sub(r'<link rel="canonical"[^>]*>', "", PAGE)
    faults = {
        LISTINGS[0]: Fault(edit=add_links([LIVE + alias])),
        alias: Fault(body=uncanonical.encode("utf-8")),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_a_crawl_in_another_time_zone_stores_the_same_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server's clock is set to Los Angeles (or cron runs with another TZ): the times are
    Vietnam's, as written on the pages."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    db = tmp_path / "news.db"
    run = crawl_mirror(db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
