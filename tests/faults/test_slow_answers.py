"""Hosts that answer slowly but within the time allowed: an article, the feed and robots.txt sent
a hundred bytes at a time, an article whose headers come late, one that pauses half way through
its body, and one that stalls past the timeout on its first try only.

A slow regional host is common; a user expects every article it does send in time to be stored
exactly, once, and a page lost to one stall to be fetched again within the run (a retry).
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    FEED,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, FaultServer, serving

A = article_path("105870")
B = article_path("104560")


def run(tmp_path: Path, faults: dict[str, Fault], *settings: str) -> FaultServer:
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        done = crawl(site, db, settings=settings)
    assert done.returncode == 0, done.output
    assert integrity(db) == "ok"
    expect_rows(db, ARTICLES)
    return site


def test_an_article_sent_a_hundred_bytes_at_a_time_is_stored_exactly(tmp_path: Path) -> None:
    site = run(tmp_path, {A: Fault(drip=0.01)})
    assert site.paths().count(A) == 1


def test_a_feed_sent_a_hundred_bytes_at_a_time_is_read_whole(tmp_path: Path) -> None:
    site = run(tmp_path, {FEED: Fault(drip=0.01)})
    assert site.paths().count(FEED) == 1


def test_a_robots_txt_sent_slowly_is_read_first_and_the_crawl_goes_on(
    tmp_path: Path,
) -> None:
    site = run(tmp_path, {"/robots.txt": Fault(drip=0.2)})
    assert site.paths()[0] == "/robots.txt"


def test_articles_whose_headers_come_late_but_in_time_are_stored(tmp_path: Path) -> None:
    site = run(tmp_path, {A: Fault(stall=2), B: Fault(stall=2)}, "DOWNLOAD_TIMEOUT=6")
    assert (site.paths().count(A), site.paths().count(B)) == (1, 1)


def test_an_article_pausing_half_way_within_the_timeout_is_stored_whole(tmp_path: Path) -> None:
    site = run(tmp_path, {A: Fault(stall=2, stall_at=4000)}, "DOWNLOAD_TIMEOUT=6")
    assert site.paths().count(A) == 1


def test_an_article_stalled_past_the_timeout_once_is_stored_by_the_retry(tmp_path: Path) -> None:
    site = run(tmp_path, {A: Fault(stall=4, stall_at=4000, times=1)}, "DOWNLOAD_TIMEOUT=2")
    assert site.paths().count(A) == 2
