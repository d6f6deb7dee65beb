"""Storage faults: values SQLite cannot hold, a full disk, a corrupt file. A failed write is
never reported as stored; records already committed stay; a re-run stores the rest."""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from pipelines import db as store
from tests.conftest import ROOT
from tests.faults.corrupt import ARTICLES, corrupt_database, integrity_error
from tests.faults.harness import history_lines, tmpfs
from tests.faults.rows import (
    EXPECTED,
    LIVE,
    crawl_rows,
    expect_articles,
    integrity,
    path_of,
    stored,
)
from tests.test_incremental import article_file, mirror_copy, tinbao_crawl
from tests.test_storage_pipeline import item, make_pipeline

HUGE = "100,000,000,000,000,000,000 lượt xem"


def crawl_stats(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        return json.loads(conn.execute("SELECT stats FROM crawls ORDER BY id DESC").fetchone()[0])
    finally:
        conn.close()


def test_a_view_count_too_large_to_store_costs_only_that_field(tmp_path: Path) -> None:
    """More views than any page has had (and than SQLite holds) is a misread: unreadable."""
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    page = article_file(root, path_of("105870"))
    page.write_text(page.read_text().replace("642 lượt xem", HUGE))
    run = tinbao_crawl(root, db, "-s", "LOG_LEVEL=WARNING")
    assert run.returncode == ExitCode.OK, run.stdout + run.stderr
    assert run.stdout.startswith("baothaibinh: OK; 22 pages, 15 new, ")
    url = LIVE + path_of("105870")
    assert f"{url}: unreadable view count {HUGE!r}" in run.stderr
    others = set(EXPECTED) - {url}
    rows = stored(db)
    assert sorted(rows) == sorted(EXPECTED)
    for other in others:
        assert rows[other] == EXPECTED[other]
    assert rows[url] == {**EXPECTED[url], "views": None, "views_raw": HUGE}
    # This one, and the fixture page whose time reads "Đang cập nhật" (being updated).
    assert crawl_stats(db)["tinbao/unreadable_values"] == 2
    assert crawl_rows(db) == [("baothaibinh", "finished")]
    assert integrity(db) == "ok"


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The test's error records: what a crawl in the same process left of the logging set-up
    (a root logger open to INFO) adds the crawler's own INFO lines to the records."""
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]


def test_a_record_the_database_refuses_costs_that_record_only(tmp_path: Path, caplog) -> None:
    """A value out of SQLite's range that reached storage: the batch is written one by one."""
    pipeline, crawler = make_pipeline(tmp_path, TINBAO_DB_BATCH=3)
    pipeline.process_item(item("https://x.vn/1"))
    pipeline.process_item(
        item("https://x.vn/2", views=2**64, views_raw="18,446,744,073,709,551,616")
    )
    with caplog.at_level(logging.ERROR):
        pipeline.process_item(item("https://x.vn/3"))
    pipeline.close_spider()
    pipeline.spider_closed(None, "finished")
    db = tmp_path / "news.db"
    assert sorted(stored(db)) == ["https://x.vn/1", "https://x.vn/3"]
    assert crawler.stats.get_value("tinbao/storage/not_stored") == 1
    assert crawler.stats.get_value("tinbao/stored/new") == 2
    assert errors(caplog) == [
        "1 records not stored: https://x.vn/2: OverflowError: "
        "Python int too large to convert to SQLite INTEGER"
    ]
    assert crawl_rows(db) == [("baothaibinh", "failed")]
    assert integrity(db) == "ok"


