"""Downloader middlewares: where every request may go (the site's hosts, robots.txt, a bounded
redirect chain), how long a failing host is left alone, and `<meta>` refresh redirects checked
without decoding every page. Every request refused is counted, logged with its URL and told to
the run monitor (`fetch_refused`)."""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import logging
import re
import time
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import NoReturn
from urllib.parse import urldefrag, urljoin, urlsplit

from scrapy.downloadermiddlewares import httpcompression, httpproxy, redirect, retry, robotstxt
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Request, Response
from scrapy.spidermiddlewares import httperror, urllength
from scrapy.utils.asyncio import is_asyncio_available
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import reactor
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater
from w3lib.encoding import read_bom
from w3lib.url import safe_url_string

from crawler.compression import compression_problem, content_codings
from crawler.downloader import STOP_CHECK, dropped_by_the_stop
from crawler.extensions import ARTICLES_NOT_READ, GAVE_UP, retried_statuses
from crawler.signals import fetch_refused

logger = logging.getLogger(__name__)

RETRY_AFTER = "tinbao_retry_after"  # request meta: seconds the server asked us to wait
COOKIE_WALL = "tinbao_cookie_wall"  # request meta: asked again with a cookie wall's cookies
# Encodings that write every ASCII character of a text as that one byte and never make one out
# of other bytes: UTF-8 and the single-byte code pages Vietnamese pages come in.
ASCII_AS_BYTES = frozenset({"utf-8", "cp1258", "cp1252", "iso8859-1", "ascii"})


