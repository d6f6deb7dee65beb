"""The refresh schedule of stored articles: which ones a run fetches again, and when.

docs/scheduling.md: at start the spider asks the database for articles published within
`TINBAO_REFRESH_WINDOW_DAYS` (7) whose last fetch is older than the latest step of
`TINBAO_REFRESH_AFTER_HOURS` (1 h, 6 h, 24 h, 3 d, 7 d after publishing) they have reached, and
fetches them again; each fetch adds a row to `view_counts`. The schedule is `published_at` and
`fetched_at` of the article row. The summary and the `crawls` row count them as `refreshed`.

The probes crawl the mirror once, then move one row's publish and fetch times (as a crawl
hours or days ago would have left them) and run again.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.crawling import next_second
from tests.faults.harness import ARTICLES, LIVE, MIRROR, article_path, crawl, database_copy
from tests.faults.server import serving

A = article_path("105870")
B = article_path("108765")
VIETNAM = timezone(timedelta(hours=7))
WEEK = ("TINBAO_REFRESH_WINDOW_DAYS=7",)


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("first"))


@pytest.fixture
def db(crawled: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "news.db"
    shutil.copy(crawled, copy)
    return copy


def ago(hours: float) -> str:
    return (datetime.now(VIETNAM) - timedelta(hours=hours)).isoformat(timespec="seconds")


def move_times(db: Path, path: str, published_hours_ago: float, fetched_hours_ago: float):
    """The row of `path` as if published and last fetched that many hours ago."""
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(
                "UPDATE articles SET published_at = ?, fetched_at = ?, last_seen_at = ?"
                " WHERE url = ?",
                (ago(published_hours_ago), ago(fetched_hours_ago), ago(fetched_hours_ago),
                 LIVE + path),
            )  # fmt: skip
    finally:
        conn.close()


def view_rows(db: Path, path: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT count(*) FROM view_counts WHERE url = ?", (LIVE + path,)
        ).fetchone()[0]
    finally:
        conn.close()


def refreshed_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT refreshed FROM crawls ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def run_again(db: Path, *settings: str) -> list[str]:
    """A second run; the article pages it asked for."""
    next_second()
    with serving(MIRROR) as site:
        run = crawl(site, db, settings=settings)
    assert run.returncode == 0, run.output
    return [hit.path for hit in site.hits if hit.path in ARTICLES]


def test_nothing_is_refreshed_right_after_a_crawl(db: Path) -> None:
    assert run_again(db, "TINBAO_REFRESH_WINDOW_DAYS=100000") == []
    assert refreshed_count(db) == 0


def test_an_article_past_its_one_hour_step_is_refreshed_once(db: Path) -> None:
    move_times(db, A, published_hours_ago=2, fetched_hours_ago=1.5)
    before = view_rows(db, A)
    assert run_again(db, *WEEK) == [A]
    assert refreshed_count(db) == 1
    assert view_rows(db, A) == before + 1


def test_an_article_fetched_after_its_latest_step_is_not_refreshed(db: Path) -> None:
    move_times(db, A, published_hours_ago=2, fetched_hours_ago=0.5)
    assert run_again(db, *WEEK) == []
    assert refreshed_count(db) == 0


def test_an_article_past_its_three_day_step_is_refreshed(db: Path) -> None:
    move_times(db, A, published_hours_ago=96, fetched_hours_ago=84)
    move_times(db, B, published_hours_ago=96, fetched_hours_ago=12)
    assert run_again(db, *WEEK) == [A]
    assert refreshed_count(db) == 1


def test_an_article_older_than_the_window_is_not_refreshed(db: Path) -> None:
    move_times(db, A, published_hours_ago=8 * 24, fetched_hours_ago=7.5 * 24)
    assert run_again(db, *WEEK) == []


def test_a_window_of_zero_days_refreshes_nothing(db: Path) -> None:
    move_times(db, A, published_hours_ago=2, fetched_hours_ago=1.5)
    assert run_again(db, "TINBAO_REFRESH_WINDOW_DAYS=0") == []


def test_steps_of_its_own_are_followed(db: Path) -> None:
    move_times(db, A, published_hours_ago=3, fetched_hours_ago=2.5)  # past the 2 h step
    move_times(db, B, published_hours_ago=1.5, fetched_hours_ago=1)  # no step reached yet
    assert run_again(db, *WEEK, "TINBAO_REFRESH_AFTER_HOURS=2,12") == [A]
    assert refreshed_count(db) == 1
