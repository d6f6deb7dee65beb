"""Scrapy item pipeline writing records (and their HTML) to the tinbao SQLite database."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from typing import Any, NamedTuple

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.reactor import is_reactor_installed
from twisted.internet.interfaces import IDelayedCall, IReactorTime

from parsers.record import RECORD_KEYS
from pipelines import db as store
from pipelines.htmlcodec import stores_html

logger = logging.getLogger(__name__)

NOT_STORED = "tinbao/storage/not_stored"  # records fetched but not written (stat key)
STORAGE_ERROR = "tinbao/storage/error"  # why the database refused writes, in one line
RECORD_ERROR = "tinbao/storage/record_error"  # why the last single record was refused
SUSPECT_KEPT = "tinbao/stored/kept_over_suspect"  # stored records a suspect update spared
COPY_SKIPPED = "tinbao/copy/skipped"  # copies of an article stored or met this run
COPY_KEPT = "tinbao/copy/kept"  # copies stored since the article's own page did not come
MOVED = "tinbao/stored/moved"  # stored articles keyed by the address their site moved them to
# Set by `tinbao crawl` on the crawls it runs under the database's crawl lock, recorded in the
# run's row (`crawls.holds_lock`): a `scrapy crawl` takes no lock. Not a setting for people.
HOLDS_LOCK = "TINBAO_HOLDS_LOCK"
# Characters of HTML a pending batch may hold before it is written: a thousand real pages would
# hold 150–250 MB in memory, this keeps the batch near what a hundred of them used to.
HTML_PER_BATCH = 16_000_000


class _HeldCopy(NamedTuple):
    """A copy of an article held to the end of the run, with the address it was fetched at."""

    record: dict[str, Any]
    html: str | None
    packed: bytes | None
    copy_from: str


class StoragePipeline:
    """Upsert each record into `TINBAO_DB`, up to `TINBAO_DB_BATCH` records per transaction.

    Each commit costs the search indexes a new segment, merged a step after each commit and the
    rest when the spider closes, and every index a page write, so records are written in
    batches: flushed when full, when its pages' HTML reaches `HTML_PER_BATCH` characters, when
    the batch's first record has waited `TINBAO_DB_FLUSH_SECONDS` (a reactor timer started with
    the batch, so records that came in just before the crawl went quiet, a page held by its
    server, are written then and not when a next record comes, which may be never), and when
    the spider closes.
    A process killed outright loses at most that one unflushed batch; the next run fetches it
    again. The crawl row is completed on `spider_closed`, the first moment Scrapy tells anyone
    why the crawl ended, after the monitor judged the run.

    A write that fails is never passed off as stored. A record the database refuses (a value
    out of SQLite's range that got this far) costs that record only: the batch is written
    again one record at a time. A database that fails a write or a read (disk full, a corrupt
    page, an I/O error) loses the batch: it is counted in `tinbao/storage/not_stored`, logged
    as an ERROR with its count and reason, and the crawl is closed, since nothing more could be
    stored. The monitor then fails the site (exit 4) and the run's status is `failed`; rows
    committed before stay, and the next run fetches the rest again, as they are not in the
    database.

    A copy of an article (a page at another address of it, `?lang=en`, `?page=2`, keyed by its
    canonical URL: `parsers.canonical`) never replaces the article's own page: it is skipped
    when the article is stored already or its own page came this run, and otherwise held until
    the spider closes and stored only if the own page never came (`tinbao/copy/kept`).
    Such an article is noted in `stored_copies`, so later runs fetch its own page until it
    answers and takes the copy's place.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("TINBAO_STORAGE_ENABLED", True):
            raise NotConfigured  # silently: switched off on purpose
        self.crawler = crawler
        self.path = settings.get("TINBAO_DB", "news.db")
        self.batch_size = max(1, settings.getint("TINBAO_DB_BATCH", 1000))
        self.flush_seconds = settings.getfloat("TINBAO_DB_FLUSH_SECONDS", 10.0)
        self.batch_began = 0.0  # `time.monotonic()` when the pending batch got its first record
        # The reactor (its clock) the flush timer runs on; None without one (no timer then).
        self.clock: IReactorTime | None = None
        self.flush_timer: IDelayedCall | None = None  # writes the pending batch once it waited
        self.store_html = stores_html(settings)
        self.records: list[dict[str, Any]] = []
        self.pages: list[dict[str, Any]] = []
        self.html_size = 0  # characters of HTML in `pages`
        self.new_urls: set[str] = set()  # the pending batch's articles not stored before
        self.own_pages: set[str] = set()  # articles stored from their own address this run
        self.copies: dict[str, _HeldCopy] = {}  # held to the end of the run, by article
        self.from_copies: dict[str, str] = {}  # articles stored from a copy: {url: copy URL}
        self.db = None
        self.file_id: tuple[int, int] | None = None  # the database file opened (device, inode)
        # A descriptor of that file, which tells whether it still has a name after it left
        # the path (moved or renamed) or none (deleted); closed only after the connection, as
        # closing it drops every POSIX lock this process holds on the file.
        self.file_handle: int | None = None
        self.log_path = ""  # the path SQLite names the file's `-wal` and `-shm` after
        self.own_logs: frozenset[tuple[int, int]] = frozenset()  # those two files, as opened
        self.file_lost = False  # that file was deleted, moved or replaced during the run
        self.file_moved = False  # lost by a move or rename: the file is there under a new name
        self.link_moved_on = False  # the path, a link, names another file now (said once)
        self.crawl_id = 0
        # Why the database refused writes this run ('' while it has not), as in the stats; kept
        # here too, as reading Scrapy's stats costs ~10 µs a call, twice per record.
        self.refused_why = ""
        self.closing: Any = None  # the Deferred closing the spider after a storage failure
        self.forced_stop_trigger: Any = None  # the reactor's call of `stopped_under_way`
        self.ended = False  # the run's end was written before its spider closed (a forced stop)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        """Open the database and record the run; a database that fails here (a corrupt page)
        is reported in one line and the spider stops before fetching (`refused`)."""
        spider = self.crawler.spider
        try:
            self.db = store.open_db(self.path)
            self.file_id = store.file_id(self.path)
            self.crawl_id = store.start_crawl(
                self.db,
                spider.name if spider else "unknown",
                holds_lock=self.crawler.settings.getbool(HOLDS_LOCK),
            )
        except (sqlite3.Error, store.DatabaseError) as exc:
            error = store.database_error(self.path, exc) if isinstance(exc, sqlite3.Error) else exc
            self._set_error(str(error))
            logger.error("%s", error)
            if self.db is not None:
                self.db.close()
                self.db = None
            return
        self.log_path = os.path.realpath(self.path)
        self.own_logs = store.log_files(self.log_path)
        with contextlib.suppress(OSError):  # unreadable: a move is then told as a deletion
            self.file_handle = os.open(self.path, os.O_RDONLY)
        if is_reactor_installed():
            from twisted.internet import reactor

            self.clock = reactor
            self.forced_stop_trigger = reactor.addSystemEventTrigger(
                "before", "shutdown", self.stopped_under_way
            )

    def stopped_under_way(self) -> None:
        """The reactor stops before the spider closed: a second Ctrl-C or SIGTERM forced the
        stop (Scrapy's "Send again to force") while the first one's was under way. The records
        read are written and the run recorded as interrupted, as a graceful stop does: the
        batch was lost, and the run's row left `running` (the next run then called it failed)
        while the summary and exit code said interrupted."""
        self.forced_stop_trigger = None
        if self.db is None:
            return
        stats = self.crawler.stats
        if stats.get_value("finish_reason") is None:
            stats.set_value("finish_reason", store.INTERRUPTED_REASON)
        logger.info("Stop forced: writing what was read and the run's end")
        self.ended = True
        self.close_spider()
        self.spider_closed(self.crawler.spider, stats.get_value("finish_reason"))

    def process_item(self, item: Any) -> Any:
        # The page compressed where it was read: stored as it is, and not part of the item
        # (bytes would fail a JSON feed export).
        packed = item.pop("html_packed", None) if isinstance(item, dict) else None
        if self.ended:  # read as the reactor stopped: the next run fetches the page again
            logger.info("%s: not stored, the run's end was written", ItemAdapter(item).get("url"))
            return item
        if self.refused_why:
            self._not_stored(1, "")  # the database already refused writes in this run
            return item
        fields = item if isinstance(item, dict) else ItemAdapter(item).asdict()
        record = {key: fields.get(key) for key in RECORD_KEYS}
        copy_from = fields.get("copy_from")
        if copy_from:
            self._hold_copy(record, copy_from, fields.get("html"), packed)
        else:
            if fields.get("moved_from") and record["url"] not in self.own_pages:
                self._move(fields["moved_from"], record["url"])
            if not self.refused_why:
                self.own_pages.add(record["url"])
                self.copies.pop(record["url"], None)
                self._add(record, fields.get("html"), packed)
        self._close_if_refused()
        return item

    def _close_if_refused(self) -> None:
        """Close the spider once the database refused writes: nothing more could be stored."""
        if self.refused_why and self.closing is None:
            engine = self.crawler.engine
            self.closing = deferred_from_coro(engine.close_spider_async(reason="storage_failed"))

    def _hold_copy(
        self, record: dict[str, Any], copy_from: str, html: str | None, packed: bytes | None
    ) -> None:
        """Hold a copy of an article for the end of the run, unless the article is stored or
        its own page came this run. Of several copies, the one at the first address in sort
        order is held, whatever order they came in: which copy is stored never depends on
        which page finished first."""
        url = record["url"]
        try:
            known = url in self.own_pages or store.is_stored(self.db, url)
        except sqlite3.Error as exc:  # a read failed (a corrupt page): writing is no safer
            self._refused(exc, len(self.records) + 1)
            return
        held = self.copies.get(url)
        if not known and (held is None or copy_from < held.copy_from):
            self.copies[url] = _HeldCopy(record, html, packed, copy_from)
            if held is None:
                return
            copy_from = held.copy_from  # the copy it replaces is the one not stored
        self.crawler.stats.inc_value(COPY_SKIPPED)
        logger.info("%s: not stored, a copy of %s, which is kept", copy_from, url)

    def _move(self, old: str, new: str) -> None:
        """Key the article stored under `old`, which its site moved to `new` for good, by
        `new`, so the record about to be written updates it rather than adding a second."""
        try:
            moved = store.move_article(self.db, old, new)
        except sqlite3.Error as exc:
            self._refused(exc, len(self.records) + 1)
            return
        if moved:
            self.crawler.stats.inc_value(MOVED)
            logger.info("%s: stored as %s, where its site moved it", old, new)

    def _add(self, record: dict[str, Any], html: str | None, packed: bytes | None) -> None:
        """Add a record to the pending batch, and write the batch when it is due."""
        if not self.records:
            self.batch_began = time.monotonic()
            if self.clock is not None:
                self.flush_timer = self.clock.callLater(self.flush_seconds, self._flush_waited)
        self.records.append(record)
        if self.store_html and html:
            page = {"url": record["url"], "fetched_at": record["fetched_at"]}
            if packed:
                page["html_packed"] = packed
            else:
                page["html"] = html
            self.pages.append(page)
            self.html_size += len(html)
        try:
            self._count_new(record["url"])
        except sqlite3.Error as exc:  # a read failed (a corrupt page): writing is no safer
            self._refused(exc, len(self.records))
        else:
            full = len(self.records) >= self.batch_size or self.html_size >= HTML_PER_BATCH
            if full or time.monotonic() - self.batch_began >= self.flush_seconds:
                self.flush()

    def _count_new(self, url: str) -> None:
        """Count an article not stored before now, for live progress (`tinbao/stored/new`
        counts it once written)."""
        if url not in self.new_urls and not store.is_stored(self.db, url):
            self.new_urls.add(url)
            self.crawler.stats.inc_value("tinbao/progress/new")

    def _flush_waited(self) -> None:
        """The pending batch's first record has waited `TINBAO_DB_FLUSH_SECONDS`: write it."""
        self.flush_timer = None
        self.flush()
        self._close_if_refused()

    def flush(self) -> None:
        """Write the pending batch and count the outcome in the crawl stats."""
        self._stop_flush_timer()
        if not self.records or self.db is None:
            return
        records, pages = self.records, self.pages
        self.records, self.pages, self.new_urls, self.html_size = [], [], set(), 0
        if self._file_lost():
            self._not_stored(len(records), "")  # the loss is logged once, by `_file_lost`
            return
        try:
            try:
                self._write(records, pages)
            except (OverflowError, sqlite3.InterfaceError, UnicodeError):
                self._write_one_by_one(records, pages)
        except sqlite3.Error as exc:
            self._refused(exc, len(records))
            return
        self._merge_search(step=True)

    def _stop_flush_timer(self) -> None:
        """Cancel the pending batch's timer: the batch is written, dropped or the run over."""
        if self.flush_timer is not None and self.flush_timer.active():
            self.flush_timer.cancel()
        self.flush_timer = None

    def _refused(self, exc: sqlite3.Error, lost: int) -> None:
        """The database failed a read or a write: `lost` records are not stored, the run is
        failed, and no more records are written to the file this run."""
        self.records, self.pages, self.new_urls, self.html_size = [], [], set(), 0
        self._stop_flush_timer()
        reason = str(store.database_error(self.path, exc))
        self._set_error(reason)
        self._not_stored(lost, reason)
        self._mark_failed()

    def _write(self, records: list[dict[str, Any]], pages: list[dict[str, Any]]) -> None:
        with store.transaction(self.db):
            counts = store.upsert_articles(self.db, records, observed_at=store.now_iso())
            copies = {
                r["url"]: (r["site"], self.from_copies[r["url"]])
                for r in records
                if r["url"] in self.from_copies
            }
            own = [
                r["url"] for r in records if r["url"] not in copies and r["url"] not in counts.kept
            ]
            store.note_stored_copies(self.db, copies, own)
            # The HTML of a suspect update is not kept either: `tinbao reparse` must not
            # re-derive the record from a maintenance page.
            store.store_pages(self.db, [p for p in pages if p["url"] not in counts.kept])
        stats = self.crawler.stats
        for url, lost in counts.kept.items():
            stats.inc_value(SUSPECT_KEPT)
            logger.warning("%s: stored record kept: the fetched page lost its %s", url, lost)
        stats.inc_value("tinbao/stored/new", counts.new)
        stats.inc_value("tinbao/stored/updated", counts.updated)
        stats.inc_value("tinbao/stored/unchanged", counts.unchanged)
        stats.inc_value("tinbao/revisions", counts.revisions)

    def _write_one_by_one(self, records: list[dict[str, Any]], pages: list[dict[str, Any]]) -> None:
        """Store the records of a batch the database refused one by one: only the bad ones fail."""
        html = {page["url"]: page for page in pages}
        for record in records:
            page = [html[record["url"]]] if record["url"] in html else []
            try:
                self._write([record], page)
            except (OverflowError, sqlite3.InterfaceError, UnicodeError) as exc:
                self._not_stored(1, f"{record['url']}: {type(exc).__name__}: {exc}")
                self.crawler.stats.set_value(RECORD_ERROR, f"{record['url']}: {exc}")

    def _not_stored(self, count: int, reason: str) -> None:
        self.crawler.stats.inc_value(NOT_STORED, count)
        if reason:
            logger.error("%d records not stored: %s", count, reason)

    def _file_lost(self) -> bool:
        """Whether the database file was deleted, moved or replaced since the run opened it (an
        `rm news.db*`, an `mv` to archive it, a backup copied over it): every write would then
        go to a file no one can open again or under another name, or play this run's log into
        another file, so none is made. The loss is said once, as the run's storage error; the
        next run stores those records again in the file at the path."""
        if self.db is None or self.file_lost:
            return self.file_lost
        now = store.file_id(self.path)
        if now == self.file_id:
            return False
        if store.file_id(self.log_path) == self.file_id:
            self._warn_link_moved_on()
            return False
        # Named through a symbolic link, the file is told by its own name, where it was.
        name = self.path if self.log_path == os.path.abspath(self.path) else self.log_path
        if now is None and self.file_handle is not None and os.fstat(self.file_handle).st_nlink:
            self.file_moved = True
            why = (
                f"{name} was moved or renamed during the run: the records this run stored "
                "until then are in that file under its new name, the rest are not stored (the "
                f"next run stores them at {self.path} again)"
            )
        else:
            if now is not None:  # replaced: a reader opening the new file must not meet our log
                store.drop_own_logs(self.log_path, self.own_logs)
            change = "deleted" if now is None else "replaced by another file"
            why = (
                f"{name} was {change} during the run; the records this run stored are not "
                "in it (the next run stores them again)"
            )
        self.file_lost = True
        self._set_error(why)
        logger.error("%s", why)
        return True

    def _warn_link_moved_on(self) -> None:
        """The path, a symbolic link, was pointed at another file (`ln -sfn`, a release made
        live) while the file the run opened stays where it was: the run keeps storing into
        that file, whose crawl lock it holds, and never into the new one, which the next run
        locks and writes. Said once."""
        if self.link_moved_on:
            return
        self.link_moved_on = True
        logger.warning(
            "%s now names another file: this run goes on storing into %s, the file it opened "
            "(the next run stores into the file %s names then)",
            self.path,
            self.log_path,
            self.path,
        )

    def close_spider(self) -> None:
        copies, self.copies = self.copies, {}
        for url, held in copies.items():
            if self.refused_why:
                self._not_stored(1, "")
                continue
            self.from_copies[url] = held.copy_from
            self.crawler.stats.inc_value(COPY_KEPT)
            logger.info("%s: stored from a copy at another address: its own page did not come", url)
            self._add(held.record, held.html, held.packed)
        self.flush()
        if self.db is not None and not self._file_lost() and not self.refused_why:
            self._merge_search()

    def _merge_search(self, step: bool = False) -> None:
        """Merge the segments the run's batches added to the search indexes: a step after each
        batch (`step`), the rest as the run closes; a failure loses no record, so it is a
        WARNING and the run goes on."""
        try:
            if step:
                store.merge_search_step(self.db)
            else:
                store.merge_search_indexes(self.db)
        except sqlite3.Error as exc:
            error = store.database_error(self.path, exc)
            logger.warning("search indexes not merged (the next run merges them): %s", error)

    def spider_closed(self, spider: Any, reason: str) -> None:
        self._stop_flush_timer()
        if self.forced_stop_trigger is not None:
            from twisted.internet import reactor

            reactor.removeSystemEventTrigger(self.forced_stop_trigger)
            self.forced_stop_trigger = None
        stats = self.crawler.stats
        failed = any(stats.get_value(key) for key in ("tinbao/site_failed", NOT_STORED))
        self._record_crawl(store.run_status(reason, failed))
        if self.db is not None:
            if self.file_lost:
                if not store.close_moved(self.db, self.log_path, self.own_logs):
                    logger.warning(
                        "%s-wal: the log could not be written into the database file that left "
                        "%s; the records it holds are there still",
                        self.log_path,
                        self.path,
                    )
            else:
                self.db.close()
            self.db = None
        if self.file_handle is not None:
            os.close(self.file_handle)
            self.file_handle = None

    def _record_crawl(self, status: str) -> None:
        """Write the run's end and figures. A file moved or renamed during the run gets them
        too: it holds the run's records under its new name, and would otherwise show the run
        `running` for good; a file deleted or replaced gets nothing more."""
        if self.db is None or (self._file_lost() and not self.file_moved):
            return
        try:
            store.finish_crawl(self.db, self.crawl_id, status, self.crawler.stats.get_stats())
            return
        except sqlite3.Error as exc:
            error = store.database_error(self.path, exc)
        self._mark_failed()
        logger.error("crawl %d: cannot record its stats: %s", self.crawl_id, error)
        self._set_error(str(error))

    def _set_error(self, why: str) -> None:
        self.refused_why = why
        self.crawler.stats.set_value(STORAGE_ERROR, why)

    def _mark_failed(self) -> None:
        """Record the run as failed with the smallest write there is, at once.

        Right after a write failed for want of space, the log space of the rolled-back
        transaction is there to be reused, so the status alone fits where the batch did not.
        If even that fails the row stays `running`; the ERROR line and the exit code say it.
        """
        with contextlib.suppress(sqlite3.Error):
            store.set_crawl_status(self.db, self.crawl_id, store.FAILED)