class SitePolicyMiddleware:
    """Apply the spider's URL policy (`NewsSpider.refusal`) to every request, redirects included.

    Spiders check the links they find; this is the last gate before the network, so a redirect
    to another host or to `file:` (HTTP or `<meta refresh>`) is refused, counted and logged like
    a bad link, and a redirect back to a URL already in the chain is stopped as a loop. A
    redirect the spider fetches elsewhere (a crawled mirror's copy of a live-host page) is sent
    there instead.
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
            refused(self.crawler, request, reason)
            raise IgnoreRequest(f"{request.url}: {reason}")
        if chain and (target := spider.redirect_target(request.url)) != request.url:
            return request.replace(url=target)
        return None


class HttpProxyMiddleware(httpproxy.HttpProxyMiddleware):
    """Scrapy's proxy middleware, which sends requests through the proxy the environment names
    (`http_proxy`, `HTTPS_PROXY`), except that a request to this machine's own loopback
    (`127.0.0.1`, `::1`, `localhost`: a mirror, `tinbao demo`) goes to it directly. A proxy
    elsewhere cannot reach this machine's loopback, so sent there the request could only fail
    (the whole crawl of a mirror, on a machine whose `no_proxy` does not list it). A proxy
    a request names itself (`meta["proxy"]`) is still used."""

    def process_request(self, request: Request) -> None:
        if "proxy" not in request.meta and is_loopback(urlparse_cached(request).hostname):
            return None
        return super().process_request(request)


def is_loopback(host: str | None) -> bool:
    """Whether `host` names this machine's loopback: `localhost` (and names under it, RFC
    6761) or an address in 127.0.0.0/8 or `::1`."""
    if not host:
        return False
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def refused(crawler, request: Request, reason: str) -> None:
    """Tell the run monitor that `request` will never be sent, and why."""
    crawler.signals.send_catch_log(signal=fetch_refused, request=request, reason=reason)


def refuse_request(crawler, request: Request, reason: str, message: str, *args: object) -> None:
    """Count a request that will never be sent in `tinbao/refused/<reason>`, say it as a
    warning (`message % args`), and tell the run monitor."""
    crawler.stats.inc_value("tinbao/refused")
    crawler.stats.inc_value(f"tinbao/refused/{reason}")
    crawler.spider.logger.warning(message, *args)
    refused(crawler, request, reason)


class RobotsTxtMiddleware(robotstxt.RobotsTxtMiddleware):
    """Scrapy's robots.txt check, made to hold for every request and to say what it refuses.

    Scrapy hands the parsed robots.txt to the requests that waited for it through one shared
    Deferred, which gives its result to the first waiter only: the others got None, read as
    "no robots.txt", and were sent whatever it said. Here every waiter reads the parser Scrapy
    keeps per host once it is known. A forbidden page is counted in `tinbao/refused/robots_txt`
    and logged with its URL (Scrapy says it at DEBUG only), since a site whose robots.txt
    forbids its articles gives a run with nothing in it.

    A crawl stopped while robots.txt is on its way waits for neither it nor the requests held
    back until it answers: the wait is given up (the robots.txt request with it) and they are
    left to the next run, where the stop waited for robots.txt, then sent them.

    robots.txt's `Crawl-delay` for tinbao is obeyed too (Scrapy reads none): the host's
    requests are sent that many seconds apart, at most `TINBAO_CRAWL_DELAY_MAX`, whatever
    AutoThrottle or a download delay would allow (crawler/downloader.py).
    """

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self._fetching: dict[str, asyncio.Task | None] = {}  # the call fetching robots.txt, by host
        self.crawl_delay_cap = crawler.settings.getfloat("TINBAO_CRAWL_DELAY_MAX")

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        await super()._parse_robots(response, netloc, request)
        self.keep_crawl_delay(self._parsers[netloc], request)

    def keep_crawl_delay(self, parser, request: Request) -> None:
        """Space the requests to `request`'s host by the `Crawl-delay` robots.txt gives tinbao."""
        read = getattr(parser, "crawl_delay", None)  # Scrapy's Protego parser reads it
        delay = read(self._robotstxt_useragent or self._default_useragent) if read else None
        if not delay or delay <= 0:
            return
        if delay > self.crawl_delay_cap:
            logger.warning(
                "%s: robots.txt Crawl-delay %g s capped at %g s (TINBAO_CRAWL_DELAY_MAX)",
                urlparse_cached(request).netloc,
                delay,
                self.crawl_delay_cap,
            )
            delay = self.crawl_delay_cap
        downloader = self.crawler.engine.downloader
        downloader.crawl_delays[downloader.get_slot_key(request)] = delay
        logger.info("%s: robots.txt asks %g s between requests", request.url, delay)

    async def process_request(self, request: Request) -> None:
        if not is_asyncio_available():
            return await super().process_request(request)
        if request.meta.get("dont_obey_robotstxt") or request.url.startswith(("data:", "file:")):
            return None
        netloc = urlparse_cached(request).netloc
        if netloc in self._parsers and not isinstance(self._parsers[netloc], Deferred):
            self.process_request_2(self._parsers[netloc], request)  # known: nothing to wait for
            return None
        waiting = asyncio.ensure_future(self.robot_parser(request))
        while not waiting.done() and self.crawler.engine.running:
            await asyncio.wait([waiting], timeout=STOP_CHECK)
        if not self.crawler.engine.running:
            self._give_up(netloc)
            raise dropped_by_the_stop(request, "not fetched")
        self.process_request_2(waiting.result(), request)
        return None

    def _give_up(self, netloc: str) -> None:
        """Cancel the robots.txt request of a host and answer its waiters (all stopping)."""
        if (fetching := self._fetching.pop(netloc, None)) is not None:
            fetching.cancel()
        if isinstance(pending := self._parsers.get(netloc), Deferred):
            self._parsers[netloc] = None
            pending.callback(None)

    async def robot_parser(self, request: Request):
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers and is_asyncio_available():
            self._fetching[netloc] = asyncio.current_task()  # this call fetches robots.txt
        parser = await super().robot_parser(request)
        self._fetching.pop(netloc, None)
        return self._parsers.get(netloc, parser)

    def process_request_2(self, rp, request: Request) -> None:
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            # A redirect's target names the page that sent there: the one a reader misses.
            chain = request.meta.get("redirect_urls")
            found = f" (found in the redirect of {chain[0]})" if chain else ""
            refuse_request(
                self.crawler,
                request,
                "robots_txt",
                "%s: not fetched, forbidden by robots.txt%s",
                request.url,
                found,
            )
            raise


class RedirectLimit:
    """A redirect chain longer than `REDIRECT_MAX_TIMES` is refused with a warning naming its
    first URL (Scrapy drops it with a DEBUG line), counted in `tinbao/refused/redirect_limit`."""

    def _redirect(self, redirected: Request, request: Request, reason) -> Request:
        try:
            return super()._redirect(redirected, request, reason)
        except IgnoreRequest:
            chain = request.meta.get("redirect_urls") or [request.url]
            refuse_request(
                self.crawler,
                request,
                "redirect_limit",
                "%s: not followed (redirect_limit; more than %d redirects, the last to %s)",
                chain[0],
                self.max_redirect_times,
                redirected.url[:300],
            )
            raise


