"""Upkeep another program does on the database while a crawl writes into it: `VACUUM`,
`REINDEX`, checkpoints that truncate the write-ahead log, an online backup, a `VACUUM INTO`
copy, each again and again for as long as the crawl runs.

The crawl must store every article exactly, once; the file and every copy taken must pass
SQLite's integrity check, and a copy must hold only whole, exact rows.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipelines import db as store
from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity, stored, tinbao
from tests.faults.server import serving

# A crawl of many small commits spread over a few seconds, so the upkeep meets it mid-run.
SLOW = ("DOWNLOAD_DELAY=0.2", "TINBAO_DB_BATCH=1")


@contextmanager
def again_and_again(db: Path, step: Callable[[sqlite3.Connection, int], None]) -> Iterator[list]:
    """Run `step` on its own connection every 0.2 s until the block ends; yields the count of
    rounds done (one of another program's may be refused while the crawl writes: it is tried
    again, as that program would)."""
    done = threading.Event()
    rounds = [0]

    def loop() -> None:
        conn = sqlite3.connect(db, timeout=30, isolation_level=None)
        try:
            while not done.wait(0.2):
                try:
                    step(conn, rounds[0])
                    rounds[0] += 1
                except sqlite3.OperationalError:
                    continue
        finally:
            conn.close()

    worker = threading.Thread(target=loop)
    worker.start()
    try:
        yield rounds
    finally:
        done.set()
        worker.join()


def crawl_beside(tmp_path: Path, step: Callable[[sqlite3.Connection, int], None]) -> Path:
    db = tmp_path / "news.db"
    store.open_db(db).close()
    with serving(MIRROR) as site, again_and_again(db, step) as rounds:
        run = crawl(site, db, settings=SLOW)
    assert run.returncode == 0, run.output
    assert rounds[0] >= 3, rounds  # the upkeep really ran beside the crawl
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    return db


@pytest.mark.parametrize(
    "statement", ["VACUUM", "REINDEX", "PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA optimize"]
)
def test_upkeep_by_another_program_during_a_crawl_costs_nothing(
    tmp_path: Path, statement: str
) -> None:
    crawl_beside(tmp_path, lambda conn, _: conn.execute(statement).fetchall())


def test_online_backups_taken_during_a_crawl_are_sound_and_exact(tmp_path: Path) -> None:
    copies = tmp_path / "copies"
    copies.mkdir()

    def backup(conn: sqlite3.Connection, n: int) -> None:
        target = sqlite3.connect(copies / f"{n}.db")
        conn.backup(target)
        target.close()

    crawl_beside(tmp_path, backup)
    for copy in sorted(copies.iterdir()):
        assert integrity(copy) == "ok", copy
        expect_rows(copy, set(stored(copy)))  # whole rows only, each exact


def test_vacuum_into_copies_taken_during_a_crawl_are_sound_and_readable(tmp_path: Path) -> None:
    copies = tmp_path / "copies"
    copies.mkdir()

    def vacuum_into(conn: sqlite3.Connection, n: int) -> None:
        conn.execute("VACUUM INTO ?", (str(copies / f"{n}.db"),))

    crawl_beside(tmp_path, vacuum_into)
    last = max(copies.iterdir(), key=lambda path: int(path.stem))
    for copy in sorted(copies.iterdir()):
        assert integrity(copy) == "ok", copy
        expect_rows(copy, set(stored(copy)))
    done = tinbao("stats", "--db", str(last))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
