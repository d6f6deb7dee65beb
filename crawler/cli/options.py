"""What the `tinbao` commands share: help flags, the --db/--site/--since/--until options, and
opening the database with a one-line error."""

from __future__ import annotations

import difflib
import logging
import math
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import click

from crawler.project import tinbao_settings
from parsers.vietnamese.dates import LOCAL_TZ

if TYPE_CHECKING:
    from sqlite_utils import Database

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


class IsoDate(click.ParamType):
    """A date (`2024-05-01`) or ISO 8601 time, passed on as text in the stored form (times in
    +07:00, which a time without offset is taken to be), so text comparison orders it right;
    a bare date means the whole day in `--until`. A day without leading zeros (`2024-5-1`) is
    that day, as `tinbao crawl --since` reads it."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        try:
            return datetime.strptime(text, "%Y-%m-%d").date().isoformat()
        except ValueError:
            pass
        try:
            when = datetime.fromisoformat(text)
            local = when.astimezone(LOCAL_TZ) if when.tzinfo else when.replace(tzinfo=LOCAL_TZ)
        except (ValueError, OverflowError):
            self.fail(f"{value!r} is not a date like 2024-05-01 or 2024-05-01T08:00:00+07:00")
        return local.isoformat()


class SiteKey(click.ParamType):
    """A site key tinbao knows (a registry paper, a profile, or `generic`); a typo is refused
    naming them all."""

    name = "SITE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        known = known_sites()
        if value not in known:
            self.fail(f"no site {value!r} (sites: {', '.join(known)})")
        return str(value)


class HttpUrl(click.ParamType):
    """An absolute http(s) URL."""

    name = "URL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from parsers.urls import http_url

        try:
            return http_url(str(value), param.name if param and param.name else "url")
        except ValueError as exc:
            self.fail(str(exc))


class GivenPath(click.Path):
    """click's `Path`, refusing an empty value: `--log-file "$LOG"` with the variable unset
    names no file, and taking it as the option left out would quietly drop what was asked."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail("an empty path names no file or folder", param, ctx)
        return super().convert(value, param, ctx)


def known_sites() -> list[str]:
    """Every site key a stored article can have: the profiles and the registry's papers (a
    paper without a profile is crawled by its own spider and stored under its key, as
    `tinbao sites` prints it), then `generic`."""
    from parsers.registry import papers
    from parsers.sites import all_profiles

    return [*sorted(set(all_profiles()) | set(papers())), "generic"]


@contextmanager
def opened(db_path: str, *, only_reads: bool = False) -> Iterator[Database]:
    """An existing database for a command, or a one-line error (exit 1) when it cannot be used.

    A command that `only_reads` reads a read-only file as it stands (`store.open_reader`).
    An SQLite error while the command reads (a corrupt page met halfway through an export) is
    the same one line, naming the way out, instead of a traceback.
    """
    import sqlite3

    from pipelines import db as store

    try:
        db = store.open_reader(db_path) if only_reads else store.open_db(db_path, create=False)
    except store.DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield db
    except sqlite3.Error as exc:
        raise click.ClickException(str(store.database_error(db_path, exc))) from exc
    finally:
        db.close()


def check_database(path: str) -> None:
    """Before crawling: create or upgrade the database, or refuse it in one line (exit 1);
    and wait for another program's write lock here, where a stop ends the wait at once, rather
    than in the crawl's first write, where Scrapy's graceful stop waits for it to return.

    A file with a second name (a hard link, `cp -l`) is refused: SQLite keeps the write-ahead
    log beside the name it was opened by, and the crawl lock is taken by name, so a crawl
    through one name neither sees nor waits for one through the other, and together they
    corrupt the file."""
    from pipelines import db as store

    try:
        names = os.stat(path).st_nlink
    except OSError:
        names = 1  # not there yet, or not a file: `open_db` says what is wrong
    if names > 1:
        raise click.ClickException(
            f"{path} is one file under {names} names (hard links): a crawl through another "
            "name would write it unseen; remove the other names (find / -xdev -samefile "
            f"{path}) and run again"
        )
    try:
        db = store.open_db(path)
    except store.DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        with store.transaction(db):
            pass
    except sqlite3.Error as exc:
        raise click.ClickException(str(store.database_error(path, exc))) from exc
    finally:
        db.close()


