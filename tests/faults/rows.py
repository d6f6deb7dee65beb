"""What a storage fault test checks in the SQLite file afterwards: exact rows and integrity.

The Báo Thái Bình fixture mirror has 16 article pages, each with a hand-written `page.json`
giving the record a reader expects; the video page has no body and is never stored, so a clean
crawl stores exactly the other 15. The checks read the file with plain `sqlite3`, as any other
program would.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from parsers.record import EXTRACT_KEYS, LIST_KEYS
from tests.crawling import expected_pages

SITE = "baothaibinh"
LIVE = "https://baothaibinh.com.vn"
EXPECTED = {url: page for url, page in expected_pages(SITE).items() if page["body"]}


def path_of(article_id: str) -> str:
    """The mirror path of the storable article with this site id (e.g. "105870")."""
    return next(u.removeprefix(LIVE) for u in EXPECTED if f"/{article_id}/" in u)


def stored(db: Path, site: str = SITE) -> dict[str, dict]:
    """Every article row of `site`, keyed by URL, with the extract fields (lists decoded)."""
    conn = sqlite3.connect(db)
    try:
        cursor = conn.execute(
            f"SELECT {', '.join(EXTRACT_KEYS)} FROM articles WHERE site = ?", [site]
        )
        rows = {}
        for values in cursor:
            row = dict(zip(EXTRACT_KEYS, values, strict=True))
            for key in LIST_KEYS:
                row[key] = json.loads(row[key]) if row[key] is not None else None
            rows[row["url"]] = row
        return rows
    finally:
        conn.close()


def expect_articles(db: Path, urls: set[str] | None = None) -> None:
    """The site's stored rows are exactly the expected records of `urls` (default: all 15)."""
    want = {url: EXPECTED[url] for url in (EXPECTED if urls is None else urls)}
    got = stored(db)
    assert sorted(got) == sorted(want)
    for url, row in got.items():
        assert row == want[url], url


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def crawl_rows(db: Path) -> list[tuple]:
    """(spider, status) of every crawl run, oldest first."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT spider, status FROM crawls ORDER BY id").fetchall()
    finally:
        conn.close()
