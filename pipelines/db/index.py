"""The two full-text indexes: their tables, the rows they hold, and refilling them.

Search folds `đ` as well as tone marks, which FTS5's own `remove_diacritics` cannot, so the index
`articles_search` is an FTS5 table over `fold(text)`; a second one, `articles_search_exact`, over
the text as spelled (tone placement made canonical) ranks exact matches ahead of folded ones.
Both are contentless: the text is in `articles`, the indexes keep only their posting lists.
Python keeps both in step inside the same transaction as the upsert (a trigger would need `fold`
registered on every connection that ever writes, including plain `sqlite3` shells). Querying
them is `fulltext.py`'s business.

Beside them, `search_facets` holds each article's site (an id from `search_sites`) and publish day
(a number) under its rowid, kept by triggers: a filtered search checks a match there before
scoring it, which costs less than bm25. `search_site_map` holds the same site ids a byte per
rowid, so a site-filtered search with many matches reads them all at once instead, and the
publish months beside them, for a date-filtered one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlite_utils import Database

from parsers.vietnamese.text import canonical_tones, fold
from pipelines.db.core import transaction

FOLDED_INDEX = "articles_search"
EXACT_INDEX = "articles_search_exact"
FACETS = "search_facets"
SITES = "search_sites"  # the site ids of `search_facets`
SITE_MAP = "search_site_map"  # a byte per rowid: the article's site id, by chunks of rowids
SITE_MAP_BITS = 12  # row `rowid >> 12` of `search_site_map` holds a rowid's byte
SITE_MAP_CHUNK = 1 << SITE_MAP_BITS  # rowids per row of `search_site_map`
MAPPED_SITES = 255  # the site ids a byte holds; the map holds 0 for a higher one
# `search_site_map.months` (schema step 24): a byte per rowid for the publish month.
NO_MONTH = 0  # no article or no `published_at`: it passes no date bound
LOOK_UP_MONTH = 1  # a publish day to look up in `search_facets`
FIRST_MONTH_CODE = 2  # the first month it holds, and one more for each month after it
MAPPED_MONTHS = 256 - FIRST_MONTH_CODE  # the months it holds, from January 2015 to February 2036
FIRST_MAPPED_MONTH = 2015 * 12  # January 2015, counted as year * 12 + month - 1
SEARCH_FIELDS = ("headline", "summary", "body")
# Segments of one size an index gathers before merging them into one (FTS5 `automerge` from
# schema step 13, `usermerge` for `merge_search_indexes` from step 20; FTS5's default is 4): each
# merge rewrites the postings it merges, so a larger fan-out rewrites each posting fewer times as
# the index grows, for more segments to read.
AUTOMERGE = 16
# Segments of one size at which FTS5 stops merging them a few pages per write and merges them
# all in the write that made the last one (FTS5 `crisismerge`, set by schema step 19; FTS5's
# default is 16). At `AUTOMERGE` or below, every merge is made whole in one transaction: at a
# million rows, one batch in a few hundred rewrote 256 MB of postings, a stall of seconds that
# grows sixteenfold with each level. Above it, the same pages are merged a little per batch.
CRISISMERGE = 4 * AUTOMERGE
# `crisismerge` from schema step 20 on, when no write merges otherwise: a level of this many
# segments is merged whole in the write that made the last one. It bounds what a long run's
# search reads before the run merges at its end (level 0 holds a segment per batch), and stays
# above `AUTOMERGE`, which the writers' merges keep every level below: a level's merge does not
# set off the next one's in the same write.
UNMERGED_AT_MOST = 2 * AUTOMERGE
# Pages of merged postings one transaction of `merge_search_indexes` (or `merge_search_step`)
# writes: a tenth of a second or so, the longest another writer waits for the lock while the
# indexes are merged.
MERGE_STEP = 2000
# Segments of one size the writers merge into one (FTS5 `usermerge` from schema step 22), as
# each batch commits (`merge_search_step`) and once they are done (`merge_search_indexes`).
# A level then holds fewer than this many segments, so what search reads during a crawl stays
# a handful a level (level 0 holds a segment per batch); at 16, level 0 alone held up to 31.
# Each posting is rewritten once per level, log8 of the rows where 16 took log16: at 1M rows,
# every posting rewritten costs ~10 µs a record, against ~150 µs to store it.
MERGE_FAN_OUT = 8
# bm25 column weights: headline > summary > body (url is not indexed).
WEIGHTS = "3.0, 2.0, 1.0, 0.0"
RANK = f"bm25({WEIGHTS})"


def create_search_index(db: Database) -> None:
    """Create the first `articles_search` (schema steps 4 and 7), which kept a copy of the text.

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
    db.execute("INSERT INTO articles_search (articles_search, rank) VALUES ('rank', ?)", [RANK])


