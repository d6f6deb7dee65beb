"""The shared request queue: scrapy-redis's priority queue and scheduler, made reliable.

scrapy-redis pops a request by deleting it from the queue, so a worker killed with requests in
hand loses them. Here a pop moves the request into the worker's in-flight set in the same
atomic step, and it leaves that set only when the worker's engine is done with it (response
parsed, items pushed, new requests queued) or when a worker finds its owner dead (no
heartbeat) and puts it back in the queue. Fetching is therefore at least once.

In the shared queue every request passes the shared dupefilter, even those the site spiders
mark `dont_filter` (they deduplicate by themselves in a local crawl), except retries and
refreshes, which are meant to fetch a page again, and redirects: an article redirected to one
the run fetched already must still land there, to be known as moved (loops are stopped by
the redirect checks, `crawler/middlewares.py`). A request is noted as seen and queued in one
atomic step (`push_unseen`): a process killed between the two would leave it seen and never
queued, and the page that linked to it, fetched again by another worker, would find it a
duplicate, so it would never be fetched.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections import deque
from typing import Any

from scrapy import Request
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from crawler.distributed import keys
from crawler.distributed.refusals import stop_if_refused, writes_refused

# Take the best (lowest score) request and note it as in flight, atomically.
_POP = """
local found = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #found == 0 then return nil end
redis.call('ZREM', KEYS[1], found[1])
redis.call('ZADD', KEYS[2], found[2], found[1])
return found[1]
"""

# Move every request of an in-flight set back to the queue, keeping its priority.
_REQUEUE = """
local entries = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 1, #entries, 2 do
  redis.call('ZADD', KEYS[2], entries[i + 1], entries[i])
end
redis.call('DEL', KEYS[1])
return #entries / 2
"""

# Note a request's fingerprint in the dupefilter and, if it is new, queue the request.
_PUSH_UNSEEN = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

# Meta key of a request this worker popped from the shared queue and hands to its engine.
HANDED = "tinbao_handed"

WORKER_ID = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def requeue(server, site: str, worker: str) -> int:
    """Put a worker's unfinished requests back in the site's queue; returns how many."""
    script = server.register_script(_REQUEUE)
    return int(script(keys=[keys.inflight(site, worker), keys.queue(site)]))


def push_unseen(queue: PriorityQueue, dupefilter: RFPDupeFilter, request: Request) -> bool:
    """Queue a request unless the dupefilter has seen it, noting it seen in the same atomic
    step (see the module's docstring); returns whether it was queued. The score and the entry
    are those of scrapy-redis's `PriorityQueue.push`."""
    script = queue.server.register_script(_PUSH_UNSEEN)
    fingerprint = dupefilter.request_fingerprint(request)
    entry = queue._encode_request(request)
    return bool(
        script(keys=[dupefilter.key, queue.key], args=[fingerprint, -request.priority, entry])
    )


class ReliableQueue(PriorityQueue):
    """scrapy-redis's priority queue whose pop keeps the request in this worker's in-flight set."""

    def __init__(self, server, spider, key, serializer=None) -> None:
        super().__init__(server, spider, key, serializer)
        self.inflight_key = keys.inflight(spider.name, WORKER_ID)
        self.pop_script = server.register_script(_POP)
        self.taken: dict[Request, bytes] = {}  # popped request → its queue entry

    def pop(self, timeout: int = 0) -> Request | None:
        data = self.pop_script(keys=[self.key, self.inflight_key])
        if data is None:
            return None
        request = self._decode_request(data)
        self.taken[request] = data
        return request

    def done(self, finished: list[Request]) -> None:
        """Drop finished requests from the in-flight set, except an entry that a request still
        taken shares: the same request taken twice (a refresh queued again by a second
        `tinbao enqueue` while this worker held it) is one entry of the set, which must stay
        until both are finished, or a worker killed meanwhile would lose the second."""
        entries = {self.taken.pop(request) for request in finished}
        entries -= set(self.taken.values())
        if entries:
            self.server.zrem(self.inflight_key, *entries)


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler with the shared dupefilter applied as explained above; before
    taking a request it lets a worker spider take up the arguments of a new run.

    It also takes requests handed to the engine (`engine.crawl`) that this worker has already
    popped from the shared queue (`WorkerMonitor.hand_over`): they skip Redis and are the next
    ones served. The engine asks the scheduler again only when it has capacity and something
    woke it (a download finished, a request was crawled, or its 5 s heartbeat); handing a
    request over is the engine's public way to wake it when work appears in the shared queue.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.handed: deque[Request] = deque()

    def next_request(self) -> Request | None:
        if writes_refused(self.spider.crawler):
            return None  # the worker is stopping: take nothing more from the queue
        sync = getattr(self.spider, "sync_run", None)
        if sync is not None:
            sync()
        if self.handed:
            return self.handed.popleft()
        return super().next_request()

    def has_pending_requests(self) -> bool:
        return bool(self.handed) or super().has_pending_requests()

    def enqueue_request(self, request: Request) -> bool:
        if request.meta.pop(HANDED, False):
            self.handed.append(request)
            return True
        with stop_if_refused(self.spider.crawler):
            return self.share(request)
        return False  # the worker is stopping; the page that led here will be fetched again

    def share(self, request: Request) -> bool:
        """Put a request in the shared queue unless the dupefilter has seen it."""
        meta = request.meta
        again = meta.get("retry_times") or meta.get("tinbao_refresh") or meta.get("redirect_urls")
        if again:
            self.queue.push(request)
        elif not push_unseen(self.queue, self.df, request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True
