"""The `tinbao` command: extract one page, run the offline demo, crawl, query the database.

One module per command group (`extract`, `demo`, `crawl`, `db`, `report`, `distributed`,
`newsite`, `snapshot`); each command parses its options, calls one function in `parsers/` or
`pipelines/`, and formats the result. JSON goes to stdout; logs and progress go to stderr. Heavy
modules (Scrapy, the database layer) are imported inside the commands that need them, and a
command's module is imported only when the command line needs it, so `tinbao extract` loads
neither the other commands nor what they import.
"""

from __future__ import annotations

import errno
import importlib
import os
import signal
import sys

import click

from crawler.cli.options import CONTEXT_SETTINGS
from crawler.exitcodes import ExitCode

# Modules of commands, in the order they are looked through for a command name.
COMMAND_MODULES = (
    "extract",
    "demo",
    "crawl",
    "db",
    "report",
    "distributed",
    "newsite",
    "snapshot",
)


# What a full or failing disk says when the output cannot be written.
FULL_DISK = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})

# Commands that only print what they read: piped into `head`, they end as `cat` would, by
# SIGPIPE (exit 141), where click would exit 1 ("error") without a word.
PRINTING_COMMANDS = frozenset({"export", "search", "stats", "history", "sites", "status"})


def _start_again_in_utf8_mode() -> None:
    """In a locale that is not UTF-8 (`LC_ALL=C` with `PYTHONUTF8=0`, a Latin-1 terminal)
    Python reads arguments and file names in the locale's encoding: `Trà Lý` came as
    undecodable bytes, and a database under `Tin tức/` could not even be looked up. The
    command starts again in Python's UTF-8 mode, where both are the UTF-8 Vietnamese is typed
    and stored in."""
    if sys.flags.utf8_mode or sys.getfilesystemencoding() == "utf-8":
        return
    os.execv(sys.executable, [sys.executable, "-X", "utf8", *sys.orig_argv[1:]])


def _open_closed_standard_streams(printing: bool) -> None:
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


class LazyGroup(click.Group):
    """A group that imports the modules of `COMMAND_MODULES` one by one, until it has the
    command asked for (all of them to list the commands)."""

    loaded = 0

    def main(self, args=None, *rest, **kwargs):
        if args is None:
            _start_again_in_utf8_mode()
            args = sys.argv[1:]
        printing = bool(args[:1]) and args[0] in PRINTING_COMMANDS
        _open_closed_standard_streams(printing)
        if printing:
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        return super().main(args, *rest, **kwargs)

    def invoke(self, ctx: click.Context):
        """Ctrl-C in a command: one line and exit 130, as for a crawl (click would say
        "Aborted!" and exit 1, "error"); output the disk refuses, or a closed output: one line
        and exit 1, never a traceback. The output is flushed here, so that its failure is
        seen while it can still be said."""
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except KeyboardInterrupt:
            _drop_pending_output()
            click.echo("Interrupted.", err=True)
            ctx.exit(ExitCode.INTERRUPTED)
        except OSError as exc:
            if exc.errno not in FULL_DISK | {errno.EBADF}:
                raise
            _drop_pending_output()
            raise click.ClickException(f"the output could not be written: {exc.strerror}") from exc

    def _load_next(self) -> bool:
        if self.loaded == len(COMMAND_MODULES):
            return False
        module = importlib.import_module(f"crawler.cli.{COMMAND_MODULES[self.loaded]}")
        self.loaded += 1
        for command in module.COMMANDS:
            self.add_command(command)
        return True

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        while cmd_name not in self.commands and self._load_next():
            pass
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        while self._load_next():
            pass
        return super().list_commands(ctx)


def _drop_pending_output() -> None:
    """Send what is left in stdout's buffer nowhere: Python would flush it at exit, into the
    same full disk or to a reader that is gone, and print a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no stdout at all
        pass


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="tinbao")
def cli() -> None:
    """tinbao: articles from Vietnamese regional newspapers, as clean SQLite records.

    \b
    Exit codes:
      0  success
      1  error (one line on stderr)
      2  bad usage or unreadable input
      3  another scheduled crawl holds the lock
      4  a site failed to crawl
      5  extraction health alarm (a site's layout probably changed)
      130  interrupted (Ctrl-C, SIGTERM); a crawl keeps what it fetched
    """
