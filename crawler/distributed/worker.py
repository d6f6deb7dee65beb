"""A worker: the site spiders fed from the shared queue, items sent to Redis for the writer.

Settings (`worker_settings`) swap in the shared scheduler, the Redis item pipeline and the
shared per-host rate limit; `WorkerMonitor` keeps the worker's heartbeat, hands finished requests
back, revives the requests of dead workers and decides when the site's run is over.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import redis
from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.task import LoopingCall, deferLater

from crawler import settings as project
from crawler.distributed import keys
from crawler.distributed.queue import (
    HANDED,
    WORKER_ID,
    ReliableQueue,
    SharedScheduler,
    requeue,
)
from crawler.distributed.refusals import stop_if_refused, writes_refused
from crawler.downloader import NOT_FETCHED, dropped_by_the_stop
from crawler.signals import article_moved, page_dropped
from parsers.record import RECORD_KEYS
from pipelines.db import ASK_AGAIN, ASK_AGAIN_LISTINGS

logger = logging.getLogger(__name__)

# What a worker reports at close for the writer's run summary (per site).
REPORTED_STATS = (
    "response_received_count",
    "item_dropped_count",
    "log_count/ERROR",
    "tinbao/skipped/known",
    "tinbao/refresh/fetched",
)


def worker_settings(redis_url: str) -> dict[str, Any]:
    """Scrapy settings that turn a crawl process into a worker on `redis_url`."""
    return {
        "REDIS_URL": redis_url,
        "SCHEDULER": "crawler.distributed.queue.SharedScheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.distributed.queue.ReliableQueue",
        "SCHEDULER_QUEUE_KEY": keys.QUEUE,
        "SCHEDULER_DUPEFILTER_KEY": keys.DUPEFILTER,
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,  # a stopped or killed worker leaves the queue to the others
        "TINBAO_STORAGE_ENABLED": False,  # workers never open the database
        "ITEM_PIPELINES": {
            "pipelines.normalize.NormalizePipeline": 300,
            "pipelines.validate.ValidatePipeline": 400,
            "crawler.distributed.worker.RedisItemPipeline": 800,
        },
        # The local crawl's middlewares and extensions, every one: a worker obeys the same URL
        # policy, robots.txt and redirect checks and refuses the same broken bodies.
        "DOWNLOADER_MIDDLEWARES": {
            **project.DOWNLOADER_MIDDLEWARES,
            "crawler.distributed.worker.SharedRateLimit": 570,
        },
        "EXTENSIONS": {
            **project.EXTENSIONS,
            "crawler.extensions.CrawlMonitor": None,  # health is judged at the writer, per site
            "crawler.distributed.worker.WorkerMonitor": 520,
        },
    }


def worker_spider(spidercls: type) -> type:
    """The site spider as a worker runs it: no start requests of its own (they are in the
    queue), the known-article set read from Redis instead of the database, and the spider
    arguments of the site's current run, which `tinbao enqueue` publishes (a worker may have
    been waiting since before it); the worker's own `-a` arguments override them."""

    class WorkerSpider(spidercls):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.overrides = kwargs
            self.run_id: str | None = None
            self.client: redis.Redis | None = None

        async def start(self) -> AsyncIterator[Request]:
            self.sync_run()
            return
            yield

        def sync_run(self) -> None:
            """Take up the arguments of a new run (the scheduler asks before each request)."""
            if self.client is None:
                self.client = keys.connect(self.settings.get("REDIS_URL"))
            arguments = self.client.hgetall(keys.arguments(self.name))
            run = arguments.pop("_run", "")
            if run == self.run_id:
                return
            spidercls.__init__(self, **{**arguments, **self.overrides})
            self.known = SeenSet(self.client, keys.known(self.name))
            self.run_id = run

    WorkerSpider.__name__ = f"Worker{spidercls.__name__}"
    return WorkerSpider


class SeenSet:
    """The shared set of known article URLs, answering `in` like the local crawl's set."""

    def __init__(self, client: redis.Redis, key: str) -> None:
        self.client = client
        self.key = key

    def __contains__(self, url: object) -> bool:
        return bool(self.client.sismember(self.key, str(url)))

    def __len__(self) -> int:
        return int(self.client.scard(self.key))


