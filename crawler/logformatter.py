"""How a crawl logs: items by their URL, network failures in one line each.

Scrapy's default prints the whole item, HTML included, and logs every failed download with its
Python traceback (plus a second "Gave up retrying" line). An unreachable host is no bug in
tinbao: under cron it should read as one line per URL that could not be fetched, saying why.
Other exceptions keep their traceback: those are bugs to report.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import logformatter
from scrapy.utils.misc import load_object

# Loggers whose download errors carry a traceback: the scraper (any request) and robots.txt.
DOWNLOAD_ERROR_LOGGERS = ("scrapy.core.scraper", "scrapy.downloadermiddlewares.robotstxt")


class NetworkErrorsInOneLine(logging.Filter):
    """Drop the traceback of a download that failed for a network reason (the exceptions
    Scrapy retries: DNS, refused or lost connections, timeouts); the line keeps the reason."""

    def __init__(self, network_errors: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.network_errors = network_errors

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], self.network_errors):
            reason = str(record.exc_info[1]) or type(record.exc_info[1]).__name__
            message = record.getMessage()
            record.msg = message if reason in message else f"{message}: {reason}"
            record.args = None
            record.exc_info = record.exc_text = None
        return True


def network_errors(settings: Any) -> tuple[type[BaseException], ...]:
    return tuple(
        load_object(path) if isinstance(path, str) else path
        for path in settings.getlist("RETRY_EXCEPTIONS")
    )


def _url(item: Any) -> str:
    adapter = ItemAdapter(item)
    extraction = adapter.get("extraction")
    return str(adapter.get("url") or getattr(extraction, "url", None) or "<item without url>")


class LogFormatter(logformatter.LogFormatter):
    @classmethod
    def from_crawler(cls, crawler: Any) -> LogFormatter:
        one_line = NetworkErrorsInOneLine(network_errors(crawler.settings))
        for name in DOWNLOAD_ERROR_LOGGERS:
            logger = logging.getLogger(name)
            if not any(isinstance(f, NetworkErrorsInOneLine) for f in logger.filters):
                logger.addFilter(one_line)
        return super().from_crawler(crawler)

    def scraped(self, item, response, spider):
        result = super().scraped(item, response, spider)
        return {**result, "msg": "Scraped %(url)s", "args": {"url": _url(item)}}

    def dropped(self, item, exception, response, spider):
        result = super().dropped(item, exception, response, spider)
        return {**result, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}

    def item_error(self, item, exception, response, spider):
        result = super().item_error(item, exception, response, spider)
        return {**result, "msg": "Error processing %(url)s", "args": {"url": _url(item)}}
