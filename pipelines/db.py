"""The tinbao SQLite database: the one module that speaks SQL.

Writers (the storage pipeline, `tinbao reparse`) and readers (search, export, stats, Datasette)
share one file, so every connection runs in WAL mode with a long busy timeout, and every write
transaction starts with `BEGIN IMMEDIATE`: a deferred transaction that later needs the write lock
can fail at once with "database is locked" instead of waiting its turn.

Search folds `đ` as well as tone marks, which FTS5's own `remove_diacritics` cannot, so the index
`articles_search` is an FTS5 table over `fold(text)`; a second one, `articles_search_exact`, over
the text as spelled (tone placement made canonical) ranks exact matches ahead of folded ones.
Python keeps both in step inside the same transaction as the upsert (a trigger would need `fold`
registered on every connection that ever writes, including plain `sqlite3` shells).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from parsers.record import LIST_KEYS, RECORD_KEYS
from parsers.vietnamese.dates import LOCAL_TZ
from parsers.vietnamese.text import canonical_tones, clean_text, fold
from pipelines.migrations import MIGRATION_NAMES, MIGRATION_SET, SCHEMA_VERSION, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
ARTICLE_COLUMNS: tuple[str, ...] = RECORD_KEYS + ("first_seen_at", "last_seen_at")
SEARCH_FIELDS = ("headline", "summary", "body")
REVISED_FIELDS = ("headline", "summary", "body", "byline")
# Fields that change on every fetch without the article changing; kept, but not a "change".
OBSERVED_FIELDS = frozenset({"fetched_at", "views", "views_raw"})
_COMPARED = tuple(k for k in RECORD_KEYS if k != "url" and k not in OBSERVED_FIELDS)
_CHUNK = 500  # URLs per `IN (...)` lookup, well under SQLite's bound-parameter limit
# bm25 column weights: headline > summary > body (url is not indexed).
_WEIGHTS = "3.0, 2.0, 1.0, 0.0"
_RANK = f"bm25({_WEIGHTS})"


class DatabaseError(Exception):
    """The database file cannot be used (not SQLite, corrupt, missing); the message is one line."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer tinbao whose schema this version does not know."""


@dataclass
class UpsertCounts:
    """What one `upsert_articles` call did, for crawl stats and `tinbao reparse`."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    revisions: int = 0

    def __add__(self, other: UpsertCounts) -> UpsertCounts:
        return UpsertCounts(
            self.new + other.new,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.revisions + other.revisions,
        )


def now_iso() -> str:
    """Current time as stored everywhere in the database: ISO 8601 with the +07:00 offset."""
    return datetime.now(LOCAL_TZ).isoformat(timespec="seconds")


def _iso(value: str | date | datetime | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


# --- opening -------------------------------------------------------------------------------


def open_db(path: str | Path, *, create: bool = True) -> Database:
    """Open (or create) the database: WAL, busy timeout, schema migrated to the current version.

    The file is probed read-only first, so a non-SQLite, corrupt or too-new file raises
    `DatabaseError` without a single byte being written to it.
    """
    path = Path(path)
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file")
    if path.exists():
        _probe(path)
    elif not create:
        raise DatabaseError(f"no database at {path} (crawl first, or pass --db)")
    db = Database(path)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.enable_wal()
        register_functions(db.conn)
        if migrations.pending(db):
            with transaction(db):
                _check_not_too_new(db.conn, path)
                migrations.apply(db)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as e:
        db.close()
        raise DatabaseError(f"{path}: {e}") from e
    return db


def _probe(path: Path) -> None:
    """Refuse, read-only, a file that is not a usable tinbao database."""
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a SQLite database")
    if not header:
        return  # an empty file is an empty database to SQLite
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise DatabaseError(f"{path}: cannot open: {e}") from e
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        pending = _check_not_too_new(conn, path)
        if pending:
            # Before upgrading in place, make sure the pages about to be rewritten are sound.
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DatabaseError(f"{path} is corrupt: {result}")
    except sqlite3.DatabaseError as e:
        raise DatabaseError(f"{path} is corrupt or not a database: {e}") from e
    finally:
        conn.close()


def _check_not_too_new(conn: sqlite3.Connection, path: Path) -> bool:
    """Raise `DatabaseTooNew` for a schema from a newer tinbao; return whether steps are pending."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    has_history = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        [migrations.migrations_table],
    ).fetchone()
    applied = set()
    if has_history:
        applied = {
            row[0]
            for row in conn.execute(
                f"SELECT name FROM [{migrations.migrations_table}] WHERE migration_set = ?",
                [MIGRATION_SET],
            )
        }
    unknown = applied - set(MIGRATION_NAMES)
    if version > SCHEMA_VERSION or unknown:
        raise DatabaseTooNew(
            f"{path} has schema version {max(version, len(applied))}, newer than this tinbao "
            f"knows ({SCHEMA_VERSION}); upgrade tinbao to use it"
        )
    return len(applied) < SCHEMA_VERSION


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions for ad-hoc queries and Datasette, which cannot call Python otherwise.

    `tinbao_fold(text)` folds like the index, `tinbao_match(q)` turns free text into a safe
    MATCH expression, `tinbao_snippet(text, q)` highlights a hit in the article's own spelling,
    `tinbao_search(q, n)` is a JSON list of the rowids `search` would return, best first.
    """
    conn.create_function("tinbao_fold", 1, _fold_or_null, deterministic=True)
    conn.create_function("tinbao_search", 2, lambda q, n: _sql_search(conn, q, n))
    conn.create_function("tinbao_match", 1, match_expression, deterministic=True)
    conn.create_function("tinbao_snippet", 2, _sql_snippet, deterministic=True)


def _fold_or_null(text: str | None) -> str | None:
    return None if text is None else fold(text)


def _sql_search(conn: sqlite3.Connection, query: str | None, limit: int | None) -> str:
    rows = _search_rows(conn, query, limit=20 if limit is None else int(limit))
    return json.dumps([row["rowid"] for row in rows])


def _sql_snippet(text: str | None, query: str | None) -> str:
    return snippet(text or "", set(_folded_words(query)), ("[", "]"))


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write transaction taken with `BEGIN IMMEDIATE`; nested use joins the outer one."""
    if db.conn.in_transaction:
        yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


