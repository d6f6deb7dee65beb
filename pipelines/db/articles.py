"""Articles: upserts with view counts, revisions and re-indexing; stored pages; reads of rows.

One upsert is one transaction: the row, its view count, its revision and both search indexes
change together or not at all.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import zstandard
from sqlite_utils import Database

from parsers.record import LIST_KEYS, RECORD_KEYS
from parsers.vietnamese.dates import LOCAL_TZ
from pipelines.db.core import as_iso, date_filters, now_iso, transaction
from pipelines.db.index import (
    EXACT_INDEX,
    FOLDED_INDEX,
    SEARCH_FIELDS,
    delete_sql,
    index_row,
    insert_sql,
)
from pipelines.htmlcodec import pack_html, unpack_html

ARTICLE_COLUMNS: tuple[str, ...] = RECORD_KEYS + ("first_seen_at", "last_seen_at")
REVISED_FIELDS = ("headline", "summary", "body", "byline")
# Fields that change on every fetch without the article changing; kept, but not a "change".
OBSERVED_FIELDS = frozenset({"fetched_at", "views", "views_raw"})
_COMPARED = tuple(k for k in RECORD_KEYS if k != "url" and k not in OBSERVED_FIELDS)
_CHUNK = 500  # URLs per `IN (...)` lookup, well under SQLite's bound-parameter limit


# A crawled update that loses this much of the stored body is suspect (a maintenance page,
# an error page served with 200), as is one that loses the stored date or byline.
SUSPECT_BODY_LOSS = 0.5


@dataclass
class UpsertCounts:
    """What one `upsert_articles` call did, for crawl stats and `tinbao reparse`.

    `kept` names the stored records a suspect crawled update was not applied to, with what the
    update would have lost (`{url: "body, date"}`).
    """

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    revisions: int = 0
    kept: dict[str, str] = field(default_factory=dict)

    def __add__(self, other: UpsertCounts) -> UpsertCounts:
        return UpsertCounts(
            self.new + other.new,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.revisions + other.revisions,
            {**self.kept, **other.kept},
        )


def suspect_loss(old: dict[str, Any], new: dict[str, Any]) -> str:
    """What an update would lose of a stored article ('' if nothing suspicious): most of the
    body, the publish date or the byline. Real edits shorten a body far less than by half."""
    lost = []
    old_body, new_body = old.get("body") or "", new.get("body") or ""
    if old_body and len(new_body) < SUSPECT_BODY_LOSS * len(old_body):
        lost.append("body")
    if old.get("published_at") and not new.get("published_at"):
        lost.append("date")
    if old.get("byline") and not new.get("byline"):
        lost.append("byline")
    return ", ".join(lost)


# One encoder for every row: `json.dumps` with options builds a new one per call.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _row(record: dict[str, Any]) -> dict[str, Any]:
    row = {k: record.get(k) for k in RECORD_KEYS}
    for key in LIST_KEYS:
        value = row[key]
        if value is not None and not isinstance(value, str):
            row[key] = _to_json(value)
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
        f"INSERT INTO articles (rowid, {cols}) VALUES (:rowid, {marks}) "
        f"ON CONFLICT (url) DO UPDATE SET {', '.join(updates)}"
    )


_UPSERT = _upsert_sql(reparse=False)
_UPSERT_REPARSE = _upsert_sql(reparse=True)


def _seen_again_sql(*, reparse: bool) -> str:
    """An unchanged article met again: only its observed fields (and last sighting) are
    written, so the row's other indexes and the triggers on site and date are left alone."""
    sets = [f"{c} = :{c}" for c in sorted(OBSERVED_FIELDS)]
    if not reparse:
        sets.append("last_seen_at = max(coalesce(last_seen_at, ''), :last_seen_at)")
    return f"UPDATE articles SET {', '.join(sets)} WHERE url = :url"