class RedirectMiddleware(RedirectLimit, redirect.RedirectMiddleware):
    """Scrapy's HTTP redirects, with the chain's length limit said out loud, and a redirect to
    another scheme (`file:`, `ftp:`, `javascript:`) refused like any other bad redirect (Scrapy
    passed the 3xx answer on, ignored with an INFO line, or raised on `javascript:`).

    A redirect that sets a cookie and leads back to the page itself, or to a page the chain came
    through (a consent page sending the reader back to the article), is a cookie wall, not a
    loop: that page is asked once more, sending back the cookies that answer set (cookies are
    otherwise off). Only that URL gets them, and only once: a wall that answers the same again
    is stopped as a loop.
    """

    def process_response(self, request: Request, response: Response) -> Request | Response:
        location = response.headers.get("Location")
        if location and 300 <= response.status < 400:
            try:
                target = urljoin(request.url, location.decode("latin-1").strip())
                scheme = urlsplit(target).scheme.lower()
            except ValueError:  # `http://[::1`: no URL at all
                target = None
            if target is not None and not _scrapy_reads(location):
                # A host w3lib will not quote (its letters sent raw, `báothaibình.vn`): Scrapy
                # would raise on it. Another site's host is refused as any redirect off the site.
                reason = getattr(self.crawler.spider, "refusal", lambda url: None)(target)
                if reason:
                    self.crawler.spider.refuse(
                        target, f"{reason}_redirect", f"the redirect of {request.url}"
                    )
                    refused(self.crawler, request, f"{reason}_redirect")
                    raise IgnoreRequest(f"{request.url}: {reason}_redirect")
                target = None
            if target is None:
                refuse_request(
                    self.crawler,
                    request,
                    "bad_redirect",
                    "%s: not followed (bad_redirect; its Location %r is no URL)",
                    request.url,
                    location.decode("latin-1")[:300],
                )
                raise IgnoreRequest(f"{request.url}: bad_redirect") from None
            if scheme not in ("http", "https"):
                refuse_request(
                    self.crawler,
                    request,
                    "scheme_redirect",
                    "%s: not followed (scheme_redirect; found in the redirect of %s)",
                    target[:300],
                    request.url,
                )
                raise IgnoreRequest(f"{request.url}: scheme_redirect")
            cookies = response.headers.getlist("Set-Cookie")
            chain = request.meta.get("redirect_urls") or []
            back = target == request.url or target in chain
            if back and cookies and not request.meta.get(COOKIE_WALL):
                return _through_cookie_wall(request, target, cookies)
        return super().process_response(request, response)


def _scrapy_reads(location: bytes) -> bool:
    """Whether Scrapy's redirect can make a URL of `location` (it quotes it with w3lib, which
    since 2.6 raises on a host it finds characters no domain may hold in)."""
    try:
        safe_url_string(location)
    except ValueError:
        return False
    return True


def _through_cookie_wall(request: Request, target: str, cookies: list[bytes]) -> Request:
    """`target`, the page a cookie wall sends back to, asked again with the cookies the wall
    set; its chain cut back to the requests before it, so that asking it is no loop yet."""
    sent = "; ".join(c.decode("latin-1").split(";", 1)[0].strip() for c in cookies)
    headers = {**request.headers.to_unicode_dict(), "Cookie": sent}
    meta = {**request.meta, COOKIE_WALL: True}
    chain = request.meta.get("redirect_urls") or []
    if target in chain:
        meta["redirect_urls"] = chain[: chain.index(target)]
    return request.replace(url=target, headers=headers, meta=meta, dont_filter=True)