def database_option(what: str = "SQLite database") -> Callable:
    """`--db PATH` (env TINBAO_DB, default news.db), with a help line saying what it is for and
    that the environment can set it, as every such command's `--help` must."""
    return click.option(
        "--db",
        "db_path",
        envvar="TINBAO_DB",
        default="news.db",
        show_default=True,
        type=click.Path(dir_okay=False),
        help=f"{what} (env TINBAO_DB).",
    )


db_option = database_option()
site_option = click.option("--site", type=SiteKey(), help="Only this site, e.g. baothaibinh.")
since_option = click.option("--since", type=IsoDate(), help="Published on or after DATE.")
until_option = click.option("--until", type=IsoDate(), help="Published on or before DATE.")


def check_period(since: str | None, until: str | None) -> None:
    """A usage error for `--until` before `--since`: no article can match, and an empty
    answer would read as "nothing was published"."""
    if since and until and until[:10] < since[:10]:
        raise click.UsageError(f"--until {until[:10]} is before --since {since[:10]}")


def name_value_pairs(values: tuple[str, ...], option: str) -> dict[str, str]:
    """`-s`/`-a` values (`NAME=VALUE`) as a dict; anything else is a usage error."""
    pairs = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.UsageError(f"{option} expects NAME=VALUE, got {value!r}")
        pairs[name] = setting
    return pairs


# The values a number setting can mean something with: outside them a wait would be negative,
# a share above 1, a batch empty, or the engine allowed no request at all (it would stall).
_ABOVE_ZERO = ("a number above 0", lambda v: v > 0)
_ZERO_OR_MORE = ("a number of 0 or more", lambda v: v >= 0)
_SHARE = ("a share from 0 to 1", lambda v: 0 <= v <= 1)
_COUNT = ("a whole number of 0 or more", lambda v: v >= 0 and v.is_integer())
_ONE_OR_MORE = ("a whole number of 1 or more", lambda v: v >= 1 and v.is_integer())
# More than ten progress lines a second floods a terminal and says nothing more.
MIN_PROGRESS_INTERVAL = 0.1
_PROGRESS_SECONDS = (
    f"a number of seconds of {MIN_PROGRESS_INTERVAL} or more",
    lambda v: v >= MIN_PROGRESS_INTERVAL,
)
SETTING_RANGES: dict[str, tuple[str, Callable[[float], bool]]] = {
    "CONCURRENT_REQUESTS": _ONE_OR_MORE,
    "CONCURRENT_REQUESTS_PER_DOMAIN": _ONE_OR_MORE,
    "CONCURRENT_ITEMS": _ONE_OR_MORE,
    "DOWNLOAD_TIMEOUT": _ABOVE_ZERO,
    "DOWNLOAD_DELAY": _ZERO_OR_MORE,
    "DOWNLOAD_MAXSIZE": _COUNT,
    "DOWNLOAD_WARNSIZE": _COUNT,
    "RETRY_TIMES": _COUNT,
    "REDIRECT_MAX_TIMES": _COUNT,
    "TINBAO_DB_BATCH": _ONE_OR_MORE,
    "TINBAO_DB_FLUSH_SECONDS": _ZERO_OR_MORE,
    "TINBAO_RETRY_BACKOFF_BASE": _ZERO_OR_MORE,
    "TINBAO_RETRY_BACKOFF_MAX": _ZERO_OR_MORE,
    "TINBAO_RETRY_AFTER_MAX": _ZERO_OR_MORE,
    "TINBAO_CRAWL_DELAY_MAX": _ZERO_OR_MORE,
    "TINBAO_MAX_LINKS_PER_LISTING": _COUNT,
    "TINBAO_MAX_ARTICLES_PER_RUN": _COUNT,
    "TINBAO_ASK_AGAIN_RUNS": _ONE_OR_MORE,
    "TINBAO_EXTRACT_WORKERS": _COUNT,
    "TINBAO_EXTRACT_POOL_AFTER": _COUNT,
    "TINBAO_REFRESH_WINDOW_DAYS": _ZERO_OR_MORE,
    "TINBAO_MAX_ERRORS": _COUNT,
    "TINBAO_MAX_FETCH_FAILURE_RATE": _SHARE,
    "TINBAO_FETCH_FAILURE_MIN_PAGES": _COUNT,
    "TINBAO_HEALTH_MIN_ITEMS": _COUNT,
    "TINBAO_HEALTH_MAX_DROP_RATE": _SHARE,
    "TINBAO_HEALTH_HISTORY_RUNS": _COUNT,
    "TINBAO_HEALTH_HISTORY_RATIO": _SHARE,
    "TINBAO_PROGRESS_INTERVAL": _PROGRESS_SECONDS,
    "TINBAO_HOST_RATE": _ZERO_OR_MORE,
    "TINBAO_WORKER_TICK": _ABOVE_ZERO,
    "TINBAO_WORKER_HEARTBEAT_TTL": _ABOVE_ZERO,
}


