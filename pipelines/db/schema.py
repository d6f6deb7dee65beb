"""Schema history of the tinbao database, applied in order by `sqlite_utils` Migrations.

Each step is frozen once released: a database written by an older tinbao is upgraded in place by
running only the steps it lacks, so a step must never be edited, only followed by a new one.
`SCHEMA_VERSION` (also written to `PRAGMA user_version`) is the number of steps; a database
whose history holds a step this code does not know is newer than us, and `connect.py` refuses it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.db import DescIndex
from sqlite_utils.migrations import Migrations

from pipelines.db.index import (
    AUTOMERGE,
    CRISISMERGE,
    EXACT_INDEX,
    FOLDED_INDEX,
    MERGE_FAN_OUT,
    UNMERGED_AT_MOST,
    add_month_map,
    create_exact_index,
    create_folded_index,
    create_search_facets,
    create_search_index,
    create_site_map,
    has_glued,
    merge_search_indexes,
    rebuild_search_index,
)

MIGRATION_SET = "tinbao"

migrations = Migrations(MIGRATION_SET)

# The first released schema (issue 2): one row per canonical URL, nothing else.
V1_ARTICLES_DDL = """
CREATE TABLE articles (
    url TEXT PRIMARY KEY,
    site TEXT,
    headline TEXT,
    summary TEXT,
    published_at TEXT,
    published_raw TEXT,
    modified_at TEXT,
    views INTEGER,
    views_raw TEXT,
    byline TEXT,
    authors TEXT,
    body TEXT,
    category TEXT,
    tags TEXT,
    images TEXT,
    source TEXT,
    site_article_id TEXT,
    modified_raw TEXT,
    fetched_at TEXT,
    layout TEXT
)
"""


@migrations()
def m001_articles(db: Database) -> None:
    """Articles keyed by canonical URL."""
    db.execute(V1_ARTICLES_DDL)


@migrations()
def m002_history(db: Database) -> None:
    """First/last seen, view-count observations, revisions, crawl runs and stored HTML."""
    articles = db.table("articles")
    articles.add_column("first_seen_at", str)
    articles.add_column("last_seen_at", str)
    db.execute("UPDATE articles SET first_seen_at = fetched_at, last_seen_at = fetched_at")
    db.execute(
        """CREATE TABLE view_counts (
            url TEXT NOT NULL,
            observed_at TEXT NOT NULL,
            views INTEGER NOT NULL,
            views_raw TEXT,
            PRIMARY KEY (url, observed_at)
        )"""
    )
    # Older rows carry one observation each: the views shown when they were fetched.
    db.execute(
        """INSERT INTO view_counts (url, observed_at, views, views_raw)
        SELECT url, coalesce(fetched_at, ''), views, views_raw FROM articles
        WHERE views IS NOT NULL"""
    )
    db.execute(
        """CREATE TABLE article_revisions (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            revised_at TEXT NOT NULL,
            source TEXT NOT NULL,
            changed TEXT NOT NULL,
            headline TEXT,
            summary TEXT,
            body TEXT,
            byline TEXT
        )"""
    )
    db.execute("CREATE INDEX idx_article_revisions_url ON article_revisions (url, revised_at)")
    db.execute(
        """CREATE TABLE crawls (
            id INTEGER PRIMARY KEY,
            spider TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            items_stored INTEGER NOT NULL DEFAULT 0,
            items_new INTEGER NOT NULL DEFAULT 0,
            items_updated INTEGER NOT NULL DEFAULT 0,
            items_unchanged INTEGER NOT NULL DEFAULT 0,
            items_dropped INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0,
            stats TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE pages (
            url TEXT PRIMARY KEY,
            fetched_at TEXT NOT NULL,
            html_zlib BLOB NOT NULL
        )"""
    )


@migrations()
def m003_indexes(db: Database) -> None:
    """Indexes for the per-site timelines, date ranges and most-viewed lists."""
    articles = db.table("articles")
    articles.create_index(["site", "published_at"], index_name="idx_articles_site_published")
    articles.create_index(["published_at"], index_name="idx_articles_published")
    articles.create_index([DescIndex("views")], index_name="idx_articles_views")


@migrations()
def m004_search(db: Database) -> None:
    """Full-text index over exact and folded headline/summary/body, filled from existing rows."""
    create_search_index(db)
    rebuild_search_index(db)


@migrations()
def m005_crawl_health(db: Database) -> None:
    """Per-run summary columns on `crawls` and the extraction health alarms raised by runs."""
    crawls = db.table("crawls")
    crawls.add_column("pages_fetched", int, not_null_default=0)
    crawls.add_column("refreshed", int, not_null_default=0)
    crawls.add_column("revisions", int, not_null_default=0)
    crawls.add_column("alarms", int, not_null_default=0)
    db.execute(
        """CREATE TABLE health_alarms (
            id INTEGER PRIMARY KEY,
            crawl_id INTEGER REFERENCES crawls (id),
            site TEXT NOT NULL,
            field TEXT NOT NULL,
            share REAL NOT NULL,
            threshold REAL NOT NULL,
            reason TEXT NOT NULL,
            raised_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_health_alarms_site ON health_alarms (site, raised_at)")


@migrations()
def m006_dropped_pages(db: Database) -> None:
    """Article pages fetched but not stored (no headline or body), so discovery skips them too."""
    db.execute(
        """CREATE TABLE dropped_pages (
            url TEXT PRIMARY KEY,
            site TEXT NOT NULL,
            reason TEXT NOT NULL,
            dropped_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_dropped_pages_site ON dropped_pages (site)")


@migrations()
def m007_folded_search(db: Database) -> None:
    """Search index over folded text only, ranked by bm25 on it: the exact-spelling columns
    doubled what each query read, and exactness is now checked on the ranked candidates."""
    db.execute("DROP TABLE IF EXISTS articles_search")
    create_search_index(db)
    rebuild_search_index(db)


@migrations()
def m008_exact_search(db: Database) -> None:
    """Exact-spelling search index, so every exact match ranks above every folded-only one
    (checking exactness on a shortlist of folded candidates missed most of them)."""
    create_exact_index(db)
    rebuild_search_index(db, folded=False)


@migrations()
def m009_crawl_pid(db: Database) -> None:
    """The process of each crawl run, so a run found `running` after its process died can be
    marked `killed`; and statuses of older runs mapped onto the five of `crawls.STATUSES`
    (stats that are not JSON, another program's row, name no site failure)."""
    db.table("crawls").add_column("pid", int)
    db.execute(
        """UPDATE crawls SET status = CASE
            WHEN CASE WHEN json_valid(stats)
                THEN coalesce(json_extract(stats, '$."tinbao/site_failed"'), '') ELSE '' END <> ''
                THEN 'failed'
            WHEN status = 'shutdown' THEN 'interrupted'
            WHEN status = 'finished' OR status LIKE 'closespider_%' THEN 'finished'
            ELSE 'failed' END
        WHERE status <> 'running'"""
    )


@migrations()
def m010_dropped_retries(db: Database) -> None:
    """How many runs in a row dropped each page for the same reason, and the last of them, so
    a page dropped for a passing reason is fetched again with a backoff counted in runs.
    Pages dropped before count one drop by no known run: the next run retries them."""
    dropped = db.table("dropped_pages")
    dropped.add_column("attempts", int, not_null_default=1)
    dropped.add_column("crawl_id", int)


@migrations()
def m011_contentless_folded_search(db: Database) -> None:
    """Folded search index without its copy of the text (a fifth of the database), refilled."""
    db.execute(f"DROP TABLE {FOLDED_INDEX}")
    create_folded_index(db)
    rebuild_search_index(db, exact=False)


@migrations()
def m012_pages_zstd(db: Database) -> None:
    """Stored pages are zstd-compressed from now on; the column says compressed, not zlib.
    Older zlib rows stay as they are and still read (the zstd frame magic tells them apart)."""
    db.execute("ALTER TABLE pages RENAME COLUMN html_zlib TO html_compressed")


@migrations()
def m013_lighter_writes(db: Database) -> None:
    """Fewer index writes per stored record, which grew with the database.

    The `(views DESC)` index took a write at a random place for every new record and every
    changed view count; the most-viewed lists are of a period, read from `(published_at,
    views)`, which replaces `(published_at)`. The search indexes merge their segments sixteen
    at a time instead of four (FTS5 `automerge`), which halves how often each posting is
    rewritten as the index grows.
    """
    db.execute("DROP INDEX idx_articles_views")
    db.execute("DROP INDEX idx_articles_published")
    db.table("articles").create_index(
        ["published_at", "views"], index_name="idx_articles_published_views"
    )
    for index in (FOLDED_INDEX, EXACT_INDEX):
        db.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('automerge', ?)", [AUTOMERGE])


@migrations()
def m014_search_facets(db: Database) -> None:
    """Each article's site and publish day in a narrow table under its rowid, kept by triggers,
    so a filtered search checks its matches there instead of in `articles`."""
    db.execute("CREATE TABLE search_facets (id INTEGER PRIMARY KEY, site TEXT, day TEXT)")
    db.execute(
        """CREATE TRIGGER search_facets_insert AFTER INSERT ON articles BEGIN
            INSERT OR REPLACE INTO search_facets (id, site, day)
            VALUES (new.rowid, new.site, substr(new.published_at, 1, 10));
        END"""
    )
    db.execute(
        """CREATE TRIGGER search_facets_update AFTER UPDATE OF site, published_at ON articles
        WHEN new.site IS NOT old.site OR new.published_at IS NOT old.published_at BEGIN
            UPDATE search_facets SET site = new.site, day = substr(new.published_at, 1, 10)
            WHERE id = new.rowid;
        END"""
    )
    db.execute(
        """CREATE TRIGGER search_facets_delete AFTER DELETE ON articles BEGIN
            DELETE FROM search_facets WHERE id = old.rowid;
        END"""
    )
    db.execute(
        "INSERT INTO search_facets (id, site, day) "
        "SELECT rowid, site, substr(published_at, 1, 10) FROM articles"
    )


@migrations()
def m015_redirects(db: Database) -> None:
    """Article URLs that moved for good to another article, so discovery skips them too."""
    db.execute(
        """CREATE TABLE redirects (
            url TEXT PRIMARY KEY,
            site TEXT NOT NULL,
            target TEXT NOT NULL,
            status INTEGER NOT NULL,
            redirected_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_redirects_site ON redirects (site)")


@migrations()
def m016_integer_search_facets(db: Database) -> None:
    """`search_facets` as integers: a site id (from the new `search_sites`) and the day as the
    number YYYYMMDD, half the size, so a filtered search's lookups cost 0.6 of what they did."""
    for trigger in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER search_facets_{trigger}")
    db.execute("DROP TABLE search_facets")
    create_search_facets(db)


@migrations()
def m017_search_site_map(db: Database) -> None:
    """`search_site_map`: each article's site id, a byte per rowid, kept by triggers, so a
    site-filtered search with thousands of matches reads the map once instead of looking each
    match up in `search_facets`."""
    create_site_map(db)


@migrations()
def m018_stored_copies(db: Database) -> None:
    """Articles stored from a copy at another address, their own page not having answered:
    later runs fetch the own page until it is stored."""
    db.execute(
        """CREATE TABLE stored_copies (
            url TEXT PRIMARY KEY,
            site TEXT NOT NULL,
            copy_url TEXT NOT NULL,
            stored_at TEXT NOT NULL
        )"""
    )


@migrations()
def m019_gradual_search_merges(db: Database) -> None:
    """The search indexes merge a level's segments a few pages per write (FTS5 `crisismerge`
    above `automerge`), instead of all at once in the write that made the sixteenth one."""
    for index in (FOLDED_INDEX, EXACT_INDEX):
        db.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('crisismerge', ?)", [CRISISMERGE])


@migrations()
def m020_merges_after_writing(db: Database) -> None:
    """The search indexes no longer merge segments as each write commits (FTS5 `automerge` 0):
    the writers merge them once done, `AUTOMERGE` of a size at a time (`usermerge`), as
    `merge_search_indexes` says. A level that reaches `UNMERGED_AT_MOST` segments is merged
    whole in the write that made the last one (`crisismerge`), whatever program writes."""
    for index in (FOLDED_INDEX, EXACT_INDEX):
        for option, value in (
            ("automerge", 0),
            ("usermerge", AUTOMERGE),
            ("crisismerge", UNMERGED_AT_MOST),
        ):
            db.execute(f"INSERT INTO {index} ({index}, rank) VALUES (?, ?)", [option, value])


@migrations()
def m021_words_beside_symbols(db: Database) -> None:
    """The search indexes refilled if an article glues a symbol to a word (`👍🏽Bình`): its
    forms now set such symbols apart, and a contentless row is removed with the words it was
    indexed with, so rows indexed the old way would be removed wrongly on their next update."""
    db.conn.create_function("tinbao_has_glued", 1, has_glued, deterministic=True)
    glued = db.execute(
        "SELECT 1 FROM articles WHERE tinbao_has_glued(headline) OR tinbao_has_glued(summary)"
        " OR tinbao_has_glued(body) LIMIT 1"
    ).fetchone()
    if glued:
        rebuild_search_index(db)


@migrations()
def m022_search_merges_as_batches_commit(db: Database) -> None:
    """The search indexes merge `MERGE_FAN_OUT` segments of a size at a time (FTS5 `usermerge`)
    where they merged 16: the writers merge a step as each batch commits, which keeps fewer
    segments for search to read during a crawl. The levels an older file holds at that count
    or more are merged now, once, rather than by the first crawl's batches."""
    for index in (FOLDED_INDEX, EXACT_INDEX):
        db.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('usermerge', ?)", [MERGE_FAN_OUT])
    merge_search_indexes(db)


@migrations()
def m023_crawl_lock_holders(db: Database) -> None:
    """Whether each run holds the database's crawl lock (`tinbao crawl` takes it, `scrapy crawl`
    and the distributed writer do not), so a run that finds the lock file missing gives way
    only to a live run that holds it. Runs recorded before this step stay NULL: unknown."""
    db.table("crawls").add_column("holds_lock", int)


@migrations()
def m024_search_month_map(db: Database) -> None:
    """`search_site_map.months`: each article's publish month, a byte per rowid beside its
    site's, kept by the same triggers, so a date-filtered search with thousands of matches reads
    the months once and looks up in `search_facets` only the matches of a bound's own month."""
    add_month_map(db)


# Every step is pending on an empty in-memory database: a public way to list them in order.
MIGRATION_NAMES: tuple[str, ...] = tuple(m.name for m in migrations.pending(Database(memory=True)))
SCHEMA_VERSION = len(MIGRATION_NAMES)
