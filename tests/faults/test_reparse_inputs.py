"""Probes: `tinbao reparse` over stored HTML that is missing, old, orphaned or degraded.

`tinbao reparse --help` and docs/database.md: reparse re-runs the current parsers over the
HTML kept in `pages` (switched off with `TINBAO_STORE_HTML=0`; rows stored before schema
step 12 are zlib, later ones zstd), updates the records and keeps changed headlines, summaries,
bodies and bylines as revisions (source `reparse`); a page that now parses without a headline
or body leaves its record as it is, as a crawl would. Reparse updates stored records: a
stored page whose article row is gone gives none back. An unknown `--site` is a usage error
naming the known ones.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest

from pipelines.db.articles import unpack_html
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    article_path,
    crawl_mirror,
    database_copy,
    expect_rows,
    integrity,
    revisions,
    stored,
    tinbao,
)


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))
    assert revisions(db) == []
    return db


@pytest.fixture
def db(crawled: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "news.db"
    shutil.copy(crawled, copy)
    return copy


def _reparse(db: Path, *options: str):
    done = tinbao("reparse", "--db", str(db), *options)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _html(db: Path, path: str) -> str:
    conn = sqlite3.connect(db)
    try:
        (blob,) = conn.execute(
            "SELECT html_compressed FROM pages WHERE url = ?", (LIVE + path,)
        ).fetchone()
    finally:
        conn.close()
    return unpack_html(blob)


def _set_html(db: Path, path: str, blob: bytes) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE pages SET html_compressed = ? WHERE url = ?", (blob, LIVE + path))
    conn.commit()
    conn.close()


def test_reparse_of_a_database_kept_without_html_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run = crawl_mirror(db, settings=("TINBAO_STORE_HTML=0",))
    assert run.returncode == 0, run.output
    before = stored(db)
    done = _reparse(db)
    assert done.returncode == 0, done.stderr
    assert stored(db) == before
    assert revisions(db) == []


def test_an_unknown_site_is_a_usage_error_naming_the_known_ones(db: Path) -> None:
    done = _reparse(db, "--site", "baocu")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "baocu" in done.stderr and "baothaibinh" in done.stderr, done.stderr


def test_a_page_stored_zlib_compressed_is_reparsed_to_the_same_record(db: Path) -> None:
    path = article_path("105870")
    _set_html(db, path, zlib.compress(_html(db, path).encode("utf-8")))
    done = _reparse(db)
    assert done.returncode == 0, done.stderr
    expect_rows(db, ARTICLES)
    assert revisions(db) == []


def test_a_stored_page_unlike_its_record_is_applied_with_the_old_text_kept(db: Path) -> None:
    """Reparse trusts the stored page (a crawl keeps no HTML of a suspect update): a page put
    there by another program is read as the article, and what it replaced is a revision."""
    path = article_path("105870")
    headline = ARTICLES[path]["headline"]
    notice = "Hệ thống đang bảo trì, mời bạn quay lại sau."
    page = (
        f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1>"
        f"<p>{notice}</p></body></html>"
    )
    _set_html(db, path, zlib.compress(page.encode("utf-8")))
    done = _reparse(db)
    assert done.returncode == 0, done.stderr
    assert stored(db)[path]["body"] == notice
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT url, source, headline, body FROM article_revisions").fetchall()
    finally:
        conn.close()
    assert rows == [(LIVE + path, "reparse", headline, ARTICLES[path]["body"])]


def test_a_stored_page_with_no_article_row_invents_no_record(db: Path) -> None:
    path = article_path("105870")
    orphan = LIVE + "/tin-tuc/12/999999/bai-chua-tung-luu"
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO pages (url, fetched_at, html_compressed) "
        "SELECT ?, fetched_at, html_compressed FROM pages WHERE url = ?",
        (orphan, LIVE + path),
    )
    conn.commit()
    conn.close()
    done = _reparse(db)
    assert done.returncode == 0, done.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_headline_edited_by_hand_is_put_back_once_with_one_revision(db: Path) -> None:
    path = article_path("105870")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET headline = 'Tiêu đề sửa tay' WHERE url = ?", (LIVE + path,))
    conn.commit()
    conn.close()
    first = _reparse(db)
    second = _reparse(db)
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    expect_rows(db, ARTICLES)
    assert [(url, json.loads(changed)) for url, changed in revisions(db)] == [(path, ["headline"])]
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT headline, source FROM article_revisions").fetchone()
    finally:
        conn.close()
    assert row == ("Tiêu đề sửa tay", "reparse")
