"""Backfills (`-a from=… -a to=…`) over windows people give: one day, a day that does not exist,
a day to come, a window before the site's archive began, a day that fails in a window of
good ones, an article printed half an hour after midnight, the same window twice.

README: a site whose profile declares a by-date archive is walked one day at a time taking only
that day's entries; articles published after `to` are skipped; a bad spider argument is one
`error:` line and exit 2 before anything is fetched. Days are Vietnamese days (+07:00). The
mirror's archive runs from 17/05/2024 to 04/06/2024 and lists two articles: `109512` on
18/05/2024 and `109650` on 03/06/2024.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.faults.harness import (
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    integrity,
    mirror_copy,
    stored,
)
from tests.faults.server import Fault, serving

ARCHIVE = "/xem-tin-theo-ngay/"
MAY_18 = article_path("109512")
JUNE_3 = article_path("109650")


def archive_days(paths: list[str]) -> list[str]:
    return sorted({path.removeprefix(ARCHIVE) for path in paths if path.startswith(ARCHIVE)})


def backfill(site, db: Path, start: str, end: str | None = None):
    words = ["-a", f"from={start}"] + (["-a", f"to={end}"] if end else [])
    return crawl(site, db, *words)


def test_a_backfill_of_one_day_stores_that_days_article_only(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = backfill(site, db, "2024-05-18", "2024-05-18")
    assert run.returncode == 0, run.output
    expect_rows(db, [MAY_18])
    assert archive_days(site.paths()) == ["18-05-2024"]


@pytest.mark.parametrize("start", ["2024-02-30", "2999-01-01"])
def test_a_day_that_cannot_start_a_backfill_is_refused_before_fetching(
    tmp_path: Path, start: str
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = backfill(site, db, start)
    assert run.returncode == 2, run.output
    assert site.hits == []
    assert "Traceback" not in run.output
    assert start in run.stderr


def test_a_day_that_fails_costs_that_day_only_and_is_named(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, {ARCHIVE + "03-06-2024": Fault(status=500, body=b"loi")}) as site:
        run = backfill(site, db, "2024-05-17", "2024-06-04")
        assert run.returncode == 0, run.output
        expect_rows(db, [MAY_18])
        assert any("03-06-2024" in line for line in run.stderr.splitlines()), run.stderr
        site.faults.clear()
        again = backfill(site, db, "2024-05-17", "2024-06-04")
    assert again.returncode == 0, again.output
    expect_rows(db, [MAY_18, JUNE_3])


def test_an_article_half_an_hour_after_midnight_belongs_to_its_vietnamese_day(
    tmp_path: Path,
) -> None:
    root = mirror_copy(tmp_path)
    page = root / MAY_18.lstrip("/") / "page.html"
    html = page.read_text(encoding="utf-8")
    assert html.count("18/05/2024 | 21:04:59") == 1
    page.write_text(html.replace("18/05/2024 | 21:04:59", "18/05/2024 | 00:30:00"), "utf-8")
    db = tmp_path / "news.db"
    with serving(root) as site:
        run = backfill(site, db, "2024-05-18", "2024-05-18")
    assert run.returncode == 0, run.output
    rows = stored(db)
    assert sorted(rows) == [MAY_18]
    assert rows[MAY_18]["published_at"] == "2024-05-18T00:30:00+07:00"
    assert rows[MAY_18]["published_raw"] == "Thứ 7, 18/05/2024 | 00:30:00"


def test_a_window_before_the_archive_began_stores_nothing_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = backfill(site, db, "1999-01-01", "1999-01-03")
    assert run.returncode == 4, run.output
    assert "FAILED" in run.stdout
    assert integrity(db) == "ok"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        assert conn.execute("SELECT status FROM crawls").fetchall() == [("failed",)]
    finally:
        conn.close()


def test_the_same_window_twice_fetches_no_article_again(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        first = backfill(site, db, "2024-05-17", "2024-06-04")
        assert first.returncode == 0, first.output
        site.hits.clear()
        second = backfill(site, db, "2024-05-17", "2024-06-04")
    assert second.returncode == 0, second.output
    expect_rows(db, [MAY_18, JUNE_3])
    assert [p for p in site.paths() if p.startswith("/tin-tuc/") and p.count("/") >= 4] == []