def create_folded_index(db: Database) -> None:
    """Create `articles_search`: FTS5 over folded headline/summary/body, keyed by article rowid.

    Contentless like the exact index: a stored copy of the folded text was a fifth of the
    database and no query read it. `remove_diacritics 2` lets Datasette's own `_search` find
    accented queries too.
    """
    _create_contentless_index(db, FOLDED_INDEX, remove_diacritics=2)


def create_exact_index(db: Database) -> None:
    """Create `articles_search_exact`: FTS5 over the text as spelled, tones in canonical places.

    It ranks the hits that spell every query word exactly, which come before folded-only ones.
    Contentless (the text is in `articles`), so it costs only its posting lists; rows are
    removed with FTS5's 'delete' command and the values they were indexed with.
    """
    _create_contentless_index(db, EXACT_INDEX, remove_diacritics=0)


def _create_contentless_index(db: Database, name: str, *, remove_diacritics: int) -> None:
    """FTS5 over headline/summary/body that keeps only posting lists, ranked by `RANK`."""
    db.execute(
        f"""CREATE VIRTUAL TABLE {name} USING fts5(
            headline, summary, body,
            content = '',
            tokenize = 'unicode61 remove_diacritics {remove_diacritics}'
        )"""
    )
    db.execute(f"INSERT INTO {name} ({name}, rank) VALUES ('rank', ?)", [RANK])


def create_search_facets(db: Database) -> None:
    """Create `search_sites`, `search_facets` (schema step 16), fill them, and the triggers that
    keep them in step.

    One narrow row of integers per article, `(id = articles.rowid, site = search_sites.id, day)`:
    a filtered search looks each match up here, where a page holds hundreds of rows, instead of
    in `articles`, whose rows carry the whole text. Integers make the table half the size of
    text (16.4 against 33.5 MB at 1M rows) and a lookup 0.6 of the cost. Triggers keep them, since
    plain SQL computes them: every writer, bulk loads and shells included, keeps them right.
    """
    db.execute(f"CREATE TABLE {SITES} (id INTEGER PRIMARY KEY, site TEXT NOT NULL UNIQUE)")
    db.execute(f"CREATE TABLE {FACETS} (id INTEGER PRIMARY KEY, site INTEGER, day INTEGER)")
    # A site new to `search_sites` is added before the row is written (so before the facets'
    # triggers read its id), by a trigger of its own whose WHEN spares every other write the
    # cost of an INSERT statement; an update that keeps the site (a re-crawl) stops at its first
    # comparison. (`INSERT OR IGNORE` would not do: in a trigger, the conflict clause of the
    # statement that fired it wins.)
    new_site = f"new.site IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {SITES} WHERE site = new.site)"
    for event, when in (
        ("INSERT", new_site),
        ("UPDATE OF site", f"new.site IS NOT old.site AND {new_site}"),
    ):
        db.execute(
            f"""CREATE TRIGGER {SITES}_{event.split()[0].lower()} BEFORE {event} ON articles
            WHEN {when} BEGIN
                INSERT INTO {SITES} (site) VALUES (new.site);
            END"""
        )
    db.execute(
        f"""CREATE TRIGGER {FACETS}_insert AFTER INSERT ON articles BEGIN
            INSERT OR REPLACE INTO {FACETS} (id, site, day) VALUES (
                new.rowid,
                (SELECT id FROM {SITES} WHERE site = new.site),
                {day_number("new.published_at")}
            );
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER {FACETS}_update AFTER UPDATE OF site, published_at ON articles
        WHEN new.site IS NOT old.site OR new.published_at IS NOT old.published_at BEGIN
            UPDATE {FACETS} SET
                site = (SELECT id FROM {SITES} WHERE site = new.site),
                day = {day_number("new.published_at")}
            WHERE id = new.rowid;
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER {FACETS}_delete AFTER DELETE ON articles BEGIN
            DELETE FROM {FACETS} WHERE id = old.rowid;
        END"""
    )
    refill_search_facets(db)


