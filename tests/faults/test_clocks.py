"""Times that cannot be true, or clocks that disagree: a publish time days after the fetch (a
typo in the day), minutes after it (the paper's clock a little fast), a century before the
web; a server `Date` header decades off or unreadable.

A publish time that cannot be true is NULL with its raw text kept and a warning; one a clock
a few minutes fast explains is kept; whatever the server's clock says, `fetched_at` is ours.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity, stored
from tests.faults.server import Fault, serving
from tests.faults.test_pages import PAGE, A

VIETNAM = timezone(timedelta(hours=7))
PRINTED = "Thứ 5, 22/09/2022 | 14:20:06"


def crawl_with(tmp_path: Path, faults: dict[str, Fault]):
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return run, db


def dated(when: datetime) -> tuple[Fault, str]:
    """A's page printing `when` (Vietnam time) as its publish time, and the printed text."""
    raw = f"Thứ 5, {when:%d/%m/%Y | %H:%M:%S}"
    return Fault(body=PAGE.replace(PRINTED, raw).encode()), raw


def test_a_publish_time_three_days_after_the_fetch_is_kept_raw(tmp_path: Path) -> None:
    """A typo in the day puts the article three days ahead: NULL, raw kept, warned."""
    fault, raw = dated(datetime.now(VIETNAM) + timedelta(days=3))
    run, db = crawl_with(tmp_path, {A: fault})
    expect_rows(db, ARTICLES, {A: {"published_at": None, "published_raw": raw}})
    assert "future publish time" in run.stderr


def test_a_publish_time_a_year_after_the_fetch_is_kept_raw(tmp_path: Path) -> None:
    fault, raw = dated(datetime.now(VIETNAM) + timedelta(days=365))
    run, db = crawl_with(tmp_path, {A: fault})
    expect_rows(db, ARTICLES, {A: {"published_at": None, "published_raw": raw}})
    assert "future publish time" in run.stderr


def test_a_publish_time_minutes_after_the_fetch_is_kept(tmp_path: Path) -> None:
    """The paper's clock runs ten minutes fast: a time a fast clock explains is true enough to
    keep (refusing it would lose the newest articles of every fast-clocked paper)."""
    when = (datetime.now(VIETNAM) + timedelta(minutes=10)).replace(microsecond=0)
    fault, raw = dated(when)
    _, db = crawl_with(tmp_path, {A: fault})
    expect_rows(db, ARTICLES, {A: {"published_at": when.isoformat(), "published_raw": raw}})


@pytest.mark.parametrize("year", [1922, 1899])
def test_a_publish_time_before_the_web_is_kept_raw(tmp_path: Path, year: int) -> None:
    """`22/09/1922` for `22/09/2022`: no Vietnamese paper published online then."""
    raw = PRINTED.replace("2022", str(year))
    run, db = crawl_with(tmp_path, {A: Fault(body=PAGE.replace(PRINTED, raw).encode())})
    expect_rows(db, ARTICLES, {A: {"published_at": None, "published_raw": raw}})
    assert A in run.stderr


def fetched_times(db: Path) -> list[datetime]:
    conn = sqlite3.connect(db)
    try:
        values = [row[0] for row in conn.execute("SELECT fetched_at FROM articles")]
    finally:
        conn.close()
    return [datetime.fromisoformat(value) for value in values]


@pytest.mark.parametrize(
    "date",
    ["Mon, 03 Sep 2001 10:00:00 GMT", "Thu, 01 Jan 2099 00:00:00 GMT", "hôm qua", ""],
)
def test_a_server_clock_far_off_changes_no_stored_time(tmp_path: Path, date: str) -> None:
    """Every answer carries a `Date` decades off (or unreadable): every row exact, each
    `fetched_at` our own clock's."""
    faults = {path: Fault(headers={"Date": date}) for path in ARTICLES}
    start = datetime.now(UTC)
    _, db = crawl_with(tmp_path, faults)
    end = datetime.now(UTC)
    expect_rows(db, ARTICLES)
    times = fetched_times(db)
    assert len(times) == len(ARTICLES)
    for when in times:
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        assert start - timedelta(seconds=5) <= when <= end + timedelta(seconds=5), when


def test_a_last_modified_header_in_the_future_changes_nothing(tmp_path: Path) -> None:
    faults = {A: Fault(headers={"Last-Modified": "Thu, 01 Jan 2099 00:00:00 GMT"})}
    _, db = crawl_with(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert stored(db)[A]["published_at"] == "2022-09-22T14:20:06+07:00"