def message(kind: str, site: str, **fields: Any) -> str:
    """One message on the items list, as JSON."""
    return json.dumps({"kind": kind, "site": site, **fields}, ensure_ascii=False)


class RedisItemPipeline:
    """Push each normalized record, with its HTML, to the writer's list."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.client = keys.connect(crawler.settings.get("REDIS_URL"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisItemPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        record = {key: adapter.get(key) for key in RECORD_KEYS}
        site = self.crawler.spider.name if self.crawler.spider else record["site"]
        fields = {"record": record, "html": adapter["html"]}
        if adapter.get("copy_from"):  # a copy of the article at another address: see the writer
            fields["copy_from"] = adapter["copy_from"]
        with stop_if_refused(self.crawler):
            self.client.lpush(keys.ITEMS, message("article", site, **fields))
            self.crawler.stats.inc_value("tinbao/queued_for_writer")
        return item


# Reserve the host's next send slot: returns how long to wait for it (seconds, server time).
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local interval = tonumber(ARGV[1])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], tostring(slot + interval), 'EX', math.ceil(slot + interval - now) + 60)
local second = math.floor(slot)
redis.call('INCR', KEYS[2] .. second)
redis.call('EXPIRE', KEYS[2] .. second, 120)
return tostring(slot - now)
"""

# Push the host's next slot to at least now + a delay (a Retry-After answer).
_DEFER = """
local t = redis.call('TIME')
local until_ = tonumber(t[1]) + tonumber(t[2]) / 1e6 + tonumber(ARGV[1])
local slot = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > slot then
  redis.call('SET', KEYS[1], tostring(until_), 'EX', math.ceil(tonumber(ARGV[1])) + 60)
end
return 1
"""


class SharedRateLimit:
    """At most `TINBAO_HOST_RATE` requests per second to each host, across all workers.

    Each request reserves the host's next free send time in Redis (server clock, so machines'
    clocks do not matter) and waits for it; a `Retry-After` answer moves that time for every
    worker. `TINBAO_HOST_RATE = 0` lifts the limit (robots.txt and the retry backoff remain).
    """

    def __init__(self, crawler: Crawler, client: redis.Redis, rate: float) -> None:
        self.crawler = crawler
        self.interval = 1.0 / rate
        self.reserve = client.register_script(_RESERVE)
        self.defer = client.register_script(_DEFER)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedRateLimit:
        rate = crawler.settings.getfloat("TINBAO_HOST_RATE")
        if rate <= 0:
            raise NotConfigured
        return cls(crawler, keys.connect(crawler.settings.get("REDIS_URL")), rate)

    def reserve_slot(self, host: str) -> float:
        """Reserve the host's next send time; returns the seconds to wait for it."""
        slot = [keys.next_slot(host), keys.fetches(host)]
        return float(self.reserve(keys=slot, args=[self.interval]))

    async def process_request(self, request: Request) -> None:
        wait = 0.0
        with stop_if_refused(self.crawler):
            wait = self.reserve_slot(urlsplit(request.url).netloc)
        if writes_refused(self.crawler):
            raise dropped_by_the_stop(request, "not sent")
        if wait > 0:
            from twisted.internet import reactor  # the one Scrapy installed

            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        delay = retry_after(response)
        if delay:
            with stop_if_refused(self.crawler):
                self.defer(keys=[keys.next_slot(urlsplit(request.url).netloc)], args=[delay])
        return response


def retry_after(response: Response) -> float | None:
    """The seconds of a 429/503 answer's `Retry-After` (delay form), if any."""
    if response.status not in (429, 503):
        return None
    value = response.headers.get(b"Retry-After", b"").decode("latin-1").strip()
    return float(value) if value.isdigit() else None


