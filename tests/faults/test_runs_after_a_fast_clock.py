"""A run recorded while the machine's clock was a day fast (a virtual machine resumed with its
clock unsynced, NTP stepping it back afterwards), then the next hourly run, made with the clock
right, failing: the site answers nothing. By the clock the failed run started a day before the
good one it follows.

README: `tinbao stats` shows the latest crawl whatever its outcome, `tinbao history` lists the
runs newest first, `tinbao sites` shows each paper's latest run; docs/reliability.md: a failed
run is never silent. The run that ran last is the latest, whatever the clocks wrote: `stats`,
`sites` and `history --limit 1` name the failed run, and `history` lists it first, so a site
that stopped answering is not hidden behind the earlier run's `finished`.
"""

from __future__ import annotations

import socket
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    SITE,
    crawl,
    crawled_copy,
    expect_rows,
    integrity,
    json_lines,
    succeeds,
)


class _Closed:
    """A base URL on which nothing listens: the site down."""

    def __init__(self) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"


def a_day_later(instant: str) -> str:
    return (datetime.fromisoformat(instant) + timedelta(days=1)).isoformat()


@pytest.fixture(scope="module")
def after_the_fast_clock(
    crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str]:
    """The database after the failed run, and when the earlier run says it started."""
    db = crawled_copy(crawled_mirror, tmp_path_factory.mktemp("fast_clock"))
    conn = sqlite3.connect(db)
    try:
        ((started, finished),) = conn.execute("SELECT started_at, finished_at FROM crawls")
        fast = a_day_later(started)
        with conn:
            conn.execute(
                "UPDATE crawls SET started_at = ?, finished_at = ?", (fast, a_day_later(finished))
            )
    finally:
        conn.close()
    run = crawl(_Closed(), db, timeout=90)  # type: ignore[arg-type]
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert run.stdout.startswith(f"{SITE}: FAILED"), run.stdout
    assert "Traceback" not in run.output, run.output
    return db, fast


def test_the_articles_are_kept(after_the_fast_clock) -> None:
    db, _ = after_the_fast_clock
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_history_lists_the_failed_run_first(after_the_fast_clock) -> None:
    db, _ = after_the_fast_clock
    runs = json_lines(succeeds("history", "--json", "--db", str(db)))
    assert [(run["id"], run["status"]) for run in runs] == [(2, "failed"), (1, "finished")]
    (last,) = json_lines(succeeds("history", "--json", "--limit", "1", "--db", str(db)))
    assert (last["id"], last["status"]) == (2, "failed")


def test_stats_and_sites_name_the_failed_run_as_the_latest(after_the_fast_clock) -> None:
    db, fast = after_the_fast_clock
    (site,) = json_lines(succeeds("stats", "--json", "--db", str(db)))
    assert (site["last_crawl_id"], site["last_crawl_status"]) == (2, "failed"), site
    assert site["last_finished_at"] == fast, site
    (paper,) = [
        paper
        for paper in json_lines(succeeds("sites", "--json", "--db", str(db)))
        if paper["key"] == SITE
    ]
    assert (paper["last_crawl_id"], paper["last_crawl_status"]) == (2, "failed"), paper
