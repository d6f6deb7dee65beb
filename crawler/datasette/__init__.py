"""Datasette configuration for a tinbao database: metadata, canned queries and the launch command.

The metadata is generated rather than kept as a JSON file so that column descriptions come
straight from `parsers/record.py` and the database name follows the file served
(`news.db` → `/news`). `python -m crawler.datasette [DB]` prints it for running Datasette by hand.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

from parsers.record import DB_FIELDS, EXTRACT_FIELDS
from pipelines.db.canned import QUERIES
from pipelines.db.connect import sqlite_name

PLUGINS_DIR = Path(__file__).parent / "plugins"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
# What SQLite reads in the `file:` URI Datasette opens a database path by (`file:{path}?mode=ro`):
# a query, a fragment, an escaped byte.
URI_MARKS = re.compile(r"[?#%]")

TABLE_DOCS: dict[str, tuple[str, dict[str, str]]] = {
    "articles": (
        "One row per canonical article URL, holding the latest values seen.",
        {
            **{f.name: f.doc for f in EXTRACT_FIELDS + DB_FIELDS},
            "first_seen_at": "When a crawl first stored this URL.",
            "last_seen_at": "When a crawl last saw this URL.",
        },
    ),
    "view_counts": (
        "Every view count observed for an article, one row per fetch that showed one.",
        {
            "url": "The article (`articles.url`).",
            "observed_at": "When the count was read: the fetch time of the page.",
            "views": "The view count shown on the page.",
            "views_raw": "The count as printed.",
        },
    ),
    "article_revisions": (
        "Earlier text of articles whose headline, summary, body or byline changed.",
        {
            "id": "Row id.",
            "url": "The article (`articles.url`).",
            "revised_at": "When the change was noticed.",
            "source": "`crawl` (the page changed) or `reparse` (the parsers changed).",
            "changed": "JSON list of the fields that changed.",
            "headline": "The headline before the change.",
            "summary": "The summary before the change.",
            "body": "The body before the change.",
            "byline": "The byline before the change.",
        },
    ),
    "crawls": (
        "One row per crawl run.",
        {
            "id": "Crawl id.",
            "spider": "The spider that ran.",
            "started_at": "When the run started.",
            "finished_at": "When the run finished; NULL while running.",
            "status": "running, finished, failed (exit 4), interrupted (exit 130) or killed.",
            "items_stored": "Records written (new + updated + unchanged).",
            "items_new": "Records for URLs not stored before.",
            "items_updated": "Records whose stored values changed.",
            "items_unchanged": "Records identical to the stored row apart from views/fetch time.",
            "items_dropped": "Items dropped by validation.",
            "errors": "Errors logged during the run.",
            "stats": "Scrapy's full stats as JSON.",
            "pages_fetched": "Pages fetched during the run.",
            "refreshed": "Stored articles re-fetched to refresh their view counts.",
            "revisions": "Revisions recorded during the run.",
            "alarms": "Extraction health alarms the run raised (rows in `health_alarms`).",
            "pid": "The process that ran it (to mark it `killed` once that process is gone).",
            "holds_lock": "1 for a `tinbao crawl` (it holds the crawl lock), 0 for a `scrapy "
            "crawl`; NULL for runs recorded before schema step 23.",
        },
    ),
    "health_alarms": (
        "Sites whose share of records with a field fell below its floor (a layout change?).",
        {
            "id": "Row id.",
            "crawl_id": "The run that raised it (`crawls.id`).",
            "site": "The site.",
            "field": "The record field whose coverage fell.",
            "share": "Share of the run's records that had the field.",
            "threshold": "The floor it fell below.",
            "reason": "Why the alarm was raised, for people.",
            "raised_at": "When it was raised.",
        },
    ),
    "dropped_pages": (
        "Article pages fetched but not stored (no headline or body); discovery skips them.",
        {
            "url": "The page's URL.",
            "site": "The site.",
            "reason": "Why it was not stored.",
            "dropped_at": "When it was last dropped.",
            "attempts": "How many runs in a row dropped it for this reason (4: for good).",
            "crawl_id": "The run that last dropped it (`crawls.id`).",
        },
    ),
    "redirects": (
        "Article URLs moved for good to another article; discovery skips them.",
        {
            "url": "The article URL that redirected.",
            "site": "The site.",
            "target": "The article URL it redirected to.",
            "status": "The HTTP status of the last redirect (301 or 308).",
            "redirected_at": "When a run last saw the redirect.",
        },
    ),
    "stored_copies": (
        "Articles stored from a copy at another address; later runs fetch their own page.",
        {
            "url": "The article (`articles.url`).",
            "site": "The site.",
            "copy_url": "The address of the copy it was stored from.",
            "stored_at": "When the copy was stored.",
        },
    ),
    "pages": (
        "The latest fetched HTML of each article, kept for `tinbao reparse`.",
        {
            "url": "The article (`articles.url`).",
            "fetched_at": "When this HTML was fetched.",
            "html_compressed": "The page's UTF-8 HTML, zstd-compressed (zlib before schema 12).",
        },
    ),
    "search_facets": (
        "Each article's site and publish day, which filtered search checks before ranking.",
        {
            "id": "The article's `rowid`.",
            "site": "The site's id in `search_sites`.",
            "day": "The publish day as the number YYYYMMDD; -1 if `published_at` does not start "
            "with a date; NULL without one.",
        },
    ),
    "search_sites": (
        "The site ids of `search_facets`.",
        {"id": "The site's id.", "site": "The site (`articles.site`)."},
    ),
    "search_site_map": (
        "Each article's site id and publish month a byte per rowid each, which a site- or "
        "date-filtered search reads at once.",
        {
            "chunk": "Rowids from `chunk` × 4096 to the next chunk.",
            "sites": "A byte per rowid: its site id in `search_sites`, 0 for no article or site "
            "or an id over 255.",
            "months": "A byte per rowid: 2 for January 2015 and one more a month to 255; 0 for "
            "no article or date, 1 for a date to look up in `search_facets`.",
        },
    ),
    "_sqlite_migrations": (
        "The schema history: the steps applied to this file. Never edit it by hand.",
        {
            "id": "Row id.",
            "migration_set": "The set the step belongs to: `tinbao`.",
            "name": "The step applied, e.g. `m001_articles`.",
            "applied_at": "When it was applied to this file (UTC).",
        },
    ),
}


def _title(table: str) -> str:
    """The heading Datasette shows for a table: its name in words (`view_counts` → `View
    counts`), which still names the table a query uses."""
    return table.replace("_", " ").capitalize()


def build_metadata(db_name: str = "news") -> dict[str, Any]:
    """Datasette metadata for a tinbao database served under the name `db_name`."""
    tables: dict[str, Any] = {
        name: {"title": _title(name), "description": doc, "columns": columns}
        for name, (doc, columns) in TABLE_DOCS.items()
    }
    tables["articles"].update(
        {
            "facets": ["site", "category"],
            "fts_table": "articles_search",
            "sort_desc": "published_at",
            "label_column": "headline",
        }
    )
    tables["_sqlite_migrations"]["hidden"] = True
    # Contentless: their columns read NULL; `_search` on `articles` still uses the folded one.
    tables["articles_search"] = {"hidden": True}
    tables["articles_search_exact"] = {"hidden": True}
    for name in ("search_facets", "search_sites", "search_site_map"):
        tables[name]["hidden"] = True  # kept by triggers, read by search
    return {
        "title": "tinbao: Vietnamese regional news",
        "description": "Articles scraped by tinbao. Search works with or without diacritics.",
        "databases": {db_name: {"tables": tables, "queries": QUERIES}},
    }


def served_path(db_path: str | Path, folder: Path) -> Path:
    """The path Datasette is given for the database `db_path`: SQLite's absolute name for it
    (so `file:news.db` and `:memory:` are the files of those names), or, where that holds a URI
    mark, a symbolic link to it in `folder` named without them. Datasette puts the path in a
    URI unescaped, so it would open the name cut at the mark, a new empty file if none is
    there; SQLite follows the link, and keeps the side files beside the file it leads to."""
    path = Path(sqlite_name(db_path))
    if not URI_MARKS.search(str(path)):
        return path
    link = folder / URI_MARKS.sub("_", path.name)
    link.symlink_to(path)
    return link


def datasette_command(
    db_path: str | Path, metadata_path: str | Path, host: str, port: int
) -> list[str]:
    """The `datasette serve` command line for a database and a metadata file written earlier."""
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "--metadata",
        str(metadata_path),
        "--plugins-dir",
        str(PLUGINS_DIR),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "sql_time_limit_ms",
        "5000",
    ]


def datasette_env() -> dict[str, str]:
    """The environment for that command: the plugin imports `pipelines`, installed or not."""
    path = os.pathsep.join(p for p in (str(PROJECT_ROOT), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path}
