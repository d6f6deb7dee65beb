"""Crawl runs, their health alarms, and the article pages they fetched but did not store.

A run's `crawls.status` is one of `STATUSES` and agrees with `tinbao crawl`'s exit code:

* `running` — under way, or ended without recording its end (killed, or its last write failed)
  and no `tinbao crawl` has run on the database since;
* `finished` — ran to its end; its articles are stored (exit 0, or 5 for a health alarm);
* `failed` — the site failed: records not stored, no response, most article fetches failed,
  too many errors, or an error finish reason (exit 4);
* `interrupted` — stopped by Ctrl-C or SIGTERM, what was fetched is stored (exit 130);
* `killed` — found still `running` by the next `tinbao crawl`, which took over the dead run's
  lock: it was killed (SIGKILL, OOM, power loss) and recorded nothing at its end. A run found
  `running` that did release its lock could not write its end (a full disk): it is `failed`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from pipelines.db.core import now_iso, transaction

RUNNING = "running"
FINISHED = "finished"
FAILED = "failed"
INTERRUPTED = "interrupted"
KILLED = "killed"
STATUSES = (RUNNING, FINISHED, FAILED, INTERRUPTED, KILLED)
# Scrapy's finish reason for a run stopped by a signal (Ctrl-C, SIGTERM).
INTERRUPTED_REASON = "shutdown"
# A page dropped this many runs in a row for the same reason is not fetched again.
DROP_GIVE_UP = 4
# Stats of a run that stopped asking for articles at a limit: the per-run cap
# (`TINBAO_MAX_ARTICLES_PER_RUN`) or the spider's `limit=` argument; the value is the limit.
CAPPED_RUN = "tinbao/capped/run"
CAPPED_LIMIT = "tinbao/capped/limit"
# Stats of a run: the article URLs whose fetch failed for a reason that may pass (no answer, a
# status the crawl retries), which the next run asks for again; the same for listing pages.
ASK_AGAIN = "tinbao/articles/ask_again"
ASK_AGAIN_LISTINGS = "tinbao/listings/ask_again"
# A URL in the ask-again list of this many ended runs in a row is not asked for again.
ASK_AGAIN_GIVE_UP = 4  # the default of the TINBAO_ASK_AGAIN_RUNS setting
# Stats of a run: the extraction health alarms it raised, each a dict of `site`, `field`,
# `share`, `threshold` and `reason`; `finish_crawl` stores them as `health_alarms` rows.
HEALTH_ALARMS = "tinbao/health/raised"


def read_stats(text: str | None) -> dict[str, Any]:
    """A run's stored Scrapy stats; empty when there are none or they are not a JSON object,
    as in a row another program wrote, so that one such row never stops a reader."""
    try:
        stats = json.loads(text or "{}")
    except ValueError:
        return {}
    return stats if isinstance(stats, dict) else {}


def run_status(finish_reason: str, failed: bool) -> str:
    """The stored status of a run that reached its end: failed outranks interrupted."""
    if failed:
        return FAILED
    if finish_reason == INTERRUPTED_REASON:
        return INTERRUPTED
    return FINISHED


def start_crawl(db: Database, spider: str, *, holds_lock: bool = False) -> int:
    """Record the start of a crawl run by this process, and whether it holds the database's
    crawl lock (`tinbao crawl`); returns its id for `finish_crawl`."""
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO crawls (spider, started_at, status, pid, holds_lock) "
            "VALUES (?, ?, ?, ?, ?)",
            [spider, now_iso(), RUNNING, os.getpid(), int(holds_lock)],
        )
    return int(cursor.lastrowid or 0)


def close_unfinished(db: Database, pid: int, since: str, *, ended: bool) -> int:
    """Close the runs the previous lock holder (`pid`, holding it since `since`) left `running`:
    `killed` if it died, `failed` if it ended but could not record its end (its last write
    failed). Returns how many; runs of other processes are left alone."""
    with transaction(db):
        cursor = db.conn.execute(
            "UPDATE crawls SET status = ? WHERE status = ? AND pid = ? AND started_at >= ?",
            [FAILED if ended else KILLED, RUNNING, pid, since],
        )
    return cursor.rowcount


def running_lock_holders(db: Database) -> list[tuple[int, int, str, bool]]:
    """(id, pid, start time, whether it surely took the lock) of every run recorded as
    `running`, alive or not, that holds the crawl lock or may: runs that take no lock (`scrapy
    crawl`, scrapyd) are left out, and a run recorded before `crawls.holds_lock` existed (NULL)
    is counted in, as it may hold it."""
    rows = db.conn.execute(
        "SELECT id, pid, started_at, holds_lock FROM crawls WHERE status = ? "
        "AND pid IS NOT NULL AND coalesce(holds_lock, 1)",
        [RUNNING],
    )
    return [(int(id_), int(pid), str(started), holds == 1) for id_, pid, started, holds in rows]


def mark_killed(db: Database, crawl_ids: Iterable[int]) -> None:
    """Mark runs `killed` that are still `running`: lock holders whose process is gone."""
    with transaction(db):
        db.conn.executemany(
            "UPDATE crawls SET status = ? WHERE id = ? AND status = ?",
            [(KILLED, crawl_id, RUNNING) for crawl_id in crawl_ids],
        )


def finish_crawl(db: Database, crawl_id: int, status: str, stats: dict[str, Any]) -> None:
    """Record how a crawl ended, all from its final Scrapy stats, in one transaction: its status
    (one of `STATUSES`), the figures `tinbao history` shows (pages fetched, item counts), the
    full stats (the finish reason is `finish_reason` there) and its health alarms
    (`HEALTH_ALARMS`). Taking them all from the stats puts them wherever the run's end is
    written, a database file moved during the run included."""
    if status not in STATUSES:
        raise ValueError(f"unknown crawl status {status!r}")
    new = int(stats.get("tinbao/stored/new", 0))
    updated = int(stats.get("tinbao/stored/updated", 0))
    unchanged = int(stats.get("tinbao/stored/unchanged", 0))
    alarms = stats.get(HEALTH_ALARMS) or []
    ended = now_iso()
    with transaction(db):
        db.conn.execute(
            "UPDATE crawls SET finished_at = ?, status = ?, pages_fetched = ?, items_stored = ?, "
            "items_new = ?, items_updated = ?, items_unchanged = ?, items_dropped = ?, "
            "refreshed = ?, revisions = ?, errors = ?, alarms = ?, stats = ? WHERE id = ?",
            [
                ended,
                status,
                int(stats.get("response_received_count", 0)),
                new + updated + unchanged,
                new,
                updated,
                unchanged,
                int(stats.get("item_dropped_count", 0)),
                int(stats.get("tinbao/refresh/fetched", 0)),
                int(stats.get("tinbao/revisions", 0)),
                int(stats.get("log_count/ERROR", 0)),
                len(alarms),
                json.dumps(stats, ensure_ascii=False, default=str, sort_keys=True),
                crawl_id,
            ],
        )
        db.conn.executemany(
            "INSERT INTO health_alarms (crawl_id, site, field, share, threshold, reason, "
            "raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (crawl_id, *(a[k] for k in ("site", "field", "share", "threshold", "reason")))
                + (ended,)
                for a in alarms
            ],
        )


def set_crawl_status(db: Database, crawl_id: int, status: str) -> None:
    """Set a run's status and end time alone: the smallest write that records how it ended."""
    if status not in STATUSES:
        raise ValueError(f"unknown crawl status {status!r}")
    with transaction(db):
        db.conn.execute(
            "UPDATE crawls SET status = ?, finished_at = ? WHERE id = ?",
            [status, now_iso(), crawl_id],
        )


