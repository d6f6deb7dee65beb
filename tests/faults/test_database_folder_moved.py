"""The database's folder renamed while a crawl writes it: an operator archiving a month's data
with `mv data data-2026-11` (the database, its `-wal`, `-shm` and lock moving together), and
the same followed at once by `mkdir data` for the next month's runs.

README: a record fetched and parsed is stored, or the run says it was not; docs/reliability.md
(thirty-sixth round): a database moved or renamed during the run keeps what the run committed
until then, whole, under its new name, the run says so (`FAILED`, exit 4) and does not call it
deleted, nothing of the old database stays at the old path, and the next run stores every
article in a new file there. A folder moved is the file moved: the same promises, and the
moved folder holds a sound database that holds those records by itself (its `-wal` and `-shm`
went along with it and are its own, its log played into it already; its lock file may stay,
as after any run), where the run is recorded `failed`, as the run said, not left `running`,
with the figures `tinbao history` shows for it (pages fetched, stored, dropped) and its
extraction health alarms, as a run whose file stayed put has them.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    OCOP,
    Run,
    crawl_changed_midway,
    crawl_mirror,
    expect_rows,
    history_lines,
    holds_only,
    integrity,
)
from tests.faults.test_swapped_links import alone

HELD = {path for path in ARTICLES if path != OCOP}  # what the run committed before the move
# The moved run's end, as `tinbao history` of the moved file shows it.
MOVED_RUN = (
    "#1 baothaibinh failed: 22 pages, 14 new, 0 refreshed, 1 dropped (missing body: 1), "
    "1 errors, {alarms} alarms; failed: 1 records not stored: {db} was moved or renamed during "
    "the run: the records this run stored until then are in that file under its new name, the "
    "rest are not stored (the next run stores them at {db} again)"
)


def runs(db: Path) -> list[tuple[str, bool]]:
    """Each run the database records: its status and whether its end was written."""
    conn = sqlite3.connect(db)
    try:
        query = "SELECT status, finished_at IS NOT NULL FROM crawls ORDER BY id"
        return [(status, bool(ended)) for status, ended in conn.execute(query)]
    finally:
        conn.close()


def says_the_database_moved(run: Run, db: Path) -> None:
    """The run ended `FAILED`, exit 4, with an error line naming `db` that does not call it
    deleted, and no traceback."""
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert run.stdout.startswith("baothaibinh: FAILED: "), run.stdout
    assert "Traceback" not in run.stderr, run.stderr
    errors = [line for line in run.stderr.splitlines() if " ERROR: " in line]
    assert any(str(db) in line for line in errors), run.stderr
    assert not any("deleted" in line for line in errors), errors


def test_a_database_folder_renamed_mid_crawl_keeps_what_it_held_and_the_run_says_so(
    tmp_path: Path,
) -> None:
    data, archive = tmp_path / "data", tmp_path / "data-2026-11"
    data.mkdir()
    db = data / "news.db"
    # No page may be dropped: the one the mirror drops raises an alarm, to be recorded.
    no_drop = "TINBAO_HEALTH_MAX_DROP_RATE=0"
    run = crawl_changed_midway(db, lambda: os.rename(data, archive), no_drop)
    says_the_database_moved(run, db)
    assert not data.exists()
    holds_only(archive, "news.db", ["-wal", "-shm", ".lock"])
    # Before anything opens it (and plays its log into it on closing).
    assert sorted(alone(archive / "news.db", tmp_path / "copy")) == sorted(HELD)
    assert integrity(archive / "news.db") == "ok"
    expect_rows(archive / "news.db", HELD)
    assert runs(archive / "news.db") == [("failed", True)]
    assert history_lines(archive / "news.db") == [
        MOVED_RUN.format(alarms=1, db=db) + "; alarm: kept 94% of articles, below the floor of 100%"
    ]
    data.mkdir()
    again = crawl_mirror(db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    expect_rows(archive / "news.db", HELD)


def test_a_database_folder_replaced_by_an_empty_one_mid_crawl_is_left_empty(
    tmp_path: Path,
) -> None:
    data, archive = tmp_path / "data", tmp_path / "data-2026-11"
    data.mkdir()
    db = data / "news.db"

    def archive_and_start_afresh() -> None:
        os.rename(data, archive)
        data.mkdir()

    run = crawl_changed_midway(db, archive_and_start_afresh)
    says_the_database_moved(run, db)
    assert list(data.iterdir()) == []
    holds_only(archive, "news.db", ["-wal", "-shm", ".lock"])
    # Before anything opens it (and plays its log into it on closing).
    assert sorted(alone(archive / "news.db", tmp_path / "copy")) == sorted(HELD)
    assert integrity(archive / "news.db") == "ok"
    expect_rows(archive / "news.db", HELD)
    assert runs(archive / "news.db") == [("failed", True)]
    assert history_lines(archive / "news.db") == [MOVED_RUN.format(alarms=0, db=db)]
    again = crawl_mirror(db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
