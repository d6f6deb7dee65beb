"""The database file under strain: a FIFO where the file should be, its `-wal`, `-shm` or lock
file's name taken by a folder, the same file reached through a second hard link while a crawl
writes it.

A file the run cannot use is one line and a non-zero exit before anything is fetched, never a
hang or a traceback; one file is crawled by one run, whatever name it is reached by.

The probes of a second run start from a copy of the mirror crawled once for the test process
(`crawled_mirror`), not from a first crawl of their own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    crawl,
    crawled_copy,
    expect_rows,
    integrity,
    tinbao,
)
from tests.faults.server import Fault, serving
from tests.faults.test_pages import A


def one_line(done) -> None:
    assert "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_fifo_for_the_database_is_one_line_for_a_crawl(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    os.mkfifo(db)
    with serving(MIRROR) as site:
        run = crawl(site, db, timeout=60)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr, run.stderr
    assert str(db) in run.stderr or "news.db" in run.stderr
    assert site.paths() == []


@pytest.mark.parametrize("command", ["stats", "export", "search", "history"])
def test_a_fifo_for_the_database_is_one_line_for_a_reader(tmp_path: Path, command: str) -> None:
    db = tmp_path / "news.db"
    os.mkfifo(db)
    words = [command, "--db", str(db)] + (["OCOP"] if command == "search" else [])
    done = tinbao(*words, timeout=60)
    assert done.returncode != 0
    one_line(done)


@pytest.mark.parametrize("suffix", ["-wal", "-shm", ".lock"])
def test_a_folder_in_place_of_a_side_file_is_one_line(
    crawled_mirror: Path, tmp_path: Path, suffix: str
) -> None:
    """A first crawl stores everything; then `news.db-wal` (or `-shm`, or the lock file) is a
    folder: the next run is one line and a non-zero exit, the rows kept, nothing fetched."""
    db = crawled_copy(crawled_mirror, tmp_path)
    with serving(MIRROR) as site:
        for side in ("-wal", "-shm", ".lock"):
            Path(f"{db}{side}").unlink(missing_ok=True)
        Path(f"{db}{suffix}").mkdir()
        before = len(site.paths())
        run = crawl(site, db, timeout=60)
        fetched = site.paths()[before:]
    assert run.returncode != 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert fetched == []
    Path(f"{db}{suffix}").rmdir()
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_second_hard_link_to_a_database_being_crawled_is_refused(tmp_path: Path) -> None:
    """`other.db` is a hard link to `news.db` (a backup script's `cp -l`). A crawl into it
    while one runs into `news.db` is refused in one line naming the links (exit 1), before it
    opens the file: the lock is taken by name, and SQLite keeps a log beside each name."""
    db = tmp_path / "news.db"
    other = tmp_path / "other.db"
    faults = {A: Fault(stall=6)}
    with serving(MIRROR, faults) as site:
        first = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
        first += ["--db", str(db), "-a", f"base_url={site.base_url}"]
        for setting in FAST:
            first += ["-s", setting]
        runner = subprocess.Popen(
            first, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            while A not in site.paths():
                assert runner.poll() is None
                subprocess.run(["sleep", "0.1"])
            os.link(db, other)
            second = crawl(site, other, timeout=60)
        finally:
            out, err = runner.communicate(timeout=90)
    assert runner.returncode == 0, err
    assert second.returncode == 1, second.output
    one_line(second)
    assert "2 names (hard links)" in second.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_database_with_a_second_hard_link_is_crawled_soundly(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    """One crawl into a file that has a second name: it runs, or it says in one line why it
    will not; either way the file stays sound."""
    db = crawled_copy(crawled_mirror, tmp_path)
    with serving(MIRROR) as site:
        os.link(db, tmp_path / "other.db")
        again = crawl(site, db, "-a", "full=1")
    assert "Traceback" not in again.stderr, again.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
