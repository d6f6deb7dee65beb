"""Probes: `--db` naming another program's SQLite file, or a tinbao file missing a table.

A browser's history file or a blog's database is SQLite too, and `--db` is one typo away from
it. docs/database.md: every command's error is one line with exit status 1 for a database that
is not one tinbao can use, and a file from a newer tinbao is refused by its schema number. A
file of another program is neither tinbao's nor a newer tinbao's: it must be refused as such,
left exactly as it was (no tinbao table written into it), and a crawl must fetch nothing.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.faults.harness import (
    MIRROR,
    crawl,
    database_copy,
    integrity,
    tinbao,
)
from tests.faults.server import serving


def _browser_history(path: Path) -> Path:
    """A browser's history file: its own tables and its own schema number (74)."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT);"
        "INSERT INTO moz_places (url, title) VALUES ('https://baothaibinh.com.vn/', 'Báo');"
        "PRAGMA user_version = 74;"
    )
    conn.close()
    return path


def _blog(path: Path) -> Path:
    """A blog engine's database with a table of its own named `articles`, schema number 0."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, content TEXT);"
        "INSERT INTO articles (title, content) VALUES ('Xin chào', 'Bài đầu tiên');"
    )
    conn.close()
    return path


def _one_error_line(done) -> str:
    lines = done.stderr.strip().splitlines()
    assert "Traceback" not in done.stderr, done.stderr
    assert len(lines) == 1, done.stderr
    return lines[0]


def _reader(command: str, db: Path):
    words = {"search": ["search", "xin chào"], "export": ["export", "--format", "jsonl"]}
    return tinbao(*words.get(command, [command]), "--db", str(db))


@pytest.mark.parametrize("command", ["stats", "history"])
def test_another_programs_database_is_not_taken_for_a_newer_tinbao(
    tmp_path: Path, command: str
) -> None:
    db = _browser_history(tmp_path / "places.sqlite")
    before = db.read_bytes()
    done = _reader(command, db)
    line = _one_error_line(done)
    assert done.returncode == 1
    assert "places.sqlite" in line
    assert "newer" not in line, line
    assert db.read_bytes() == before


def test_a_crawl_into_another_programs_database_fetches_nothing(tmp_path: Path) -> None:
    db = _browser_history(tmp_path / "places.sqlite")
    before = db.read_bytes()
    with serving(MIRROR) as site:
        run = crawl(site, db)
    assert run.returncode == 1, run.output
    assert "Traceback" not in run.output
    assert "newer" not in run.stderr, run.stderr
    assert site.paths() == []
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


@pytest.mark.parametrize("command", ["export", "search"])
def test_a_reader_on_a_blog_database_with_its_own_articles_table_is_one_line(
    tmp_path: Path, command: str
) -> None:
    db = _blog(tmp_path / "blog.db")
    before = db.read_bytes()
    done = _reader(command, db)
    line = _one_error_line(done)
    assert done.returncode == 1, done.stdout
    assert "blog.db" in line
    assert done.stdout == ""
    assert db.read_bytes() == before


def test_a_crawl_into_a_blog_database_leaves_its_articles_table_alone(tmp_path: Path) -> None:
    db = _blog(tmp_path / "blog.db")
    with serving(MIRROR) as site:
        run = crawl(site, db)
    assert run.returncode == 1, run.output
    assert "Traceback" not in run.output
    assert site.paths() == []
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = conn.execute("SELECT id, title, content FROM articles").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    assert (tables, rows, version) == (["articles"], [(1, "Xin chào", "Bài đầu tiên")], 0)


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))


def _without(crawled: Path, tmp_path: Path, table: str) -> Path:
    """A copy of the crawled database whose `table` another program dropped."""
    db = tmp_path / "news.db"
    shutil.copy(crawled, db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    assert integrity(db) == "ok"
    return db


def test_history_of_a_database_whose_crawls_table_was_dropped_is_one_line(
    crawled: Path, tmp_path: Path
) -> None:
    db = _without(crawled, tmp_path, "crawls")
    done = tinbao("history", "--db", str(db))
    line = _one_error_line(done)
    assert done.returncode == 1
    assert "crawls" in line, line


def test_stats_of_a_database_whose_crawls_table_was_dropped_is_one_line(
    crawled: Path, tmp_path: Path
) -> None:
    db = _without(crawled, tmp_path, "crawls")
    done = tinbao("stats", "--db", str(db))
    line = _one_error_line(done)
    assert done.returncode == 1
    assert "crawls" in line, line