def test_a_full_database_at_the_end_of_run_flush(tmp_path: Path, caplog) -> None:
    """SQLite's own "database or disk is full" (a page limit): the batch is reported lost, the
    run failed; what was committed stays, and the next run stores the rest."""
    db = tmp_path / "news.db"
    body = "Nội dung bài báo về tỉnh Thái Bình. " * 300
    pipeline, crawler = make_pipeline(tmp_path, TINBAO_DB_BATCH=2)
    for i in range(4):
        pipeline.process_item(item(f"https://x.vn/{i}", body=f"{i} {body}"))
    pages = pipeline.db.execute("PRAGMA page_count").fetchone()[0]
    pipeline.db.execute(f"PRAGMA max_page_count = {pages}")
    pipeline.process_item(item("https://x.vn/4", body=f"4 {body}"))
    with caplog.at_level(logging.ERROR):
        pipeline.close_spider()
        pipeline.spider_closed(None, "finished")
    assert sorted(stored(db)) == [f"https://x.vn/{i}" for i in range(4)]
    assert crawler.stats.get_value("tinbao/storage/not_stored") == 1
    assert errors(caplog)[0] == (
        f"1 records not stored: {db}: disk full (database or disk is full); "
        "free space, then run again"
    )
    assert crawl_rows(db) == [("baothaibinh", "failed")]

    pipeline, crawler = make_pipeline(tmp_path)  # space again: a re-run stores the rest
    for i in range(5):
        pipeline.process_item(item(f"https://x.vn/{i}", body=f"{i} {body}"))
    pipeline.close_spider()
    pipeline.spider_closed(None, "finished")
    assert sorted(stored(db)) == [f"https://x.vn/{i}" for i in range(5)]
    assert (
        crawler.stats.get_value("tinbao/stored/new"),
        crawler.stats.get_value("tinbao/stored/unchanged"),
    ) == (1, 4)
    assert crawl_rows(db) == [("baothaibinh", "failed"), ("baothaibinh", "finished")]
    assert integrity(db) == "ok"


@pytest.fixture
def small_filesystem(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "small", "4m") as mount:
        yield mount


def test_disk_full_during_a_crawl(tmp_path: Path, small_filesystem: Path) -> None:
    db = small_filesystem / "news.db"
    store.open_db(db).close()
    free = os.statvfs(small_filesystem)
    filler = small_filesystem / "filler"  # leaves room for the first batches only
    filler.write_bytes(b"\0" * (free.f_bavail * free.f_frsize - 300 * 1024))
    root = mirror_copy(tmp_path)

    run = tinbao_crawl(root, db, "-s", "TINBAO_DB_BATCH=4")
    assert run.returncode == ExitCode.SITE_FAILED, run.stdout + run.stderr
    kept = stored(db)
    assert 0 < len(kept) < len(EXPECTED)
    for url, row in kept.items():  # committed batches stay, exactly as read
        assert row == EXPECTED[url]
    reason = f"{db}: disk full (database or disk is full); free space, then run again"
    assert f"ERROR: 4 records not stored: {reason}" in run.stderr  # the batch that failed
    # The summary counts those and the records that came after (the crawl was stopped).
    lost = int(re.match(r"baothaibinh: FAILED: (\d+) records not stored: ", run.stdout)[1])
    assert 4 <= lost <= len(EXPECTED) - len(kept)
    assert run.stdout.startswith(f"baothaibinh: FAILED: {lost} records not stored: {reason}; ")
    # `failed` if the disk took the status alone; else `running`, and the next run closes it.
    assert crawl_rows(db) in ([("baothaibinh", "failed")], [("baothaibinh", "running")])
    assert integrity(db) == "ok"
    pages = int(re.search(r"; (\d+) pages, ", run.stdout)[1])

    filler.unlink()
    run = tinbao_crawl(root, db, "-s", "TINBAO_DB_BATCH=4")
    assert run.returncode == ExitCode.OK, run.stdout + run.stderr
    assert re.match(rf"baothaibinh: OK; \d+ pages, {len(EXPECTED) - len(kept)} new, ", run.stdout)
    expect_articles(db)
    assert crawl_rows(db) == [("baothaibinh", "failed"), ("baothaibinh", "finished")]
    # The first run's figures, as its summary gave them, where the disk took its end whole;
    # else `history` says none were written, and invents none.
    first = history_lines(db)[1]
    assert first == "#1 baothaibinh failed: figures not written" or first.startswith(
        f"#1 baothaibinh failed: {pages} pages, {len(kept)} new, 0 refreshed, "
    ), first
    assert integrity(db) == "ok"