def project_settings() -> Any:
    """The project's Scrapy settings with the environment's `TINBAO_*` values, a value there
    that cannot mean anything refused in one line as a `-s` one is."""
    try:
        project = tinbao_settings()
    except ValueError as exc:  # crawler/settings.py names the variable
        raise click.UsageError(str(exc)) from None
    environment = {
        name: value
        for name, value in os.environ.items()
        if name.startswith("TINBAO_") and name in project
    }
    check_setting_values(environment, project, origin="environment variable")
    return project


def check_setting_values(values: dict[str, str], settings: Any, origin: str = "-s") -> None:
    """A usage error for a `-s` value Scrapy cannot read as its setting's type (a number, a
    flag), or that no crawl can mean (a negative wait, a share above 1, no request at a time):
    it would otherwise fail inside the engine, as a traceback, or quietly do something else."""
    from scrapy.settings import BaseSettings

    # Scrapy reads some settings with an integer default as floats (DOWNLOAD_TIMEOUT = 180).
    readers = {bool: ("getbool", "flag (1 or 0)"), int: ("getfloat", "number")}
    readers[float] = readers[int]
    for name, value in values.items():
        if name.startswith("TINBAO_") and name not in settings:
            unknown = f"{origin} {name}={value}: no such setting"
            raise click.UsageError(unknown + _near(name, settings))
        if (reader := readers.get(type(settings.get(name)))) is not None:
            try:
                getattr(BaseSettings({name: value}), reader[0])(name)
            except ValueError:
                raise click.UsageError(f"{origin} {name}={value}: not a {reader[1]}") from None
        if name in SETTING_RANGES:
            meaning, holds = SETTING_RANGES[name]
            number = _number(value)
            if number is None or not holds(number):
                raise click.UsageError(f"{origin} {name}={value}: not {meaning}")
        elif name == "TINBAO_REFRESH_AFTER_HOURS":
            hours = [_number(h) for h in value.split(",") if h.strip()]
            if not all(h is not None and h > 0 for h in hours):
                raise click.UsageError(
                    f"{origin} {name}={value}: not a list of hours above 0, separated by commas"
                )
        elif name == "LOG_LEVEL" and not isinstance(logging.getLevelName(value), int):
            raise click.UsageError(
                f"{origin} {name}={value}: not a log level (ERROR, WARNING, INFO, DEBUG)"
            )


def _near(name: str, settings: Any) -> str:
    """`; did you mean TINBAO_…?` for a misspelled tinbao setting, naming the closest one."""
    known = [setting[7:] for setting in settings if setting.startswith("TINBAO_")]
    close = difflib.get_close_matches(name[7:], known, n=1)  # past the prefix all share
    return f"; did you mean TINBAO_{close[0]}?" if close else " (README.md lists tinbao's)"


def _number(value: str) -> float | None:
    """`value` as a finite number, or None (`nan` and `inf` read as floats, but mean no count,
    share or wait)."""
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None