# `search_facets.day` for a `published_at` that starts `YYYY-MM-DD`, read as the number
# YYYYMMDD: those numbers are in the order of the text. NULL without a date.
ODD_DAY = -1  # `published_at` of another shape (only a bulk load can write one): compare the text


def day_number(published_at: str) -> str:
    """The SQL for the `search_facets.day` of the SQL value `published_at`."""
    return f"""CASE
        WHEN {published_at} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN CAST(
            substr({published_at}, 1, 4) || substr({published_at}, 6, 2)
            || substr({published_at}, 9, 2) AS INTEGER
        )
        WHEN {published_at} IS NOT NULL THEN {ODD_DAY}
    END"""


def refill_search_facets(db: Database) -> None:
    """Refill `search_facets` from `articles`, whose rowids a VACUUM may have renumbered."""
    db.execute(f"DELETE FROM {FACETS}")
    db.execute(f"INSERT OR IGNORE INTO {SITES} (site) SELECT DISTINCT site FROM articles")
    db.execute(
        f"INSERT INTO {FACETS} (id, site, day) "
        f"SELECT a.rowid, s.id, {day_number('a.published_at')} "
        f"FROM articles a LEFT JOIN {SITES} s ON s.site = a.site"
    )


def create_site_map(db: Database) -> None:
    """Create `search_site_map` (schema step 17), the triggers that keep it, and fill it.

    Row `chunk` holds a byte for each rowid from `chunk * SITE_MAP_CHUNK` on: the article's
    site id in `search_sites`, or 0 for no article, no site or an id over `MAPPED_SITES`. A
    site-filtered search reads the whole map (a megabyte at 1M rows) in less time than it takes
    to look up a few thousand matches in `search_facets`. Each chunk is written whole once, and
    a trigger then overwrites one byte of it in place (a row of unchanged size).
    """
    db.execute(f"CREATE TABLE {SITE_MAP} (chunk INTEGER PRIMARY KEY, sites BLOB NOT NULL)")
    chunk = f"new.rowid >> {SITE_MAP_BITS}"
    offset = f"(new.rowid & {SITE_MAP_CHUNK - 1})"
    byte = _site_byte("new.site")
    # The chunk is made with the row's byte in place, so the order the triggers run in does
    # not matter: `_insert` changes nothing before it is made, and sets the same byte after.
    db.execute(
        f"""CREATE TRIGGER {SITE_MAP}_chunk AFTER INSERT ON articles
        WHEN NOT EXISTS (SELECT 1 FROM {SITE_MAP} WHERE chunk = {chunk}) BEGIN
            INSERT INTO {SITE_MAP} (chunk, sites) VALUES (
                {chunk},
                CAST(zeroblob({offset}) || {byte} || zeroblob({SITE_MAP_CHUNK - 1} - {offset})
                AS BLOB)
            );
        END"""
    )
    for event, when, row, value in (
        ("INSERT", "", "new", byte),
        ("UPDATE OF site", "WHEN new.site IS NOT old.site", "new", byte),
        ("DELETE", "", "old", "X'00'"),
    ):
        at = f"({row}.rowid & {SITE_MAP_CHUNK - 1})"
        db.execute(
            f"""CREATE TRIGGER {SITE_MAP}_{event.split()[0].lower()} AFTER {event} ON articles
            {when} BEGIN
                UPDATE {SITE_MAP} SET sites = CAST(
                    substr(sites, 1, {at}) || {value} || substr(sites, {at} + 2) AS BLOB
                ) WHERE chunk = {row}.rowid >> {SITE_MAP_BITS};
            END"""
        )
    refill_site_map(db)


