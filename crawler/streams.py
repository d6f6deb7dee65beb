"""The process's arguments and standard streams as cron, shells and old terminals leave them:
a locale that is not UTF-8, an output closed or on a full disk. Shared by the click commands
and `tinbao extract`, which loads no click."""

from __future__ import annotations

import errno
import os
import sys

# What a full or failing disk says when the output cannot be written.
FULL_DISK = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def start_again_in_utf8_mode() -> None:
    """In a locale that is not UTF-8 (`LC_ALL=C` with `PYTHONUTF8=0`, a Latin-1 terminal)
    Python reads arguments and file names in the locale's encoding: `Trà Lý` came as
    undecodable bytes, and a database under `Tin tức/` could not even be looked up. The
    command starts again in Python's UTF-8 mode, where both are the UTF-8 Vietnamese is typed
    and stored in."""
    if sys.flags.utf8_mode or sys.getfilesystemencoding() == "utf-8":
        return
    os.execv(sys.executable, [sys.executable, "-X", "utf8", *sys.orig_argv[1:]])


def open_closed_standard_streams(printing: bool) -> None:
    """A crontab line ending in `>&- 2>&-` starts the command with its output closed: Python
    then has no `sys.stdout` or `sys.stderr` (None), and the first line written stopped the
    command before it did anything. Each closed descriptor is opened on /dev/null, as `>
    /dev/null` would have it, so the next file opened (the database) never takes its number.
    A command whose work is its output (`export`, `search`, …) gets its stdout opened for
    reading only: writing it fails as it would have (one line, exit 1), never an answer
    printed nowhere and reported done."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            readable = fd == 0 or (fd == 1 and printing)
            opened = os.open(os.devnull, os.O_RDONLY if readable else os.O_WRONLY)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)
            # the process's own stream, open as long as it runs
            stream = open(fd, "w" if fd else "r", encoding="utf-8", closefd=False)  # noqa: SIM115
            setattr(sys, name, stream)


def drop_pending_output() -> None:
    """Send what is left in stdout's buffer nowhere: Python would flush it at exit, into the
    same full disk or to a reader that is gone, and print a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no stdout at all
        pass


def unwritable_output(exc: OSError) -> str | None:
    """The one line to say when the output could not be written (a full disk, a closed
    output), its pending bytes dropped; None for any other error."""
    if exc.errno not in FULL_DISK | {errno.EBADF}:
        return None
    drop_pending_output()
    return f"the output could not be written: {exc.strerror}"
