"""`tinbao crawl --log-file` naming a file the crawl keeps for itself, as a slip of tab
completion or a copied cron line does: the database (by its name, or through a symbolic link),
its write-ahead log and its lock file.

`crawl --help` and docs/scheduling.md: `--log-file` appends the run's log to a file; the
database, its `-wal` and `news.db.lock` are the crawl's own. A log written into the database
would corrupt it, into its `-wal` lose what it says at the next checkpoint, into the lock file
be wiped by the next run. A user expects the mistake refused in one line with a non-zero exit
before anything is fetched, the database left exactly as it was (same bytes, sound), and the
same crawl with a log file elsewhere storing everything.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    crawl,
    database_copy,
    expect_rows,
    integrity,
)
from tests.faults.server import serving


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding every article of the mirror, crawled once for the module."""
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def log_target(db: Path, name: str) -> Path:
    """The `--log-file` path for each mistake (a symbolic link is made beside the database)."""
    if name == "database":
        return db
    if name == "link_to_database":
        link = db.parent / "crawl.log"
        os.symlink(db.name, link)
        return link
    if name == "relative_spelling":
        return db.parent / "." / "sub" / ".." / db.name
    return Path(f"{db}{name}")


@pytest.mark.parametrize(
    "name", ["database", "link_to_database", "relative_spelling", "-wal", ".lock"]
)
def test_a_log_file_naming_the_crawls_own_file_is_one_line(
    tmp_path: Path, name: str, crawled: Path
) -> None:
    db = database_copy(crawled, tmp_path)
    (tmp_path / "sub").mkdir()
    before = digest(db)
    log = log_target(db, name)
    with serving(MIRROR) as site:
        run = crawl(site, db, "--log-file", str(log), timeout=60)
        fetched = site.paths()
    assert run.returncode != 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "--log-file" in run.stderr, run.stderr
    assert fetched == []
    assert digest(db) == before
    assert integrity(db) == "ok"
    expect_rows(db, ARTICLES)


def test_a_log_file_beside_the_database_is_written_and_the_crawl_stores_everything(
    tmp_path: Path,
) -> None:
    """The control: a log file in the database's folder under another name is fine."""
    db = tmp_path / "news.db"
    log = tmp_path / "news.db.log"
    with serving(MIRROR) as site:
        run = crawl(site, db, "--log-file", str(log))
    assert run.returncode == 0, run.output
    assert log.is_file()
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
