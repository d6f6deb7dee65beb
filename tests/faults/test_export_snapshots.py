"""`tinbao export` read slowly (a pipe into a program that stops to think, a network copy)
while another program writes the database: rows added, every row's headline and publish time
changed, and a crawl run to its end while the export waits.

README and `export --help`: rows are written as they are read, so memory stays flat;
docs/database.md: WAL mode, so a crawl and a reader use the file at the same time and the
writer never waits for a reader. A user expects an export to be the database as it was when
the export began: every row then stored, each once, with the values it had, and nothing
written later; and the writer to go on as if no export ran.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    crawl_mirror,
    database_copy,
    expect_rows,
    integrity,
)

COPIES = 600  # enough rows that the export fills a pipe nobody reads and waits
SOURCE = LIVE + next(iter(ARTICLES))


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))


def columns(conn: sqlite3.Connection) -> list[str]:
    return [row[1] for row in conn.execute("PRAGMA table_info(articles)") if row[1] != "url"]


def add_copies(conn: sqlite3.Connection, tag: str, count: int) -> None:
    """`count` rows another program wrote, each a copy of one article under its own URL."""
    names = ", ".join(columns(conn))
    for number in range(count):
        conn.execute(
            f"INSERT INTO articles (url, {names}) SELECT url || ?, {names} FROM articles"
            " WHERE url = ?",
            [f"?{tag}={number}", SOURCE],
        )
    conn.commit()


def snapshot(conn: sqlite3.Connection) -> dict[str, tuple]:
    return {
        url: (headline, published_at)
        for url, headline, published_at in conn.execute(
            "SELECT url, headline, published_at FROM articles"
        )
    }


def paused_export(db: Path, *options: str) -> tuple[subprocess.Popen, bytes]:
    """An export whose reader has read its first line and stopped reading; that line."""
    export = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "export", "--db", str(db), *options],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert export.stdout is not None
    first = export.stdout.readline()  # the export has begun; its pipe fills and it waits
    time.sleep(1)
    assert export.poll() is None, "the export ended before anything was written beside it"
    return export, first


def rewrite_everything(conn: sqlite3.Connection) -> float:
    """Every row changed and rows added, in one transaction; how long the commit took."""
    began = time.monotonic()
    conn.execute(
        "UPDATE articles SET headline = 'Đã sửa', published_at = '2030-01-01T00:00:00+07:00'"
    )
    add_copies(conn, "later", 100)
    return time.monotonic() - began


def rest_of(export: subprocess.Popen, first: bytes = b"") -> str:
    """What the export writes after `first`, read through the same buffered pipe (which may
    already hold more than the lines read)."""
    assert export.stdout is not None and export.stderr is not None
    rest = export.stdout.read()
    errors = export.stderr.read()
    assert export.wait(timeout=120) == 0, errors.decode()
    assert b"Traceback" not in errors
    return (first + rest).decode("utf-8")


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_an_export_is_the_database_as_it_began(crawled: Path, tmp_path: Path, form: str) -> None:
    db = database_copy(crawled, tmp_path)
    conn = sqlite3.connect(db)
    add_copies(conn, "copy", COPIES)
    before = snapshot(conn)
    export = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "export", "--format", form, "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert export.stdout is not None
    first = export.stdout.readline()
    if form == "csv":
        first += export.stdout.readline()
    time.sleep(1)
    assert export.poll() is None
    assert rewrite_everything(conn) < 5  # the writer never waited for the export
    conn.close()
    text = rest_of(export, first)
    if form == "csv":
        rows = [
            (r["url"], (r["headline"], r["published_at"]))
            for r in csv.DictReader(io.StringIO(text))
        ]
    else:
        rows = [
            (r["url"], (r["headline"], r["published_at"]))
            for r in map(json.loads, text.splitlines())
        ]
    assert len(rows) == len(before) == len(ARTICLES) + COPIES
    if form == "csv":  # CSV writes NULL as an empty cell
        before = {
            url: tuple("" if v is None else v for v in values) for url, values in before.items()
        }
    assert dict(rows) == before


def test_a_crawl_run_while_an_export_waits_stores_everything(crawled: Path, tmp_path: Path) -> None:
    db = database_copy(crawled, tmp_path)
    conn = sqlite3.connect(db)
    add_copies(conn, "copy", COPIES)
    conn.execute("DELETE FROM articles WHERE url NOT LIKE '%?copy=%'")  # the crawl stores them
    conn.commit()
    conn.close()
    export, first = paused_export(db)
    run = crawl_mirror(db)
    assert run.returncode == 0, run.output
    text = rest_of(export, first)
    urls = [json.loads(line)["url"] for line in text.splitlines()]
    assert len(urls) == len(set(urls)) == COPIES
    assert all("?copy=" in url for url in urls)
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM articles WHERE url LIKE '%?copy=%'")
    conn.commit()
    conn.close()
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
