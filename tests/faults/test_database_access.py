"""A database the crawl cannot write: a filesystem remounted read-only (a disk error, a
snapshot, a container started with its data volume read-only), a write lock another program
holds past the busy timeout, on a file in WAL mode or switched out of it.

The run must fail in one line saying why, exit non-zero, never print OK, request nothing and
leave the file as it was; once the cause is gone a run stores everything.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from pipelines import db as store
from pipelines.db.core import BUSY_TIMEOUT_MS
from tests.faults.harness import tmpfs, write_lock_held
from tests.faults.rows import crawl_rows, expect_articles, integrity
from tests.test_incremental import mirror_copy, tinbao_crawl


@pytest.fixture
def filesystem(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "data", "16m") as mount:
        yield mount


def remount(mount: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount)], check=True)


def test_a_database_on_a_read_only_filesystem_fails_the_run_in_one_line(
    tmp_path: Path, filesystem: Path
) -> None:
    db = filesystem / "news.db"
    store.open_db(db).close()
    root = mirror_copy(tmp_path)
    first = tinbao_crawl(root, db)
    assert first.returncode == ExitCode.OK, first.stdout + first.stderr
    expect_articles(db)
    before = db.read_bytes()

    remount(filesystem, "ro")
    run = tinbao_crawl(root, db)
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout == ""
    assert run.stderr == f"Error: {db} is read-only: its filesystem is mounted read-only\n"
    assert run.hits == []
    assert db.read_bytes() == before

    remount(filesystem, "rw")
    again = tinbao_crawl(root, db)
    assert again.returncode == ExitCode.OK, again.stdout + again.stderr
    expect_articles(db)
    assert crawl_rows(db)[0] == ("baothaibinh", "finished")
    assert integrity(db) == "ok"


def out_of_wal(db: Path) -> None:
    """Switch `db` back to a rollback journal, as another program may (`VACUUM INTO` copies,
    `PRAGMA journal_mode = delete`)."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode = delete").fetchone() == ("delete",)
    conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_a_write_lock_held_past_the_busy_timeout_fails_the_run_in_one_line(
    tmp_path: Path, mode: str
) -> None:
    """`BEGIN IMMEDIATE` held by another program for as long as the crawl runs: longer than
    the busy timeout, whatever the time the crawl takes to start. Out of WAL mode the crawl
    cannot switch the file to it while the lock is held, and waits the timeout out as well."""
    db = tmp_path / "news.db"
    store.open_db(db).close()
    if mode == "delete":
        out_of_wal(db)
    root = mirror_copy(tmp_path)
    with write_lock_held(db, seconds=600):
        started = time.monotonic()
        run = tinbao_crawl(root, db)
        waited = time.monotonic() - started
    assert waited >= BUSY_TIMEOUT_MS / 1000
    why = (
        f"{db}: database is locked (another program held its write lock past the "
        f"{BUSY_TIMEOUT_MS // 1000} s busy timeout); run again once it is done"
    )
    # Met by the run's first write: before the crawl, closing runs left unfinished (a one-line
    # usage error, exit 1), or in the storage pipeline recording the run (the site fails, 4).
    if run.returncode == 1:
        assert (run.stdout, run.stderr) == ("", f"Error: {why}\n")
    else:
        assert run.returncode == ExitCode.SITE_FAILED, run.stdout + run.stderr
        assert run.stdout.startswith(f"baothaibinh: FAILED: {why}; 0 pages, 0 new, ")
        assert f"ERROR: {why}\n" in run.stderr and "Traceback" not in run.stderr
    assert run.hits == []
    again = tinbao_crawl(root, db)
    assert again.returncode == ExitCode.OK, again.stdout + again.stderr
    expect_articles(db)
    assert integrity(db) == "ok"


def test_a_crawl_waits_for_a_write_lock_on_a_file_out_of_wal_mode(tmp_path: Path) -> None:
    """Another program switched the file out of WAL mode and holds its write lock for 3 s: the
    crawl waits for it as it would in WAL mode, then switches the file back and stores every
    article (before: `database is locked (… past the 30 s busy timeout)` at once, exit 1)."""
    db = tmp_path / "news.db"
    store.open_db(db).close()
    out_of_wal(db)
    root = mirror_copy(tmp_path)
    with write_lock_held(db, seconds=3):
        run = tinbao_crawl(root, db)
    assert run.returncode == ExitCode.OK, run.stdout + run.stderr
    expect_articles(db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()
    assert integrity(db) == "ok"
