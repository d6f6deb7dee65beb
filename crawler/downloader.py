"""Scrapy's downloader, holding each host to `CONCURRENT_REQUESTS_PER_DOMAIN` requests at once,
and reading answers with header lines of up to `MAX_HEADER_LINE` bytes."""

from __future__ import annotations

from time import monotonic

from scrapy.core.downloader import Downloader as ScrapyDownloader
from scrapy.core.downloader import Slot
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import _schedule_coro
from twisted.web._newclient import HTTPClientParser

# Twisted's HTTP client drops an answer with a header line longer than 16 kB (its line reader's
# default), and the fetch then fails on every try; browsers read the page under a tracing or
# cookie header of 64 kB. Four times that still bounds what a server can make the crawl hold.
MAX_HEADER_LINE = 256 * 1024
HTTPClientParser.MAX_LENGTH = MAX_HEADER_LINE

# Meta key of a request the crawl's stop kept from being fetched: a distributed worker puts it
# back in the shared queue, where counting it done would lose it for the run.
NOT_FETCHED = "tinbao_not_fetched"


def dropped_by_the_stop(request: Request, what: str) -> IgnoreRequest:
    """The exception that drops `request` (`what`: "not sent") as the crawl stops, the
    request marked `NOT_FETCHED`."""
    request.meta[NOT_FETCHED] = True
    return IgnoreRequest(f"{request.url}: {what}, the crawl is stopping")


class Downloader(ScrapyDownloader):
    """Under the asyncio reactor, Scrapy 2.19 starts each download as a task that counts its
    request as transferring only once the task first runs, after the loop sending a host's
    queued requests has ended: that loop, which stops when the host has as many transfers as
    its concurrency allows, counted none and sent the host's whole queue at once (seven
    requests in flight to one host under a limit of one, five under the default of two). Here
    a request takes its transfer place as it leaves the queue; the download frees it."""

    def _process_queue(self, slot: Slot) -> None:
        engine = self.crawler.engine
        if engine is not None and not engine.running:
            # Stopping: what waits for a transfer place is not sent (Scrapy's stop would wait
            # for each in turn, the host's limit apart), as it never waited before the limit held.
            while slot.queue:
                request, queued = slot.queue.popleft()
                queued.errback(dropped_by_the_stop(request, "not sent"))
            return
        if slot.latercall:
            return  # a download delay is being waited out; that call processes the queue
        now = monotonic()
        delay = slot.download_delay()
        if delay and (penalty := delay - now + slot.lastseen) > 0:
            slot.latercall = call_later(penalty, self._latercall, slot)
            return
        while slot.queue and slot.free_transfer_slots() > 0:
            slot.lastseen = now
            request, queued = slot.queue.popleft()
            slot.transferring.add(request)
            _schedule_coro(self._wait_for_download(slot, request, queued))
            if delay:  # one request per delay: the next waits for its own turn
                self._process_queue(slot)
                break
