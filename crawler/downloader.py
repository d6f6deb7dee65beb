"""Scrapy's downloader, holding each host to `CONCURRENT_REQUESTS_PER_DOMAIN` requests at once,
reading answers with header lines of up to `MAX_HEADER_LINE` bytes, and giving up the requests
in flight when the crawl is told to stop."""

from __future__ import annotations

import asyncio
import logging
from time import monotonic

from scrapy.core.downloader import Downloader as ScrapyDownloader
from scrapy.core.downloader import Slot
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import defer
from twisted.internet.task import LoopingCall
from twisted.python.failure import Failure
from twisted.web._newclient import HTTPClientParser

from crawler.signals import fetch_not_sent

logger = logging.getLogger(__name__)

# Twisted's HTTP client drops an answer with a header line longer than 16 kB (its line reader's
# default), and the fetch then fails on every try; browsers read the page under a tracing or
# cookie header of 64 kB. Four times that still bounds what a server can make the crawl hold.
MAX_HEADER_LINE = 256 * 1024
HTTPClientParser.MAX_LENGTH = MAX_HEADER_LINE

STOP_CHECK = 0.5  # seconds between looks at whether the crawl is stopping, while a wait lasts

# Meta key of a request the crawl's stop kept from being fetched: a distributed worker puts it
# back in the shared queue, where counting it done would lose it for the run.
NOT_FETCHED = "tinbao_not_fetched"


def dropped_by_the_stop(request: Request, what: str) -> IgnoreRequest:
    """The exception that drops `request` (`what`: "not sent", "not read") as the crawl stops,
    the request marked `NOT_FETCHED`."""
    request.meta[NOT_FETCHED] = True
    return IgnoreRequest(f"{request.url}: {what}, the crawl is stopping")


class Downloader(ScrapyDownloader):
    """Under the asyncio reactor, Scrapy 2.19 starts each download as a task that counts its
    request as transferring only once the task first runs, after the loop sending a host's
    queued requests has ended: that loop, which stops when the host has as many transfers as
    its concurrency allows, counted none and sent the host's whole queue at once (seven
    requests in flight to one host under a limit of one, five under the default of two). Here
    a request takes its transfer place as it leaves the queue; the download frees it.

    A crawl told to stop (Ctrl-C, SIGTERM) gives up the requests in flight within `STOP_CHECK`
    seconds, their connections closed, and leaves them to the next run (a distributed worker
    puts them back in the shared queue): Scrapy's stop waited for each, up to
    `DOWNLOAD_TIMEOUT`, so a server holding its connections open held the stop, and the
    records read before it, written as the spider closes, for minutes.

    A host whose robots.txt asks for a `Crawl-delay` gets its requests that far apart at least
    (`crawl_delays`, filled by crawler/middlewares.py's robots.txt middleware)."""

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self.in_flight: dict[Request, defer.Deferred] = {}  # each sent request's download
        self.given_up: set[Request] = set()
        self.stop_watch: LoopingCall | None = None
        self.crawl_delays: dict[str, float] = {}  # slot key → robots.txt's Crawl-delay, seconds

    def _process_queue(self, slot: Slot) -> None:
        if self._closing():
            self._drop_queued(slot)
            return
        if slot.latercall:
            return  # a download delay is being waited out; that call processes the queue
        now = monotonic()
        delay = slot.download_delay()
        if self.crawl_delays and slot.queue:  # the host's Crawl-delay, keyed as its next request
            delay = max(delay, self.crawl_delays.get(self.get_slot_key(slot.queue[0][0]), 0.0))
        if delay and (penalty := delay - now + slot.lastseen) > 0:
            slot.latercall = call_later(penalty, self._latercall, slot)
            return
        while slot.queue and slot.free_transfer_slots() > 0:
            slot.lastseen = now
            request, queued = slot.queue.popleft()
            slot.transferring.add(request)
            self._send(slot, request, queued)
            if delay:  # one request per delay: the next waits for its own turn
                self._process_queue(slot)
                break

    def _closing(self) -> bool:
        """Whether the crawl is stopping (Ctrl-C, SIGTERM) or its spider closing (a close
        condition such as `CLOSESPIDER_TIMEOUT`, a storage failure): Scrapy's close waits for
        every request the downloader holds, so the requests still queued for a host were sent
        one after another behind its limit and delay, and a run's time budget was overrun by
        as many answers of a slow host. (Scrapy keeps the closing in its engine's private
        slot; `closing` is set there as the close begins.)"""
        engine = self.crawler.engine
        if engine is None:
            return False
        slot = getattr(engine, "_slot", None)
        return not engine.running or getattr(slot, "closing", None) is not None

    def _drop_queued(self, slot: Slot) -> None:
        """Stopping: what waits in a host's queue is not sent (Scrapy's stop would wait for
        each in turn, behind the host's limit or its delay, a `Retry-After` raised it to
        perhaps a minute). The run monitor hears of each (`fetch_not_sent`): the host was
        never asked, so it is no failed fetch of the host."""
        if slot.latercall:
            slot.latercall.cancel()
            slot.latercall = None
        while slot.queue:
            request, queued = slot.queue.popleft()
            self.crawler.signals.send_catch_log(signal=fetch_not_sent, request=request)
            queued.errback(dropped_by_the_stop(request, "not sent"))

    def _send(self, slot: Slot, request: Request, queued: defer.Deferred[Response]) -> None:
        """Start a download, kept in `in_flight` (to be given up on a stop) until it ends."""
        download = deferred_from_coro(self._wait_for_download(slot, request, queued))
        if not download.called:
            self.in_flight[request] = download
            download.addBoth(self._landed, request)
        if self.stop_watch is None:
            self.stop_watch = LoopingCall(self._give_up_when_stopping)
            self.stop_watch.start(STOP_CHECK, now=False)

    def _landed(self, _: object, request: Request) -> None:
        """A download ended: it is no longer in flight. Its outcome went to the request's queue
        Deferred already, so nothing is passed on (returning the download itself, as
        `dict.pop` gave it back, broke its callback chain: a deprecation warning on stderr,
        and a crash where warnings are errors)."""
        self.in_flight.pop(request, None)

    async def _wait_for_download(
        self, slot: Slot, request: Request, queue_dfd: defer.Deferred[Response]
    ) -> None:
        try:
            response = await self._download(slot, request)
        except (asyncio.CancelledError, Exception) as exc:
            if request in self.given_up:
                queue_dfd.errback(dropped_by_the_stop(request, "not read"))
            elif isinstance(exc, Exception):
                queue_dfd.errback(Failure())
            else:
                raise
        else:
            queue_dfd.callback(response)

    def _give_up_when_stopping(self) -> None:
        engine = self.crawler.engine
        if engine is None or engine.running:
            return
        self.stop_watch.stop()
        for slot in self.slots.values():
            self._drop_queued(slot)
        if self.in_flight:
            logger.info("Stopping: %d requests in flight given up", len(self.in_flight))
        for request, download in list(self.in_flight.items()):
            self.given_up.add(request)
            download.cancel()

    def close(self) -> None:
        if self.stop_watch is not None and self.stop_watch.running:
            self.stop_watch.stop()
        super().close()