# Byte n of this blob (from 0) is n: `substr` picks a site id's byte out of it (SQLite 3.40 has
# no `unhex`). A `||` of blobs is text of the same bytes, so the results are cast back to BLOB.
_BYTES = f"X'{bytes(range(MAPPED_SITES + 1)).hex()}'"


def _site_byte(site: str) -> str:
    """The SQL for the byte `search_site_map` holds for the SQL value `site`."""
    site_id = f"SELECT id FROM {SITES} WHERE site = {site} AND id <= {MAPPED_SITES}"
    return f"substr({_BYTES}, coalesce(({site_id}), 0) + 1, 1)"


def add_month_map(db: Database) -> None:
    """Add the publish months to `search_site_map` (schema step 24): a `months` byte per rowid
    beside its site's, set by the same triggers, and fill it.

    A date-filtered search with many matches reads the months whole, passes the matches of
    the months wholly inside its dates, drops those of the months outside them, and looks up
    in `search_facets` only the matches of a bound's own month. Kept in the site map's rows, a
    new article's two bytes are written by one statement: a table of its own, with triggers of
    its own, cost twice the instructions a new record (a statement each, more than the bytes).
    """
    db.execute(f"ALTER TABLE {SITE_MAP} ADD COLUMN months BLOB")
    for trigger in ("chunk", "insert", "delete"):
        db.execute(f"DROP TRIGGER {SITE_MAP}_{trigger}")
    chunk = f"new.rowid >> {SITE_MAP_BITS}"
    offset = f"(new.rowid & {SITE_MAP_CHUNK - 1})"
    rest = f"zeroblob({SITE_MAP_CHUNK - 1} - {offset})"
    site, month = _site_byte("new.site"), _month_byte("new.published_at")
    # As in step 17: the chunk is made with the row's bytes in place, so the order the
    # triggers run in does not matter.
    db.execute(
        f"""CREATE TRIGGER {SITE_MAP}_chunk AFTER INSERT ON articles
        WHEN NOT EXISTS (SELECT 1 FROM {SITE_MAP} WHERE chunk = {chunk}) BEGIN
            INSERT INTO {SITE_MAP} (chunk, sites, months) VALUES (
                {chunk},
                CAST(zeroblob({offset}) || {site} || {rest} AS BLOB),
                CAST(zeroblob({offset}) || {month} || {rest} AS BLOB)
            );
        END"""
    )
    for event, when, row, values in (
        ("INSERT", "", "new", {"sites": site, "months": month}),
        (
            "UPDATE OF published_at",
            "WHEN new.published_at IS NOT old.published_at",
            "new",
            {"months": month},
        ),
        ("DELETE", "", "old", {"sites": "X'00'", "months": "X'00'"}),
    ):
        at = f"({row}.rowid & {SITE_MAP_CHUNK - 1})"
        sets = ", ".join(
            f"{column} = CAST(substr({column}, 1, {at}) || {value} || substr({column}, {at} + 2)"
            " AS BLOB)"
            for column, value in values.items()
        )
        name = "published" if event.startswith("UPDATE") else event.lower()
        db.execute(
            f"""CREATE TRIGGER {SITE_MAP}_{name} AFTER {event} ON articles {when} BEGIN
                UPDATE {SITE_MAP} SET {sets} WHERE chunk = {row}.rowid >> {SITE_MAP_BITS};
            END"""
        )
    refill_site_map(db)


# Byte k of this blob is the month map's byte for the month `year * 20 + month` read from a
# `published_at`, counted from January 2015 as 1 (months 00 and 13 to 19 are the digits a
# pattern lets pass); bytes 0 and the last, where earlier and later months are clamped, say to
# look the day up. One `substr` of it spares the trigger checking the month and the range.
_MONTH_BASE = 2015 * 20  # `year * 20 + month` of January 2015, less one
_MONTH_SPAN = 2036 * 20 + 2 - _MONTH_BASE + 1  # clamped to here: after February 2036


def _month_code_at(k: int) -> int:
    """Byte k of `_MONTH_CODES`."""
    year, month = divmod(k + _MONTH_BASE, 20)
    if not 0 < k < _MONTH_SPAN or not 1 <= month <= 12:
        return LOOK_UP_MONTH
    return FIRST_MONTH_CODE + year * 12 + month - 1 - FIRST_MAPPED_MONTH


