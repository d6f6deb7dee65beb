"""End to end: the real Scrapy engine crawls the Báo Thái Bình mirror into a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from parsers.record import EXTRACT_KEYS, LIST_KEYS
from tests.crawling import crawl, expected_pages, next_second

SEED_URL = (
    "https://baothaibinh.com.vn/tin-tuc/12/102296/"
    "bao-dam-tuyet-doi-an-toan-dai-hoi-dang-bo-tinh-lan-thu-xx"
)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    db = tmp_path_factory.mktemp("crawl") / "news.db"
    first = crawl("baothaibinh", db)
    next_second()
    second = crawl("baothaibinh", db, "full=1")  # fetch every article again
    return db, [first, second]


def storable(pages: dict[str, dict]) -> set[str]:
    return {url for url, page in pages.items() if page["headline"] and page["body"]}


def test_crawls_succeed(crawled) -> None:
    _, runs = crawled
    assert [run.returncode for run in runs] == [0, 0]


def test_every_storable_article_is_stored_once(crawled) -> None:
    db, _ = crawled
    urls = [row["url"] for row in sqlite_utils.Database(db).query("select url from articles")]
    assert sorted(urls) == sorted(storable(expected_pages("baothaibinh")))


def test_seed_record_is_exact(crawled) -> None:
    db, _ = crawled
    row = sqlite_utils.Database(db)["articles"].get(SEED_URL)
    stored = {key: json.loads(row[key]) if key in LIST_KEYS else row[key] for key in EXTRACT_KEYS}
    assert stored == expected_pages("baothaibinh")[SEED_URL]
    assert (row["headline"], row["published_at"], row["views"], row["byline"]) == (
        "Bảo đảm tuyệt đối an toàn Đại hội Đảng bộ tỉnh lần thứ XX",
        "2020-09-25T10:13:43+07:00",
        9330,
        "Tất Đạt",
    )


def test_second_crawl_updates_without_duplicates(crawled) -> None:
    db, runs = crawled
    assert sorted(runs[1].hits) == sorted(runs[0].hits)
    database = sqlite_utils.Database(db)
    stored = storable(expected_pages("baothaibinh"))
    assert database["articles"].count == len(stored)
    with_views = database.execute(
        "select count(*) from articles where views is not null"
    ).fetchone()[0]
    assert database["view_counts"].count == 2 * with_views


def test_pages_missing_a_field_are_counted_not_stored(crawled) -> None:
    db, runs = crawled
    pages = expected_pages("baothaibinh")
    unstorable = set(pages) - storable(pages)
    assert unstorable, "the mirror must include a page without body"
    stats = json.loads(
        sqlite_utils.Database(db)
        .execute("select stats from crawls order by id limit 1")
        .fetchone()[0]
    )
    assert stats["tinbao/dropped"] == len(unstorable)
    for url in unstorable:
        assert sum(url in line and "not stored" in line for line in runs[0].log.splitlines()) == 1
    assert "<html" not in runs[0].log  # items are logged by URL, never with their HTML


def test_robots_txt_is_obeyed(crawled) -> None:
    _, runs = crawled
    assert not [hit for hit in runs[0].hits if hit.startswith("/tim-kiem")]
    assert runs[0].hits[0] == "/robots.txt"


def test_unreadable_date_is_null_with_raw_kept(crawled) -> None:
    db, _ = crawled
    rows = list(
        sqlite_utils.Database(db).query(
            "select published_at, published_raw from articles where published_at is null"
        )
    )
    assert rows == [{"published_at": None, "published_raw": "Đang cập nhật"}]


def test_since_skips_older_articles_and_stops_paginating(tmp_path: Path) -> None:
    run = crawl("baothaibinh", tmp_path / "news.db", "since=2025-06-01")  # after every article
    assert run.returncode == 0
    assert not [hit for hit in run.hits if "page=2" in hit]
    assert not [hit for hit in run.hits if hit.count("/") >= 4]  # no article page fetched


def test_limit_caps_article_pages(tmp_path: Path) -> None:
    run = crawl("baothaibinh", tmp_path / "news.db", "limit=3")
    assert run.returncode == 0
    assert len([hit for hit in run.hits if hit.count("/") >= 4]) == 3
