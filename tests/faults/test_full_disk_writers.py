"""Writers other than a crawl's storage on a disk that is full: `tinbao ingest` (the distributed
crawl's one writer) with the workers' records waiting in Redis, `tinbao reparse` with records to
update, and `tinbao crawl --jobdir` on a full disk of its own.

docs/distributed.md: the writer removes items from Redis only once their transaction has
committed, so a writer that cannot commit loses nothing, and a later writer stores it. README:
errors are one line on stderr; docs/database.md: a database that refuses writes (disk full) is
never reported stored, committed work stays, the next run stores the rest. A `--jobdir` is a
help to resume, not the point of the run, as a `--log-file` on a full disk is not: it must
cost no article, or be refused before anything is fetched.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    crawl,
    database_copy,
    expect_rows,
    integrity,
    stored,
    tinbao,
    tmpfs,
)
from tests.faults.server import serving
from tests.faults.test_distributed_crashes import enqueue, finished, ingest, start_worker


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the filesystem of `folder` to its last byte, then give back `leave` bytes."""
    filler = folder / "filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True)
    if leave:
        with filler.open("r+b") as file:
            file.truncate(filler.stat().st_size - leave)
    return filler


def one_error_line(stderr: str) -> str:
    """The one line a failed command prints; no traceback."""
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


def test_a_writer_on_a_full_disk_leaves_the_records_for_the_next_writer(
    redis_db: str, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        db = disk / "news.db"
        with serving(MIRROR) as site:
            enqueue(redis_db, db, site)
            finished(start_worker(redis_db))
        filler = fill(disk)
        refused = ingest(redis_db, db)
        assert refused.returncode == 1, refused.stderr
        assert "disk full" in one_error_line(refused.stderr), refused.stderr
        filler.unlink()
        assert stored(db) == {}  # read once there is room: a reader's -shm needs some too
        done = ingest(redis_db, db)
        assert done.returncode == 0, done.stderr
        expect_rows(db, ARTICLES)
        assert integrity(db) == "ok"


def test_a_reparse_on_a_full_disk_changes_nothing_and_the_next_one_does_it_all(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        db = database_copy(crawled_mirror, disk)
        conn = sqlite3.connect(db)
        with conn:
            conn.execute("UPDATE articles SET category = 'Cũ'")
        conn.close()
        filler = fill(disk, leave=48 * 1024)
        refused = tinbao("reparse", "--db", str(db))
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "disk full" in one_error_line(refused.stderr), refused.stderr
        assert integrity(db) == "ok"
        categories = {row["category"] for row in stored(db).values()}
        assert categories == {"Cũ"}, categories  # one transaction, none of it written
        filler.unlink()
        done = tinbao("reparse", "--db", str(db))
        assert done.returncode == 0, done.stderr
        expect_rows(db, ARTICLES)
        assert integrity(db) == "ok"


def test_a_jobdir_on_a_full_disk_costs_no_article(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with tmpfs(tmp_path / "jobs", "1m") as jobs:
        filler = fill(jobs)
        with serving(MIRROR) as site:
            run = crawl(site, db, "--jobdir", str(jobs))
            assert "Traceback" not in run.stderr, run.stderr
            if run.returncode == 1:  # refused before anything was fetched
                assert str(jobs) in one_error_line(run.stderr), run.stderr
                assert site.hits == [], site.paths()
            else:
                assert run.returncode == 0, run.output
                expect_rows(db, ARTICLES)
            filler.unlink()
            again = crawl(site, db, "--jobdir", str(jobs))
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