# The site a crawl row is about: its spider, or `generic` for the URL-driven spiders.
CRAWL_SITE = "CASE WHEN spider IN ('article', 'site') THEN 'generic' ELSE spider END"


def site_stats(db: Database) -> list[dict[str, Any]]:
    """Per site that has articles or crawls: article count, date range, share with
    date/views/byline (None without articles), and its latest run whatever its outcome, with
    the latest one that finished. Latest is the run started last (the highest id), not the
    latest time written: a run made while the clock was fast must not hide the runs after it.

    Each site's spider writes its own crawl rows, so a site's runs are those of its spider
    (parallel runs of other sites never stand in for them).
    """
    cursor = db.conn.execute(
        f"""WITH sites AS (
                SELECT site FROM articles UNION SELECT {CRAWL_SITE} FROM crawls
            ),
            latest AS (
                SELECT {CRAWL_SITE} AS site, max(id) AS id FROM crawls GROUP BY 1
            ),
            finished AS (
                SELECT {CRAWL_SITE} AS site, max(id) AS id FROM crawls
                WHERE status = 'finished' GROUP BY 1
            )
        SELECT sites.site, count(a.url) AS articles,
            min(a.published_at) AS first_published, max(a.published_at) AS last_published,
            sum(a.published_at IS NOT NULL) * 1.0 / nullif(count(a.url), 0) AS with_date,
            sum(a.views IS NOT NULL) * 1.0 / nullif(count(a.url), 0) AS with_views,
            sum(coalesce(a.byline, '') <> '') * 1.0 / nullif(count(a.url), 0) AS with_byline,
            c.id AS last_crawl_id, c.status AS last_crawl_status, c.started_at AS last_crawl_at,
            f.started_at AS last_finished_at
        FROM sites
        LEFT JOIN articles AS a ON a.site = sites.site
        LEFT JOIN latest ON latest.site = sites.site
        LEFT JOIN crawls AS c ON c.id = latest.id
        LEFT JOIN finished ON finished.site = sites.site
        LEFT JOIN crawls AS f ON f.id = finished.id
        GROUP BY sites.site ORDER BY sites.site"""
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


# The figures a run writes with its stats when it ends (`finish_crawl`).
RUN_FIGURES = ("pages", "new", "refreshed", "revisions", "dropped", "errors", "alarms")


def crawl_history(
    db: Database, *, site: str | None = None, limit: int = 20
) -> list[dict[str, Any]]:
    """The newest `limit` runs (of one site, or all), the run started last first (by id, not
    by the times their clocks wrote): when, how long, how they ended, what they fetched and
    stored, what they dropped and why, errors and health alarms. The figures are None for a
    run that has not written them: one still running, or killed before its end (it may have
    stored articles; its zeros would be invented)."""
    where, params = "", []
    if site is not None:
        where, params = f"WHERE {CRAWL_SITE} = ?", [site]
    cursor = db.conn.execute(
        f"""SELECT id, {CRAWL_SITE} AS site, spider, started_at, finished_at,
            round((julianday(finished_at) - julianday(started_at)) * 86400) AS seconds,
            status, pages_fetched AS pages, items_new AS new, refreshed, revisions,
            items_dropped AS dropped, errors, alarms, stats
        FROM crawls {where} ORDER BY id DESC LIMIT ?""",
        [*params, limit],
    )
    names = [d[0] for d in cursor.description]
    runs = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    for run in runs:
        recorded = run["stats"] is not None
        stats = read_stats(run.pop("stats"))
        if not recorded:  # running, or ended without writing its figures (killed): unknown
            run.update(dict.fromkeys(RUN_FIGURES))
        run["seconds"] = None if run["seconds"] is None else int(run["seconds"])
        run["dropped_reasons"] = {
            key.removeprefix("tinbao/dropped/"): value
            for key, value in sorted(stats.items())
            if key.startswith("tinbao/dropped/")
        }
        run["failure"] = stats.get("tinbao/site_failed") or None
        run["health_alarms"] = [
            {"field": field, "reason": reason}
            for field, reason in db.conn.execute(
                "SELECT field, reason FROM health_alarms WHERE crawl_id = ? ORDER BY id",
                [run["id"]],
            )
        ]
    return runs


def latest_crawl_id(db: Database, spider: str) -> int | None:
    """The newest crawl row of a spider: the run under way (runs are serialised by the lock)."""
    row = db.conn.execute("SELECT max(id) FROM crawls WHERE spider = ?", [spider]).fetchone()
    return row[0] if row else None


def last_run_cut_short(db: Database, spider: str) -> bool:
    """Whether the spider's last ended run was stopped before its end: interrupted, killed, or
    finished at a limit (the per-run cap, `limit=`, a `closespider_*` setting). The listing
    pages it never reached may link articles past pages now all stored."""
    row = db.conn.execute(
        "SELECT status, stats FROM crawls WHERE spider = ? AND status != ? "
        "ORDER BY id DESC LIMIT 1",
        [spider, RUNNING],
    ).fetchone()
    if row is None:
        return False
    status, stats = row[0], read_stats(row[1])
    if status in (INTERRUPTED, KILLED):
        return True
    if status != FINISHED:
        return False
    limited = CAPPED_RUN in stats or CAPPED_LIMIT in stats
    return limited or str(stats.get("finish_reason", "")).startswith("closespider_")


def asked_again(
    db: Database, spider: str, key: str = ASK_AGAIN, give_up: int = ASK_AGAIN_GIVE_UP
) -> tuple[list[str], list[str]]:
    """The URLs the spider's last ended run could not fetch for a reason that may pass (its
    stats' `key`: `ASK_AGAIN` articles or `ASK_AGAIN_LISTINGS` pages), to be asked for again:
    discovery alone may never meet them again, as a listing stops paginating at a page whose
    articles are all stored, before the page that linked them (or the failed page itself).

    Also, apart, the URLs given up now: failed in each of the last `give_up` ended runs (the
    `TINBAO_ASK_AGAIN_RUNS` setting), but not in the run before those (one given up earlier and
    still failing, because a feed links it, is not given up again), so that a page broken for
    good is not asked for every run forever, and is said once."""
    rows = db.conn.execute(
        "SELECT stats FROM crawls WHERE spider = ? AND status != ? ORDER BY id DESC LIMIT ?",
        [spider, RUNNING, give_up + 1],
    ).fetchall()
    lists = [_urls(read_stats(text).get(key)) for (text,) in rows]
    if not lists:
        return [], []
    failing: set[str] = set()
    if len(lists) >= give_up:
        failing = set.intersection(*(set(urls) for urls in lists[:give_up]))
    earlier = set(lists[give_up]) if len(lists) > give_up else set()
    return [url for url in lists[0] if url not in failing], sorted(failing - earlier)


def _urls(value: Any) -> list[str]:
    """The URLs of a stats value that should be a list of them (another program's row may hold
    anything there)."""
    return [url for url in value if isinstance(url, str)] if isinstance(value, list) else []


def previous_crawl_stats(
    db: Database, spider: str, *, before: int | None, limit: int = 5
) -> list[dict[str, Any]]:
    """The Scrapy stats of a spider's last `limit` finished runs before crawl `before` whose
    stats can be read."""
    cursor = db.conn.execute(
        "SELECT stats FROM crawls WHERE spider = ? AND id < ? AND status = ? "
        "AND stats IS NOT NULL ORDER BY id DESC LIMIT ?",
        [spider, before if before is not None else 2**62, FINISHED, limit],
    )
    return [stats for (text,) in cursor.fetchall() if (stats := read_stats(text))]


def record_dropped(
    db: Database, site: str, dropped: dict[str, str], crawl_id: int | None = None
) -> None:
    """Remember article pages that run `crawl_id` fetched but did not store ({url: reason}),
    counting how many runs in a row dropped each for the same reason."""
    at = now_iso()
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO dropped_pages (url, site, reason, dropped_at, attempts, crawl_id) "
            "VALUES (?, ?, ?, ?, 1, ?) "
            "ON CONFLICT (url) DO UPDATE SET attempts = CASE WHEN reason = excluded.reason "
            "THEN attempts + 1 ELSE 1 END, reason = excluded.reason, "
            "dropped_at = excluded.dropped_at, crawl_id = excluded.crawl_id",
            [(url, site, reason, at, crawl_id) for url, reason in dropped.items()],
        )
        # A page stored since (say after a profile fix) is no longer a dropped one.
        db.conn.execute(
            "DELETE FROM dropped_pages WHERE site = ? AND url IN (SELECT url FROM articles)", [site]
        )