_MONTH_CODES = bytes(_month_code_at(k) for k in range(_MONTH_SPAN + 1))


def _month_byte(published_at: str) -> str:
    """The SQL for the `months` byte of the SQL value `published_at`, as `month_code` gives it
    for that value's `search_facets.day`."""
    p = published_at
    at = f"max(0, min(substr({p}, 1, 4) * 20 + substr({p}, 6, 2) - {_MONTH_BASE}, {_MONTH_SPAN}))"
    return f"""CASE
        WHEN {p} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*'
            AND substr({p}, 9, 2) BETWEEN '01' AND '31'
        THEN substr(X'{_MONTH_CODES.hex()}', {at} + 1, 1)
        WHEN {p} IS NULL THEN X'{NO_MONTH:02x}'
        ELSE X'{LOOK_UP_MONTH:02x}'
    END"""


def month_code(day: int | None) -> int:
    """The `months` byte of an article whose `search_facets.day` is `day`: `NO_MONTH` without
    a date (it passes no date bound), `LOOK_UP_MONTH` for a day that is not a calendar day's
    number (`ODD_DAY`, a month 13, a day 32) or of a month the byte cannot hold, else
    `FIRST_MONTH_CODE` for `FIRST_MAPPED_MONTH` and one more for each month after it."""
    if day is None:
        return NO_MONTH
    year, month_day = divmod(day, 10000)
    month, day_of_month = divmod(month_day, 100)
    months = year * 12 + month - 1 - FIRST_MAPPED_MONTH
    if day < 0 or not (1 <= month <= 12 and 1 <= day_of_month <= 31):
        return LOOK_UP_MONTH
    return months + FIRST_MONTH_CODE if 0 <= months < MAPPED_MONTHS else LOOK_UP_MONTH


def refill_site_map(db: Database) -> None:
    """Refill `search_site_map` from `search_facets`: the sites, and the months once it holds
    them (schema step 24)."""
    months = "months" in {column.name for column in db[SITE_MAP].columns}
    sites: dict[int, bytearray] = {}
    days: dict[int, bytearray] = {}
    for rowid, site, day in db.execute(f"SELECT id, site, day FROM {FACETS}"):
        chunk, at = rowid >> SITE_MAP_BITS, rowid & (SITE_MAP_CHUNK - 1)
        sites.setdefault(chunk, bytearray(SITE_MAP_CHUNK))[at] = (
            site if site and site <= MAPPED_SITES else 0
        )
        if months:
            days.setdefault(chunk, bytearray(SITE_MAP_CHUNK))[at] = month_code(day)
    db.execute(f"DELETE FROM {SITE_MAP}")
    if months:
        db.conn.executemany(
            f"INSERT INTO {SITE_MAP} (chunk, sites, months) VALUES (?, ?, ?)",
            [(chunk, bytes(row), bytes(days[chunk])) for chunk, row in sorted(sites.items())],
        )
    else:
        db.conn.executemany(
            f"INSERT INTO {SITE_MAP} (chunk, sites) VALUES (?, ?)",
            [(chunk, bytes(row)) for chunk, row in sorted(sites.items())],
        )


def search_levels(db: Database, index: str) -> list[int]:
    """The segments at each level of `index`, level 0 (a commit's new ones) first: search reads
    every segment, so their count is what a query costs beyond its matches.

    Read from FTS5's structure record (row 10 of `{index}_data`): a 4-byte cookie, the level,
    segment and write counts, then per level the segments being merged and the segments, each
    three varints (five more in the second format, which marks itself after the cookie).
    """
    row = db.execute(f"SELECT block FROM [{index}_data] WHERE id = 10").fetchone()
    if row is None:
        return []
    block: bytes = row[0]
    second = block[4:8] == b"\xff\x00\x00\x01"
    at = 8 if second else 4
    levels, at = _varint(block, at)
    for _ in range(2):  # the segment and write counts
        _, at = _varint(block, at)
    counts = []
    for _ in range(levels):
        _, at = _varint(block, at)  # segments in a merge under way
        segments, at = _varint(block, at)
        for _ in range(segments * (8 if second else 3)):
            _, at = _varint(block, at)
        counts.append(segments)
    return counts


