"""Scrapy item pipeline writing records (and their HTML) to the tinbao SQLite database."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from parsers.record import RECORD_KEYS
from pipelines import db as store


class StoragePipeline:
    """Upsert each record into `TINBAO_DB`, `TINBAO_DB_BATCH` records per transaction.

    Batching keeps the reactor thread from paying one fsync per item; the batch is flushed when
    full and when the spider closes. The crawl row is written at close with the stats so far and
    rewritten on `spider_closed`, the first moment Scrapy tells anyone why the crawl ended.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("TINBAO_STORAGE_ENABLED", True):
            raise NotConfigured  # silently: switched off on purpose
        self.crawler = crawler
        self.path = settings.get("TINBAO_DB", "news.db")
        self.batch_size = max(1, settings.getint("TINBAO_DB_BATCH", 100))
        self.store_html = settings.getbool("TINBAO_STORE_HTML", True)
        self.records: list[dict[str, Any]] = []
        self.pages: list[dict[str, Any]] = []
        self.new_urls: set[str] = set()  # the pending batch's articles not stored before
        self.db = None
        self.crawl_id = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.db = store.open_db(self.path)
        spider = self.crawler.spider
        self.crawl_id = store.start_crawl(self.db, spider.name if spider else "unknown")

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        record = {key: adapter.get(key) for key in RECORD_KEYS}
        self.records.append(record)
        if record["url"] not in self.new_urls and not store.is_stored(self.db, record["url"]):
            # Counted now for live progress; `tinbao/stored/new` counts them once written.
            self.new_urls.add(record["url"])
            self.crawler.stats.inc_value("tinbao/progress/new")
        html = adapter.get("html")
        if self.store_html and html:
            page = {"url": record["url"], "fetched_at": record["fetched_at"], "html": html}
            self.pages.append(page)
        if len(self.records) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        """Write the pending batch in one transaction and count the outcome in the crawl stats."""
        if not self.records or self.db is None:
            return
        records, pages = self.records, self.pages
        self.records, self.pages, self.new_urls = [], [], set()
        with store.transaction(self.db):
            counts = store.upsert_articles(self.db, records, observed_at=store.now_iso())
            store.store_pages(self.db, pages)
        stats = self.crawler.stats
        stats.inc_value("tinbao/stored/new", counts.new)
        stats.inc_value("tinbao/stored/updated", counts.updated)
        stats.inc_value("tinbao/stored/unchanged", counts.unchanged)
        stats.inc_value("tinbao/revisions", counts.revisions)

    def close_spider(self) -> None:
        self.flush()
        self._record_crawl(self.crawler.stats.get_value("finish_reason", "finished"))

    def spider_closed(self, spider: Any, reason: str) -> None:
        self._record_crawl(reason)
        if self.db is not None:
            self.db.close()
            self.db = None

    def _record_crawl(self, status: str) -> None:
        if self.db is not None:
            store.finish_crawl(self.db, self.crawl_id, status, self.crawler.stats.get_stats())
