"""Every Redis key tinbao uses, in one place (all under the `tinbao:` prefix)."""

from __future__ import annotations

import redis

PREFIX = "tinbao"
QUEUE = PREFIX + ":%(spider)s:requests"  # scrapy-redis request queue (sorted set by priority)
DUPEFILTER = PREFIX + ":%(spider)s:dupefilter"  # scrapy-redis request fingerprints of this run
ITEMS = PREFIX + ":items"  # messages for the writer: articles, dropped pages, worker stats
PROCESSING = PREFIX + ":items:processing"  # the writer's batch until its transaction commits
WRITER_LOCK = PREFIX + ":writer"  # held by the one running writer
WRITE_CHECK = PREFIX + ":write-check"  # written and deleted at once by a command that will write


def queue(site: str) -> str:
    return QUEUE % {"spider": site}


def dupefilter(site: str) -> str:
    return DUPEFILTER % {"spider": site}


def inflight(site: str, worker: str) -> str:
    """Requests a worker took from the queue and has not finished (sorted set like the queue)."""
    return f"{PREFIX}:{site}:inflight:{worker}"


def known(site: str) -> str:
    """Keys (`parsers.urls.url_key`) of the site's stored or dropped articles: discovery skips
    them."""
    return f"{PREFIX}:{site}:known"


def arguments(site: str) -> str:
    """The spider arguments of the site's current run, set by `tinbao enqueue`."""
    return f"{PREFIX}:{site}:args"


def workers(site: str) -> str:
    """Ids of the workers that opened the site (a dead one leaves until another revives it)."""
    return f"{PREFIX}:{site}:workers"


def heartbeat(site: str, worker: str) -> str:
    """A worker's state for one site (a hash), expiring unless the worker renews it."""
    return f"{PREFIX}:{site}:worker:{worker}"


def next_slot(host: str) -> str:
    """Server time (seconds) before which no worker may send the host another request."""
    return f"{PREFIX}:rate:{host}"


def fetches(host: str, second: int | str = "") -> str:
    """Requests sent to the host in one second of server time (for `tinbao status`); without
    a second, the prefix the rate limit's script completes."""
    return f"{PREFIX}:fetches:{host}:{second}"


def connect(url: str, *, writing: bool = False) -> redis.Redis:
    """A client for `redis://HOST:PORT/DB` that answers str, checked with a PING; for a command
    that will write, also with a write, which a Redis out of memory or read-only refuses (a
    PING it still answers) before any work is done. The key is deleted at once, so a command
    that then fails on its arguments leaves nothing behind (it expires anyway if we are killed)."""
    client = redis.Redis.from_url(url, decode_responses=True)
    client.ping()
    if writing:
        client.set(WRITE_CHECK, "1", px=1000)
        client.delete(WRITE_CHECK)
    return client
