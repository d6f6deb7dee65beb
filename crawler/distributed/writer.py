"""The one writer: drain the workers' items into SQLite through the local crawl's storage code.

Reliable queue: a batch is moved (`LMOVE`) from the items list to a processing list, stored in
one transaction, and deleted from the processing list only after the commit. A writer killed
mid-batch leaves the batch in the processing list; the next writer puts it back first. Storing
a record twice changes nothing (upserts, view counts and revisions are idempotent by URL and
fetch time), so the database holds each article once whatever the timing of a kill.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import redis

from crawler.distributed import keys
from crawler.distributed.status import work_left
from crawler.extensions import (
    HEALTH_FIELDS,
    KEPT,
    field_shares,
    format_summary,
    health_alarms,
    judged,
    run_summary,
)
from crawler.lock import process_alive
from parsers.sites import all_profiles
from parsers.urls import url_key
from pipelines import db as store
from pipelines.storage import COPY_KEPT, COPY_SKIPPED

logger = logging.getLogger(__name__)

# Move up to ARGV[1] items to the processing list in one round trip.
_TAKE = """
local taken = {}
for i = 1, tonumber(ARGV[1]) do
  local item = redis.call('LMOVE', KEYS[1], KEYS[2], 'RIGHT', 'LEFT')
  if not item then break end
  taken[#taken + 1] = item
end
return taken
"""


class WriterLocked(Exception):
    """Another writer is running on this Redis."""


@dataclass
class SiteRun:
    """What the writer stored for one site in this run (its crawl row)."""

    crawl_id: int
    stats: dict[str, Any] = field(default_factory=dict)

    def add(self, name: str, value: int) -> None:
        self.stats[name] = self.stats.get(name, 0) + value

    def join(self, name: str, urls: list[str]) -> None:
        """Add the URLs a worker listed under `name` (the pages to ask for again)."""
        self.stats[name] = sorted({*self.stats.get(name, []), *urls})


@dataclass(frozen=True)
class Health:
    """The TINBAO_HEALTH_* settings a local crawl's monitor uses (crawler/extensions.py)."""

    min_items: int = 5
    max_drop_rate: float = 0.5
    history_runs: int = 5
    history_ratio: float = 0.5


class Writer:
    def __init__(
        self, client: redis.Redis, db_path: str, batch_size: int = 100, health: Health = Health()
    ) -> None:
        self.client = client
        self.db = store.open_db(db_path)
        self.batch_size = max(1, batch_size)
        self.health = health
        self.take_more = client.register_script(_TAKE)
        self.runs: dict[str, SiteRun] = {}
        self.stopping = False
        self.unmerged = False  # batches stored since the search indexes were last merged
        self.holder = f"{socket.gethostname()}:{os.getpid()}"

    # --- the one-writer lock ------------------------------------------------------------------

    def lock(self, ttl: int = 60) -> None:
        """Take the writer lock, or take over one left by a dead writer on this host."""
        if self.client.set(keys.WRITER_LOCK, self.holder, nx=True, ex=ttl):
            return
        holder = self.client.get(keys.WRITER_LOCK) or ""
        host, _, pid = holder.rpartition(":")
        if host == socket.gethostname() and pid.isdigit() and not process_alive(int(pid)):
            self.client.set(keys.WRITER_LOCK, self.holder, ex=ttl)
            logger.warning("took over the writer lock of a dead writer (%s)", holder)
            return
        raise WriterLocked(f"another writer holds the lock ({holder})")

    def unlock(self) -> None:
        if self.client.get(keys.WRITER_LOCK) == self.holder:
            self.client.delete(keys.WRITER_LOCK)

    # --- draining -----------------------------------------------------------------------------

    def recover(self) -> int:
        """Put a killed writer's uncommitted batch back at the head of the items list."""
        moved = 0
        while self.client.lmove(keys.PROCESSING, keys.ITEMS, "LEFT", "RIGHT") is not None:
            moved += 1
        if moved:
            logger.warning("%d items of an interrupted batch are back in the queue", moved)
        return moved

    def take(self, wait: float) -> list[str]:
        """Move up to a batch of items to the processing list (waiting `wait` s for the first)."""
        first = self.client.blmove(keys.ITEMS, keys.PROCESSING, wait, "RIGHT", "LEFT")
        if first is None:
            return []
        more = self.take_more(keys=[keys.ITEMS, keys.PROCESSING], args=[self.batch_size - 1])
        return [first, *more]

    def store(self, batch: list[str]) -> None:
        """Store a batch in one transaction, then acknowledge it and share the new known URLs."""
        messages = [json.loads(raw) for raw in batch]
        records: dict[str, list[dict[str, Any]]] = defaultdict(list)
        pages = []
        dropped: dict[str, dict[str, str]] = defaultdict(dict)
        moved: dict[str, dict[str, tuple[str, int]]] = defaultdict(dict)
        known: dict[str, set[str]] = defaultdict(set)
        # A copy of an article (`copy_from`: fetched at another address of it) never replaces
        # the article: it is stored only while neither the article nor its own page is in.
        stored_copies = self.choose_copies(messages)
        for m in messages:
            site = m["site"]
            if site not in self.runs:
                self.runs[site] = SiteRun(store.start_crawl(self.db, site))
            if m["kind"] == "article":
                record = m["record"]
                records[site].append(record)
                if m.get("html"):
                    page = {"url": record["url"], "fetched_at": record["fetched_at"]}
                    pages.append({**page, "html": m["html"]})
                if record["url"] not in stored_copies:  # its own page is still wanted
                    known[site].add(_key(site, record["url"]))
            elif m["kind"] == "dropped":
                dropped[site][m["url"]] = m["reason"]
                known[site].add(_key(site, m["url"]))
            elif m["kind"] == "moved":
                moved[site][m["url"]] = (m["target"], m["status"])
                known[site].add(_key(site, m["url"]))
        counts: dict[str, store.UpsertCounts] = {}
        with store.transaction(self.db):
            for site, site_records in records.items():
                counts[site] = store.upsert_articles(
                    self.db, site_records, observed_at=store.now_iso()
                )
            own = [
                r["url"]
                for site, site_records in records.items()
                for r in site_records
                if r["url"] not in stored_copies and r["url"] not in counts[site].kept
            ]
            store.note_stored_copies(self.db, stored_copies, own)
            store.store_pages(self.db, pages)
            for site, urls in dropped.items():
                store.record_dropped(self.db, site, urls)
            for site, targets in moved.items():
                store.record_redirects(self.db, site, targets)
        self.unmerged = True
        with self.client.pipeline() as pipe:  # MULTI: acknowledged and shared together
            pipe.delete(keys.PROCESSING)
            for site, urls in known.items():
                pipe.sadd(keys.known(site), *urls)
            pipe.execute()
        self.count(messages, counts)

    def choose_copies(self, messages: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
        """Mark the copies of a batch that are not stored (`copy_skipped`), and return the ones
        that are ({article URL: (site, copy URL)}). A copy is stored only when the article is
        not stored yet and its own page is not in the batch; of several, the one at the first
        address in sort order, whatever order the workers sent them in."""
        articles = [m for m in messages if m["kind"] == "article"]
        own_pages = {m["record"]["url"] for m in articles if not m.get("copy_from")}
        chosen: dict[str, dict[str, Any]] = {}
        for m in articles:
            if not m.get("copy_from"):
                continue
            url = m["record"]["url"]
            held = chosen.get(url)
            if url in own_pages or (held is None and store.is_stored(self.db, url)):
                m["kind"] = "copy_skipped"  # counted, not stored
            elif held is None or m["copy_from"] < held["copy_from"]:
                chosen[url] = m
                if held is not None:
                    held["kind"] = "copy_skipped"
            else:
                m["kind"] = "copy_skipped"
        return {url: (m["site"], m["copy_from"]) for url, m in chosen.items()}

    def count(self, messages: list[dict[str, Any]], counts: dict[str, store.UpsertCounts]) -> None:
        """Add a stored batch to the sites' run stats, in the local crawl's stat names."""
        for m in messages:
            run = self.runs[m["site"]]
            if m["kind"] == "stats":  # a worker's own figures: pages fetched, errors, drops
                for name, value in m["stats"].items():
                    if isinstance(value, list):
                        run.join(name, value)
                    else:
                        run.add(name, int(value))
            elif m["kind"] == "copy_skipped":
                run.add(COPY_SKIPPED, 1)
            elif m["kind"] == "article":  # the field counts a local crawl's monitor keeps
                if m.get("copy_from"):
                    run.add(COPY_KEPT, 1)
                run.add("tinbao/health/stored", 1)
                for name in HEALTH_FIELDS:
                    if m["record"].get(name) not in (None, ""):
                        run.add(f"tinbao/health/stored/{name}", 1)
        for site, done in counts.items():
            run = self.runs[site]
            run.add("tinbao/stored/new", done.new)
            run.add("tinbao/stored/updated", done.updated)
            run.add("tinbao/stored/unchanged", done.unchanged)
            run.add("tinbao/revisions", done.revisions)

    def run(self, follow: bool = False, on_batch: Callable[[int], None] | None = None) -> None:
        """Drain until stopped (`follow`) or until no item is waiting and no work is left."""
        self.recover()
        while not self.stopping:
            batch = self.take(wait=1.0)
            if batch:
                self.store(batch)
                store.merge_search_step(self.db)  # what search reads stays a few segments
                if on_batch:
                    on_batch(len(batch))
                continue
            if self.unmerged:  # the queue is empty: merge the segments the batches added
                store.merge_search_indexes(self.db)
                self.unmerged = False
            # A worker pushes its last message before it leaves, so once no work is left,
            # an empty list stays empty.
            if not follow and not work_left(self.client) and not self.client.llen(keys.ITEMS):
                break

    def finish(self) -> dict[str, dict[str, Any]]:
        """Judge each site's extraction health and close its crawl row; returns the stats. A
        writer stopped by SIGTERM or Ctrl-C has committed its batch in hand and left the rest
        waiting in Redis: its runs end `interrupted`, as a stopped crawl's do."""
        status = store.INTERRUPTED if self.stopping else store.FINISHED
        for site, run in self.runs.items():
            alarms = self.judge(site, run)
            run.stats["tinbao/health/alarms"] = len(alarms)
            run.stats[store.HEALTH_ALARMS] = alarms
            store.finish_crawl(self.db, run.crawl_id, status, run.stats)
            logger.info("%s", format_summary(site, run_summary(run.stats)))
        self.db.close()
        return {site: run.stats for site, run in self.runs.items()}

    def judge(self, site: str, run: SiteRun) -> list[dict[str, Any]]:
        """Health alarms for the run, as a local crawl's monitor raises them."""
        profile = all_profiles().get(site)
        if profile is None:
            return []
        shares = field_shares(run.stats, profile)
        for name, share in shares.items():
            run.stats[f"tinbao/health/share/{name}"] = round(share, 4)
        if judged(run.stats) < self.health.min_items:
            return []
        past = store.previous_crawl_stats(
            self.db, site, before=run.crawl_id, limit=self.health.history_runs
        )
        history = [field_shares(p, profile) for p in past if judged(p) >= self.health.min_items]
        alarms = health_alarms(
            site,
            shares,
            int(run.stats.get("tinbao/health/stored", 0)),
            {**profile.floors, KEPT: 1 - self.health.max_drop_rate},
            history,
            self.health.history_ratio,
            judged(run.stats),
        )
        for alarm in alarms:
            field, reason = alarm["field"], alarm["reason"]
            logger.error("%s: extraction health alarm: %s %s", site, field, reason)
        return alarms

    def stop_on_signals(self) -> None:
        """SIGTERM / Ctrl-C: finish the batch in hand, then stop."""

        def stop(signum: int, frame: Any) -> None:
            self.stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)


def _key(site: str, url: str) -> str:
    """The key the site spider compares links by (its seen-set holds keys)."""
    profile = all_profiles().get(site)
    return url_key(url, profile.hosts) if profile else url
