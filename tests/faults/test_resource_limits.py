"""Runs under the limits a shared host or a container sets (`ulimit`): few file descriptors,
little address space, a largest file size the database outgrows.

A limit the run fits in changes nothing; one it does not fit in is one clear line and a
non-zero exit, never a traceback and never `OK`; what was committed stays, the file stays
sound, and the next run without the limit stores the rest once.
"""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    crawl,
    crawl_mirror,
    expect_rows,
    history_lines,
    integrity,
)
from tests.faults.server import FaultServer, serving


def limited(kind: int, value: int):
    def apply() -> None:
        resource.setrlimit(kind, (value, value))

    return apply


def limited_crawl(server: FaultServer, db: Path, kind: int, value: int):
    """`tinbao crawl baothaibinh` with the limit `kind` set to `value` (soft and hard)."""
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
    command += ["--db", str(db), "-a", f"base_url={server.base_url}"]
    for setting in FAST:
        command += ["-s", setting]
    return subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limited(kind, value),
    )


def expect_clear_failure(done: subprocess.CompletedProcess) -> None:
    assert done.returncode != 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "OK" not in done.stdout + done.stderr


def test_a_crawl_with_64_file_descriptors_stores_everything(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = limited_crawl(site, db, resource.RLIMIT_NOFILE, 64)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_crawl_out_of_file_descriptors_is_one_line_and_the_next_run_stores_all(
    tmp_path: Path,
) -> None:
    """`ulimit -n 20`: too few for a crawl's connections, database files and workers."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = limited_crawl(site, db, resource.RLIMIT_NOFILE, 20)
        if done.returncode != 0:
            expect_clear_failure(done)
            assert "Too many open files" in done.stderr, done.stderr
        else:
            assert "Traceback" not in done.stderr
        if db.exists():
            assert integrity(db) == "ok"
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)


# `tinbao history` of a run whose batch the limit refused: the pages it fetched, though none of
# its articles could be stored.
REFUSED_RUN = (
    "#1 baothaibinh failed: 22 pages, 0 new, 0 refreshed, 1 dropped (missing body: 1), "
    "1 errors, 0 alarms; failed: 15 records not stored: {db}: disk I/O error; this process may "
    "write no file past 204,800 bytes (ulimit -f): if the database needs more, raise the "
    "limit, then run again"
)


@pytest.mark.parametrize(
    ("kib", "code", "history"),
    [(150, ExitCode.ERROR, []), (200, ExitCode.SITE_FAILED, [REFUSED_RUN])],
    ids=["before-the-schema-is-made", "when-the-batch-is-written"],
)
def test_a_database_that_outgrows_the_file_size_limit_fails_the_run_in_one_line(
    tmp_path: Path, kib: int, code: int, history: list[str]
) -> None:
    """`ulimit -f 150`: the database (and its log) cannot grow past 150 kB, too little for its
    tables; `ulimit -f 200`: the tables are made, the crawl's batch does not fit. SQLite says
    only "disk I/O error": the line names the limit. The run's end fits where its batch did
    not: `tinbao history` shows it with the pages it fetched."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = limited_crawl(site, db, resource.RLIMIT_FSIZE, kib * 1024)
        expect_clear_failure(done)
        assert done.returncode == code, done.stderr
        assert f"this process may write no file past {kib * 1024:,} bytes (ulimit -f)" in (
            done.stderr
        ), done.stderr
        assert integrity(db) == "ok"
        assert article_rows(db) == 0  # the run's one batch refused whole, nothing half stored
        assert history_lines(db) == [line.format(db=db) for line in history]
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def article_rows(db: Path) -> int:
    """The rows of `articles`, 0 where the table was never made."""
    conn = sqlite3.connect(db)
    try:
        made = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone()
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0] if made else 0
    finally:
        conn.close()


# Above the 32 kB of SQLite's shared-memory file (a reader of a WAL database needs it whole),
# below the 34 kB export of the mirror's articles.
OUTPUT_LIMIT = 33 * 1024


def test_an_export_past_the_file_size_limit_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    assert crawl_mirror(db).returncode == 0
    out = tmp_path / "articles.jsonl"
    command = [sys.executable, "-m", "crawler.cli", "export", "--db", str(db), "-o", str(out)]
    done = subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limited(resource.RLIMIT_FSIZE, OUTPUT_LIMIT),
    )
    expect_clear_failure(done)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"Error: cannot write {out}: File too large"]


def test_a_crawl_with_little_address_space_stores_all_or_fails_in_one_line(
    tmp_path: Path,
) -> None:
    """`ulimit -v 512000`: half a gigabyte of address space for the crawl and its threads."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = limited_crawl(site, db, resource.RLIMIT_AS, 512 * 1024 * 1024)
        if done.returncode == 0:
            assert "Traceback" not in done.stderr
            expect_rows(db, ARTICLES)
        else:
            expect_clear_failure(done)
            assert len([line for line in done.stderr.splitlines() if "rror" in line]) == 1
        if db.exists():
            assert integrity(db) == "ok"
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
