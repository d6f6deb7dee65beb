"""Downloader middlewares."""

from __future__ import annotations

from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater


class RetryBackoffMiddleware:
    """Wait exponentially longer before each retry, so a struggling server gets room to recover.

    Scrapy's RetryMiddleware re-schedules a failed request at once; this one delays the retried
    request (`retry_times` in its meta) by `TINBAO_RETRY_BACKOFF_BASE ** retry_times` seconds.
    """

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler):
        base = crawler.settings.getfloat("TINBAO_RETRY_BACKOFF_BASE")
        if base <= 0:
            raise NotConfigured
        return cls(base, crawler.settings.getfloat("TINBAO_RETRY_BACKOFF_MAX"))

    async def process_request(self, request):
        attempt = request.meta.get("retry_times", 0)
        if attempt:
            delay = min(self.base**attempt, self.cap)
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return None
