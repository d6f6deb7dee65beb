"""Opening a database file: refuse a bad one untouched, then WAL, busy timeout and migrations."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
from pathlib import Path

from sqlite_utils import Database

from pipelines.db.core import (
    BUSY_TIMEOUT_MS,
    DatabaseError,
    DatabaseTooNew,
    corrupt_error,
    database_error,
    no_inode,
    no_room,
    transaction,
)
from pipelines.db.fulltext import register_functions
from pipelines.db.schema import MIGRATION_NAMES, MIGRATION_SET, SCHEMA_VERSION, migrations

CACHE_KIB = 64 * 1024  # page cache per connection
# What the write-ahead log is cut back to once it is checkpointed: about what it reaches
# between two automatic checkpoints.
WAL_LIMIT_BYTES = 4 * 1024 * 1024
# How often a writer asks again to switch a file held by another program to WAL mode.
WAL_SWITCH_POLL_SECONDS = 0.1
# The files SQLite keeps beside a database, named by a suffix to its name, longest first (the
# crawl's lock file, `<db>.lock`, is shorter than the first).
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
NAME_MAX_DEFAULT = 255  # bytes in a file name, where the filesystem cannot be asked


def open_db(path: str | Path, *, create: bool = True, only_reads: bool = False) -> Database:
    """Open (or create) the database: WAL with `synchronous = NORMAL`, busy timeout, schema
    migrated to the current version.

    The file is probed read-only first, so a non-SQLite, corrupt or too-new file raises
    `DatabaseError` without a single byte being written to it. The probe reads the file only
    through SQLite: closing any other descriptor of it would drop every POSIX lock this process
    holds on it, including those of an open connection (a crawl's storage pipeline), and another
    process closing its own connection would then delete the write-ahead log under it.
    A new file is only made in a directory that exists: a mistyped path must not create a tree
    of folders. A command that `only_reads` reads a file another program switched out of WAL
    mode as it stands while that program holds it (see `_enable_wal`).
    """
    path = Path(path)
    _check_name(path)
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file")
    kind = _special_kind(path)
    if kind:
        raise DatabaseError(f"{path} is {kind}, not a database file")
    if path.exists():
        _probe(path)
        unwritable = _unwritable(path)
        if unwritable:
            raise DatabaseError(f"{path} is read-only: {unwritable}")
    elif not create:
        raise DatabaseError(f"no database at {path} (crawl first, or pass --db)")
    else:
        _create(path)
    try:
        db = Database(sqlite_name(path))
    except sqlite3.Error as e:
        raise DatabaseError(f"{path}: cannot open: {e}") from e
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            _enable_wal(db, only_reads)
        # In WAL mode a commit then waits for no fsync; a committed transaction still survives
        # the process being killed, and only a power cut or OS crash can lose the last ones.
        db.execute("PRAGMA synchronous = NORMAL")
        # SQLite's default 2 MB cache re-reads the index pages an upsert touches once a
        # million-row database's indexes outgrow it; pages are only taken as they are used.
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # SQLite built with SECURE_DELETE (Debian's and Ubuntu's are) zeroes every page a write
        # frees and writes it out again; a search index merge frees as many pages as it writes.
        # FAST still overwrites deleted rows on the pages a write changes anyway, and no more.
        db.execute("PRAGMA secure_delete = FAST")
        # A reader holding one transaction (a Datasette query, a backup) keeps checkpoints
        # from reaching the end of the log, which then grows to hold every write meanwhile;
        # SQLite keeps a log at the size it grew to, until the last connection closes.
        db.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
        register_functions(db.conn)
        # `user_version` names the schema to other tools; one set back by hand is put right.
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if migrations.pending(db) or version != SCHEMA_VERSION:
            with transaction(db):
                _check_schema(db.conn, path)
                migrations.apply(db)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as e:
        error = database_error(path, e)  # before closing, which removes the log it may name
        db.close()
        raise error from e
    return db


def open_reader(path: str | Path) -> Database:
    """An existing database for a command that only reads it: `open_db` where the file can be
    written (an older schema is then upgraded in place); where it cannot (a snapshot or a backup
    mounted read-only, a file or folder without write permission, a disk with no byte or inode
    left for the `-shm`) it is read as it stands, through a read-only connection, provided its
    schema is current."""
    path = Path(path)
    _check_name(path)
    unwritable = (_unwritable(path) or _no_room_for_shm(path)) if path.is_file() else ""
    if not unwritable:
        return open_db(path, create=False, only_reads=True)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if _no_shm_to_be_had(path) and not (wal.exists() and wal.stat().st_size):
        # SQLite cannot make the `-shm` a WAL database is read through, and nothing is
        # writing the file: read the file alone, without locks.
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as e:
        raise DatabaseError(f"{path}: cannot open: {e}") from e
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if _check_schema(conn, path):
            if not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise DatabaseError(f"{path} is read-only and holds no tables yet: {unwritable}")
            raise DatabaseError(
                f"{path} is read-only ({unwritable}) and was written by an older tinbao: "
                "upgrade it where it can be written"
            )
    except sqlite3.DatabaseError as e:
        conn.close()
        raise database_error(path, e) from e
    except DatabaseError:
        conn.close()
        raise
    register_functions(conn)
    return Database(conn)


def close_moved(db: Database, path: str | Path, own_logs: frozenset[tuple[int, int]]) -> bool:
    """Close a writer's connection to a database file that is no longer the one at `path`
    (moved, renamed, deleted or replaced while it was open); whether its log was emptied.

    SQLite neither checkpoints nor removes the write-ahead log when it closes a file that has
    left the path it opened: the moved file would lack every transaction still in the log, and
    the log, left at the old path, would be taken up by the next database made there. So the
    log is checkpointed into the file first (whatever its name now) and cut to nothing, and
    once the connection is closed the log and its shared-memory index are removed, where no
    file has taken the path. A log a reader kept from emptying is left as it is: it holds
    committed transactions. Where another file has taken the path, the writer's own are removed
    whatever they hold (`drop_own_logs`). `path` is the one SQLite named them by: the file a
    symbolic link led to when it was opened."""
    try:
        emptied = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    except sqlite3.Error:
        emptied = False
    db.close()
    if os.path.lexists(path):
        drop_own_logs(path, own_logs)
    elif emptied:
        for suffix in SIDE_SUFFIXES[1:]:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return emptied


def log_files(path: str | Path) -> frozenset[tuple[int, int]]:
    """The (device, inode) of the `-wal` and `-shm` beside the database at `path`, as SQLite
    names them: a writer's own, which `drop_own_logs` removes once another file has the path."""
    found = (file_id(Path(f"{path}{suffix}")) for suffix in SIDE_SUFFIXES[1:])
    return frozenset(found_id for found_id in found if found_id is not None)


def drop_own_logs(path: str | Path, own_logs: frozenset[tuple[int, int]]) -> None:
    """Remove the `-wal` and `-shm` beside `path` that are a writer's own (`own_logs`, as
    `log_files` read them on opening) once another file has taken the path (a backup put back
    with `mv`). Left there they are the new file's to SQLite: a connection opening it would
    read the writer's pages through them, and the last to close would play the writer's log
    into it, the restored file overwritten with the run's. The writer keeps the files it has
    open, so nothing of its own is lost; a file of those names made since is left alone."""
    for suffix in SIDE_SUFFIXES[1:]:
        side = Path(f"{path}{suffix}")
        if file_id(side) in own_logs:
            side.unlink(missing_ok=True)


def file_id(path: str | Path) -> tuple[int, int] | None:
    """The file at `path` as (device, inode), or None if there is none: which file a name
    stands for now, to tell when another has taken its place."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def sqlite_name(path: str | Path) -> str:
    """`path` as SQLite (or Datasette) is given it: absolute, so that it names the file of that
    name even where SQLite would read the name otherwise (`file:news.db` as a URI, `:memory:`
    as a database in memory, which a crawl would store its records in and lose)."""
    return str(Path(path).absolute())


def _check_name(path: Path) -> None:
    """Refuse a path the filesystem cannot name, or whose side files it cannot name: SQLite
    keeps `-journal`, `-wal` and `-shm` files beside the database, named after the file a
    symbolic link leads to. A name too long for the file itself would otherwise end a command
    in a traceback (`pathlib` raises it from `is_dir`), and one that fits only without its
    suffixes in SQLite's bare "unable to open database file"."""
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == errno.ENAMETOOLONG:
            raise DatabaseError(f"{path}: the name is too long for the filesystem") from None
    real = Path(os.path.realpath(path))  # never raises: a loop is left for the opener to name
    try:
        limit = os.pathconf(real.parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = NAME_MAX_DEFAULT
    side = real.name + SIDE_SUFFIXES[0]
    if len(os.fsencode(side)) > limit:
        raise DatabaseError(
            f"{path}: the name is too long for the files SQLite keeps beside it ({side} would "
            f"be {len(os.fsencode(side))} bytes, the filesystem takes {limit}): use a shorter name"
        )


def _enable_wal(db: Database, only_reads: bool) -> None:
    """Switch the file to WAL mode, which SQLite refuses at once, whatever the busy timeout,
    while another program holds the file in its rollback-journal mode (an open write
    transaction). A reader does not need WAL to read: it reads the file in its own mode then,
    and the next opener switches it. A writer needs it, so it waits for the lock as long as the
    busy timeout would have, trying again every `WAL_SWITCH_POLL_SECONDS`."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as e:
            if not e.sqlite_errorname.startswith("SQLITE_BUSY"):
                raise
            if only_reads:
                return
            if time.monotonic() >= deadline:
                raise
        time.sleep(WAL_SWITCH_POLL_SECONDS)


def _special_kind(path: Path) -> str:
    """What a path names that is neither a file nor a folder ('' for those, or nothing): SQLite
    opening a FIFO would wait for a writer to come, for ever."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return ""
    for test, kind in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return kind
    return ""


def _no_shm_to_be_had(path: Path) -> bool:
    """Whether SQLite can neither find nor make the `-shm` file beside `path`, and no program
    is writing it: on a filesystem mounted read-only nothing can change the file; in a folder
    this user cannot write (a service user's database in root's `/var/lib/tinbao`), a program
    with the file open in WAL mode would have made the `-shm` there."""
    if os.statvfs(path).f_flag & os.ST_RDONLY:
        return True
    shm = path.with_name(path.name + "-shm")
    return not shm.exists() and (
        not os.access(path.parent, os.W_OK | os.X_OK) or bool(_no_room_for_shm(path))
    )


def _no_room_for_shm(path: Path) -> str:
    """Why SQLite could not make the `-shm` a WAL database is read through beside `path` ('' if
    it could, or one is there): its disk has no byte or no inode left. No program has the file
    open in WAL mode then, as it would have made the `-shm`; so a reader reads the file as on
    a read-only disk, where otherwise it would fail for want of room it never writes to."""
    if path.with_name(path.name + "-shm").exists():
        return ""
    if no_room(path):
        return "its disk is full: no byte left for the -shm SQLite reads it through"
    if no_inode(path):
        return "its disk is full: no inode left for the -shm SQLite reads it through"
    return ""


def _create(path: Path) -> None:
    """Make the empty file (an empty database to SQLite), or say in one line why it cannot be."""
    if not path.parent.is_dir():
        raise DatabaseError(f"cannot create {path}: no directory {path.parent}")
    try:
        with path.open("xb"):
            pass
    except FileExistsError:
        pass  # made meanwhile by another process: the probe-free open below is still safe
    except OSError as e:
        raise DatabaseError(f"cannot create {path}: {e.strerror}") from e


def _unwritable(path: Path) -> str:
    """Why SQLite could not write `path` in WAL mode ('' when it can): its filesystem, the file
    itself, or its directory, where the `-wal` and `-shm` files live."""
    if os.statvfs(path).f_flag & os.ST_RDONLY:
        return "its filesystem is mounted read-only"
    if not os.access(path, os.W_OK):
        return "the file is not writable"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return f"its directory {path.parent} is not writable (SQLite keeps -wal and -shm there)"
    return ""


def _probe(path: Path, rolled_back: bool = False) -> None:
    """Refuse, read-only, a file that is not a usable tinbao database (an empty file is an
    empty database to SQLite).

    A file whose header claims WAL mode makes SQLite create `-wal` and `-shm` files before it
    finds that the rest is not a database; those it made for such a file are removed again.
    A SQLite file left with a hot rollback journal (a writer killed mid-transaction in another
    program) cannot be read until the journal is played back, which only a writer can do: it
    is opened for writing once, as any SQLite program would, and probed again.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    made_here = [sidecar for sidecar in sidecars if not sidecar.exists()]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise DatabaseError(f"{path}: cannot open: {e}") from e
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        pending = _check_schema(conn, path)
        if pending:
            # Before upgrading in place, make sure the pages about to be rewritten are sound.
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise corrupt_error(path, result)
    except sqlite3.DatabaseError as e:
        if e.sqlite_errorname == "SQLITE_READONLY_ROLLBACK" and not rolled_back:
            conn.close()
            if not _unwritable(path):
                _roll_back(path)
                return _probe(path, rolled_back=True)
        if e.sqlite_errorname != "SQLITE_NOTADB" and (unwritable := _unwritable(path)):
            # SQLite cannot even read a WAL database it cannot write beside
            raise DatabaseError(f"{path} is read-only: {unwritable}") from e
        conn.close()
        if e.sqlite_errorname == "SQLITE_NOTADB":
            for sidecar in made_here:
                sidecar.unlink(missing_ok=True)
        raise database_error(path, e) from e
    finally:
        conn.close()


def _roll_back(path: Path) -> None:
    """Play back a hot rollback journal: SQLite does it when a writer first reads the file."""
    conn = sqlite3.connect(sqlite_name(path))
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        raise database_error(path, e) from e
    finally:
        conn.close()


def _check_schema(conn: sqlite3.Connection, path: Path) -> bool:
    """Raise `DatabaseTooNew` for a schema from a newer tinbao, `DatabaseError` for another
    program's database; return whether steps are pending."""
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
    if not applied:
        _check_not_anothers(conn, path, version)
    unknown = applied - set(MIGRATION_NAMES)
    if version > SCHEMA_VERSION or unknown:
        raise DatabaseTooNew(
            f"{path} has schema version {max(version, len(applied))}, newer than this tinbao "
            f"knows ({SCHEMA_VERSION}); upgrade tinbao to use it"
        )
    return len(applied) < SCHEMA_VERSION


def _check_not_anothers(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse a file no tinbao wrote that another program owns: one numbering its own schema
    in `user_version` (a browser's history, an app's store), or one with an `articles` table
    of its own. tinbao writes its steps beside its first table, so its files never look so;
    a file holding only other tables and no schema number still takes tinbao's beside them."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    if tables and (version or "articles" in tables):
        shown = ", ".join(tables[:3]) + (", …" if len(tables) > 3 else "")
        numbered = f"schema version {version}, " if version else ""
        raise DatabaseError(
            f"{path} is another program's database, not tinbao's ({numbered}tables: {shown}); "
            "name a tinbao database or a new file"
        )