def record_redirects(db: Database, site: str, moved: dict[str, tuple[str, int]]) -> None:
    """Remember article URLs that answered with a permanent redirect (`301`, `308`) to another
    article of the site ({url: (target, status)}): discovery skips them like stored ones."""
    at = now_iso()
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO redirects (url, site, target, status, redirected_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET target = excluded.target, "
            "status = excluded.status, redirected_at = excluded.redirected_at",
            [(url, site, target, status, at) for url, (target, status) in moved.items()],
        )
        # A URL stored since as an article of its own (a `full=1` run) no longer redirects.
        db.conn.execute(
            "DELETE FROM redirects WHERE site = ? AND url IN (SELECT url FROM articles)", [site]
        )


def redirected_urls(db: Database, site: str) -> set[str]:
    """Article URLs of a site known to redirect for good to another article."""
    return {row[0] for row in db.conn.execute("SELECT url FROM redirects WHERE site = ?", [site])}


def dropped_urls(db: Database, site: str, unrecorded: int = 0) -> set[str]:
    """Dropped article pages of a site that this run should not fetch (`-a full=1` does).

    A page may be dropped for a passing reason (a maintenance page, an error page or garbage
    served with 200), so it is fetched again by the next run; dropped again for the same
    reason, it waits 2, then 4 runs of the site; after `DROP_GIVE_UP` identical drops it is
    dropped for good. A different reason starts the count again. The site's runs are counted
    in `crawls`, this one included (its row is written before discovery starts), plus
    `unrecorded` runs whose rows are not written yet (`tinbao enqueue` seeds a run that its
    writer records later).
    """
    cursor = db.conn.execute(
        """SELECT d.url FROM dropped_pages d
        WHERE d.site = :site AND (
            d.attempts >= :give_up
            OR (SELECT count(*) FROM crawls c
                WHERE c.spider = :site AND c.id > coalesce(d.crawl_id, 0))
                + :unrecorded < 1 << (d.attempts - 1)
        )""",
        {"site": site, "give_up": DROP_GIVE_UP, "unrecorded": unrecorded},
    )
    return {row[0] for row in cursor}


def retried_urls(db: Database, site: str, unrecorded: int = 0) -> set[str]:
    """Dropped article pages of a site that are due for another try in this run."""
    cursor = db.conn.execute("SELECT url FROM dropped_pages WHERE site = ?", [site])
    return {row[0] for row in cursor} - dropped_urls(db, site, unrecorded)
