"""Downloader middlewares: where every request may go, how long a failing host is left alone,
and `<meta>` refresh redirects checked without decoding every page."""

from __future__ import annotations

import codecs
import logging
import time
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares import redirect
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater
from w3lib.encoding import read_bom

logger = logging.getLogger(__name__)

RETRY_AFTER = "tinbao_retry_after"  # request meta: seconds the server asked us to wait
# Encodings that write every ASCII character of a text as that one byte and never make one out
# of other bytes: UTF-8 and the single-byte code pages Vietnamese pages come in.
ASCII_AS_BYTES = frozenset({"utf-8", "cp1258", "cp1252", "iso8859-1", "ascii"})


class SitePolicyMiddleware:
    """Apply the spider's URL policy (`NewsSpider.refusal`) to every request, redirects included.

    Spiders check the links they find; this is the last gate before the network, so a redirect
    to another host or to `file:` (HTTP or `<meta refresh>`) is refused, counted and logged like
    a bad link, and a redirect back to a URL already in the chain is stopped as a loop.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        if not hasattr(spider, "refusal"):
            return None
        chain = request.meta.get("redirect_urls") or []
        source = f"the redirect of {chain[-1]}" if chain else "a request"
        if request.url in chain:
            reason = "redirect_loop"
        else:
            reason = spider.refusal(request.url)
            if reason and chain:
                reason += "_redirect"
        if reason:
            spider.refuse(request.url, reason, source)
            raise IgnoreRequest(f"{request.url}: {reason}")
        return None


class RetryBackoffMiddleware:
    """Wait before each retry, so a struggling server gets room to recover.

    Scrapy's RetryMiddleware re-schedules a failed request at once; this one delays the retried
    request (`retry_times` in its meta) by `TINBAO_RETRY_BACKOFF_BASE ** retry_times` seconds, or
    by the server's `Retry-After` (429/503) when that is longer, capped at
    `TINBAO_RETRY_AFTER_MAX`. A `Retry-After` also slows the whole host down: its download slot's
    delay is raised to the wait, and AutoThrottle lowers it again as answers come back healthy.
    """

    def __init__(self, crawler, base: float, cap: float, retry_after_cap: float) -> None:
        self.crawler = crawler
        self.base = base
        self.cap = cap
        self.retry_after_cap = retry_after_cap

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        base = settings.getfloat("TINBAO_RETRY_BACKOFF_BASE")
        if base <= 0:
            raise NotConfigured
        return cls(
            crawler,
            base,
            settings.getfloat("TINBAO_RETRY_BACKOFF_MAX"),
            settings.getfloat("TINBAO_RETRY_AFTER_MAX"),
        )

    async def process_request(self, request: Request) -> None:
        attempt = request.meta.get("retry_times", 0)
        if attempt:
            delay = max(min(self.base**attempt, self.cap), request.meta.get(RETRY_AFTER, 0))
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        """Note a 429/503's `Retry-After` on the request (its retry copies the meta)."""
        if response.status not in (429, 503):
            return response
        header = response.headers.get("Retry-After")
        wait = retry_after_seconds(header.decode("latin-1")) if header else None
        if wait is None:
            return response
        stats = self.crawler.stats
        if wait > self.retry_after_cap:
            logger.warning(
                "%s: Retry-After %.0f s capped at %.0f s (TINBAO_RETRY_AFTER_MAX)",
                request.url,
                wait,
                self.retry_after_cap,
            )
            stats.inc_value("tinbao/retry_after/capped")
            wait = self.retry_after_cap
        stats.inc_value("tinbao/retry_after")
        request.meta[RETRY_AFTER] = wait
        self.slow_down(request, wait)
        logger.info("%s: %d, server asks to wait %.0f s", request.url, response.status, wait)
        return response

    def slow_down(self, request: Request, wait: float) -> None:
        """Space every request to the host by at least `wait` seconds, for now."""
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and slot.delay < wait:
            slot.delay = wait


def retry_after_seconds(value: str, now: float | None = None) -> float | None:
    """Seconds a `Retry-After` header asks for (delta-seconds or HTTP-date), None if unreadable."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class MetaRefreshMiddleware(redirect.MetaRefreshMiddleware):
    """Scrapy's `<meta http-equiv="refresh">` redirects, without decoding the pages that have none.

    Scrapy decodes every HTML page whole to look for the tag in its first 4,096 characters; the
    crawl process has no other use for an article page's text (the extraction worker decodes
    it). The tag needs the word `refresh`, so a page whose bytes lack it in any case cannot hold
    one when its encoding writes ASCII as itself: it passes on undecoded. Every other page goes
    through Scrapy's check, which decides as before.
    """

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if isinstance(response, HtmlResponse) and not may_refresh(response):
            return response
        return super().process_response(request, response)


def may_refresh(response: HtmlResponse) -> bool:
    """False when the page's text certainly holds no `refresh` (so no `<meta>` refresh)."""
    bom, _ = read_bom(response.body)  # a byte order mark decides the decoding, before labels
    encoding = codecs.lookup(bom or response.encoding).name
    # bytes.lower() folds ASCII only: 20 µs on a 10 kB page, where a case-blind regex takes 150.
    return encoding not in ASCII_AS_BYTES or b"refresh" in response.body.lower()