def _varint(block: bytes, at: int) -> tuple[int, int]:
    """SQLite's varint at `at` (7 bits a byte, high bit set on all but the last, a ninth byte
    of 8 bits) and the offset past it."""
    value = 0
    for _ in range(8):
        byte = block[at]
        at += 1
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at
    return (value << 8) | block[at], at + 1


def merge_search_indexes(db: Database, indexes: Iterable[str] = (FOLDED_INDEX, EXACT_INDEX)) -> int:
    """Merge the search indexes' segments, `MERGE_FAN_OUT` of a size at a time, until no size
    has that many; returns the transactions that merged something.

    Writes add segments without merging them (FTS5 `automerge` 0, schema step 20): FTS5's own
    merges as each batch committed went on with whatever merge the index had under way, which
    at a million rows was a quarter of the cost of storing a record. The writers merge here
    once they are done (a crawl as it closes, `tinbao ingest` when its queue is empty, `tinbao
    reparse`), `MERGE_FAN_OUT` segments of a size at a time (`usermerge`), each step its own
    transaction, and a step as each batch commits (`merge_search_step`).
    """
    merged = 0
    for index in indexes:
        while _merge_step(db, index):
            merged += 1
    return merged


def merge_search_step(db: Database, indexes: Iterable[str] = (FOLDED_INDEX, EXACT_INDEX)) -> int:
    """One step of `merge_search_indexes` after a batch commits: each index merges up to
    `MERGE_STEP` pages if a level holds `MERGE_FAN_OUT` segments or a merge is under way, and
    nothing otherwise (FTS5's 'merge' with a positive page count); returns the indexes that
    merged something.

    Level 0 gets a segment per batch, so without it a long crawl's searches read one per
    batch until the run's end (up to `UNMERGED_AT_MOST`). Merging as the batches go rewrites
    what the close would have merged, a batch's share at a time: a stall is bounded by one
    step, and once a file's levels hold fewer than `MERGE_FAN_OUT` segments (schema step 22),
    most steps merge only the run's own segments, which cost what they cost in an empty file.
    """
    return sum(_merge_step(db, index) for index in indexes)


def _merge_step(db: Database, index: str) -> bool:
    """One transaction of FTS5's 'merge' on `index`, up to `MERGE_STEP` pages; whether it
    merged something (FTS5 writes two rows or more when it does)."""
    before = db.conn.total_changes
    with transaction(db):
        db.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('merge', ?)", [MERGE_STEP])
    return db.conn.total_changes - before >= 2


# What the tokenizer reads as part of a word where a query's word (`\w`) ends: pictographs and
# other symbols, private use, code points newer than SQLite's Unicode tables (unassigned to it)
# and marks NFC left apart; none is below U+0300. Glued to a word (`🤝Hòa`, `👍🏽Bình`), such a
# character made one token of both, which no query word matched; a space keeps them apart.
# The class tries U+0000–U+02FF and Latin Extended Additional (Vietnamese's toned vowels, all
# `\w`) first, so most characters of a text are ruled out by comparing ranges before `\w` and
# `\s` look up a Unicode category; this halves the scan, which cost ~6% of storing a record.
_GLUED = re.compile(r"[^\x00-\u02ff\u1e00-\u1eff\w\s]")


def set_glued_apart(text: str) -> str:
    """`text` with a space for each character the tokenizer would glue to a word."""
    return text if text.isascii() else _GLUED.sub(" ", text)


def exact_form(text: str | None) -> str | None:
    """The exact-index form of a text: `hoà` and `hòa` alike, other diacritics kept."""
    return None if text is None else set_glued_apart(canonical_tones(text).lower())


def has_glued(text: str | None) -> bool:
    """Whether the tokenizer would glue a character of `text` to a word (see `_GLUED`)."""
    return text is not None and not text.isascii() and _GLUED.search(text) is not None


