"""Dates and the machine's own clock and zone: a date line that prints no year, a `TZ` that is
empty or names no zone, and a clock that went back between two runs (the previous run's times
are ahead of the machine's now).

Nothing is invented: a date without its year is NULL with its raw text; whatever the
process's zone, every time tinbao writes is in Vietnam's offset; a run whose clock is behind
the last run's still stores what is new, once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    article_path,
    crawl,
    crawl_mirror,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving

A = article_path("105870")
DATE_LINE = "Thứ 5, 22/09/2022 | 14:20:06"
TIME_COLUMNS = {
    "articles": ("published_at", "fetched_at", "first_seen_at", "last_seen_at"),
    "crawls": ("started_at", "finished_at"),
}


def test_a_date_line_without_its_year_is_null_with_its_raw_text(tmp_path: Path) -> None:
    yearless = "Thứ 5, 22/09 | 14:20:06"
    fault = Fault(edit=lambda page: page.replace(DATE_LINE.encode(), yearless.encode()))
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: fault}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    changed = {A: {"published_at": None, "published_raw": yearless}}
    expect_rows(db, ARTICLES, changed)
    assert f"{A}: unreadable publish time '{yearless}'" in run.stderr


def own_times(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [
            value
            for table, columns in TIME_COLUMNS.items()
            for column in columns
            for (value,) in conn.execute(f"SELECT {column} FROM {table}")
            if value is not None
        ]
    finally:
        conn.close()


@pytest.mark.parametrize("zone", ["", "Nowhere/Bogus", ":/no/such/zoneinfo"])
def test_a_tz_that_names_no_zone_keeps_every_time_in_vietnam(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    """glibc reads such a `TZ` as UTC: the stored times must still carry +07:00, and the
    dates read from pages are the ones a reader in Vietnam sees."""
    monkeypatch.setenv("TZ", zone)
    db = tmp_path / "news.db"
    run = crawl_mirror(db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    times = own_times(db)
    assert times and all(value.endswith("+07:00") for value in times), times
    assert integrity(db) == "ok"


def test_a_clock_that_went_back_between_runs_still_stores_what_is_new(tmp_path: Path) -> None:
    """Run 1 cannot fetch article A; then every time it wrote is moved a day ahead, as if the
    machine's clock went back a day before run 2: run 2 stores A, once, and the rest stay."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: Fault(status=404, body=b"")}) as site:
        first = crawl(site, db)
    assert first.returncode == 0, first.output
    expect_rows(db, set(ARTICLES) - {A})
    conn = sqlite3.connect(db)
    with conn:
        for table, columns in TIME_COLUMNS.items():
            for column in columns:
                if column != "published_at":  # the page's own time, not the machine's
                    conn.execute(
                        f"UPDATE {table} SET {column} = strftime('%Y-%m-%dT%H:%M:%S+07:00', "
                        f"substr({column}, 1, 19), '+1 day') WHERE {column} IS NOT NULL"
                    )
    conn.close()
    with serving(MIRROR) as site:
        again = crawl(site, db)
        fetched_again = site.paths()
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert fetched_again.count(A) == 1
    assert len(stored(db)) == len(ARTICLES)
    assert integrity(db) == "ok"
