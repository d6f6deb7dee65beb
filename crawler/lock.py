"""One crawl at a time per database: an OS file lock on `<db>.lock`.

`fcntl.flock` is released by the kernel when its holder exits, however it dies (SIGKILL, OOM,
reboot), so a lock left by a killed run is never in the way: the next run simply takes it and
says so. The holder's PID and start time are written inside the file to name it in the
refusal message, and left there marked `ended` at release, so the next run knows which
process's unfinished `crawls` rows to close (`killed` for a dead holder, `failed` for one that
ended but could not record its end). The lock file is never deleted: unlinking it would let
two runs lock two different files of the same name. Someone else may delete it (a cleaner of
old files): a run that finds no lock file asks the database whether a run it records as
`running` is alive, and gives way to it (`tinbao crawl` checks; see `CrawlLock.created`).

The lock is keyed on the database file itself, not on the path it was named by: the path is
resolved first (symbolic links, `..`), so `alias.db -> news.db` and `./data/../news.db` lock
`news.db.lock` like `news.db` does. A file with hard links (several names) is refused before
the lock is taken (`tinbao crawl`'s `check_database`). On NFS, `flock` is emulated with
byte-range locks that another client may not see, and SQLite's WAL mode needs shared memory
that NFS cannot give: keep the database on a local disk.
"""

from __future__ import annotations

import fcntl
import os
import re
from datetime import datetime
from pathlib import Path

from parsers.vietnamese.dates import LOCAL_TZ

ENDED = "ended "  # prefix of the holder line a run leaves when it releases the lock
LOCK_SUFFIX = ".lock"  # the lock file's name: the locked file's or folder's, and this


def process_alive(pid: int) -> bool:
    """Whether a process `pid` exists on this machine (another user's too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def process_started(pid: int) -> datetime | None:
    """When process `pid` started, read from Linux's `/proc` (to the second: the boot time is
    whole seconds), or None where it cannot be read (gone, another system). A process that
    started after a run's recorded start is not that run: another program got its id."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            line for line in Path("/proc/stat").read_text().splitlines() if line[:6] == "btime "
        )
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, `starttime`, since boot
    except (OSError, StopIteration, IndexError, ValueError):
        return None
    seconds = int(boot.split()[1]) + ticks / os.sysconf("SC_CLK_TCK")
    return datetime.fromtimestamp(seconds, LOCAL_TZ)


class Locked(Exception):
    """Another live run holds the lock; the message is one line."""


class CrawlLock:
    """Exclusive, non-blocking lock for crawling into `db` (or keeping a crawl's state in the
    folder `db`, named in the refusal as `subject`); use as a context manager."""

    def __init__(self, db: str | Path, subject: str = "this database") -> None:
        self.path = Path(f"{Path(db).resolve()}{LOCK_SUFFIX}")
        self.subject = subject
        self.fd: int | None = None
        self.previous = ""  # what a dead holder left in the file, for the takeover note
        self.created = False  # no lock file was there: removed under a live run, or a first run

    def acquire(self) -> CrawlLock:
        while True:
            fd, self.created = _open_or_create(self.path)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read(fd)
                os.close(fd)
                raise Locked(
                    f"another crawl is running on {self.subject} ({holder or 'unknown process'}; "
                    f"lock {self.path})"
                ) from None
            if _names(self.path, fd):
                break
            os.close(fd)  # removed or replaced while we waited for it: lock what is there now
        self.previous = _read(fd)
        started = datetime.now(LOCAL_TZ).isoformat(timespec="seconds")
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()} since {started}\n".encode(), 0)
        except OSError as exc:  # a full disk: the refusal names the file a write gives no name
            os.close(fd)
            raise OSError(exc.errno, exc.strerror, str(self.path)) from None
        self.fd = fd
        return self

    def give_up(self) -> None:
        """Release a lock file this run created only to find a live run it cannot see (its
        lock file was removed under it): removed again, so the next run checks as well."""
        if self.fd is not None and self.created:
            self.path.unlink(missing_ok=True)
        self.release()

    @property
    def stale_holder(self) -> str:
        """The dead run whose lock was taken over ('' when the previous run ended cleanly)."""
        return "" if self.previous.startswith(ENDED) else self.previous

    @property
    def previous_run(self) -> tuple[int, str, bool] | None:
        """(pid, start time, whether it ended cleanly) of the previous holder, when known: a
        run that ended cleanly leaves `ended pid … since …`, a dead one `pid … since …`."""
        match = re.fullmatch(rf"({ENDED})?pid (\d+) since (\S+)", self.previous)
        return (int(match[2]), match[3], bool(match[1])) if match else None

    def release(self) -> None:
        if self.fd is not None:
            holder = _read(self.fd)
            os.ftruncate(self.fd, 0)  # a clean exit leaves no live holder behind…
            os.pwrite(self.fd, f"{ENDED}{holder}\n".encode(), 0)  # …only who ended
            os.close(self.fd)  # closing the descriptor drops the flock
            self.fd = None

    def __enter__(self) -> CrawlLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _open_or_create(path: Path) -> tuple[int, bool]:
    """The lock file's descriptor, and whether this call created it."""
    while True:
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644), True
        except FileExistsError:
            pass
        try:
            return os.open(path, os.O_RDWR), False
        except FileNotFoundError:  # removed between the two: create it after all
            continue


def _names(path: Path, fd: int) -> bool:
    """Whether `path` still names the file open as `fd`."""
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def _read(fd: int) -> str:
    return os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
