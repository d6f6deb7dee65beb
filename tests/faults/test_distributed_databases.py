"""The distributed crawl's two commands that open the database, `tinbao enqueue` (which reads
the known articles to share them with the workers) and `tinbao ingest` (the writer), given a
database from a newer tinbao, another program's SQLite file (a browser's history) or a text
file: a cron line or a unit pointing at the wrong path.

docs/database.md and docs/scheduling.md: a database that cannot be opened (not SQLite, from a
newer tinbao, another program's) is one `Error:` line, exit 1, the file untouched; tinbao's
other commands already refuse these so. For the distributed crawl that also means nothing
queued by a refused `enqueue`, and nothing taken from Redis by a refused writer: the workers'
records wait for a writer given the right file.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
import redis

from pipelines import db as store
from pipelines.db.schema import SCHEMA_VERSION
from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, MIRROR, expect_rows
from tests.faults.server import serving
from tests.faults.test_distributed_crashes import (
    command,
    enqueue,
    finished,
    ingest,
    start_worker,
)


def newer(db: Path) -> None:
    store.open_db(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def browser_history(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
    conn.execute("INSERT INTO moz_places (url, title) VALUES ('https://vnexpress.net/', 'Tin')")
    conn.execute("PRAGMA user_version = 74")
    conn.commit()
    conn.close()


def text_file(db: Path) -> None:
    db.write_text("đây không phải cơ sở dữ liệu\n", encoding="utf-8")


WRONG = {"newer": newer, "browser-history": browser_history, "text-file": text_file}


def one_line_refusal(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:"), stderr


@pytest.mark.parametrize("wrong", WRONG)
def test_enqueue_on_a_wrong_database_queues_nothing(redis_db: str, tmp_path: Path, wrong) -> None:
    db = tmp_path / "news.db"
    WRONG[wrong](db)
    before = db.read_bytes()
    with serving(MIRROR) as site:
        done = subprocess.run(
            command("enqueue", "--redis", redis_db, "--db", str(db), "baothaibinh",
                    "-a", f"base_url={site.base_url}"),
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    one_line_refusal(done.stderr)
    assert redis.Redis.from_url(redis_db).keys("tinbao:*") == []
    assert db.read_bytes() == before


@pytest.mark.parametrize("wrong", WRONG)
def test_a_writer_on_a_wrong_database_leaves_the_records_waiting(
    redis_db: str, tmp_path: Path, wrong
) -> None:
    good, bad = tmp_path / "news.db", tmp_path / "wrong.db"
    WRONG[wrong](bad)
    before = bad.read_bytes()
    with serving(MIRROR) as site:
        enqueue(redis_db, good, site)
        finished(start_worker(redis_db))
    refused = ingest(redis_db, bad)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    one_line_refusal(refused.stderr)
    assert bad.read_bytes() == before
    done = ingest(redis_db, good)
    assert done.returncode == 0, done.stderr
    expect_rows(good, ARTICLES)
