"""Exit codes of the `tinbao` command, declared once (listed in `--help` and the README)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1  # a one-line error: bad database, missing file, failed command
    USAGE = 2  # bad usage or unreadable input
    LOCKED = 3  # another scheduled run holds the crawl lock
    SITE_FAILED = 4  # at least one site failed to crawl
    HEALTH_ALARM = 5  # extraction health fell below a floor (a site changed its layout)
    INTERRUPTED = 130  # stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it)
