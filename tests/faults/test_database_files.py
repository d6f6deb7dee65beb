"""The database file as a crawl may find it: written by an older or a newer tinbao, left with
a write-ahead log or a hot rollback journal by a killed writer, read all along by another
program, empty, cut in half, not a file at all; a lock file scribbled over; a crawl stopped by
a closed terminal (SIGHUP) or by an impatient second SIGTERM.

Each test checks the rows exactly, the file's integrity, the exit code and that a refusal is
one line without a traceback.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from crawler.exitcodes import ExitCode
from pipelines import db as store
from pipelines.db.schema import MIGRATION_NAMES, SCHEMA_VERSION, migrations
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    crawl_mirror,
    crawled_copy,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.rows import EXPECTED, crawl_rows, expect_articles
from tests.faults.rows import stored as stored_by_url
from tests.faults.server import serving
from tests.faults.test_runs import stop_midway, wait_for_stored
from tests.test_incremental import crawl_command, tinbao_crawl

OLD_URL = "https://baothaibinh.com.vn/tin-tuc/12/100001/tin-cu-tu-phien-ban-dau"


def one_line_refusal(run, *words: str) -> None:
    assert run.returncode not in (0, ExitCode.INTERRUPTED), run.output
    assert "Traceback" not in run.output
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    for word in words:
        assert word in run.stderr, run.stderr


def test_a_database_from_the_first_release_is_upgraded_by_a_crawl(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    old = sqlite3.connect(db_path)
    old.close()
    from sqlite_utils import Database

    first = Database(db_path)
    migrations.apply(first, stop_before=MIGRATION_NAMES[1])
    first["articles"].insert({"url": OLD_URL, "site": "baothaibinh", "headline": "Tin cũ"})
    first.close()
    run = crawl_mirror(db_path)
    assert run.returncode == 0, run.output
    rows = stored(db_path)
    assert rows.pop(OLD_URL.removeprefix(LIVE))["headline"] == "Tin cũ"
    assert sorted(rows) == sorted(ARTICLES)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert integrity(db_path) == "ok"


def test_a_database_from_a_newer_tinbao_is_refused_untouched(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    store.open_db(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = db_path.read_bytes()
    run = crawl_mirror(db_path)
    one_line_refusal(run, "newer than this tinbao")
    assert db_path.read_bytes() == before


def write_then_die(db_path: Path, script: str) -> None:
    """Run `script` (given `db` and `store`) in another process that ends with os._exit."""
    done = subprocess.run(
        [sys.executable, "-c", f"import os, sys\n{script}\nos._exit(9)", str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 9, done.stderr


def test_committed_rows_left_in_the_write_ahead_log_by_a_killed_writer_are_kept(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "news.db"
    write_then_die(
        db_path,
        "from pipelines import db as store\n"
        "from tests.test_db import make_record\n"
        "db = store.open_db(sys.argv[1])\n"
        "db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        f"store.upsert_articles(db, [make_record({OLD_URL!r})], observed_at=store.now_iso())",
    )
    assert Path(f"{db_path}-wal").stat().st_size > 0
    run = crawl_mirror(db_path)
    assert run.returncode == 0, run.output
    assert sorted(stored(db_path)) == sorted([*ARTICLES, OLD_URL.removeprefix(LIVE)])
    assert integrity(db_path) == "ok"


def test_a_hot_rollback_journal_left_by_a_killed_writer_is_rolled_back(tmp_path: Path) -> None:
    """Another program switched the file to a rollback journal, spilled half a transaction into
    the file and was killed: the journal must be played back, never read past."""
    db_path = tmp_path / "news.db"
    store.open_db(db_path).close()
    write_then_die(
        db_path,
        "import sqlite3\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode = DELETE')\n"
        "conn.execute('PRAGMA cache_size = 1')\n"
        "conn.execute('BEGIN')\n"
        'conn.execute("CREATE TABLE junk (x TEXT)")\n'
        "for i in range(3000):\n"
        "    conn.execute('INSERT INTO junk VALUES (?)', ['x' * 500])\n",
    )
    assert Path(f"{db_path}-journal").exists()
    run = crawl_mirror(db_path)
    assert run.returncode == 0, run.output
    expect_rows(db_path, ARTICLES)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'junk'").fetchall() == []
    conn.close()
    assert integrity(db_path) == "ok"


def test_a_reader_holding_a_transaction_all_along_does_not_stop_the_crawl(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    store.open_db(db_path).close()
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    try:
        run = crawl_mirror(db_path)
        assert reader.execute("SELECT count(*) FROM articles").fetchone() == (0,)  # its snapshot
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert run.returncode == 0, run.output
    expect_rows(db_path, ARTICLES)


def test_an_empty_file_is_an_empty_database(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    db_path.write_bytes(b"")
    run = crawl_mirror(db_path)
    assert run.returncode == 0, run.output
    expect_rows(db_path, ARTICLES)


def test_a_database_cut_in_half_is_one_line(crawled_mirror: Path, tmp_path: Path) -> None:
    db_path = crawled_copy(crawled_mirror, tmp_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    again = crawl_mirror(db_path)
    one_line_refusal(again, str(db_path))


def test_dev_null_as_the_database_is_one_line(tmp_path: Path) -> None:
    run = crawl_mirror(Path("/dev/null"))
    one_line_refusal(run, "/dev/null")


def test_a_lock_file_holding_garbage_does_not_stop_the_crawl(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    Path(f"{db_path}.lock").write_bytes(b"\x00\xffnot a lock\n")
    run = crawl_mirror(db_path)
    assert run.returncode == 0, run.output
    expect_rows(db_path, ARTICLES)


def test_a_closed_terminal_sighup_is_an_interrupted_run(tmp_path: Path) -> None:
    root, db, out, err, code = stop_midway(tmp_path, signal.SIGHUP)
    assert code == ExitCode.INTERRUPTED, out + err
    assert crawl_rows(db) == [("baothaibinh", "interrupted")]
    kept = stored(db)
    assert 3 <= len(kept) < len(EXPECTED)
    run = tinbao_crawl(root, db)
    assert run.returncode == ExitCode.OK, run.stdout + run.stderr
    expect_articles(db)


def test_a_second_sigterm_stops_at_once_and_keeps_what_was_committed(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as mirror:
        slow = ("-s", "DOWNLOAD_DELAY=0.5", "-s", "TINBAO_DB_BATCH=1")
        process = subprocess.Popen(
            crawl_command(db, mirror.base_url, *slow),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_for_stored(db, 3, process)
        process.send_signal(signal.SIGTERM)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=120)
        assert process.returncode not in (0, None), out + err
        assert "Traceback" not in err
        assert crawl_rows(db)[-1][1] != "finished"
        kept = stored_by_url(db)
        assert 3 <= len(kept) < len(EXPECTED)
        for url, row in kept.items():
            assert row == EXPECTED[url]
        with serving(MIRROR) as again:
            run = subprocess.run(
                crawl_command(db, again.base_url), cwd=ROOT, capture_output=True, text=True
            )
    assert run.returncode == ExitCode.OK, run.stdout + run.stderr
    expect_articles(db)
    assert integrity(db) == "ok"