# Text made only of these characters is folded by the folded index's tokenizer exactly as
# `fold` folds it (every code point up to U+3000 is checked in tests/test_search.py): ASCII,
# Latin-1 and Latin Extended-A/B but for a few letters, and all of Latin Extended Additional,
# where Vietnamese's toned vowels are. `đ` (folded by `fold` only) is replaced before the check.
_NOT_FOLDED_ALIKE = re.compile(
    "[^\x00-\u00cf\u00d1-\u010f\u0112-\u01df\u01e4-\u01ed\u01f0-\u01fb\u0200-\u024f\u1e00-\u1eff]"
)


def folded_form(text: str | None) -> str | None:
    """The folded-index form of a text: its tokens are those of `fold(text)`.

    The tokenizer (`unicode61 remove_diacritics 2`) lowercases and strips tone marks itself, in
    C; `fold` in Python was the largest cost of storing a record. So only `đ` is folded here,
    and text with any letter the tokenizer would fold otherwise goes through `fold` (and has
    the symbols the tokenizer would glue to a word set apart).
    """
    if text is None:
        return None
    text = text.replace("đ", "d").replace("Đ", "d")
    return set_glued_apart(fold(text)) if _NOT_FOLDED_ALIKE.search(text) else text


FORMS = {FOLDED_INDEX: folded_form, EXACT_INDEX: exact_form}


def index_row(index: str, rowid: int, texts: tuple[str | None, ...]) -> tuple:
    """The row `index` holds for an article's (headline, summary, body)."""
    form = FORMS[index]
    return (rowid, *(form(t) for t in texts))


def insert_sql(index: str) -> str:
    return f"INSERT INTO {index} (rowid, headline, summary, body) VALUES (?, ?, ?, ?)"


def delete_sql(index: str) -> str:
    """FTS5's 'delete' command: a contentless row is removed with the values it was indexed with."""
    return (
        f"INSERT INTO {index} ({index}, rowid, headline, summary, body) "
        "VALUES ('delete', ?, ?, ?, ?)"
    )


def is_contentless(db: Database, index: str) -> bool:
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [index]).fetchone()
    return sql is not None and "content = ''" in sql[0]


# The folded index of schema steps 4 to 8 kept its text and the article's URL.
_INSERT_FOLDED_WITH_URL = (
    f"INSERT INTO {FOLDED_INDEX} (rowid, headline, summary, body, url) VALUES (?, ?, ?, ?, ?)"
)


def unindexed_count(db: Database) -> int:
    """Articles the search index lacks: rows another program wrote (`sqlite-utils insert`, an
    `INSERT` in a shell) bypass the Python that keeps the index in step."""
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    indexed = db.execute(f"SELECT count(*) FROM [{FOLDED_INDEX}_docsize]").fetchone()[0]
    return max(articles - indexed, 0)


def rebuild_search_index(db: Database, *, folded: bool = True, exact: bool = True) -> int:
    """Refill the search indexes (and `search_facets`, once it exists) from `articles`, after
    bulk loads or a VACUUM; returns rows.

    `folded=False` or `exact=False` leaves that index alone, for the steps that add the other.
    The schema steps before an index exists call this too, so an index not created yet is
    skipped.
    """
    wanted = {FOLDED_INDEX: folded, EXACT_INDEX: exact}
    indexes = [i for i, want in wanted.items() if want and db[i].exists()]
    with_url = FOLDED_INDEX in indexes and not is_contentless(db, FOLDED_INDEX)
    with transaction(db):
        if db[FACETS].exists():
            refill_search_facets(db)
        if db[SITE_MAP].exists():
            refill_site_map(db)
        for index in indexes:
            if is_contentless(db, index):
                db.execute(f"INSERT INTO {index} ({index}) VALUES ('delete-all')")
            else:
                db.execute(f"DELETE FROM {index}")
        cursor = db.conn.execute("SELECT rowid, url, headline, summary, body FROM articles")
        count = 0
        while rows := cursor.fetchmany(2000):
            for index in indexes:
                if with_url and index == FOLDED_INDEX:
                    values = [(*index_row(index, r[0], r[2:]), r[1]) for r in rows]
                    db.conn.executemany(_INSERT_FOLDED_WITH_URL, values)
                else:
                    values = [index_row(index, r[0], r[2:]) for r in rows]
                    db.conn.executemany(insert_sql(index), values)
            count += len(rows)
    merge_search_indexes(db, indexes)
    return count
