"""The Scrapy storage pipeline: settings, batching, stats, HTML retention and a real crawl."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
import scrapy
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler
from twisted.internet.task import Clock

from pipelines import db as store
from pipelines.db.index import EXACT_INDEX, FOLDED_INDEX
from pipelines.htmlcodec import pack_html
from pipelines.storage import STORAGE_ERROR, StoragePipeline
from tests.conftest import ROOT
from tests.test_db import T1, make_record


class NewsSpider(scrapy.Spider):
    name = "baothaibinh"


def make_pipeline(tmp_path, **settings):
    crawler = get_crawler(NewsSpider, {"TINBAO_DB": str(tmp_path / "news.db"), **settings})
    crawler.spider = NewsSpider()
    crawler.stats.open_spider()
    pipeline = StoragePipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline, crawler


def count_articles(tmp_path) -> int:
    """Rows visible to another connection, i.e. committed."""
    db = store.open_db(tmp_path / "news.db")
    try:
        return db["articles"].count
    finally:
        db.close()


def item(url: str, **fields) -> dict:
    return {**make_record(url, **fields), "html": f"<html><p>{url}</p></html>"}


def test_disabled_by_setting(tmp_path):
    crawler = get_crawler(NewsSpider, {"TINBAO_STORAGE_ENABLED": False})
    with pytest.raises(NotConfigured):
        StoragePipeline.from_crawler(crawler)


def test_database_path_defaults_to_news_db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pipeline = StoragePipeline.from_crawler(get_crawler(NewsSpider))
    assert pipeline.path == "news.db"
    assert (pipeline.batch_size, pipeline.flush_seconds) == (1000, 10.0)


def test_writes_in_batches_and_flushes_on_close(tmp_path):
    pipeline, crawler = make_pipeline(tmp_path, TINBAO_DB_BATCH=3)
    first = item("https://x.vn/0")
    assert pipeline.process_item(first) is first
    pipeline.process_item(item("https://x.vn/1"))
    assert count_articles(tmp_path) == 0
    pipeline.process_item(item("https://x.vn/2"))
    assert count_articles(tmp_path) == 3
    pipeline.process_item(item("https://x.vn/3"))
    pipeline.close_spider()
    assert count_articles(tmp_path) == 4
    assert crawler.stats.get_value("tinbao/stored/new") == 4


def search_levels(path) -> list[list[int]]:
    """Segments at each level of the folded and the exact search index, level 0 first."""
    db = store.open_db(path)
    try:
        return [store.search_levels(db, index) for index in (FOLDED_INDEX, EXACT_INDEX)]
    finally:
        db.close()


def test_batches_merge_the_search_segments_eight_at_a_time_as_they_commit(tmp_path):
    pipeline, _ = make_pipeline(tmp_path, TINBAO_DB_BATCH=1)
    seen = []
    for i in range(100):
        pipeline.process_item(item(f"https://x.vn/{i}"))
        seen.append(search_levels(tmp_path / "news.db"))
    # A commit adds a segment to level 0; the eighth there is merged with the others at once.
    assert seen[:9] == [[[n], [n]] for n in range(1, 8)] + [[[0, 1]] * 2, [[2, 0]] * 2]
    # What search reads during the run stays bounded: at most 9 segments, where a segment per
    # commit stood unmerged up to 31 (FTS5 `crisismerge`).
    assert max(sum(levels) for both in seen for levels in both) == 9
    assert seen[-1] == [[7, 2], [7, 2]]
    pipeline.close_spider()
    assert search_levels(tmp_path / "news.db") == [[7, 2], [7, 2]]  # no level holds 8
    db = store.open_db(tmp_path / "news.db")
    assert len(store.search(db, "đại hội", limit=200)) == 100
    assert store.merge_search_indexes(db) == 0  # nothing left to merge


def test_a_batch_waiting_longer_than_the_flush_time_is_written_with_the_next_record(tmp_path):
    """On a slow crawl a batch is not held back until it is full: once its first record has
    waited `TINBAO_DB_FLUSH_SECONDS`, the next record arriving writes them both."""
    pipeline, crawler = make_pipeline(tmp_path, TINBAO_DB_BATCH=1000, TINBAO_DB_FLUSH_SECONDS=1.0)
    pipeline.process_item(item("https://x.vn/0"))
    pipeline.process_item(item("https://x.vn/1"))
    assert count_articles(tmp_path) == 0
    time.sleep(1.05)
    pipeline.process_item(item("https://x.vn/2"))
    assert count_articles(tmp_path) == 3
    pipeline.process_item(item("https://x.vn/3"))  # a new batch: its clock starts again
    assert count_articles(tmp_path) == 3
    pipeline.close_spider()
    assert count_articles(tmp_path) == 4
    assert crawler.stats.get_value("tinbao/stored/new") == 4


def test_a_batch_is_written_once_its_first_record_waited_though_no_record_follows(tmp_path):
    """The crawl goes quiet (a page held by its server, the last pages in): the batch is written
    by the reactor's timer once its first record has waited `TINBAO_DB_FLUSH_SECONDS`, not left
    for a record that may never come, so a kill then loses none of it."""
    pipeline, crawler = make_pipeline(tmp_path, TINBAO_DB_BATCH=1000, TINBAO_DB_FLUSH_SECONDS=2.0)
    pipeline.clock = clock = Clock()
    pipeline.process_item(item("https://x.vn/0"))
    clock.advance(1.5)
    pipeline.process_item(item("https://x.vn/1"))
    clock.advance(0.49)
    assert count_articles(tmp_path) == 0
    clock.advance(0.01)
    assert count_articles(tmp_path) == 2
    assert clock.getDelayedCalls() == []
    pipeline.process_item(item("https://x.vn/2"))  # a new batch: its timer starts again
    clock.advance(1.99)
    assert count_articles(tmp_path) == 2
    pipeline.close_spider()
    assert count_articles(tmp_path) == 3
    assert clock.getDelayedCalls() == []  # written on close: its timer is stopped
    assert crawler.stats.get_value("tinbao/stored/new") == 3


def test_a_batch_holding_sixteen_million_characters_of_html_is_written_at_once(tmp_path):
    """Pages are held until their batch is written: past 16 million characters of HTML the
    batch is written whatever its length, so memory stays bounded on pages of any size."""
    pipeline, crawler = make_pipeline(tmp_path, TINBAO_DB_BATCH=1000)
    page = "<html><body>" + "<p>Tin tức Thái Bình hôm nay.</p>" * 200_000 + "</body></html>"
    assert 6_000_000 < len(page) < 8_000_000
    for n in range(2):
        pipeline.process_item({**make_record(f"https://x.vn/{n}"), "html": page})
    assert count_articles(tmp_path) == 0
    pipeline.process_item({**make_record("https://x.vn/2"), "html": page})
    assert count_articles(tmp_path) == 3
    pipeline.close_spider()
    db = store.open_db(tmp_path / "news.db")
    assert db["pages"].count == 3
    db.close()


def test_recrawl_counts_updated_unchanged_and_revisions(tmp_path):
    pipeline, _ = make_pipeline(tmp_path)
    pipeline.process_item(item("https://x.vn/1"))
    pipeline.process_item(item("https://x.vn/2"))
    pipeline.close_spider()
    pipeline.spider_closed(None, "finished")

    pipeline, crawler = make_pipeline(tmp_path)
    pipeline.process_item(item("https://x.vn/1", fetched_at=T1, views=999))
    pipeline.process_item(item("https://x.vn/2", headline="Tiêu đề đã sửa", fetched_at=T1))
    pipeline.process_item(item("https://x.vn/3"))
    pipeline.close_spider()
    stats = crawler.stats
    assert stats.get_value("tinbao/stored/new") == 1
    assert stats.get_value("tinbao/stored/updated") == 1
    assert stats.get_value("tinbao/stored/unchanged") == 1
    assert stats.get_value("tinbao/revisions") == 1
    pipeline.spider_closed(None, "shutdown")
    db = store.open_db(tmp_path / "news.db")
    crawls = list(db["crawls"].rows_where(order_by="id"))
    assert [c["status"] for c in crawls] == ["finished", "interrupted"]
    assert (crawls[1]["items_new"], crawls[1]["items_updated"], crawls[1]["items_stored"]) == (
        1,
        1,
        3,
    )
    assert db["article_revisions"].count == 1
    db.close()


ARTICLE = "https://x.vn/tin-tuc/105870/ocop"
ENGLISH = {
    "headline": "Thai Binh certifies 38 more OCOP products",
    "copy_from": ARTICLE + "?lang=en",
}


def stored_headlines(tmp_path) -> dict[str, str]:
    db = store.open_db(tmp_path / "news.db")
    try:
        return {row["url"]: row["headline"] for row in db["articles"].rows}
    finally:
        db.close()


@pytest.mark.parametrize("copy_first", [True, False])
def test_a_copy_of_an_article_never_replaces_its_own_page(tmp_path, copy_first):
    """A page at another address of an article (`?lang=en`, keyed by its canonical URL) comes
    before or after the article's own page in the same run: the own page is stored, once, with
    no revision, and the copy is counted as skipped."""
    pipeline, crawler = make_pipeline(tmp_path, TINBAO_DB_BATCH=1)
    own, copy = item(ARTICLE), item(ARTICLE, **ENGLISH)
    for record in (copy, own) if copy_first else (own, copy):
        pipeline.process_item(record)
    pipeline.close_spider()
    assert stored_headlines(tmp_path) == {ARTICLE: "Khai mạc Đại hội Đảng bộ tỉnh"}
    stats = crawler.stats
    assert (stats.get_value("tinbao/stored/new"), stats.get_value("tinbao/revisions", 0)) == (1, 0)
    assert stats.get_value("tinbao/copy/skipped", 0) == (0 if copy_first else 1)
    assert stats.get_value("tinbao/copy/kept", 0) == 0


def test_a_copy_is_stored_when_the_own_page_never_comes_and_skipped_once_stored(tmp_path):
    """The article's own page never comes: its copy is stored when the spider closes. In the
    next run, a copy meets the stored article and changes nothing."""
    pipeline, crawler = make_pipeline(tmp_path)
    pipeline.process_item(item(ARTICLE, **ENGLISH))
    pipeline.process_item(item(ARTICLE, headline="Another copy", copy_from=ARTICLE + "?page=2"))
    assert stored_headlines(tmp_path) == {}
    pipeline.close_spider()
    assert stored_headlines(tmp_path) == {ARTICLE: ENGLISH["headline"]}
    assert [crawler.stats.get_value(f"tinbao/copy/{k}") for k in ("kept", "skipped")] == [1, 1]
    pipeline.spider_closed(None, "finished")

    pipeline, crawler = make_pipeline(tmp_path)
    pipeline.process_item(item(ARTICLE, headline="Third copy", copy_from=ARTICLE + "?print=1"))
    pipeline.close_spider()
    assert stored_headlines(tmp_path) == {ARTICLE: ENGLISH["headline"]}
    assert crawler.stats.get_value("tinbao/copy/skipped") == 1


def test_html_is_kept_compressed_unless_switched_off(tmp_path):
    pipeline, _ = make_pipeline(tmp_path)
    pipeline.process_item(item("https://x.vn/1"))
    pipeline.close_spider()
    pipeline.spider_closed(None, "finished")
    db = store.open_db(tmp_path / "news.db")
    ((url, _, html),) = list(store.iter_pages(db))
    assert (url, html) == ("https://x.vn/1", "<html><p>https://x.vn/1</p></html>")
    db.close()

    off = tmp_path / "off"
    off.mkdir()
    pipeline, _ = make_pipeline(off, TINBAO_STORE_HTML=False)
    pipeline.process_item(item("https://x.vn/1"))
    pipeline.close_spider()
    db = store.open_db(off / "news.db")
    assert db["pages"].count == 0
    assert db["articles"].count == 1
    db.close()


def test_a_page_compressed_where_it_was_read_is_stored_as_it_is_and_left_out_of_the_item(
    tmp_path,
):
    html = "<html><p>Tin tức Thái Bình</p></html>"
    packed = pack_html(html)
    pipeline, _ = make_pipeline(tmp_path)
    given = {**make_record("https://x.vn/1"), "html": html, "html_packed": packed}
    assert "html_packed" not in pipeline.process_item(given)
    pipeline.close_spider()
    pipeline.spider_closed(None, "finished")
    db = store.open_db(tmp_path / "news.db")
    assert db.execute("SELECT html_compressed FROM pages").fetchall() == [(packed,)]
    assert [html for _, _, html in store.iter_pages(db)] == [html]
    db.close()


def test_scrapy_items_are_accepted(tmp_path):
    fields = {key: scrapy.Field() for key in (*make_record("u"), "html")}
    Article = type("Article", (scrapy.Item,), fields)
    pipeline, _ = make_pipeline(tmp_path)
    pipeline.process_item(Article(**item("https://x.vn/1")))
    pipeline.close_spider()
    assert count_articles(tmp_path) == 1


CRAWL = """
import sys
import scrapy
from scrapy.crawler import CrawlerProcess
from tests.test_db import make_record


