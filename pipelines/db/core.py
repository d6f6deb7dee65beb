"""What every part of the database layer shares: errors, timestamps, transactions, date ranges.

Writers (the storage pipeline, `tinbao reparse`) and readers (search, export, stats, Datasette)
share one file, so every connection runs in WAL mode with a long busy timeout, and every write
transaction starts with `BEGIN IMMEDIATE`: a deferred transaction that later needs the write lock
can fail at once with "database is locked" instead of waiting its turn. Nothing here knows a
table but by name in the SQL its callers pass.
"""

from __future__ import annotations

import errno
import os
import resource
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from parsers.vietnamese.dates import LOCAL_TZ

BUSY_TIMEOUT_MS = 30_000
# How long SQLite waits for another program's write lock in one call: Python runs no signal
# handler until the call returns, so the busy timeout is waited out in calls of this length.
BUSY_STEP_MS = 100
STEP_PRAGMA = f"PRAGMA busy_timeout = {BUSY_STEP_MS}"
TIMEOUT_PRAGMA = f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}"


class DatabaseError(Exception):
    """The database file cannot be used (not SQLite, corrupt, missing); the message is one line."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer tinbao whose schema this version does not know."""


def corrupt_error(path: object, detail: str) -> DatabaseError:
    """A corrupt file: say so, and how to get back what it still holds."""
    return DatabaseError(
        f"{path} is corrupt ({detail}); recover what it holds with: "
        f'sqlite3 {path} ".recover" | sqlite3 recovered.db'
    )


def database_error(path: object, exc: sqlite3.Error) -> DatabaseError:
    """The one line to tell a person about an SQLite error on `path`, with the way out."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_NOTADB"):
        return DatabaseError(f"{path} is not a SQLite database")
    if name.startswith("SQLITE_CORRUPT"):
        return corrupt_error(path, str(exc))
    if name.startswith("SQLITE_FULL") or (name.startswith("SQLITE_IOERR") and no_room(path)):
        return DatabaseError(f"{path}: disk full ({exc}); free space, then run again")
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR")) and no_inode(path):
        # A disk of small files runs out of inodes with bytes to spare: the `-wal`, `-shm` or
        # `-journal` SQLite needs beside the file cannot be made.
        return DatabaseError(
            f"{path}: disk full, no file can be made beside it (no inode left) ({exc}); "
            "remove files there, then run again"
        )
    if name.startswith("SQLITE_CANTOPEN") and no_descriptor_left():
        limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        return DatabaseError(
            f"{path}: {exc} (Too many open files: this process may hold {limit:,} at once, "
            "ulimit -n); raise the limit, then run again"
        )
    if name.startswith("SQLITE_IOERR") and (limit := file_size_limit()) is not None:
        # SQLite says only "disk I/O error" of a write the limit refused (EFBIG).
        return DatabaseError(
            f"{path}: {exc}; this process may write no file past {limit:,} bytes (ulimit -f): "
            "if the database needs more, raise the limit, then run again"
        )
    if name.startswith("SQLITE_BUSY"):
        return DatabaseError(
            f"{path}: database is locked (another program held its write lock past the "
            f"{BUSY_TIMEOUT_MS // 1000} s busy timeout); run again once it is done"
        )
    return DatabaseError(f"{path}: {exc}")


def no_room(path: object) -> bool:
    """Whether the filesystem holding `path` has no byte left for this process: SQLite says
    only "disk I/O error" of a `-shm` it could not grow there (SQLITE_IOERR_SHMSIZE), or of a
    write the disk refused outside the database file itself."""
    return _free(path, "f_bavail") == 0


def no_inode(path: object) -> bool:
    """Whether the filesystem holding `path` can make no new file for this process: SQLite says
    only "unable to open database file" of a `-wal` or `-shm` it could not create there."""
    return _free(path, "f_favail") == 0


def _free(path: object, field: str) -> int | None:
    """A free count `statvfs` gives for the folder of `path`; None if it cannot be asked."""
    try:
        return getattr(os.statvfs(Path(str(path)).resolve().parent), field)
    except OSError:
        return None


def no_descriptor_left() -> bool:
    """Whether this process can open no more files: SQLite says only "unable to open database
    file" when the descriptor limit (`ulimit -n`) is reached."""
    try:
        os.close(os.open(os.devnull, os.O_RDONLY))
    except OSError as e:
        return e.errno == errno.EMFILE
    return False


def file_size_limit() -> int | None:
    """The largest file this process may write (`ulimit -f`), None when unlimited."""
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if limit == resource.RLIM_INFINITY else limit


def now_iso() -> str:
    """Current time as stored everywhere in the database: ISO 8601 with the +07:00 offset."""
    return datetime.now(LOCAL_TZ).isoformat(timespec="seconds")


def as_iso(value: str | date | datetime | None) -> str | None:
    """A date or time as the ISO text the database stores; text passes through."""
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write transaction taken with `BEGIN IMMEDIATE`; nested use joins the outer one."""
    if db.conn.in_transaction:
        yield db
        return
    begin_immediate(db.conn)
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def begin_immediate(conn: sqlite3.Connection) -> None:
    """`BEGIN IMMEDIATE`, waiting up to the busy timeout every connection is opened with for
    another program's write lock in steps of `BUSY_STEP_MS`, so a Ctrl-C or a SIGTERM taken as
    one stops the wait at once."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    conn.execute(STEP_PRAGMA)
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                busy = (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_BUSY")
                if not busy or time.monotonic() >= deadline:
                    raise
    finally:
        conn.execute(TIMEOUT_PRAGMA)


def date_bounds(since: str | date | None, until: str | date | None) -> list[tuple[str, str]]:
    """An inclusive date range as (operator, ISO text) pairs to compare `published_at` with;
    a bare `until` date covers that whole day."""
    bounds = []
    if since is not None:
        bounds.append((">=", as_iso(since)))
    if until is not None:
        bound = as_iso(until)
        assert bound is not None
        if len(bound) == 10:  # YYYY-MM-DD: up to the end of that day
            day = date.fromisoformat(bound)
            if day < date.max:  # nothing is published after the last day there is
                bounds.append(("<", (day + timedelta(days=1)).isoformat()))
        else:
            bounds.append(("<=", bound))
    return bounds


def date_filters(
    since: str | date | None, until: str | date | None, column: str = "a.published_at"
) -> tuple[list[str], list[Any]]:
    """SQL conditions for an inclusive date range; a bare `until` date covers that whole day."""
    bounds = date_bounds(since, until)
    return [f"{column} {op} ?" for op, _ in bounds], [value for _, value in bounds]
