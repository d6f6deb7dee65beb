"""What is going on in Redis: per-site queues, in-flight requests, workers, items, host rates."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import redis

from crawler.distributed import keys

RATE_WINDOW = 60  # seconds of server time over which `tinbao status` reports host rates


@dataclass
class Status:
    queued: dict[str, int] = field(default_factory=dict)  # site → requests waiting
    in_flight: dict[str, int] = field(default_factory=dict)  # site → requests being fetched
    known: dict[str, int] = field(default_factory=dict)  # site → known article URLs
    workers: list[dict[str, Any]] = field(default_factory=list)  # live heartbeats
    items_waiting: int = 0
    items_processing: int = 0
    host_rates: dict[str, float] = field(default_factory=dict)  # host → requests/s lately
    writer: str | None = None


def _sites(client: redis.Redis) -> set[str]:
    found = set()
    for pattern in (keys.queue("*"), keys.dupefilter("*"), keys.known("*"), keys.workers("*")):
        for key in client.scan_iter(pattern):
            found.add(key.split(":")[1])
    return found


def read_status(client: redis.Redis) -> Status:
    status = Status()
    for site in sorted(_sites(client)):
        status.queued[site] = int(client.zcard(keys.queue(site)))
        status.in_flight[site] = sum(
            int(client.zcard(key)) for key in client.scan_iter(keys.inflight(site, "*"))
        )
        status.known[site] = int(client.scard(keys.known(site)))
        for worker in sorted(client.smembers(keys.workers(site))):
            beat = client.hgetall(keys.heartbeat(site, worker))
            if beat:
                status.workers.append({"id": worker, **beat})
    status.items_waiting = int(client.llen(keys.ITEMS))
    status.items_processing = int(client.llen(keys.PROCESSING))
    status.writer = client.get(keys.WRITER_LOCK)
    now = int(client.time()[0])
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for key in client.scan_iter(keys.fetches("*", "*")):
        host, _, second = key.split(":", 2)[2].rpartition(":")  # tinbao:fetches:HOST:SECOND
        if second.isdigit() and now - RATE_WINDOW < int(second) <= now:
            counts[host] = counts.get(host, 0) + int(client.get(key) or 0)
            first[host] = min(first.get(host, now), int(second))
    # Over the window, or since the host's first request in it when that is later.
    status.host_rates = {
        host: n / max(1, now - first[host] + 1) for host, n in sorted(counts.items())
    }
    return status


def work_left(client: redis.Redis) -> bool:
    """Whether any request is queued or in flight, or any worker is alive."""
    status = read_status(client)
    return bool(sum(status.queued.values()) or sum(status.in_flight.values()) or status.workers)


def format_status(status: Status, url: str) -> str:
    """The `tinbao status` screen."""
    lines = [f"tinbao on {url} at {time.strftime('%Y-%m-%d %H:%M:%S %z')}", ""]
    lines.append(f"{'site':<16}{'queued':>8}{'in flight':>11}{'known':>8}{'workers':>9}")
    for site in status.queued:
        alive = sum(1 for w in status.workers if w.get("site") == site)
        lines.append(
            f"{site:<16}{status.queued[site]:>8}{status.in_flight[site]:>11}"
            f"{status.known[site]:>8}{alive:>9}"
        )
    if not status.queued:
        lines.append("(no site enqueued)")
    lines += [
        "",
        f"items waiting for the writer: {status.items_waiting}"
        f" (in the writer's open batch: {status.items_processing})",
        f"writer: {status.writer or 'none running'}",
        "",
        f"workers alive: {len({w['id'] for w in status.workers})}",
    ]
    for w in status.workers:
        age = time.time() - float(w.get("beat", 0))
        lines.append(
            f"  {w['id']:<26} {w.get('site', ''):<14} {w.get('in_flight', 0):>3} in flight"
            f" {w.get('pages', 0):>6} pages {w.get('items', 0):>6} items  beat {age:.0f}s ago"
        )
    lines += ["", f"requests per second per host (last {RATE_WINDOW} s):"]
    for host, rate in status.host_rates.items():
        lines.append(f"  {host:<34} {rate:.2f}/s")
    if not status.host_rates:
        lines.append("  (none)")
    return "\n".join(lines)