class Spider(scrapy.Spider):
    name = "baothaibinh"
    start_urls = [sys.argv[1]]

    def parse(self, response):
        for i in range(5):
            yield {**make_record(f"https://x.vn/{i}"), "html": response.text}


process = CrawlerProcess({
    "ITEM_PIPELINES": {"pipelines.storage.StoragePipeline": 800},
    "TINBAO_DB": sys.argv[2],
    "TINBAO_DB_BATCH": 2,
    "LOG_LEVEL": "WARNING",
})
process.crawl(Spider)
process.start()
"""


def test_a_real_crawl_records_its_finish_reason(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Đại hội</p></body></html>", encoding="utf-8")
    script = tmp_path / "crawl.py"
    script.write_text(textwrap.dedent(CRAWL), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), page.as_uri(), str(tmp_path / "news.db")],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "DeprecationWarning" not in result.stderr
    db = store.open_db(tmp_path / "news.db")
    (crawl,) = db["crawls"].rows
    assert (crawl["spider"], crawl["status"], crawl["items_new"]) == ("baothaibinh", "finished", 5)
    assert crawl["finished_at"] >= crawl["started_at"]
    assert db["articles"].count == 5
    assert db["pages"].count == 5
    db.close()


def test_new_articles_counted_for_progress_before_their_batch_is_written(tmp_path):
    pipeline, crawler = make_pipeline(tmp_path, TINBAO_DB_BATCH=3)
    pipeline.process_item(item("https://x.vn/1"))
    pipeline.process_item(item("https://x.vn/1"))  # the same page twice in a batch: one new
    assert (count_articles(tmp_path), crawler.stats.get_value("tinbao/progress/new")) == (0, 1)
    pipeline.process_item(item("https://x.vn/2"))  # the batch of three is written
    pipeline.process_item(item("https://x.vn/1"))  # stored: a refresh, not new
    pipeline.process_item(item("https://x.vn/3"))
    assert count_articles(tmp_path) == 2
    assert crawler.stats.get_value("tinbao/progress/new") == 3
    assert crawler.stats.get_value("tinbao/stored/new") == 2
    pipeline.close_spider()
    assert crawler.stats.get_value("tinbao/stored/new") == 3


def test_a_backup_put_back_over_the_database_never_meets_the_runs_log(tmp_path):
    """`mv backup.db news.db` under a run: once the run notices, its `-wal` and `-shm` leave the
    path, so a reader opening the restored file reads the backup, not the run's pages through
    the run's log (and, closing last, would have played that log into it); at its end nothing
    of the run is beside the restored file, which is left byte for byte as put back."""
    backup = tmp_path / "backup.db"
    with sqlite3.connect(backup) as conn:
        conn.execute("CREATE TABLE kept (note TEXT)")
        conn.execute("INSERT INTO kept VALUES ('bản sao lưu')")
    conn.close()
    put_back = backup.read_bytes()
    pipeline, crawler = make_pipeline(tmp_path, TINBAO_DB_BATCH=1)
    pipeline.process_item(item("https://x.vn/0"))
    db = tmp_path / "news.db"
    os.replace(backup, db)
    pipeline.close_spider()  # nothing pending: it notices the file is another one
    assert crawler.stats.get_value(STORAGE_ERROR) == (
        f"{db} was replaced by another file during the run; the records this run stored are "
        "not in it (the next run stores them again)"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news.db"]
    reader = sqlite3.connect(db)
    assert reader.execute("SELECT name FROM sqlite_master").fetchall() == [("kept",)]
    reader.close()
    pipeline.spider_closed(crawler.spider, "finished")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news.db"]
    assert db.read_bytes() == put_back