class WorkerMonitor:
    """Heartbeat, request acknowledgement, dead-worker recovery, waking the engine and the end
    of a site's run.

    Every `TINBAO_WORKER_TICK` seconds: acknowledge the requests the engine has finished, renew
    the heartbeat (it expires after `TINBAO_WORKER_HEARTBEAT_TTL` seconds) and, when the engine
    has room for a request and the shared queue has work, hand it one: the engine would
    otherwise look at the queue again only at its 5 s heartbeat, since work another worker
    queues does not wake it. Every third of the TTL: requeue the in-flight requests of workers
    whose heartbeat has expired. A site's run is over when its queue is empty and no worker has
    a request in flight; `TINBAO_WORKER_WAIT` keeps the worker waiting for new work instead (a
    service).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.client = keys.connect(settings.get("REDIS_URL"))
        self.tick = settings.getfloat("TINBAO_WORKER_TICK")
        self.ttl = settings.getfloat("TINBAO_WORKER_HEARTBEAT_TTL")
        self.wait = settings.getbool("TINBAO_WORKER_WAIT")
        self.task: LoopingCall | None = None
        self.site = ""
        self.next_revival = 0.0  # monotonic time of the next look for dead workers

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerMonitor:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        monitor = cls(crawler)
        crawler.signals.connect(monitor.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(monitor.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(monitor.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(monitor.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(monitor.page_dropped, signal=page_dropped)
        crawler.signals.connect(monitor.article_moved, signal=article_moved)
        return monitor

    def spider_opened(self, spider: Any) -> None:
        self.site = spider.name
        self.task = LoopingCall(self.on_tick)
        self.task.start(self.tick, now=True)

    @property
    def scheduler(self) -> SharedScheduler:
        return self.crawler.engine.scheduler

    @property
    def queue(self) -> ReliableQueue:
        return self.scheduler.queue  # the queue scrapy-redis's scheduler opened

    def unfinished(self) -> set[Request]:
        """The requests the engine has taken and not finished: being downloaded or parsed, or
        their items and links still being handled.

        This is the one private Scrapy attribute a worker reads. Scrapy has no public way to
        learn when a request is finished: no signal marks it (`response_received` comes before
        the callback runs, `item_scraped` once per item, and nothing for a page that yields no
        item or whose download failed), and no public attribute lists such requests. The engine
        keeps exactly this set, to wait for it before closing, on its private slot. A request
        acknowledged any earlier would be lost with a worker killed before its items reached
        Redis.
        """
        slot = self.crawler.engine._slot
        return slot.inprogress if slot is not None else set()

    def acknowledge(self, unfinished: set[Request]) -> None:
        """Drop from the in-flight set the taken requests that are neither unfinished nor still
        waiting in the scheduler, nor kept from being fetched by a stop (`NOT_FETCHED`: they go
        back to the queue with the others when the spider closes)."""
        waiting = set(self.scheduler.handed)
        self.queue.done(
            [
                r
                for r in self.queue.taken
                if r not in unfinished and r not in waiting and not r.meta.get(NOT_FETCHED)
            ]
        )

    def on_tick(self) -> None:
        """Beat, and end the site's run as soon as it is over: the engine itself would look
        again only at its 5 s heartbeat after a `DontCloseSpider`."""
        with stop_if_refused(self.crawler):
            self.beat()
        if writes_refused(self.crawler):
            return
        engine = self.crawler.engine
        if engine.scheduler is not None and engine.spider_is_idle() and self.run_over():
            deferred_from_coro(engine.close_spider_async(reason="finished"))

    def beat(self) -> None:
        engine = self.crawler.engine
        if engine is None or engine.spider is None or engine.scheduler is None:
            return
        if writes_refused(self.crawler):
            return
        self.acknowledge(self.unfinished())
        stats = self.crawler.stats
        state = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "site": self.site,
            "in_flight": len(self.queue.taken),
            "pages": stats.get_value("response_received_count", 0),
            "items": stats.get_value("tinbao/queued_for_writer", 0),
            "beat": time.time(),
        }
        with self.client.pipeline() as pipe:  # MULTI: never listed without a heartbeat
            pipe.hset(keys.heartbeat(self.site, WORKER_ID), mapping=state)
            pipe.expire(keys.heartbeat(self.site, WORKER_ID), max(1, round(self.ttl)))
            pipe.sadd(keys.workers(self.site), WORKER_ID)
            pipe.execute()
        if time.monotonic() >= self.next_revival:
            self.revive_dead()
            self.next_revival = time.monotonic() + self.ttl / 3
        self.hand_over()

    def hand_over(self) -> None:
        """Give the engine a request from the shared queue if it has room for one."""
        engine = self.crawler.engine
        if self.scheduler.handed or engine.needs_backout():
            return
        request = self.queue.pop()
        if request is not None:
            request.meta[HANDED] = True
            engine.crawl(request)

    def revive_dead(self) -> None:
        """Requeue the requests of workers whose heartbeat expired (killed or cut off)."""
        for worker in self.client.smembers(keys.workers(self.site)):
            if worker == WORKER_ID or self.client.exists(keys.heartbeat(self.site, worker)):
                continue
            moved = requeue(self.queue.server, self.site, worker)
            if moved:
                logger.warning(
                    "%s: requeued %d requests of dead worker %s", self.site, moved, worker
                )
            self.client.srem(keys.workers(self.site), worker)

    def spider_idle(self, spider: Any) -> None:
        with stop_if_refused(self.crawler):
            self.beat()
        if not writes_refused(self.crawler) and not self.run_over():
            raise DontCloseSpider

    def run_over(self) -> bool:
        """Whether this worker is done with the site: not waiting for new runs (a service),
        the queue empty and no request in flight at any worker."""
        return not self.wait and not len(self.queue) and not self.in_flight_anywhere()

    def in_flight_anywhere(self) -> bool:
        """Whether any worker (this one included) holds a request of this site."""
        return any(
            self.client.zcard(key) for key in self.client.scan_iter(keys.inflight(self.site, "*"))
        )

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """Tell the writer, so the dropped page is not fetched again by later runs."""
        url = item.get("url") or getattr(item.get("extraction"), "url", None)
        if url:
            self.page_dropped(url, str(exception).rpartition("not stored, ")[2] or "dropped")

    def page_dropped(self, url: str, reason: str) -> None:
        """The same for an article page that gave no item (not HTML, unreadable text)."""
        with stop_if_refused(self.crawler):
            self.client.lpush(keys.ITEMS, message("dropped", self.site, url=url, reason=reason))

    def article_moved(self, url: str, target: str, status: int) -> None:
        """Tell the writer of an article URL that moved for good to another article, so it is
        remembered in `redirects` and later runs skip it, as a local crawl does."""
        moved = message("moved", self.site, url=url, target=target, status=status)
        with stop_if_refused(self.crawler):
            self.client.lpush(keys.ITEMS, moved)

    def spider_closed(self, spider: Any, reason: str) -> None:
        """Stop beating; requests not finished (a Ctrl-C or SIGTERM stop) go back to the queue.

        The engine closes a spider only once every request it took is finished, so all that
        remain in flight are those handed over and not yet started. After a write Redis refused,
        only the heartbeat goes (a deletion Redis still takes), so the next worker revives them.
        """
        if self.task is not None and self.task.running:
            self.task.stop()
        if writes_refused(self.crawler):
            self.client.delete(keys.heartbeat(self.site, WORKER_ID))
            return
        self.acknowledge(set())
        moved = requeue(self.queue.server, self.site, WORKER_ID)
        if moved:
            logger.info("%s: %d unfinished requests back in the queue", self.site, moved)
        stats = self.crawler.stats.get_stats()
        reported = {name: stats[name] for name in REPORTED_STATS if name in stats}
        for name, value in stats.items():
            if name.startswith(("tinbao/dropped", "tinbao/bad_page/")):
                reported[name] = value
        for name in (ASK_AGAIN, ASK_AGAIN_LISTINGS):  # for the next run's seeding
            if name in stats:
                reported[name] = stats[name]
        if reported:  # a worker that found no work has nothing for the run summary
            self.client.lpush(
                keys.ITEMS, message("stats", self.site, stats=reported, reason=reason)
            )
        self.client.delete(keys.heartbeat(self.site, WORKER_ID))
        self.client.srem(keys.workers(self.site), WORKER_ID)
