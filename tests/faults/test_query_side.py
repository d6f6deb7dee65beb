"""The database as its readers meet it: `tinbao export`, `search`, `stats` and `history` run
while a crawl writes, on a file on a read-only disk, on a database from the first release, on
rows another program wrote by hand with values tinbao never writes, and on a search index out
of step with its table.

A reader never fails on a value it did not write, never prints a traceback, never changes the
file; what it prints is what is committed, each row once.

The probes of a crawled file start from a copy of the mirror crawled once for the test process
(`crawled_mirror`), not from a first crawl of their own.
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

from pipelines import db as store
from pipelines.db.schema import MIGRATION_NAMES, migrations
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    crawl_mirror,
    crawled_copy,
    expect_rows,
    expected_records,
    integrity,
    tinbao,
    tmpfs,
)
from tests.faults.server import Fault, serving
from tests.faults.test_pages import A, B

HAND_URL = "https://baothaibinh.com.vn/tin-tuc/12/300001/bai-viet-tay"


def exported(db: Path) -> list[dict]:
    done = tinbao("export", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_readers_while_a_crawl_writes_print_each_committed_row_once(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    faults = {path: Fault(stall=0.4) for path in list(ARTICLES)[::2]}
    with serving(MIRROR, faults) as site:
        words = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", "baothaibinh"]
        words += ["--db", str(db), "-a", f"base_url={site.base_url}", "-s", "TINBAO_DB_BATCH=1"]
        words += ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0"]
        writer = subprocess.Popen(words, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        seen = []
        while writer.poll() is None:
            if db.exists():
                for command in (("export",), ("search", "Thái Bình"), ("stats",), ("history",)):
                    done = tinbao(*command, "--db", str(db))
                    assert "Traceback" not in done.stderr, done.stderr
                    assert done.returncode == 0, (command, done.stderr)
                    if command == ("export",):
                        urls = [json.loads(line)["url"] for line in done.stdout.splitlines()]
                        assert len(urls) == len(set(urls))
                        seen.append(len(urls))
            time.sleep(0.2)
        writer.communicate(timeout=120)
    assert writer.returncode == 0
    assert seen == sorted(seen)
    expect_rows(db, ARTICLES)


@pytest.mark.parametrize(
    "command", [("export",), ("export", "--format", "csv"), ("stats",), ("search", "OCOP")]
)
def test_readers_of_a_database_on_a_read_only_disk_print_everything(
    crawled_mirror: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """A snapshot or a backup mounted read-only, queried where it lies."""
    with tmpfs(tmp_path / "ro", "8m") as ro:
        db = crawled_copy(crawled_mirror, ro)
        subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
        done = tinbao(*command, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    if command == ("export",):
        assert len(done.stdout.splitlines()) == len(ARTICLES)


@pytest.mark.parametrize("command", [("export",), ("stats",), ("search", "Tin cũ"), ("history",)])
def test_readers_of_a_first_release_database_upgrade_it_and_answer(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """An older database is upgraded in place by whichever command opens it first."""
    from sqlite_utils import Database

    db = tmp_path / "news.db"
    sqlite3.connect(db).close()
    first = Database(db)
    migrations.apply(first, stop_before=MIGRATION_NAMES[1])
    first["articles"].insert({"url": HAND_URL, "site": "baothaibinh", "headline": "Tin cũ"})
    first.close()
    done = tinbao(*command, "--db", str(db))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    if command == ("export",):
        assert [json.loads(line)["url"] for line in done.stdout.splitlines()] == [HAND_URL]
    assert integrity(db) == "ok"


BAD_VALUES = {
    "url": HAND_URL,
    "site": "baothaibinh",
    "headline": "Bài viết nhập tay",
    "published_at": "hôm qua",
    "views": "nhiều",
    "authors": "Nguyễn Văn A",  # not JSON
    "tags": "[",  # broken JSON
    "images": '{"src": "x.jpg"}',  # JSON, but no list
    "body": None,
}


def add_hand_row(db: Path, values: dict) -> None:
    conn = sqlite3.connect(db)
    names = ", ".join(values)
    conn.execute(
        f"INSERT INTO articles ({names}) VALUES ({', '.join('?' * len(values))})",
        list(values.values()),
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "command",
    [
        ("export",),
        ("export", "--format", "csv"),
        ("stats",),
        ("search", "nhập tay"),
        ("history",),
    ],
)
def test_a_row_written_by_hand_with_bad_values_does_not_break_a_reader(
    crawled_mirror: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    db = crawled_copy(crawled_mirror, tmp_path)
    add_hand_row(db, BAD_VALUES)
    done = tinbao(*command, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    if command[0] == "export":
        assert HAND_URL in done.stdout
        if command[-1] == "csv":
            lines = list(csv.DictReader(io.StringIO(done.stdout)))
        else:
            lines = done.stdout.splitlines()
        assert len(lines) == len(ARTICLES) + 1


def test_a_crawl_over_a_row_written_by_hand_keeps_it_and_stores_the_rest(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    db = crawled_copy(crawled_mirror, tmp_path)
    add_hand_row(db, BAD_VALUES)
    again = crawl_mirror(db, "-a", "full=1")
    assert again.returncode == 0, again.output
    conn = sqlite3.connect(db)
    urls = [url for (url,) in conn.execute("SELECT url FROM articles")]
    hand = conn.execute("SELECT headline, published_at FROM articles WHERE url = ?", [HAND_URL])
    assert hand.fetchone() == ("Bài viết nhập tay", "hôm qua")
    conn.close()
    assert sorted(urls) == sorted([HAND_URL] + [LIVE + path for path in ARTICLES])
    assert integrity(db) == "ok"


def test_an_article_row_spoiled_by_hand_is_put_right_by_a_full_crawl(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    """Someone ran `UPDATE articles SET views = 'n/a', published_at = '' WHERE …` on A."""
    db = crawled_copy(crawled_mirror, tmp_path)
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE articles SET views = 'n/a', published_at = '', authors = 'x' WHERE url = ?",
        [LIVE + A],
    )
    conn.commit()
    conn.close()
    again = crawl_mirror(db, "-a", "full=1")
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)


def test_a_row_inserted_by_another_program_is_found_by_search_or_said_missing(
    crawled_mirror: Path,
    tmp_path: Path,
) -> None:
    """`sqlite-utils insert news.db articles row.json`: the row is in `articles`, not in the
    search index tinbao keeps beside it."""
    db = crawled_copy(crawled_mirror, tmp_path)
    add_hand_row(db, {"url": HAND_URL, "site": "baothaibinh", "headline": "Lễ hội làng Kỳ Sơn"})
    done = tinbao("search", "Kỳ Sơn", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert HAND_URL in done.stdout or "index" in done.stderr, (done.stdout, done.stderr)


def test_an_article_deleted_by_hand_and_stored_again_is_found_once(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    db = crawled_copy(crawled_mirror, tmp_path)
    headline = expected_records()[A]["headline"]
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM articles WHERE url = ?", [LIVE + A])
    conn.commit()
    conn.close()
    gone = tinbao("search", headline, "--db", str(db), "--json")
    again = crawl_mirror(db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    done = tinbao("search", headline, "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    assert LIVE + A not in gone.stdout
    assert done.stdout.count(LIVE + A) == 1, done.stdout


def test_a_headline_changed_by_hand_is_not_found_by_its_old_words_forever(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    """`UPDATE articles SET headline = …` by hand, then a full crawl: the stored article is found
    by its words, once."""
    db = crawled_copy(crawled_mirror, tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET headline = 'Tiêu đề sửa tay' WHERE url = ?", [LIVE + B])
    conn.commit()
    conn.close()
    again = crawl_mirror(db, "-a", "full=1")
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    done = tinbao("search", expected_records()[B]["headline"], "--db", str(db), "--json")
    assert done.stdout.count(LIVE + B) == 1, done.stdout


@pytest.mark.parametrize("query", ['"đại hội', "AND", "*", "-", "NEAR(", "bình:"])
def test_a_search_with_index_syntax_in_it_is_an_answer_or_one_line(
    tmp_path: Path, query: str
) -> None:
    db = tmp_path / "news.db"
    store.open_db(db).close()
    done = tinbao("search", query, "--db", str(db))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 2), done.stderr
    if done.returncode:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_export_of_rows_other_programs_wrote_with_nulls_everywhere(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    db = crawled_copy(crawled_mirror, tmp_path)
    add_hand_row(db, {"url": HAND_URL})
    rows = exported(db)
    assert len(rows) == len(ARTICLES) + 1
    assert [row for row in rows if row["url"] == HAND_URL][0]["headline"] is None
