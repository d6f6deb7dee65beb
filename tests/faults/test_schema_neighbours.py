"""What users and their tools add to the project's database: a view over the articles (also
on a first-release file the crawl must upgrade), a trigger keeping an audit table, a table of
notes whose foreign key cascades from the articles, the statistics `ANALYZE` leaves, Datasette-
style `_metadata` tables, a `user_version` set back by hand.

A crawl and every reader still work, store every article once, and leave the user's objects
and their rows as they were.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.db.schema import MIGRATION_NAMES, SCHEMA_VERSION, migrations
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    crawl_mirror,
    database_copy,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.test_pages import A

READERS = [
    ("export", "--format", "jsonl"),
    ("stats",),
    ("search", "Thái Bình"),
    ("history",),
]


def readers_answer(db: Path) -> None:
    for args in READERS:
        done = subprocess.run(
            [sys.executable, "-c", "from crawler.cli import cli; cli()", args[0], "--db", str(db)]
            + list(args[1:]),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, (args, done.stderr)
        assert "Traceback" not in done.stderr


def sql(db: Path, statement: str, *params) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(statement, params).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def script(db: Path, text: str) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.executescript(text)
    finally:
        conn.close()


@pytest.fixture
def crawled(crawled_mirror: Path, tmp_path: Path) -> Path:
    """A copy of the mirror crawled once for the test process: a database a first run filled."""
    return database_copy(crawled_mirror, tmp_path)


def test_a_users_view_over_the_articles_is_kept_and_every_reader_answers(crawled: Path) -> None:
    db = crawled
    script(db, "CREATE VIEW tin_moi AS SELECT url, headline FROM articles;")
    sql(db, "DELETE FROM articles WHERE url = ?", LIVE + A)
    run = crawl_mirror(db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert sql(db, "SELECT count(*) FROM tin_moi") == [(len(ARTICLES),)]
    readers_answer(db)
    assert integrity(db) == "ok"


def test_a_users_view_on_a_first_release_database_survives_the_upgrade(tmp_path: Path) -> None:
    from sqlite_utils import Database

    db = tmp_path / "news.db"
    sqlite3.connect(db).close()
    first = Database(db)
    migrations.apply(first, stop_before=MIGRATION_NAMES[1])
    first.close()
    script(db, "CREATE VIEW tieu_de AS SELECT url, headline FROM articles;")
    run = crawl_mirror(db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert sql(db, "SELECT count(*) FROM tieu_de") == [(len(ARTICLES),)]
    assert sql(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    readers_answer(db)


def test_a_users_audit_trigger_is_kept_and_fires(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    sqlite3.connect(db).close()
    from sqlite_utils import Database

    fresh = Database(db)
    migrations.apply(fresh)
    fresh.close()
    script(
        db,
        "CREATE TABLE nhat_ky (url TEXT, luc TEXT DEFAULT CURRENT_TIMESTAMP);"
        "CREATE TRIGGER ghi_nhat_ky AFTER INSERT ON articles "
        "BEGIN INSERT INTO nhat_ky (url) VALUES (new.url); END;",
    )
    run = crawl_mirror(db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    logged = sorted(url.removeprefix(LIVE) for (url,) in sql(db, "SELECT url FROM nhat_ky"))
    assert logged == sorted(ARTICLES)
    assert sql(
        db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = ?", "ghi_nhat_ky"
    )
    readers_answer(db)


def test_notes_cascading_from_the_articles_survive_a_reparse_and_a_second_crawl(
    crawled: Path,
) -> None:
    script(
        crawled,
        "CREATE TABLE ghi_chu (url TEXT REFERENCES articles(url) ON DELETE CASCADE, note TEXT);"
        "INSERT INTO ghi_chu SELECT url, 'đã đọc' FROM articles;",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from crawler.cli import cli; cli()",
            "reparse",
            "--db",
            str(crawled),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    run = crawl_mirror(crawled)
    assert run.returncode == 0, run.output
    assert sql(crawled, "SELECT count(*) FROM ghi_chu") == [(len(ARTICLES),)]
    expect_rows(crawled, ARTICLES)


def test_statistics_left_by_analyze_do_not_stop_a_crawl_or_a_reader(crawled: Path) -> None:
    script(crawled, "ANALYZE;")
    sql(crawled, "DELETE FROM articles WHERE url = ?", LIVE + A)
    run = crawl_mirror(crawled)
    assert run.returncode == 0, run.output
    expect_rows(crawled, ARTICLES)
    readers_answer(crawled)
    assert sql(crawled, "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") == [(1,)]


def test_datasette_metadata_tables_are_kept(crawled: Path) -> None:
    script(
        crawled,
        "CREATE TABLE _metadata_instance (key TEXT PRIMARY KEY, value TEXT);"
        "INSERT INTO _metadata_instance VALUES ('title', 'Tin Thái Bình');"
        "CREATE TABLE _metadata_resources (database_name TEXT, resource_name TEXT, key TEXT, "
        "value TEXT, PRIMARY KEY (database_name, resource_name, key));"
        "INSERT INTO _metadata_resources VALUES ('news', 'articles', 'title', 'Bài báo');",
    )
    sql(crawled, "DELETE FROM articles WHERE url = ?", LIVE + A)
    run = crawl_mirror(crawled)
    assert run.returncode == 0, run.output
    expect_rows(crawled, ARTICLES)
    readers_answer(crawled)
    assert sql(crawled, "SELECT value FROM _metadata_instance") == [("Tin Thái Bình",)]
    assert sql(crawled, "SELECT value FROM _metadata_resources") == [("Bài báo",)]


def test_a_user_version_set_back_by_hand_is_brought_forward(crawled: Path) -> None:
    sql(crawled, f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    sql(crawled, "DELETE FROM articles WHERE url = ?", LIVE + A)
    run = crawl_mirror(crawled)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.output
    expect_rows(crawled, ARTICLES)
    assert sql(crawled, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    readers_answer(crawled)
    assert len(stored(crawled)) == len(ARTICLES)
