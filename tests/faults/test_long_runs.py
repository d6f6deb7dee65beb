"""Runs that last: a crawl across midnight in Vietnam, the lock file removed under a run (a
cleaner of old files) while a second run starts, the log file rotated or deleted under a run.

A run keeps one row in `crawls` from start to end and dates each record by its own fetch; one
crawl per database however its lock file is treated; a run whose log is moved away still
stores everything and ends as it would.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from crawler.exitcodes import ExitCode
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    FEED,
    LISTINGS,
    MIRROR,
    SITE,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, serving

# The crawl's clock set to ten seconds before midnight in Vietnam once its modules are imported
# (under load the imports alone took longer than the margin), ticking on from there.
MIDNIGHT = datetime(2026, 1, 1, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
TRAVEL = (
    "import sys, datetime, time_machine\n"
    "from zoneinfo import ZoneInfo\n"
    "import crawler.cli.crawl, scrapy.crawler\n"
    "from crawler.cli import cli\n"
    "start = datetime.datetime(2025, 12, 31, 23, 59, 50, tzinfo=ZoneInfo('Asia/Ho_Chi_Minh'))\n"
    "sys.argv[0] = 'tinbao'\n"
    "with time_machine.travel(start, tick=True):\n"
    "    cli()\n"
)


def crawl_words(base_url: str, db: Path, *extra: str, code: str | None = None) -> list[str]:
    words = [sys.executable, "-c", code or "from crawler.cli import cli; cli()"]
    words += ["crawl", SITE, "--db", str(db), "-a", f"base_url={base_url}", *extra]
    for setting in FAST:
        words += ["-s", setting]
    return words


def slow_discovery(seconds: float) -> dict[str, Fault]:
    return {path: Fault(stall=seconds) for path in (FEED, *LISTINGS)}


def test_a_crawl_across_midnight_keeps_one_run_and_dates_each_record(tmp_path: Path) -> None:
    """Discovery is held until the crawl's clock has passed midnight: the run starts on 31
    December and fetches its articles on 1 January, however slow the machine."""
    db = tmp_path / "news.db"
    held = slow_discovery(120)
    with serving(MIRROR, held) as site:
        crawling = subprocess.Popen(
            crawl_words(site.base_url, db, code=TRAVEL),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for(lambda: run_started(db) is not None, seconds=60)
            seen = time.monotonic()
            left = (MIDNIGHT - run_started(db)).total_seconds()
            wait_for(lambda: time.monotonic() - seen > left + 1, seconds=max(left, 0) + 30)
        finally:
            for fault in held.values():
                fault.release()
        out, err = crawling.communicate(timeout=120)
    assert crawling.returncode == 0, err
    expect_rows(db, ARTICLES)
    conn = sqlite3.connect(db)
    runs = conn.execute("SELECT started_at, finished_at, status FROM crawls").fetchall()
    fetched = [row[0] for row in conn.execute("SELECT fetched_at FROM articles")]
    conn.close()
    assert len(runs) == 1, runs
    started, finished, status = runs[0]
    assert status == "finished"
    assert started.startswith("2025-12-31T23:59:5"), started
    assert finished.startswith("2026-01-01T00:00:"), finished
    assert all(value.startswith("2026-01-01T00:00:") for value in fetched), fetched


def run_started(db: Path) -> datetime | None:
    """When the crawl's run began, by its own clock, once its `crawls` row is written."""
    if not db.exists():
        return None
    conn = sqlite3.connect(db, timeout=30)
    try:
        row = conn.execute("SELECT started_at FROM crawls").fetchone()
    except sqlite3.OperationalError:
        return None  # the schema is not there yet
    finally:
        conn.close()
    return datetime.fromisoformat(row[0]) if row else None


def wait_for(condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_lock_file_removed_under_a_run_still_keeps_a_second_run_out(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    lock = tmp_path / "news.db.lock"
    # Discovery held until the second run has ended: a fixed stall let a loaded machine end the
    # first run before the second one started.
    held = slow_discovery(120)
    with serving(MIRROR, held) as site:
        first = subprocess.Popen(
            crawl_words(site.base_url, db), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        try:
            wait_for(lambda: site.hits)
            assert lock.exists()
            lock.unlink()
            second = subprocess.run(
                crawl_words(site.base_url, db), cwd=ROOT, capture_output=True, text=True, timeout=60
            )
        finally:
            for fault in held.values():
                fault.release()
        first.communicate(timeout=120)
    assert second.returncode == ExitCode.LOCKED, second.stderr
    assert "its lock file" in second.stderr and "was removed" in second.stderr
    assert first.returncode == 0
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_log_file_rotated_under_a_run_loses_no_line(tmp_path: Path) -> None:
    """logrotate without `copytruncate`: the file is renamed and a new one created."""
    db = tmp_path / "news.db"
    log = tmp_path / "tinbao.log"
    with serving(MIRROR, slow_discovery(2)) as site:
        words = crawl_words(site.base_url, db, "--log-file", str(log))
        words[words.index("LOG_LEVEL=WARNING")] = "LOG_LEVEL=INFO"
        crawler = subprocess.Popen(words, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wait_for(lambda: log.exists() and log.stat().st_size > 0)
        os.rename(log, tmp_path / "tinbao.log.1")
        log.touch()
        out, err = crawler.communicate(timeout=120)
    assert crawler.returncode == 0, err.decode()
    expect_rows(db, ARTICLES)
    text = (tmp_path / "tinbao.log.1").read_text(encoding="utf-8") + log.read_text(encoding="utf-8")
    assert "Traceback" not in text
    assert "OK" in text or "OK" in out.decode(), (text[-2000:], out.decode())


def test_a_log_file_deleted_under_a_run_does_not_stop_it(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    log = tmp_path / "tinbao.log"
    with serving(MIRROR, slow_discovery(2)) as site:
        crawler = subprocess.Popen(
            crawl_words(site.base_url, db, "--log-file", str(log)),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        wait_for(lambda: log.exists())
        log.unlink()
        out, err = crawler.communicate(timeout=120)
    assert crawler.returncode == 0, err.decode()
    assert b"Traceback" not in err
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
