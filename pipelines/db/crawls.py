"""Crawl runs, their health alarms, and the article pages they fetched but did not store."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from pipelines.db.core import now_iso, transaction


def start_crawl(db: Database, spider: str) -> int:
    """Record the start of a crawl run; returns its id for `finish_crawl`."""
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO crawls (spider, started_at, status) VALUES (?, ?, 'running')",
            [spider, now_iso()],
        )
    return int(cursor.lastrowid or 0)


def finish_crawl(db: Database, crawl_id: int, status: str, stats: dict[str, Any]) -> None:
    """Record how a crawl ended: its finish reason, item counts and the full Scrapy stats."""
    new = int(stats.get("tinbao/stored/new", 0))
    updated = int(stats.get("tinbao/stored/updated", 0))
    unchanged = int(stats.get("tinbao/stored/unchanged", 0))
    with transaction(db):
        db.conn.execute(
            "UPDATE crawls SET finished_at = ?, status = ?, items_stored = ?, items_new = ?, "
            "items_updated = ?, items_unchanged = ?, items_dropped = ?, errors = ?, stats = ? "
            "WHERE id = ?",
            [
                now_iso(),
                status,
                new + updated + unchanged,
                new,
                updated,
                unchanged,
                int(stats.get("item_dropped_count", 0)),
                int(stats.get("log_count/ERROR", 0)),
                json.dumps(stats, ensure_ascii=False, default=str, sort_keys=True),
                crawl_id,
            ],
        )


def site_stats(db: Database) -> list[dict[str, Any]]:
    """Per site: article count, date range, share with date/views/byline, last crawl status.

    The last crawl of a site is the run that was under way when its articles were last seen:
    of the runs under way then (parallel `tinbao crawl` runs one per site), the site's own.
    """
    cursor = db.conn.execute(
        """SELECT site, count(*) AS articles,
            min(published_at) AS first_published, max(published_at) AS last_published,
            avg(published_at IS NOT NULL) AS with_date, avg(views IS NOT NULL) AS with_views,
            avg(coalesce(byline, '') <> '') AS with_byline, max(last_seen_at) AS last_seen
        FROM articles GROUP BY site ORDER BY site"""
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    for row in rows:
        crawl = db.conn.execute(
            "SELECT id, status, started_at FROM crawls WHERE started_at <= :seen "
            "ORDER BY coalesce(finished_at >= :seen, 1) DESC, spider = :site DESC, "
            "started_at DESC, id DESC LIMIT 1",
            {"seen": row["last_seen"] or "", "site": row["site"]},
        ).fetchone()
        row["last_crawl_id"], row["last_crawl_status"], row["last_crawl_at"] = crawl or (None,) * 3
    return rows


def latest_crawl_id(db: Database, spider: str) -> int | None:
    """The newest crawl row of a spider: the run under way (runs are serialised by the lock)."""
    row = db.conn.execute("SELECT max(id) FROM crawls WHERE spider = ?", [spider]).fetchone()
    return row[0] if row else None


def previous_crawl_stats(
    db: Database, spider: str, *, before: int | None, limit: int = 5
) -> list[dict[str, Any]]:
    """The Scrapy stats of a spider's last `limit` finished runs before crawl `before`."""
    cursor = db.conn.execute(
        "SELECT stats FROM crawls WHERE spider = ? AND id < ? AND status = 'finished' "
        "AND stats IS NOT NULL ORDER BY id DESC LIMIT ?",
        [spider, before if before is not None else 2**62, limit],
    )
    return [json.loads(row[0]) for row in cursor.fetchall()]


def record_crawl_health(
    db: Database,
    crawl_id: int | None,
    summary: dict[str, int],
    alarms: Iterable[dict[str, Any]],
) -> None:
    """Store a run's summary counts on its crawl row and its health alarms, in one transaction."""
    alarms = list(alarms)
    raised_at = now_iso()
    with transaction(db):
        if crawl_id is not None:
            db.conn.execute(
                "UPDATE crawls SET pages_fetched = ?, refreshed = ?, revisions = ?, alarms = ? "
                "WHERE id = ?",
                [
                    summary.get("pages", 0),
                    summary.get("refreshed", 0),
                    summary.get("revisions", 0),
                    len(alarms),
                    crawl_id,
                ],
            )
        db.conn.executemany(
            "INSERT INTO health_alarms (crawl_id, site, field, share, threshold, reason, "
            "raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (crawl_id, *(a[k] for k in ("site", "field", "share", "threshold", "reason")))
                + (raised_at,)
                for a in alarms
            ],
        )


def record_dropped(db: Database, site: str, dropped: dict[str, str]) -> None:
    """Remember article pages that were fetched but not stored ({url: reason})."""
    at = now_iso()
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO dropped_pages (url, site, reason, dropped_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (url) DO UPDATE SET reason = excluded.reason, "
            "dropped_at = excluded.dropped_at",
            [(url, site, reason, at) for url, reason in dropped.items()],
        )
        # A page stored since (say after a profile fix) is no longer a dropped one.
        db.conn.execute(
            "DELETE FROM dropped_pages WHERE site = ? AND url IN (SELECT url FROM articles)", [site]
        )


def dropped_urls(db: Database, site: str) -> set[str]:
    """Article pages of a site that were fetched but not stored (`-a full=1` retries them)."""
    cursor = db.conn.execute("SELECT url FROM dropped_pages WHERE site = ?", [site])
    return {row[0] for row in cursor}