def tinbao(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_a_corrupt_table_page_is_one_line_naming_the_way_out(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    corrupt_database(db)
    way_out = (
        f"{db} is corrupt (database disk image is malformed); recover what it holds with: "
        f'sqlite3 {db} ".recover" | sqlite3 recovered.db'
    )
    out = tmp_path / "out.jsonl"
    for args in (["export", "-o", str(out)], ["stats"]):
        done = tinbao(*args, "--db", str(db))
        assert (done.returncode, done.stderr) == (ExitCode.ERROR, f"Error: {way_out}\n"), args
        assert done.stdout == ""
    assert 0 < len(out.read_text().splitlines()) < ARTICLES  # it died halfway, and said so

    run = tinbao_crawl(mirror_copy(tmp_path), db)
    assert run.returncode == ExitCode.SITE_FAILED
    assert run.stdout == (
        "baothaibinh: FAILED: finished with 'database_error'; 0 pages, 0 new, 0 refreshed, "
        "0 revisions, 0 known links skipped, 0 dropped, 1 errors\n"
    )
    assert f"ERROR: {way_out}\n" in run.stderr
    assert "Traceback" not in run.stderr
    assert crawl_rows(db) == [("baothaibinh", "failed")]


def corrupt_way_out(db: Path) -> str:
    return (
        f"{db} is corrupt (database disk image is malformed); recover what it holds with: "
        f'sqlite3 {db} ".recover" | sqlite3 recovered.db'
    )


def new_rows(db: Path) -> list[str]:
    """Article rows added after the `ARTICLES` the corrupt file was made with (read through
    the table alone, whose pages are sound when the corrupt page is an index's)."""
    conn = sqlite3.connect(db)
    try:
        return [
            row[0] for row in conn.execute("SELECT url FROM articles WHERE rowid > ?", [ARTICLES])
        ]
    finally:
        conn.close()


def test_a_corrupt_index_page_met_while_storing_fails_the_run_in_one_line(
    tmp_path: Path,
) -> None:
    """The URL index's last page is garbage: the crawl reads its known articles (through the
    site index) and fetches, then the lookup of a fetched article's URL meets the page. That is
    one ERROR line, not a traceback per item; nothing more is written; the run is failed."""
    db = tmp_path / "news.db"
    corrupt_database(db, "sqlite_autoindex_articles_1", -1)
    damage = integrity_error(db)
    run = tinbao_crawl(mirror_copy(tmp_path), db)
    assert run.returncode == ExitCode.SITE_FAILED, run.stdout + run.stderr
    way_out = corrupt_way_out(db)
    summary = re.fullmatch(
        rf"baothaibinh: FAILED: (\d+) records not stored: {re.escape(way_out)}; .*\n", run.stdout
    )
    assert summary, run.stdout
    assert 1 <= int(summary[1]) <= len(EXPECTED)  # those fetched before the crawl stopped
    assert "Traceback" not in run.stderr
    refused = re.findall(rf"ERROR: (\d+) records not stored: {re.escape(way_out)}\n", run.stderr)
    assert len(refused) == 1 and int(refused[0]) <= int(summary[1])
    assert run.stderr.count(way_out) == 2  # that line and the site's verdict
    assert new_rows(db) == []
    assert crawl_rows(db) == [("baothaibinh", "failed")]
    assert integrity_error(db) == damage  # no worse than before


def test_a_corrupt_crawls_table_stops_the_crawl_before_it_fetches(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    corrupt_database(db, "crawls", -1)
    run = tinbao_crawl(mirror_copy(tmp_path), db)
    assert run.returncode == ExitCode.SITE_FAILED, run.stdout + run.stderr
    way_out = corrupt_way_out(db)
    assert run.stdout == (
        f"baothaibinh: FAILED: {way_out}; 0 pages, 0 new, 0 refreshed, 0 revisions, "
        "0 known links skipped, 0 dropped, 0 errors\n"
    )
    assert f"[pipelines.storage] ERROR: {way_out}\n" in run.stderr
    assert "Traceback" not in run.stderr
    assert run.hits == []
    assert new_rows(db) == []
