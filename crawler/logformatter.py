"""How a crawl logs: items by their URL, network failures in one line each.

Scrapy's default prints the whole item, HTML included, and logs every failed download with its
Python traceback (plus a second "Gave up retrying" line). An unreachable host is no bug in
tinbao: under cron it should read as one line per URL that could not be fetched, saying why.
Other exceptions keep their traceback: those are bugs to report.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from itemadapter import ItemAdapter
from scrapy import logformatter, signals
from scrapy.exceptions import DownloadCancelledError
from scrapy.utils.misc import load_object

# Loggers whose download errors carry a traceback: the scraper (any request) and robots.txt.
DOWNLOAD_ERROR_LOGGERS = ("scrapy.core.scraper", "scrapy.downloadermiddlewares.robotstxt")


class NetworkErrorsInOneLine(logging.Filter):
    """Drop the traceback of a download that failed for a network reason (the exceptions
    Scrapy retries: DNS, refused or lost connections, timeouts) or was cancelled (a body past
    `DOWNLOAD_MAXSIZE`, which Scrapy's warning before it measures); the line keeps the reason."""

    def __init__(self, network_errors: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.network_errors = network_errors

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], self.network_errors):
            reason = str(record.exc_info[1]) or _UNSAID.get(
                type(record.exc_info[1]), type(record.exc_info[1]).__name__
            )
            message = record.getMessage()
            if record.name.endswith("robotstxt"):  # Scrapy names the request that needed it
                message = message.replace("Error downloading ", "Error downloading robots.txt for ")
            record.msg = message if reason in message else f"{message}: {reason}"
            record.args = None
            record.exc_info = record.exc_text = None
        return True


class SiteLogCount:
    """Scrapy's `LogCount` (the `log_count/<LEVEL>` stats), counting only this crawler's lines.

    Scrapy's handler counts every record in the process, so when `tinbao crawl` runs twelve
    spiders, one dead host's errors were counted against every site (and could fail them by
    `TINBAO_MAX_ERRORS`). A record names its spider or crawler when Scrapy or a spider logs it;
    one that names neither counts only when this crawler is the only one running.
    """

    running: ClassVar[list[SiteLogCount]] = []

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.handler: logging.Handler | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> SiteLogCount:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def owns(self, record: logging.LogRecord) -> bool:
        spider = getattr(record, "spider", None)
        if spider is not None:
            return spider is self.crawler.spider
        crawler = getattr(record, "crawler", None)
        if crawler is not None:
            return crawler is self.crawler
        return SiteLogCount.running == [self]

    def spider_opened(self, spider: Any) -> None:
        extension = self

        class Counter(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                if extension.owns(record):
                    extension.crawler.stats.inc_value(f"log_count/{record.levelname}")

        self.handler = Counter(level=self.crawler.settings.get("LOG_LEVEL"))
        logging.root.addHandler(self.handler)
        SiteLogCount.running.append(self)

    def spider_closed(self, spider: Any) -> None:
        if self.handler is not None:
            logging.root.removeHandler(self.handler)
            SiteLogCount.running.remove(self)
            self.handler = None


# What an exception Scrapy raises without a message means, said in the line instead.
_UNSAID: dict[type[BaseException], str] = {DownloadCancelledError: "download cancelled"}


def network_errors(settings: Any) -> tuple[type[BaseException], ...]:
    """The failures that are no bug in tinbao: those Scrapy retries, and a cancelled download."""
    retried = (
        load_object(path) if isinstance(path, str) else path
        for path in settings.getlist("RETRY_EXCEPTIONS")
    )
    return (*retried, DownloadCancelledError)


def _level(value: Any) -> int:
    """A `LOG_LEVEL` setting (a level's name or number) as its number; DEBUG if unknown."""
    if isinstance(value, int):
        return value
    number = logging.getLevelName(str(value).upper())
    return number if isinstance(number, int) else logging.DEBUG


def _url(item: Any) -> str:
    adapter = ItemAdapter(item)
    extraction = adapter.get("extraction")
    return str(adapter.get("url") or getattr(extraction, "url", None) or "<item without url>")


class LogFormatter(logformatter.LogFormatter):
    """Items logged by URL. A crawl logging above DEBUG makes no `Crawled` or `Scraped` line:
    Scrapy's logger passes DEBUG records, so each response and item built one that every
    handler then dropped."""

    debug_lines = True  # whether the per-response and per-item DEBUG lines are made

    @classmethod
    def from_crawler(cls, crawler: Any) -> LogFormatter:
        one_line = NetworkErrorsInOneLine(network_errors(crawler.settings))
        for name in DOWNLOAD_ERROR_LOGGERS:
            logger = logging.getLogger(name)
            if not any(isinstance(f, NetworkErrorsInOneLine) for f in logger.filters):
                logger.addFilter(one_line)
        formatter = super().from_crawler(crawler)
        formatter.debug_lines = _level(crawler.settings.get("LOG_LEVEL")) <= logging.DEBUG
        return formatter

    def crawled(self, request, response, spider):
        return super().crawled(request, response, spider) if self.debug_lines else None

    def scraped(self, item, response, spider):
        if not self.debug_lines:
            return None
        result = super().scraped(item, response, spider)
        return {**result, "msg": "Scraped %(url)s", "args": {"url": _url(item)}}

    def dropped(self, item, exception, response, spider):
        result = super().dropped(item, exception, response, spider)
        return {**result, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}

    def item_error(self, item, exception, response, spider):
        result = super().item_error(item, exception, response, spider)
        return {**result, "msg": "Error processing %(url)s", "args": {"url": _url(item)}}
