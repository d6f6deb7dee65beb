"""The tinbao SQLite database: all of tinbao's SQL lives in this package.

Layers, each importing only those above it in this list: `core` (errors, transactions),
`index` (the full-text index tables), `schema` (migrations), `fulltext` (queries over the
indexes), `connect` (opening a file), then `articles` and `crawls` (the tables' reads and
writes). Callers import from here, not from the modules.
"""

from pipelines.db.articles import (
    ARTICLE_COLUMNS,
    UpsertCounts,
    export_rows,
    is_stored,
    iter_pages,
    known_urls,
    most_viewed,
    refresh_candidates,
    store_pages,
    upsert_articles,
)
from pipelines.db.connect import open_db
from pipelines.db.core import (
    BUSY_TIMEOUT_MS,
    DatabaseError,
    DatabaseTooNew,
    database_error,
    now_iso,
    transaction,
)
from pipelines.db.crawls import (
    FAILED,
    FINISHED,
    INTERRUPTED,
    INTERRUPTED_REASON,
    KILLED,
    RUNNING,
    STATUSES,
    close_unfinished,
    crawl_history,
    dropped_urls,
    finish_crawl,
    latest_crawl_id,
    previous_crawl_stats,
    record_crawl_health,
    record_dropped,
    record_redirects,
    redirected_urls,
    retried_urls,
    run_status,
    set_crawl_status,
    site_stats,
    start_crawl,
)
from pipelines.db.fulltext import match_expression, register_functions, search, snippet
from pipelines.db.index import rebuild_search_index
from pipelines.db.schema import SCHEMA_VERSION

__all__ = [
    "ARTICLE_COLUMNS",
    "FAILED",
    "FINISHED",
    "INTERRUPTED",
    "INTERRUPTED_REASON",
    "KILLED",
    "RUNNING",
    "STATUSES",
    "BUSY_TIMEOUT_MS",
    "SCHEMA_VERSION",
    "DatabaseError",
    "DatabaseTooNew",
    "UpsertCounts",
    "crawl_history",
    "database_error",
    "dropped_urls",
    "export_rows",
    "finish_crawl",
    "is_stored",
    "iter_pages",
    "known_urls",
    "latest_crawl_id",
    "close_unfinished",
    "match_expression",
    "most_viewed",
    "now_iso",
    "open_db",
    "previous_crawl_stats",
    "rebuild_search_index",
    "record_crawl_health",
    "record_dropped",
    "record_redirects",
    "redirected_urls",
    "refresh_candidates",
    "register_functions",
    "retried_urls",
    "run_status",
    "search",
    "set_crawl_status",
    "site_stats",
    "snippet",
    "start_crawl",
    "store_pages",
    "transaction",
    "upsert_articles",
]