# --- search index --------------------------------------------------------------------------

EXACT_INDEX = "articles_search_exact"


def create_search_index(db: Database) -> None:
    """Create `articles_search`: FTS5 over folded headline/summary/body, keyed by article rowid.

    Only folded text is indexed: exact-spelling columns doubled the posting lists that bm25
    reads. `remove_diacritics 2` lets Datasette's own `_search` find accented queries too.
    """
    db.execute(
        """CREATE VIRTUAL TABLE articles_search USING fts5(
            headline, summary, body,
            url UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    # A persistent rank makes Datasette's own `_search` order results like `tinbao search`.
    db.execute("INSERT INTO articles_search (articles_search, rank) VALUES ('rank', ?)", [_RANK])


def create_exact_index(db: Database) -> None:
    """Create `articles_search_exact`: FTS5 over the text as spelled, tones in canonical places.

    It ranks the hits that spell every query word exactly, which come before folded-only ones.
    Contentless (the text is in `articles`), so it costs only its posting lists; rows are
    removed with FTS5's 'delete' command and the values they were indexed with.
    """
    db.execute(
        f"""CREATE VIRTUAL TABLE {EXACT_INDEX} USING fts5(
            headline, summary, body,
            content = '',
            tokenize = 'unicode61 remove_diacritics 0'
        )"""
    )
    db.execute(f"INSERT INTO {EXACT_INDEX} ({EXACT_INDEX}, rank) VALUES ('rank', ?)", [_RANK])


def _exact(text: str | None) -> str | None:
    """The exact-index form of a text: `hoà` and `hòa` alike, other diacritics kept."""
    return None if text is None else canonical_tones(text).lower()


def _search_row(rowid: int, url: str, texts: tuple[str | None, ...]) -> tuple:
    return (rowid, *(None if t is None else fold(t) for t in texts), url)


def _exact_row(rowid: int, texts: tuple[str | None, ...]) -> tuple:
    return (rowid, *(_exact(t) for t in texts))


_INSERT_SEARCH = (
    "INSERT INTO articles_search (rowid, headline, summary, body, url) VALUES (?, ?, ?, ?, ?)"
)
_INSERT_EXACT = f"INSERT INTO {EXACT_INDEX} (rowid, headline, summary, body) VALUES (?, ?, ?, ?)"
_DELETE_EXACT = (
    f"INSERT INTO {EXACT_INDEX} ({EXACT_INDEX}, rowid, headline, summary, body) "
    "VALUES ('delete', ?, ?, ?, ?)"
)


def rebuild_search_index(db: Database, *, folded: bool = True) -> int:
    """Refill the search indexes from `articles` (after bulk loads or a VACUUM); returns rows.

    `folded=False` refills only the exact index, for the step that adds it. The schema steps
    before that one call this too, so an index not created yet is skipped.
    """
    exact = db[EXACT_INDEX].exists()
    with transaction(db):
        if folded:
            db.execute("DELETE FROM articles_search")
        if exact:
            db.execute(f"INSERT INTO {EXACT_INDEX} ({EXACT_INDEX}) VALUES ('delete-all')")
        cursor = db.conn.execute("SELECT rowid, url, headline, summary, body FROM articles")
        count = 0
        while rows := cursor.fetchmany(2000):
            if folded:
                db.conn.executemany(_INSERT_SEARCH, [_search_row(r[0], r[1], r[2:]) for r in rows])
            if exact:
                db.conn.executemany(_INSERT_EXACT, [_exact_row(r[0], r[2:]) for r in rows])
            count += len(rows)
    return count


_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")  # paragraph breaks inside a one-line snippet


def match_expression(query: str | None) -> str:
    """An FTS5 MATCH expression for free text: every word required, diacritics optional.

    Each folded word is quoted, so `"`, `*`, `-`, `NEAR`, `AND` and parentheses are just words
    and the expression never fails to parse.
    """
    terms = _folded_words(query)
    return _match(terms) if terms else '""'


def _words(query: str | None) -> list[str]:
    return _WORD.findall(clean_text(query) or "")  # NFC first: `\w` stops at combining marks


def _folded_words(query: str | None) -> list[str]:
    return list(dict.fromkeys(fold(w) for w in _words(query)))


def _exact_words(query: str | None) -> list[str]:
    return list(dict.fromkeys(_exact(w) for w in _words(query)))


def _match(terms: Iterable[str]) -> str:
    return " ".join('"{}"'.format(t.replace('"', '""')) for t in terms)


# --- writing -------------------------------------------------------------------------------


def _row(record: dict[str, Any]) -> dict[str, Any]:
    row = {k: record.get(k) for k in RECORD_KEYS}
    for key in LIST_KEYS:
        value = row[key]
        if value is not None and not isinstance(value, str):
            row[key] = json.dumps(value, ensure_ascii=False)
    return row


def _existing(db: Database, urls: list[str], columns: Iterable[str]) -> dict[str, dict]:
    cols = "".join(f", {c}" for c in columns)
    found: dict[str, dict] = {}
    for i in range(0, len(urls), _CHUNK):
        chunk = urls[i : i + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        cursor = db.conn.execute(
            f"SELECT url, rowid{cols} FROM articles WHERE url IN ({marks})", chunk
        )
        names = [d[0] for d in cursor.description]
        for values in cursor:
            found[values[0]] = dict(zip(names, values, strict=True))
    return found


def _upsert_sql(*, reparse: bool) -> str:
    cols = ", ".join(ARTICLE_COLUMNS)
    marks = ", ".join(f":{c}" for c in ARTICLE_COLUMNS)
    updates = [f"{c} = excluded.{c}" for c in RECORD_KEYS if c != "url"]
    if not reparse:
        updates.append("last_seen_at = max(coalesce(last_seen_at, ''), excluded.last_seen_at)")
    return (
        f"INSERT INTO articles ({cols}) VALUES ({marks}) "
        f"ON CONFLICT (url) DO UPDATE SET {', '.join(updates)}"
    )


_UPSERT = _upsert_sql(reparse=False)
_UPSERT_REPARSE = _upsert_sql(reparse=True)


def upsert_articles(
    db: Database,
    records: Iterable[dict[str, Any]],
    *,
    observed_at: str | datetime | None,
    reparse: bool = False,
) -> UpsertCounts:
    """Insert or update records in one transaction, with view counts, revisions and search index.

    `observed_at` is when the records were seen (first/last seen, revision time); each view count
    is stamped with its record's own `fetched_at`. `reparse=True` marks records re-derived from
    stored HTML: they are no new sighting, so first/last seen stay as they are (new rows take
    their `fetched_at`) and revisions are tagged `reparse`. Unchanged means nothing but the
    observed fields (fetch time, views) differs from the stored row.
    """
    batch: dict[str, dict[str, Any]] = {}
    for record in records:
        row = _row(record)
        batch[row["url"]] = row  # the last copy of a URL in one batch wins
    counts = UpsertCounts()
    if not batch:
        return counts
    seen_at = _iso(observed_at) or now_iso()
    revised_at = now_iso() if reparse else seen_at
    source = "reparse" if reparse else "crawl"
    with transaction(db):
        before = _existing(db, list(batch), _COMPARED)
        revisions, views, reindex = [], [], []
        for url, row in batch.items():
            old = before.get(url)
            row["first_seen_at"] = row["fetched_at"] if reparse else seen_at
            row["last_seen_at"] = row["first_seen_at"]
            if row["views"] is not None:
                observed = row["fetched_at"] or seen_at
                views.append((url, observed, row["views"], row["views_raw"]))
            if old is None:
                counts.new += 1
                reindex.append(url)
                continue
            if all(old[k] == row[k] for k in _COMPARED):
                counts.unchanged += 1
                continue
            counts.updated += 1
            changed = [k for k in REVISED_FIELDS if old[k] != row[k]]
            if changed:
                revisions.append(
                    (url, revised_at, source, json.dumps(changed))
                    + tuple(old[k] for k in REVISED_FIELDS)
                )
            if any(old[k] != row[k] for k in SEARCH_FIELDS):
                reindex.append(url)
        db.conn.executemany(_UPSERT_REPARSE if reparse else _UPSERT, list(batch.values()))
        db.conn.executemany(
            "INSERT INTO article_revisions (url, revised_at, source, changed, headline, summary, "
            "body, byline) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            revisions,
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO view_counts (url, observed_at, views, views_raw) "
            "VALUES (?, ?, ?, ?)",
            views,
        )
        if reindex:
            _reindex(db, reindex, batch, before)
    counts.revisions = len(revisions)
    return counts


def _reindex(
    db: Database, urls: list[str], batch: dict[str, dict[str, Any]], before: dict[str, dict]
) -> None:
    """Re-index new and changed articles in both search indexes.

    The contentless exact index forgets a row only when given the values it indexed, which are
    the stored text before this upsert; rows it never held (a bulk load not yet indexed) are
    not 'deleted', as that would corrupt it.
    """
    rowids = {url: row["rowid"] for url, row in _existing(db, urls, ()).items()}
    old = [u for u in urls if u in before]
    held = {
        r[0]
        for r in db.conn.execute(
            f"SELECT rowid FROM {EXACT_INDEX} WHERE rowid IN (SELECT value FROM json_each(?))",
            [json.dumps([rowids[u] for u in old])],
        )
    }
    db.conn.executemany(
        _DELETE_EXACT,
        [
            _exact_row(rowids[u], tuple(before[u][k] for k in SEARCH_FIELDS))
            for u in old
            if rowids[u] in held
        ],
    )
    db.conn.executemany("DELETE FROM articles_search WHERE rowid = ?", [(rowids[u],) for u in urls])
    texts = {u: tuple(batch[u][k] for k in SEARCH_FIELDS) for u in urls}
    db.conn.executemany(_INSERT_SEARCH, [_search_row(rowids[u], u, texts[u]) for u in urls])
    db.conn.executemany(_INSERT_EXACT, [_exact_row(rowids[u], texts[u]) for u in urls])


def store_pages(db: Database, pages: Iterable[dict[str, Any]]) -> int:
    """Keep the latest fetched HTML per URL, zlib-compressed, for `tinbao reparse`."""
    rows = [
        (p["url"], _iso(p["fetched_at"]), zlib.compress(p["html"].encode("utf-8"), 6))
        for p in pages
        if p.get("html")
    ]
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO pages (url, fetched_at, html_zlib) VALUES (?, ?, ?) "
            "ON CONFLICT (url) DO UPDATE SET fetched_at = excluded.fetched_at, "
            "html_zlib = excluded.html_zlib WHERE excluded.fetched_at >= pages.fetched_at",
            rows,
        )
    return len(rows)


def iter_pages(db: Database, *, site: str | None = None) -> Iterator[tuple[str, datetime, str]]:
    """Stored pages as (url, fetched_at, html), optionally of one site, read in URL order.

    Pages are read in keyset chunks rather than through one open cursor, so the caller may write
    to the database between items.
    """
    where = "p.url > ?"
    params: list[Any] = []
    if site is not None:
        where += " AND a.site = ?"
        params.append(site)
    sql = (
        "SELECT p.url, p.fetched_at, p.html_zlib FROM pages p "
        f"LEFT JOIN articles a ON a.url = p.url WHERE {where} ORDER BY p.url LIMIT 200"
    )
    last = ""
    while rows := db.conn.execute(sql, [last, *params]).fetchall():
        for url, fetched_at, blob in rows:
            yield url, datetime.fromisoformat(fetched_at), zlib.decompress(blob).decode("utf-8")
        last = rows[-1][0]


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


# --- reading -------------------------------------------------------------------------------


def _date_filters(
    since: str | date | None, until: str | date | None, column: str = "a.published_at"
) -> tuple[list[str], list[Any]]:
    """SQL conditions for an inclusive date range; a bare `until` date covers that whole day."""
    where, params = [], []
    if since is not None:
        where.append(f"{column} >= ?")
        params.append(_iso(since))
    if until is not None:
        bound = _iso(until)
        assert bound is not None
        if len(bound) == 10:  # YYYY-MM-DD: up to the end of that day
            where.append(f"{column} < ?")
            params.append((date.fromisoformat(bound) + timedelta(days=1)).isoformat())
        else:
            where.append(f"{column} <= ?")
            params.append(bound)
    return where, params


# bm25 costs grow with the matches it scores and the posting lists it reads, so on a large index
# the newest rows are sampled first to see how common each word is.
_SAMPLE = 20_000  # newest index rows sampled; a smaller index is always ranked in full
_COMMON = 0.5  # bm25 gives a word found in over half the rows no weight (its idf clamps to ~0)
_RANK_AT_MOST = 30_000  # matches scored per query; beyond that, the newest that many
_FOLDED_INDEX = "articles_search"
_Hit = tuple[int, float | None]  # (rowid, bm25 rank or None when listed newest first)


def search(
    db: Database,
    query: str,
    *,
    site: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 20,
    marks: tuple[str, str] = ("[", "]"),
) -> list[dict[str, Any]]:
    """Ranked full-text search, diacritics optional; each hit has a snippet with `marks` around
    matched words. Any query text is safe: it is never parsed as FTS syntax."""
    rows = _search_rows(db.conn, query, site=site, since=since, until=until, limit=limit)
    words = set(_folded_words(query))
    hits = []
    for row in rows:
        del row["rowid"]
        text = " ".join(t for t in (row.pop("summary"), row.pop("body")) if t)
        row["snippet"] = snippet(text, words, marks) or snippet(row["headline"] or "", words, marks)
        hits.append(row)
    return hits


def _search_rows(
    conn: sqlite3.Connection,
    query: str | None,
    *,
    site: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Matching articles best first: exact spellings (by bm25 on the exact index), then the
    folded-only matches (by bm25 on the folded index).

    A query without diacritics has no exact spelling to prefer, so it goes to the folded index
    alone. Every word is required.
    """
    folded = _folded_words(query)
    if not folded or limit < 1:
        return []
    where, params = _date_filters(since, until)
    if site is not None:
        where.append("a.site = ?")
        params.append(site)
    top = conn.execute(f"SELECT max(rowid) FROM {_FOLDED_INDEX}").fetchone()[0] or 0
    exact = _exact_words(query)
    found: list[_Hit] = []
    if any(fold(t) != t for t in exact):
        found = _best(conn, EXACT_INDEX, exact, where, params, top, limit, set())
    if len(found) < limit:
        seen = {rowid for rowid, _ in found}
        found += _best(conn, _FOLDED_INDEX, folded, where, params, top, limit - len(found), seen)
    return _articles(conn, found)


def _best(
    conn: sqlite3.Connection,
    index: str,
    terms: list[str],
    where: list[str],
    params: list[Any],
    top: int,
    limit: int,
    skip: set[int],
) -> list[_Hit]:
    """The best `limit` matches of every term in `index` whose rowids are not in `skip`.

    Words in over half the rows are left out of the ranking (bm25 would give them no weight)
    and checked on the ranked hits; if every word is that common, hits are listed newest first.
    When more than `_RANK_AT_MOST` rows match, only the newest that many are ranked, widening
    to older ones when filters leave too few.
    """
    ranked, common, floor = terms, [], 0
    want = limit + len(skip)  # the skipped rows may be among the best
    if top > _SAMPLE:
        shares = {t: _sampled(conn, index, _match([t]), top) / _SAMPLE for t in terms}
        ranked = [t for t in terms if shares[t] <= _COMMON]
        common = [t for t in terms if shares[t] > _COMMON]
        expected = _sampled(conn, index, _match(ranked), top) * top / _SAMPLE if ranked else 0
        if expected > _RANK_AT_MOST:
            floor = top - int(top * _RANK_AT_MOST / expected)
        if ranked and common:
            # Enough to keep `limit` once the common words are checked: bm25 scores every match
            # whatever the LIMIT, so a second round would cost as much again.
            want = math.ceil(want * 2 / math.prod(shares[t] for t in common))
    while True:
        if ranked:
            found = _ranked(conn, index, _match(ranked), where, params, floor, want)
        else:
            found = _newest(conn, index, _match(terms), where, params, want)
        exhausted = len(found) < want
        if common and ranked:
            found = _having(conn, index, _match(common), found)
        found = [hit for hit in found if hit[0] not in skip]
        if len(found) >= limit or (exhausted and floor == 0):
            return found[:limit]
        if exhausted:  # too few among the newest matches: take in older ones too
            floor = max(0, top - (top - floor) * 4)
        else:
            want *= 4


def _sampled(conn: sqlite3.Connection, index: str, expression: str, top: int) -> int:
    """Matches among the newest `_SAMPLE` index rows."""
    sql = f"SELECT count(*) FROM {index} WHERE {index} MATCH ? AND rowid > ?"
    return conn.execute(sql, [expression, top - _SAMPLE]).fetchone()[0]


def _ranked(
    conn: sqlite3.Connection,
    index: str,
    expression: str,
    where: list[str],
    params: list[Any],
    floor: int,
    limit: int,
) -> list[_Hit]:
    """(rowid, bm25 rank) of the best `limit` matches with rowid above `floor`."""
    if where:  # FTS5 outermost, in rank order: articles are read only until `limit` pass
        sql = (
            f"SELECT s.rowid, s.rank FROM {index} s CROSS JOIN articles a ON a.rowid = s.rowid "
            f"WHERE {index} MATCH ? AND s.rowid > ? AND {' AND '.join(where)} "
            "ORDER BY s.rank LIMIT ?"
        )
    else:  # SQLite keeps only the best `limit` as it goes; FTS5's ORDER BY rank sorts them all
        sql = (
            f"SELECT rowid, bm25({index}, {_WEIGHTS}) AS score FROM {index} "
            f"WHERE {index} MATCH ? AND rowid > ? ORDER BY score LIMIT ?"
        )
    return conn.execute(sql, [expression, floor, *params, limit]).fetchall()


def _newest(
    conn: sqlite3.Connection,
    index: str,
    expression: str,
    where: list[str],
    params: list[Any],
    limit: int,
) -> list[_Hit]:
    """(rowid, None) of the newest `limit` matches, walking the published_at index."""
    match = f"EXISTS (SELECT 1 FROM {index} s WHERE {index} MATCH ? AND s.rowid = a.rowid)"
    sql = (
        f"SELECT a.rowid, NULL FROM articles a WHERE {' AND '.join([*where, match])} "
        "ORDER BY a.published_at DESC LIMIT ?"
    )
    return conn.execute(sql, [*params, expression, limit]).fetchall()


def _having(conn: sqlite3.Connection, index: str, expression: str, found: list[_Hit]) -> list[_Hit]:
    """The hits that also match `expression`, in their order."""
    sql = (
        f"SELECT rowid FROM {index} WHERE {index} MATCH ? "
        "AND rowid IN (SELECT value FROM json_each(?))"
    )
    keep = {r[0] for r in conn.execute(sql, [expression, json.dumps([r[0] for r in found])])}
    return [r for r in found if r[0] in keep]


def _articles(conn: sqlite3.Connection, found: list[_Hit]) -> list[dict[str, Any]]:
    """The hits' articles in hit order, with their rank; hits not in `articles` are skipped."""
    names = ("rowid", "url", "headline", "site", "published_at", "views", "summary", "body")
    sql = f"SELECT {', '.join(names)} FROM articles WHERE rowid IN (SELECT value FROM json_each(?))"
    articles = {r[0]: r for r in conn.execute(sql, [json.dumps([r[0] for r in found])])}
    rows = []
    for rowid, rank in found:
        if rowid in articles:  # else the index was not yet refilled after a bulk load
            rows.append({**dict(zip(names, articles[rowid], strict=True)), "rank": rank})
    return rows


_fold_word = lru_cache(maxsize=65536)(fold)


def snippet(text: str, words: set[str], marks: tuple[str, str], width: int = 24) -> str:
    """About `width` words of `text` around its first match, matched words wrapped in `marks`.

    Matching is on folded words, so the snippet shows the article's own spelling whichever way
    the query was typed.
    """
    spans = [m.span() for m in _WORD.finditer(text)]
    hits = [i for i, (a, b) in enumerate(spans) if _fold_word(text[a:b]) in words]
    if not hits:
        return ""
    first = max(0, hits[0] - width // 3)
    last = min(len(spans), first + width)
    out, pos = [], spans[first][0]
    for a, b in spans[first:last]:
        out.append(text[pos:a])
        word = text[a:b]
        out.append(f"{marks[0]}{word}{marks[1]}" if _fold_word(word) in words else word)
        pos = b
    out.append("…" if last < len(spans) else text[pos:])
    return _SPACES.sub(" ", ("…" if first > 0 else "") + "".join(out))


def most_viewed(
    db: Database, *, site: str | None = None, since: str | date | None = None, limit: int = 5
) -> list[dict[str, Any]]:
    """The most viewed articles (by the latest view count), optionally of one site or period."""
    where, params = _date_filters(since, None, column="published_at")
    where.append("views IS NOT NULL")
    if site is not None:
        where.append("site = ?")
        params.append(site)
    cursor = db.conn.execute(
        "SELECT url, headline, site, published_at, views FROM articles "
        f"WHERE {' AND '.join(where)} ORDER BY views DESC LIMIT ?",
        [*params, limit],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


def export_rows(
    db: Database,
    *,
    site: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
) -> Iterator[dict[str, Any]]:
    """Every article row matching the filters, streamed from a cursor (lists stay JSON text)."""
    where, params = _date_filters(since, until, column="published_at")
    if site is not None:
        where.append("site = ?")
        params.append(site)
    sql = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
    if where:
        sql += " WHERE " + " AND ".join(where)
    cursor = db.conn.execute(sql + " ORDER BY site, published_at, url", params)
    for values in cursor:
        yield dict(zip(ARTICLE_COLUMNS, values, strict=True))


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


def known_urls(db: Database, site: str) -> set[str]:
    """Canonical URLs already stored for a site (incremental crawls skip them)."""
    return {row[0] for row in db.conn.execute("SELECT url FROM articles WHERE site = ?", [site])}


# --- incremental crawls and run health -----------------------------------------------------


def refresh_candidates(
    db: Database, site: str, published_since: datetime
) -> list[tuple[str, str, str | None]]:
    """(url, anchor, fetched_at) of a site's articles published (or first seen) since a time.

    The anchor is the publish time, or the first sighting when the page gave none; the refresh
    schedule is counted from it. Rows with other offsets than +07:00 compare as text, so the
    bound is generous and the caller decides what is really due.
    """
    bound = published_since.astimezone(LOCAL_TZ).isoformat(timespec="seconds")
    cursor = db.conn.execute(
        "SELECT url, coalesce(published_at, first_seen_at) AS anchor, fetched_at FROM articles "
        "WHERE site = ? AND coalesce(published_at, first_seen_at) >= ?",
        [site, bound],
    )
    return [(row[0], row[1], row[2]) for row in cursor.fetchall()]


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
