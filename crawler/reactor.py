"""The crawl's Twisted reactor: Scrapy's asyncio reactor, timing its delayed calls by the
monotonic clock.

Twisted times every delayed call (`callLater`, `deferLater`, `LoopingCall`) by the wall clock,
`time.time`. A clock set back while a crawl runs (NTP correcting a virtual machine resumed from
a snapshot, an operator fixing the time by hand) then holds every wait under way for as long as
the clock went back: a five-second `Retry-After` lasted the hour the clock lost, and the crawl
with it. One set on fires them all at once. The monotonic clock runs on at the pace of time
whatever the wall clock is set to; nothing in a crawl reads the reactor's clock as a date.
"""

from __future__ import annotations

import time

from twisted.internet.asyncioreactor import AsyncioSelectorReactor


class MonotonicAsyncioReactor(AsyncioSelectorReactor):
    """`AsyncioSelectorReactor` whose clock is `time.monotonic` (the asyncio loop's own)."""

    seconds = staticmethod(time.monotonic)


def install() -> None:
    """Install the reactor on Scrapy's asyncio event loop, as Scrapy installs its own (Scrapy
    calls this for a `TWISTED_REACTOR` other than Twisted's asyncio one)."""
    from scrapy.utils.reactor import set_asyncio_event_loop, set_asyncio_event_loop_policy
    from twisted.internet.main import installReactor

    set_asyncio_event_loop_policy()
    installReactor(MonotonicAsyncioReactor(set_asyncio_event_loop(None)))
