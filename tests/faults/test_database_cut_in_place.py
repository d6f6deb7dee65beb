"""The database file emptied in place while a crawl writes it (`: > news.db`, or a mistaken
`tinbao export > news.db` from another terminal): the same file, same inode, its bytes gone,
its `-wal` and `-shm` left beside it.

README: a record fetched and parsed is stored, or the run says it was not (an ERROR line, exit
4, the run `failed`); a failed run never prints OK. A database that held earlier runs has lost
them with its bytes, so a run that goes on writing into it cannot end well: it must say the
file was emptied, in one line naming it, and never print OK. A database the run made itself
holds nothing but what the run wrote: the run may keep every record (exit 0, the file sound
and whole) or say what it lost, never print OK over a damaged file. Either way no traceback.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    OCOP,
    Run,
    crawl_changed_midway,
    crawl_from_terminal,
    database_copy,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving


def seen_since(db: Path, moment: str) -> int:
    """How many articles were fetched again after `moment` (a `last_seen_at`)."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        query = "SELECT count(*) FROM articles WHERE last_seen_at > ?"
        return conn.execute(query, (moment,)).fetchone()[0]
    finally:
        conn.close()


def says_the_file_was_emptied(run: Run, db: Path) -> None:
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert run.stdout.startswith("baothaibinh: FAILED: "), run.stdout
    assert "Traceback" not in run.stderr, run.stderr
    errors = [line for line in run.stderr.splitlines() if " ERROR: " in line]
    assert any(str(db) in line for line in errors), run.stderr


def test_a_database_of_earlier_runs_emptied_mid_crawl_fails_the_run(
    tmp_path: Path, crawled_mirror: Path
) -> None:
    db = database_copy(crawled_mirror, tmp_path)
    latest = max(row["last_seen_at"] for row in stored(db).values())
    hold = Fault(stall=60)
    with serving(MIRROR, {OCOP: hold}) as site:
        process = crawl_from_terminal(site, db, options=("-a", "full=1"))
        try:
            deadline = time.monotonic() + 60
            while seen_since(db, latest) < len(ARTICLES) - 1:
                assert time.monotonic() < deadline and process.poll() is None, "not re-fetched"
                time.sleep(0.05)
            os.truncate(db, 0)
        finally:
            hold.release()
            out, err = process.communicate(timeout=120)
    says_the_file_was_emptied(Run(process.returncode, out, err), db)


def test_a_database_made_by_the_run_and_emptied_mid_crawl_is_kept_whole_or_the_run_fails(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    run = crawl_changed_midway(db, lambda: os.truncate(db, 0))
    assert "Traceback" not in run.stderr, run.stderr
    if run.returncode == 0:
        assert integrity(db) == "ok"
        assert sorted(stored(db)) == sorted(ARTICLES)
    else:
        says_the_file_was_emptied(run, db)