class UrlLengthMiddleware(urllength.UrlLengthMiddleware):
    """Scrapy's cap on the length of a URL requested (`URLLENGTH_LIMIT`), saying what it skips:
    Scrapy dropped such a link with an INFO line, under a scheduled crawl's log level, and no
    summary counted it. Each is a link refused (`tinbao/refused/too_long`, `links refused` in
    the summary) with a warning naming its start, its length and the page it was found on."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if len(request.url) <= self.maxlength:
            return request
        refuse_request(
            self.crawler,
            request,
            "too_long",
            "%s…: not followed (%d characters, past URLLENGTH_LIMIT %d; found in %s)",
            request.url[:300],
            len(request.url),
            self.maxlength,
            response.url if response is not None else "the start requests",
        )
        return None


class HttpErrorMiddleware(httperror.HttpErrorMiddleware):
    """Scrapy's filter of non-2xx answers, saying each one as a warning with its URL (Scrapy
    says it at INFO): a 404, a 999 from an anti-bot wall, a 301 with no `Location`. A `204 No
    Content` or `205 Reset Content` is filtered too: the server says it sent no page."""

    NO_CONTENT = (204, 205)

    def process_spider_input(self, response: Response, spider=None) -> None:
        if response.status in self.NO_CONTENT:
            raise httperror.HttpError(response, "Ignoring an answer with no content")
        return super().process_spider_input(response)

    def process_spider_exception(self, response: Response, exception: Exception):
        handled = super().process_spider_exception(response, exception)
        if handled is not None:
            first = (response.request.meta.get("redirect_urls") or [response.url])[0]
            self.crawler.spider.logger.warning(
                "%s: not read, answered HTTP %d", first, response.status
            )
            self.count_article(response)
        return handled

    def count_article(self, response: Response) -> None:
        """Count an article page not read for its status (`ARTICLES_NOT_READ`), which the
        summary names: the warning above is not shown under `--quiet`. A status the crawl
        retries is left out, as the URL given up is counted among the unreachable ones (with
        retries off, `RETRY_ENABLED=0`, no status is retried)."""
        request = response.request
        if request is None or getattr(request.callback, "__name__", "") != "parse_article":
            return
        settings = self.crawler.settings
        if settings.getbool("RETRY_ENABLED") and response.status in retried_statuses(settings):
            return
        self.crawler.stats.inc_value(f"{ARTICLES_NOT_READ}/{response.status}")


class RetryMiddleware(retry.RetryMiddleware):
    """Scrapy's retries, counting each URL given up by why its last try failed (`GAVE_UP`).

    Scrapy counts every retry by its reason, those of pages that then loaded too: a page that
    failed once is no unreachable page, so a run's summary names only the ones given up.
    """

    def _retry(self, request: Request, reason: str | Exception | type[Exception]) -> Request | None:
        retried = super()._retry(request, reason)
        if retried is None:
            self.crawler.stats.inc_value(GAVE_UP + _reason_name(reason))
        return retried


def _reason_name(reason: str | Exception | type[Exception]) -> str:
    """A retry's reason as the summary names it: the status of `500 Internal Server Error`, the
    class of a network error."""
    if isinstance(reason, str):
        return reason.partition(" ")[0]
    return (reason if isinstance(reason, type) else type(reason)).__name__


class RetryBackoffMiddleware:
    """Wait before each retry, so a struggling server gets room to recover.

    Scrapy's RetryMiddleware re-schedules a failed request at once; this one delays the retried
    request (`retry_times` in its meta) by `TINBAO_RETRY_BACKOFF_BASE ** retry_times` seconds, or
    by the server's `Retry-After` (429/503) when that is longer, capped at
    `TINBAO_RETRY_AFTER_MAX`. A `Retry-After` also slows the whole host down: its download slot's
    delay is raised to the wait, and AutoThrottle lowers it again as answers come back healthy;
    with AutoThrottle off, the first healthy answer once the wait has passed puts back the delay
    the host had before (else it would keep the longest wait asked for to the end of the run).

    A crawl stopped meanwhile (Ctrl-C, SIGTERM, a scrapyd job cancelled) waits out none of it:
    the retry and the requests queued behind a host's raised delay are dropped, left to the
    next run, where the stop waited for them to be sent, one `Retry-After` apart.
    """

    def __init__(self, crawler, base: float, cap: float, retry_after_cap: float) -> None:
        self.crawler = crawler
        self.base = base
        self.cap = cap
        self.retry_after_cap = retry_after_cap
        self.throttled = crawler.settings.getbool("AUTOTHROTTLE_ENABLED")
        # slot key → (its delay before a Retry-After raised it, monotonic end of the wait)
        self.raised: dict[str, tuple[float, float]] = {}

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
            end = time.monotonic() + delay
            while self.crawler.engine.running and (left := end - time.monotonic()) > 0:
                await maybe_deferred_to_future(
                    deferLater(reactor, min(left, STOP_CHECK), lambda: None)
                )
            if not self.crawler.engine.running:
                raise dropped_by_the_stop(request, "not retried")
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        """Note a 429/503's `Retry-After` on the request (its retry copies the meta)."""
        if response.status not in (429, 503):
            if response.status < 400:
                self.ease(request)
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
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is None:
            return
        if not self.throttled:
            before, until = self.raised.get(key, (slot.delay, 0.0))
            self.raised[key] = (before, max(until, time.monotonic() + wait))
        if slot.delay < wait:
            slot.delay = wait

    def ease(self, request: Request) -> None:
        """Give the host back its own delay at a healthy answer once the wait has passed."""
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        before, until = self.raised.get(key, (0.0, float("inf")))
        if time.monotonic() < until:
            return
        del self.raised[key]
        if (slot := downloader.slots.get(key)) is not None:
            slot.delay = before
        self.crawler.stats.inc_value("tinbao/retry_after/eased")
        logger.info("%s: answering again, delay back to %.1f s", key, before)


