"""Seed a site's shared queue with the start requests a local crawl would make.

The site spider itself computes them (feeds, sitemaps, listings or the archive days of a
backfill, and the articles due for a refresh), reading the database as a local crawl does; its
known URLs become the shared seen-set that workers consult and the writer extends.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

from scrapy.crawler import Crawler
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector
from scrapy_redis.connection import get_redis
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue

from crawler.distributed import keys
from crawler.distributed.queue import push_unseen

_CHUNK = 10_000  # URLs per SADD


@dataclass
class Seeded:
    site: str
    resumed: bool  # a run was in progress: its queue and dupefilter were kept
    queued: int  # start requests added to the queue
    skipped: int  # start requests this run had already scheduled
    known: int  # known article URLs shared with the workers


def enqueue_site(
    redis_url: str, spidercls: type, settings: Settings, spider_args: dict[str, str]
) -> Seeded:
    """Queue the site's start requests and publish its run arguments for the workers."""
    client = keys.connect(redis_url)
    server = get_redis(url=redis_url)  # bytes, as scrapy-redis stores requests
    site = spidercls.name
    crawler = Crawler(spidercls, settings)
    crawler.stats = MemoryStatsCollector(crawler)  # the spider's start counts refreshes
    spider = spidercls.from_crawler(crawler, **spider_args)
    spider.run_recorded = False  # the writer records the run once its records arrive
    requests = asyncio.run(_collect(spider))
    resumed = bool(
        client.zcard(keys.queue(site))
        or any(client.zcard(k) for k in client.scan_iter(keys.inflight(site, "*")))
    )
    # Dropped pages due for another try are among the start requests; known to the workers,
    # they keep a listing from paging on, as the spider's own `retried` does in a local run.
    known = list(spider.known | spider.retried)
    with client.pipeline() as pipe:  # MULTI: workers never see the known set half filled
        if not resumed:
            # A new run: only known URLs are skipped, those the database knows now.
            pipe.delete(keys.dupefilter(site), keys.known(site))
        for i in range(0, len(known), _CHUNK):
            pipe.sadd(keys.known(site), *known[i : i + _CHUNK])
        pipe.execute()
    queue = PriorityQueue(server, spider, keys.QUEUE)
    dupefilter = RFPDupeFilter(server, keys.dupefilter(site))
    queued = skipped = 0
    for request in requests:
        if request.meta.get("tinbao_refresh"):
            queue.push(request)
        elif not push_unseen(queue, dupefilter, request):
            skipped += 1
            continue
        queued += 1
    client.delete(keys.arguments(site))
    client.hset(keys.arguments(site), mapping={**spider_args, "_run": str(time.time_ns())})
    return Seeded(site, resumed, queued, skipped, int(client.scard(keys.known(site))))


async def _collect(spider: Any) -> list[Any]:
    return [request async for request in spider.start()]
