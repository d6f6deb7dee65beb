"""A database kept for years by an hourly cron: 30,000 runs of the site in `crawls` (and
20,000 of two others), each with its Scrapy stats as the crawl writes them, some `failed` or
`interrupted` among them, then the next run and the readers a person uses on it.

README and docs/database.md: one crawl per database, its figures written when it ends;
`tinbao history` lists the runs newest first (`--limit`, 20 by default), `tinbao stats` gives per
site its latest crawl and status. Nothing in the documents bounds how many runs a database may
hold: the next run and the readers must behave as on a young database, in about the same time.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.faults.harness import ARTICLES, MIRROR, SITE, crawl, expect_rows, json_lines, tinbao
from tests.faults.server import serving

ICT = timezone(timedelta(hours=7))
RUNS = 30_000


def stats_of(hour: int) -> str:
    """Stats shaped like a run's: Scrapy's own counters and tinbao's."""
    stats = {
        "downloader/request_count": 40 + hour % 7,
        "downloader/response_count": 40 + hour % 7,
        "downloader/response_status_count/200": 39,
        "response_received_count": 40,
        "item_scraped_count": hour % 5,
        "tinbao/stored/new": hour % 5,
        "tinbao/skipped/known": 120,
        "tinbao/health/stored": hour % 5,
        "tinbao/health/share/body": 1.0,
        "log_count/WARNING": 3,
        "log_count/INFO": 60,
        "finish_reason": "finished",
        "start_time": "2023-01-01 00:00:00",
        "elapsed_time_seconds": 41.5,
        **{f"tinbao/listing/page/{n}": 1 for n in range(40)},
    }
    return json.dumps(stats)


def aged_database(db: Path) -> None:
    """The database of a first crawl, given 30,000 earlier runs of the site and 20,000 of two
    others (written before the first crawl's row, as the years before it)."""
    start = datetime(2023, 1, 1, tzinfo=ICT)
    rows = []
    for hour in range(RUNS):
        began = start + timedelta(hours=hour)
        status = "failed" if hour % 97 == 0 else "interrupted" if hour % 89 == 0 else "finished"
        for spider in (SITE, "baocantho", "baolamdong") if hour < 20_000 else (SITE,):
            rows.append(
                (
                    spider,
                    began.isoformat(timespec="seconds"),
                    (began + timedelta(seconds=42)).isoformat(timespec="seconds"),
                    status,
                    40,
                    hour % 5,
                    stats_of(hour),
                )
            )
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO crawls (spider, started_at, finished_at, status, pages_fetched,"
                " items_new, stats) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    finally:
        conn.close()


def timed(*words: str) -> tuple[float, str]:
    began = time.monotonic()
    done = tinbao(*words, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return time.monotonic() - began, done.stdout


def test_the_next_run_and_the_readers_on_years_of_runs(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        # Only the schema is wanted of this first run: its articles and its row go.
        first = crawl(site, db)
        assert first.returncode == 0, first.output
        conn = sqlite3.connect(db)
        with conn:
            conn.execute("DELETE FROM articles")
            conn.execute("DELETE FROM crawls")
        conn.close()
        aged_database(db)
        began = time.monotonic()
        run = crawl(site, db)
        took = time.monotonic() - began
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)
    assert took < 60, took
    (summary,) = [line for line in run.stdout.splitlines() if line.strip()]
    assert summary.startswith(f"{SITE}: OK; "), summary

    took, out = timed("history", "--limit", "5", "--json", "--db", str(db))
    runs = json_lines(out)
    assert len(runs) == 5 and (runs[0]["status"], runs[0]["new"]) == ("finished", 15), runs[0]
    assert took < 10, took
    took, out = timed("history", "--site", "baocantho", "--limit", "2", "--json", "--db", str(db))
    assert [r["started_at"][:19] for r in json_lines(out)] == [
        (datetime(2023, 1, 1, tzinfo=ICT) + timedelta(hours=h)).isoformat()[:19]
        for h in (19_999, 19_998)
    ], out
    assert took < 10, took
    took, out = timed("stats", "--json", "--db", str(db))
    lines = {line["site"]: line for line in json_lines(out)}
    assert (lines[SITE]["articles"], lines[SITE]["last_crawl_status"]) == (15, "finished")
    assert took < 10, took
