"""A backup restored over the database while a crawl writes it: `mv backup.db news.db` (the
atomic way to put a file back) once the crawl has committed every article but the OCOP one,
which the server holds until then. The backup is an earlier crawl's file of the whole site.

docs/scheduling.md: the lock is per database file; a run keeps storing into the file it
opened and locked, and nothing is written to a file that took its path meanwhile, which the
next run locks and writes. docs/reliability.md: a database that left its path under a run
fails the run (`FAILED`, exit 4) with one line naming it, no traceback. So the restored file is
left byte for byte as it was put back (no record, run, page or health of this run written into
it), nothing else of the run's is left beside it, it reads sound with every article of the
backup, and the run says it failed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    Run,
    crawl_changed_midway,
    database_copy,
    expect_rows,
    integrity,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crawl_rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, status FROM crawls ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def restored(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("restored_over")
    backup = database_copy(crawled_mirror, tmp_path_factory.mktemp("backup"))
    runs_before = crawl_rows(backup)
    staged = folder / "backup.db"
    os.replace(backup, staged)
    put_back = digest(staged)
    db = folder / "news.db"
    run: Run = crawl_changed_midway(db, lambda: os.replace(staged, db))
    return {
        "db": db,
        "run": run,
        "put_back": put_back,
        "digest": digest(db),
        "beside": sorted(path.name for path in folder.iterdir()),
        "runs_before": runs_before,
    }


def test_the_restored_file_is_left_as_it_was_put_back(restored: dict) -> None:
    assert restored["digest"] == restored["put_back"]


def test_nothing_of_the_run_is_left_beside_it(restored: dict) -> None:
    assert set(restored["beside"]) <= {"news.db", "news.db.lock"}, restored["beside"]


def test_it_reads_sound_with_every_article_and_run_of_the_backup(restored: dict) -> None:
    db = restored["db"]
    assert integrity(db) == "ok"
    expect_rows(db, ARTICLES)
    assert crawl_rows(db) == restored["runs_before"]


def test_the_run_says_it_failed_in_one_line(restored: dict) -> None:
    run = restored["run"]
    assert "Traceback" not in run.output, run.output
    assert run.returncode == 4, run.output
    assert "FAILED" in run.output, run.output