_SEEN_AGAIN = _seen_again_sql(reparse=False)
_SEEN_AGAIN_REPARSE = _seen_again_sql(reparse=True)


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

    A crawled record that would lose most of a stored article's body, its date or its byline
    (`suspect_loss`) is not applied at all, view count included: the stored record stays and
    the URL is listed in `kept`. Re-parsing stored HTML is not judged so, since it reads the
    very page the record came from.
    """
    batch: dict[str, dict[str, Any]] = {}
    for record in records:
        row = _row(record)
        batch[row["url"]] = row  # the last copy of a URL in one batch wins
    counts = UpsertCounts()
    if not batch:
        return counts
    seen_at = as_iso(observed_at) or now_iso()
    revised_at = now_iso() if reparse else seen_at
    source = "reparse" if reparse else "crawl"
    with transaction(db):
        before = _existing(db, list(batch), _COMPARED)
        revisions, views, reindex = [], [], []
        written, seen = [], []  # rows to upsert whole; unchanged rows, observed fields only
        for url, row in batch.items():
            old = before.get(url)
            if old is not None and not reparse and (lost := suspect_loss(old, row)):
                counts.kept[url] = lost
                continue
            row["first_seen_at"] = row["fetched_at"] if reparse else seen_at
            row["last_seen_at"] = row["first_seen_at"]
            if row["views"] is not None:
                observed = row["fetched_at"] or seen_at
                views.append((url, observed, row["views"], row["views_raw"]))
            row["rowid"] = None  # SQLite's choice, unless `_unheld_rowid` says otherwise
            if old is None:
                if not counts.new:
                    row["rowid"] = _unheld_rowid(db)
                counts.new += 1
                written.append(row)
                reindex.append(url)
                continue
            if all(old[k] == row[k] for k in _COMPARED):
                counts.unchanged += 1
                seen.append(row)
                continue
            written.append(row)
            counts.updated += 1
            changed = [k for k in REVISED_FIELDS if old[k] != row[k]]
            if changed:
                revisions.append(
                    (url, revised_at, source, json.dumps(changed))
                    + tuple(old[k] for k in REVISED_FIELDS)
                )
            if any(old[k] != row[k] for k in SEARCH_FIELDS):
                reindex.append(url)
        db.conn.executemany(_UPSERT_REPARSE if reparse else _UPSERT, written)
        db.conn.executemany(_SEEN_AGAIN_REPARSE if reparse else _SEEN_AGAIN, seen)
        db.conn.executemany(
            "INSERT INTO article_revisions (url, revised_at, source, changed, headline, summary, "
            "body, byline) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            revisions,
        )
        # Two sightings in one second (a run just after another) are one observation at the
        # table's precision: the later count stands, as it does in `articles`.
        db.conn.executemany(
            "INSERT INTO view_counts (url, observed_at, views, views_raw) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (url, observed_at) DO UPDATE SET "
            "views = excluded.views, views_raw = excluded.views_raw",
            views,
        )
        if reindex:
            _reindex(db, reindex, batch, before)
    counts.revisions = len(revisions)
    return counts


def _unheld_rowid(db: Database) -> int | None:
    """The rowid for the first new article of a batch: above every rowid the search indexes
    hold, where SQLite's own choice (one above the highest in `articles`, None here) would
    reuse one of them.

    Rows deleted by hand (`DELETE FROM articles` in a shell) leave their postings in the
    contentless indexes, which can forget a row only when given the text it indexed, and
    SQLite gives the next new row the highest of those rowids again: the deleted article's
    words would find it. Taking a rowid no index holds leaves those postings to rowids no
    article has, which search passes over, as the articles after it follow in turn. Two
    lookups of a table's highest rowid a batch, against rebuilding `articles` with
    AUTOINCREMENT, which would not know the rowids deleted before it either."""
    top = db.conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
    held = max(
        db.conn.execute(f"SELECT max(rowid) FROM {index}").fetchone()[0] or 0
        for index in (FOLDED_INDEX, EXACT_INDEX)
    )
    return held + 1 if held > top else None


def _reindex(
    db: Database, urls: list[str], batch: dict[str, dict[str, Any]], before: dict[str, dict]
) -> None:
    """Re-index new and changed articles in both search indexes.

    A contentless index forgets a row only when given the values it indexed, which are the
    stored text before this upsert; rows it never held (a bulk load not yet indexed) are not
    'deleted', as that would corrupt it.
    """
    rowids = {url: row["rowid"] for url, row in _existing(db, urls, ()).items()}
    old = [rowids[u] for u in urls if u in before]
    olds = {rowids[u]: tuple(before[u][k] for k in SEARCH_FIELDS) for u in urls if u in before}
    texts = {rowids[u]: tuple(batch[u][k] for k in SEARCH_FIELDS) for u in urls}
    for index in (FOLDED_INDEX, EXACT_INDEX):
        held = (
            {
                r[0]
                for r in db.conn.execute(
                    f"SELECT rowid FROM {index} WHERE rowid IN (SELECT value FROM json_each(?))",
                    [json.dumps(old)],
                )
            }
            if old
            else set()
        )
        db.conn.executemany(
            delete_sql(index), [index_row(index, r, olds[r]) for r in old if r in held]
        )
        db.conn.executemany(insert_sql(index), [index_row(index, r, t) for r, t in texts.items()])


def store_pages(db: Database, pages: Iterable[dict[str, Any]]) -> int:
    """Keep the latest fetched HTML per URL, compressed, for `tinbao reparse`. A page given as
    `html_packed` (`pack_html` of its HTML, done where it was read) is stored as it is."""
    rows = [
        (p["url"], as_iso(p["fetched_at"]), p.get("html_packed") or pack_html(p["html"]))
        for p in pages
        if p.get("html_packed") or p.get("html")
    ]
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO pages (url, fetched_at, html_compressed) VALUES (?, ?, ?) "
            "ON CONFLICT (url) DO UPDATE SET fetched_at = excluded.fetched_at, "
            "html_compressed = excluded.html_compressed "
            "WHERE excluded.fetched_at >= pages.fetched_at",
            rows,
        )
    return len(rows)


def iter_pages(
    db: Database,
    *,
    site: str | None = None,
    on_unreadable: Callable[[str, str], None] | None = None,
) -> Iterator[tuple[str, datetime, str]]:
    """The stored pages of stored articles as (url, fetched_at, html), optionally of one site,
    read in URL order. A page whose article row is gone (deleted by hand) has no record to
    re-derive: re-parsing it would bring back what someone removed.

    A page whose stored HTML cannot be read back (its bytes damaged) is given to
    `on_unreadable` with the reason and skipped, so the others are still read; without it,
    the error is raised.

    Pages are read in keyset chunks rather than through one open cursor, so the caller may write
    to the database between items.
    """
    where = "p.url > ?"
    params: list[Any] = []
    if site is not None:
        where += " AND a.site = ?"
        params.append(site)
    sql = (
        "SELECT p.url, p.fetched_at, p.html_compressed FROM pages p "
        f"JOIN articles a ON a.url = p.url WHERE {where} ORDER BY p.url LIMIT 200"
    )
    last = ""
    while rows := db.conn.execute(sql, [last, *params]).fetchall():
        for url, fetched_at, blob in rows:
            try:
                html = unpack_html(blob)
            except (zstandard.ZstdError, zlib.error, UnicodeDecodeError) as exc:
                if on_unreadable is None:
                    raise
                on_unreadable(url, f"stored HTML cannot be read back ({exc})")
                continue
            yield url, datetime.fromisoformat(fetched_at), html
        last = rows[-1][0]


def most_viewed(
    db: Database, *, site: str | None = None, since: str | date | None = None, limit: int = 5
) -> list[dict[str, Any]]:
    """The most viewed articles (by the latest view count), optionally of one site or period."""
    where, params = date_filters(since, None, column="published_at")
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
    where, params = date_filters(since, until, column="published_at")
    if site is not None:
        where.append("site = ?")
        params.append(site)
    sql = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
    if where:
        sql += " WHERE " + " AND ".join(where)
    cursor = db.conn.execute(sql + " ORDER BY site, published_at, url", params)
    for values in cursor:
        yield dict(zip(ARTICLE_COLUMNS, values, strict=True))


def known_urls(db: Database, site: str) -> set[str]:
    """Canonical URLs already stored for a site (incremental crawls skip them), but for those
    stored from a copy at another address: their own page is still wanted."""
    cursor = db.conn.execute(
        "SELECT url FROM articles WHERE site = ? AND url NOT IN (SELECT url FROM stored_copies)",
        [site],
    )
    return {row[0] for row in cursor}


def note_stored_copies(db: Database, copies: dict[str, tuple[str, str]], own: list[str]) -> None:
    """Remember articles just stored from a copy ({url: (site, copy URL)}), and forget those
    just stored from their own page (`own`), in the caller's transaction."""
    at = now_iso()
    db.conn.executemany(
        "INSERT INTO stored_copies (url, site, copy_url, stored_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (url) DO UPDATE SET copy_url = excluded.copy_url, "
        "stored_at = excluded.stored_at",
        [(url, site, copy_url, at) for url, (site, copy_url) in copies.items()],
    )
    if own and db.conn.execute("SELECT 1 FROM stored_copies LIMIT 1").fetchone():
        # Nearly always empty: a batch's own pages are looked up only when there is a row.
        db.conn.executemany("DELETE FROM stored_copies WHERE url = ?", [(url,) for url in own])


# Tables holding an article's rows by its URL, besides `articles`; the search indexes and
# facets follow the article's rowid, which a changed URL keeps.
_BY_URL = ("view_counts", "article_revisions", "pages", "stored_copies")


def move_article(db: Database, old: str, new: str) -> bool:
    """Key the article stored under `old` by `new` from now on, with its view counts,
    revisions and page (its site moved it there for good); nothing is done, and False
    returned, unless `old` is stored and `new` is not, so two articles are never merged."""
    with transaction(db):
        if not is_stored(db, old) or is_stored(db, new):
            return False
        db.conn.execute("UPDATE articles SET url = ? WHERE url = ?", [new, old])
        for table in _BY_URL:
            db.conn.execute(f"UPDATE OR REPLACE {table} SET url = ? WHERE url = ?", [new, old])
    return True


def is_stored(db: Database, url: str) -> bool:
    """Whether an article is already stored under this canonical URL."""
    return db.conn.execute("SELECT 1 FROM articles WHERE url = ?", [url]).fetchone() is not None


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
