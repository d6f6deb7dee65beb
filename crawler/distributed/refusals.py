"""A Redis that stops taking writes while a worker runs: its `maxmemory` reached (with
`noeviction`), or turned into a read-only replica. `tinbao worker` checks for writes when it
starts; this is what happens when Redis begins refusing them later.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import redis
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro

logger = logging.getLogger(__name__)

# Redis's answers to a write it will not take: its `maxmemory` reached, or turned read-only.
WRITE_REFUSALS = (redis.exceptions.OutOfMemoryError, redis.exceptions.ReadOnlyError)
WRITES_REFUSED = "tinbao/redis_refused"  # stat: Redis refused a write; the worker is stopping


def writes_refused(crawler: Crawler) -> bool:
    return bool(crawler.stats.get_value(WRITES_REFUSED))


@contextmanager
def stop_if_refused(crawler: Crawler) -> Iterator[None]:
    """A write Redis refuses while the worker runs ends the worker's run, in one ERROR line.

    From then on nothing is acknowledged: the requests the worker took stay in its in-flight
    set, and the next worker puts them back in the queue once this one's heartbeat is gone, so
    a page whose item Redis refused is fetched again. Items sent before stay for the writer.
    """
    try:
        yield
    except WRITE_REFUSALS as exc:
        if writes_refused(crawler):
            return
        crawler.stats.set_value(WRITES_REFUSED, 1)
        crawler.stats.set_value("tinbao/site_failed", f"Redis refused a write: {exc}")
        logger.error(
            "Redis refused a write (%s): the worker stops; the requests it holds are left to "
            "the next worker",
            exc,
        )
        deferred_from_coro(crawler.engine.close_spider_async(reason="redis_refused"))