def retry_after_seconds(value: str, now: float | None = None) -> float | None:
    """Seconds a `Retry-After` header asks for (delta-seconds or HTTP-date), None if unreadable.

    An HTTP-date is always GMT: C's `asctime` form (`Sun Nov  6 08:49:37 1994`), which a
    recipient must accept as well, names no zone, and is read in UTC like the other two forms.
    """
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class HttpCompressionMiddleware(httpcompression.HttpCompressionMiddleware):
    """Scrapy's decompression, made strict: a body that is not the whole page is never read.

    Scrapy reads as much of a gzip, deflate, br or zstd body as it can and keeps that part when
    the stream is cut short or corrupt (`crawler/compression.py`), so an article cut mid-page was
    parsed and stored as if whole, or dropped as unreadable for good; and a body no decoder
    accepts ended as a traceback. Here either is one ERROR line naming the URL, counted in
    `tinbao/bad_response/undecodable`, and the page is left to the next run (it is not a
    dropped page: the server, not the page, failed).

    A `206 Partial Content` answer to a request that asked for no range (a cache in front of
    the site answering with a range it holds for someone else) is refused the same way: it is
    part of a page, whatever its status says.
    """

    @classmethod
    def from_crawler(cls, crawler):
        middleware = super().from_crawler(crawler)
        middleware.crawler = crawler
        return middleware

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 206 and b"Range" not in request.headers:
            whole = "partial answer (206) to a request for the whole page"
            self.not_read(request, "partial", whole)
        encodings = response.headers.getlist("Content-Encoding")
        if not encodings and response.body.startswith(GZIP_MAGIC):
            # A pre-compressed file (`page.html.gz`, `home.rss.gz`) served as it lies on disk,
            # with no header saying so: no page, feed or sitemap starts with these bytes.
            response.headers["Content-Encoding"] = encodings = [b"gzip"]
        if "partial" in response.flags and not document_ended(response):
            # No length and no chunks: only the connection's end said where the body ends.
            cut = "the connection closed before the page ended"
            self.not_read(request, "cut_short", cut)
        if encodings and not content_codings(encodings):  # `identity`: sent as it is
            del response.headers["Content-Encoding"]
        try:
            max_size = request.meta.get("download_maxsize", self._max_size)
            if problem := compression_problem(encodings, response.body, max_size):
                raise ValueError(problem)
            return super().process_response(request, response)
        except IgnoreRequest:
            raise
        except Exception as exc:  # whatever a decoder raises on a bad body (zlib, brotli, zstd)
            encoding = b", ".join(content_codings(encodings)).decode("latin-1")
            self.not_read(
                request, "undecodable", f"its {encoding} encoding cannot be decoded ({exc})", exc
            )

    def not_read(
        self, request: Request, reason: str, why: str, cause: Exception | None = None
    ) -> NoReturn:
        """Refuse a body that is not the whole page: one ERROR line, counted, left to the next
        run."""
        self.crawler.stats.inc_value(f"tinbao/bad_response/{reason}")
        self.crawler.spider.logger.error(
            "%s: body not read, %s; fetched again next run", request.url, why
        )
        refused(self.crawler, request, reason)
        raise IgnoreRequest(f"{request.url}: {reason} body") from cause


GZIP_MAGIC = b"\x1f\x8b"
HTML_END = re.compile(rb"</(?:html|body)\s*>", re.IGNORECASE)


def document_ended(response: Response) -> bool:
    """Whether a body the transport could not vouch for is whole: an HTML page that reaches
    its `</body>` or `</html>` (every other kind is checked where it is read)."""
    if not isinstance(response, HtmlResponse) or response.headers.get("Content-Encoding"):
        return True
    return HTML_END.search(response.body) is not None


class MetaRefreshMiddleware(RedirectLimit, redirect.MetaRefreshMiddleware):
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
        result = super().process_response(request, response)
        if isinstance(result, Request) and same_page(result.url, response.url):
            return response  # a page that reloads itself every few minutes: it is the page
        return result


def same_page(url: str, other: str) -> bool:
    return urldefrag(url)[0] == urldefrag(other)[0]


def may_refresh(response: HtmlResponse) -> bool:
    """False when the page's text certainly holds no `refresh` (so no `<meta>` refresh)."""
    bom, _ = read_bom(response.body)  # a byte order mark decides the decoding, before labels
    encoding = codecs.lookup(bom or response.encoding).name
    # bytes.lower() folds ASCII only: 20 µs on a 10 kB page, where a case-blind regex takes 150.
    return encoding not in ASCII_AS_BYTES or b"refresh" in response.body.lower()
