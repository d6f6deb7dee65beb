"""Every site profile's spider crawls its fixture mirror and stores exactly its article pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from crawler.mirror import FIXTURE_SITES
from parsers.record import EXTRACT_KEYS, LIST_KEYS
from parsers.sites import all_profiles
from tests.crawling import crawl, expected_pages

SITES = sorted(all_profiles())


def test_every_profile_has_a_mirror() -> None:
    assert [site for site in SITES if not (FIXTURE_SITES / site).is_dir()] == []
    assert len(SITES) >= 11


@pytest.mark.parametrize("site", SITES)
def test_mirror_crawl_stores_every_article_exactly(site: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run = crawl(site, db)
    assert run.returncode == 0, run.log[-2000:]
    expected = {
        url: page for url, page in expected_pages(site).items() if page["headline"] and page["body"]
    }
    rows = {row["url"]: row for row in sqlite_utils.Database(db)["articles"].rows}
    assert sorted(rows) == sorted(expected)
    for url, row in rows.items():
        stored = {k: json.loads(row[k]) if k in LIST_KEYS else row[k] for k in EXTRACT_KEYS}
        assert stored == expected[url]
