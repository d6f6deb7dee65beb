"""Other programs reading the database while a crawl writes it: sqlite-utils in a loop, a
Datasette server, a reader counting rows between batches, and a reader that held a
transaction open long enough for the write-ahead log to grow.

Every read answers (no `database is locked`), sees only whole batches, and counts that never
go back; the log a long read made grow is cut back once the read ends, not kept at its size.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    crawl,
    expect_rows,
    free_port,
    integrity,
)
from tests.faults.server import Fault, FaultServer, serving

BIN = Path(sys.executable).parent


def start_crawl(server: FaultServer, db: Path, *settings: str) -> subprocess.Popen:
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
    command += ["--db", str(db), "-a", f"base_url={server.base_url}"]
    for setting in (*FAST, *settings):
        command += ["-s", setting]
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def slow_site() -> dict[str, Fault]:
    """Every other article answers after 0.4 s, so the crawl writes over a few seconds."""
    return {path: Fault(stall=0.4) for path in list(ARTICLES)[::2]}


def has_articles(db: Path) -> bool:
    if not db.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            conn.execute("SELECT 1 FROM articles LIMIT 1").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return True


def finish(writer: subprocess.Popen) -> None:
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err


def test_sqlite_utils_reading_in_a_loop_never_meets_a_lock(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, slow_site()) as site:
        writer = start_crawl(site, db, "TINBAO_DB_BATCH=1")
        counts = []
        while writer.poll() is None:
            if has_articles(db):
                done = subprocess.run(
                    [
                        str(BIN / "sqlite-utils"),
                        "query",
                        str(db),
                        "select count(*) n from articles",
                    ],
                    capture_output=True,
                    text=True,
                    timeout=60,
                )
                assert done.returncode == 0, done.stderr
                counts.append(json.loads(done.stdout)[0]["n"])
            time.sleep(0.1)
        finish(writer)
    assert counts == sorted(counts)
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_datasette_server_reading_during_a_crawl_answers_every_query(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    port = free_port()
    query = f"http://127.0.0.1:{port}/news.json?sql=select+count(*)+as+n+from+articles&_shape=array"
    with serving(MIRROR, slow_site()) as site:
        writer = start_crawl(site, db, "TINBAO_DB_BATCH=1")
        while not has_articles(db) and writer.poll() is None:
            time.sleep(0.05)
        server = subprocess.Popen(
            [str(BIN / "datasette"), "serve", str(db), "-p", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            counts = []
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(query, timeout=10) as answer:
                        assert answer.status == 200
                        counts.append(json.loads(answer.read())[0]["n"])
                except urllib.error.URLError:
                    if counts:
                        raise
                    time.sleep(0.2)  # not listening yet
                    continue
                if writer.poll() is not None:
                    break
                time.sleep(0.1)
            finish(writer)
            with urllib.request.urlopen(query, timeout=10) as answer:
                counts.append(json.loads(answer.read())[0]["n"])
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert counts == sorted(counts)
    assert counts[-1] == len(ARTICLES)
    assert integrity(db) == "ok"


def test_a_reader_sees_only_whole_batches(tmp_path: Path) -> None:
    """Batches of 5 (and no flush by time): a reader counts 0, 5, 10 or 15 articles, never
    a part of a batch."""
    db = tmp_path / "news.db"
    with serving(MIRROR, slow_site()) as site:
        writer = start_crawl(site, db, "TINBAO_DB_BATCH=5", "TINBAO_DB_FLUSH_SECONDS=600")
        seen = set()
        while writer.poll() is None:
            if has_articles(db):
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
                try:
                    seen.add(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
                finally:
                    conn.close()
            time.sleep(0.02)
        finish(writer)
    assert seen <= {0, 5, 10, 15}, seen
    expect_rows(db, ARTICLES)


def test_a_log_grown_under_a_long_read_is_cut_back_by_the_next_crawl(tmp_path: Path) -> None:
    """A reader holds one transaction while another program writes 24 MB (and removes it
    again): the log cannot be checkpointed past the reader and grows to hold it all. Once the
    read ends (the reader stays connected, as Datasette does), the next crawl must not leave
    the log at that size."""
    db = tmp_path / "news.db"
    wal = Path(f"{db}-wal")
    with serving(MIRROR) as site:
        assert crawl(site, db).returncode == 0
        reader = sqlite3.connect(db, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM articles").fetchone()
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("CREATE TABLE scratch (data BLOB)")
        for _ in range(24):
            other.execute("INSERT INTO scratch VALUES (zeroblob(1048576))")
        other.execute("DROP TABLE scratch")
        other.close()
        assert wal.stat().st_size > 24 * 1024 * 1024
        reader.execute("COMMIT")
        done = crawl(site, db, "-a", "full=1")
        size = wal.stat().st_size if wal.exists() else 0
        reader.close()
    assert done.returncode == 0, done.output
    assert size <= 4 * 1024 * 1024, size
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
