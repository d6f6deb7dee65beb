"""`tinbao crawl`: every site spider (or the named ones) in one process, under the crawl lock.

Scheduled runs are its main use, so its output is made for cron mail: on a terminal it shows
live per-site progress; with `--quiet` or when stderr is not a terminal it prints only errors
and the end-of-run summary, and its exit code says what went wrong (see `tinbao --help`).
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from crawler.cli import one_line
from crawler.cli.options import (
    GivenPath,
    check_database,
    check_setting_values,
    name_value_pairs,
    project_settings,
)
from crawler.exitcodes import ExitCode

if TYPE_CHECKING:
    from sqlite_utils import Database


def exit_code(stats: dict[str, dict[str, Any]]) -> ExitCode:
    """A failed site outranks an interruption (records may be lost), which outranks a health
    alarm: nothing was checked where nothing was crawled. The same rules set `crawls.status`."""
    from pipelines import db as store
    from pipelines.storage import STORAGE_ERROR

    if any(s.get("tinbao/site_failed") or s.get(STORAGE_ERROR) for s in stats.values()):
        return ExitCode.SITE_FAILED
    if any(s.get("finish_reason") == store.INTERRUPTED_REASON for s in stats.values()):
        return ExitCode.INTERRUPTED
    if any(s.get("tinbao/health/alarms") for s in stats.values()):
        return ExitCode.HEALTH_ALARM
    return ExitCode.OK


def say(message: str) -> None:
    """A line of `tinbao crawl`'s own on stderr (a refusal, a lock taken over, a log file
    refused), kept to one line whatever path it names (`one_line`), as its `Error:` lines are."""
    click.echo(f"tinbao crawl: {one_line(message)}", err=True)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("sites", nargs=-1)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    help="SQLite database to crawl into (default: the TINBAO_DB setting).",
)
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Skip articles published before this day (a backfill: --since 2015-01-01).",
)
@click.option(
    "--jobdir",
    type=GivenPath(file_okay=False),
    help="Keep resumable state here (one folder per site); rerun with it to resume.",
)
@click.option("-s", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting.")
@click.option("-a", "arguments", multiple=True, metavar="NAME=VALUE", help="Spider argument.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors and the summary (as under cron).")
@click.option(
    "--log-file",
    type=GivenPath(dir_okay=False, writable=True),
    help="Also append the full log (INFO and up) to this file; stderr stays as it is.",
)
def crawl(
    sites: tuple[str, ...],
    db_path: str | None,
    since: Any,
    jobdir: str | None,
    settings: tuple[str, ...],
    arguments: tuple[str, ...],
    quiet: bool,
    log_file: str | None,
) -> None:
    """Crawl the named sites (default: every site with a profile) incrementally into SQLite,
    politely in parallel.

    SITES are site keys: `tinbao sites` lists them with their newspapers and last runs. Any
    key can be named; a paper without a hand-made profile is crawled by discovery and the
    generic extractor.

    Articles already stored are not downloaded again (-a full=1 forces it); recent ones are
    refreshed on a decaying schedule to record view counts and revisions. Only one crawl runs
    per database at a time: a second one exits at once with code 3. On a terminal, progress is
    shown every TINBAO_PROGRESS_INTERVAL seconds (-s, default 10, 0.1 or more).

    \b
    Examples:
      tinbao crawl --db /var/lib/tinbao/news.db --quiet
      tinbao crawl baothaibinh --since 2015-01-01 --jobdir /var/lib/tinbao/backfill
      tinbao crawl baothaibinh -s DOWNLOAD_DELAY=2 -a limit=50
      tinbao crawl --quiet --log-file /var/log/tinbao/crawl.log
      tinbao crawl baolamdong -a limit=20
    """
    from scrapy.crawler import CrawlerProcess

    from crawler.extensions import format_summary, run_summary
    from crawler.lock import CrawlLock, Locked
    from parsers.sites import all_profiles
    from pipelines import db as store
    from pipelines.storage import HOLDS_LOCK

    project = project_settings()
    interactive = sys.stderr.isatty() and not quiet
    overrides: dict[str, Any] = {
        "LOG_LEVEL": "WARNING" if interactive else "ERROR",
        "TINBAO_PROGRESS": interactive,
    }
    if db_path:
        overrides["TINBAO_DB"] = db_path
    given = name_value_pairs(settings, "-s")
    check_setting_values(given, project)
    overrides.update(given)
    project.setdict(overrides, priority="cmdline")
    spider_args = name_value_pairs(arguments, "-a")
    if since:
        spider_args["since"] = since.date().isoformat()

    one_line_records()
    process = CrawlerProcess(project)  # installs Scrapy's stderr log handler
    if log_file:
        check_log_file(log_file, project.get("TINBAO_DB"))
        keep_log(log_file, project)
    available = process.spider_loader.list()
    unknown = sorted(set(sites) - set(available))
    if unknown:
        raise click.UsageError(
            f"no spider for {', '.join(unknown)} (sites: {', '.join(available)})"
        )
    # `article` and `site` need a URL argument: "all sites" means every site profile.
    names = list(dict.fromkeys(sites)) or sorted(all_profiles())
    for name in names:  # every argument checked before anything is fetched
        try:
            process.spider_loader.load(name)(**spider_args)
        except (TypeError, ValueError) as exc:
            raise click.UsageError(f"{name}: {exc}") from None

    if jobdir:
        try:
            Path(jobdir).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise click.ClickException(f"cannot use --jobdir {jobdir}: {exc.strerror}") from None
        lock_jobdirs(jobdir, names)
    storing = project.getbool("TINBAO_STORAGE_ENABLED")
    if storing:  # before the lock, whose file beside the database needs its directory
        check_database(project.get("TINBAO_DB"))
    try:
        lock = CrawlLock(Path(project.get("TINBAO_DB"))).acquire()
    except Locked as exc:
        say(str(exc))
        sys.exit(ExitCode.LOCKED)
    except OSError as exc:
        raise click.ClickException(f"cannot lock {exc.filename}: {exc.strerror}") from None
    alive, dead = "", []
    if storing and lock.created:
        alive, dead = _lock_holders(project.get("TINBAO_DB"))
    if alive:
        lock.give_up()
        say(
            f"another crawl is running on this database ({alive}; its lock file "
            f"{lock.path} was removed)"
        )
        sys.exit(ExitCode.LOCKED)
    try:
        if storing and lock.previous_run:
            _close_unfinished_runs(project.get("TINBAO_DB"), *lock.previous_run)
        if dead:
            _mark_killed(project.get("TINBAO_DB"), dead)
        if lock.stale_holder:
            say(f"took over the lock of a dead run ({lock.stale_holder})")
        crawlers = {}
        for name in names:
            crawlers[name] = process.create_crawler(name)
            crawlers[name].settings.set(HOLDS_LOCK, True, priority="cmdline")
            if jobdir:  # one folder per spider: queues and state are per spider
                crawlers[name].settings.set("JOBDIR", str(Path(jobdir) / name), priority="cmdline")
            process.crawl(crawlers[name], **spider_args)
        stop_on_hang_up()
        process.start()
    finally:
        atexit.register(ignore_further_stops)
        lock.release()

    stats = {name: crawler.stats.get_stats() for name, crawler in crawlers.items()}
    for site_stats in stats.values():
        # A second Ctrl-C or SIGTERM stops the reactor before the spider closes, and Scrapy
        # then records no finish reason: the run was interrupted, never "OK".
        site_stats.setdefault("finish_reason", store.INTERRUPTED_REASON)
    for name in names:
        click.echo(one_line(format_summary(name, run_summary(stats[name]))))
    sys.exit(exit_code(stats))


def lock_jobdirs(jobdir: str, names: list[str]) -> None:
    """Lock each site's folder of `--jobdir` for this run, until the command ends (exit 3 when
    another run holds one): Scrapy's queue and seen-requests files there belong to one run, and
    a second run given the same folder at once (a cron line copied for another database) took
    the first's running marker for a killed run's and emptied its queue."""
    from crawler.lock import CrawlLock, Locked

    context = click.get_current_context()
    for name in names:
        try:
            held = CrawlLock(Path(jobdir) / name, subject=f"--jobdir {jobdir}").acquire()
        except Locked as exc:
            say(str(exc))
            sys.exit(ExitCode.LOCKED)
        except OSError as exc:
            raise click.ClickException(f"cannot lock {exc.filename}: {exc.strerror}") from None
        context.call_on_close(held.release)


def stop_on_hang_up() -> None:
    """Take SIGHUP (the terminal of an interactive crawl closed) as SIGTERM: a graceful stop
    that stores what was fetched, where Python's default would end the process at once and
    lose the last batch. Left alone when ignored (`nohup`) or handled already."""
    if signal.getsignal(signal.SIGHUP) is signal.SIG_DFL:
        signal.signal(signal.SIGHUP, lambda *_: os.kill(os.getpid(), signal.SIGTERM))


def ignore_further_stops() -> None:
    """At the process's exit, once the crawl has stopped, ignore Ctrl-C and SIGTERM: what is
    left is the interpreter's teardown (most of a second after a crawl, longer under load). A
    second Ctrl-C pressed while the first one's stop was ending met the interpreter's default
    handlers there, which it restores for every signal it handled (not for an ignored one): the
    process died by the signal, exit -2 or -15, and the summary in its output buffer was lost.
    Set at exit and not before, so that a process running crawls in turn (tests) keeps its
    handlers, and its children do not inherit ignored signals."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_IGN)


def check_log_file(path: str, db: str) -> None:
    """Refuse a `--log-file` that is the database or a file kept beside it (its journal,
    write-ahead log or crawl lock), whatever name reaches it: log lines appended to the
    database corrupt it, and those in a side file are lost when SQLite or the next run
    rewrites it."""
    from crawler.lock import LOCK_SUFFIX
    from pipelines.db import SIDE_SUFFIXES

    database = os.path.realpath(db)
    own = [database, *(database + suffix for suffix in (*SIDE_SUFFIXES, LOCK_SUFFIX))]
    target = os.path.realpath(path)
    if target in own:
        what = "the database" if target == database else f"its {target[len(database) :]} file"
        raise click.ClickException(
            f"cannot write the log to {path}: it is {what} ({db}); give --log-file another file"
        )


class OneLineRecord(logging.LogRecord):
    """A log record whose message, from WARNING up, keeps to one line: its control characters
    and line separators written as escapes (`one_line`), as the `Error:` lines are. A path or a
    page's text a message names may hold a line break, which split an `ERROR:` line under cron
    in two; a traceback still follows its line, and Scrapy's INFO blocks in `--log-file` (the
    settings and components it enabled) keep their lines."""

    def getMessage(self) -> str:  # noqa: N802 (logging's naming)
        message = super().getMessage()
        return one_line(message) if self.levelno >= logging.WARNING else message


def one_line_records() -> None:
    """Make this crawl's log records `OneLineRecord`s, for every handler (stderr, whichever
    handler Scrapy installs for each crawler, `--log-file`), until the command ends."""
    previous = logging.getLogRecordFactory()
    logging.setLogRecordFactory(OneLineRecord)
    click.get_current_context().call_on_close(lambda: logging.setLogRecordFactory(previous))


def keep_log(path: str, settings: Any) -> None:
    """Append the INFO log to `path` beside Scrapy's stderr handler, in Scrapy's line format."""
    try:
        handler = LogFile(path, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write the log to {path}: {exc.strerror}") from None
    handler.setLevel(logging.INFO)
    handler.setFormatter(
        logging.Formatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT"))
    )
    logging.root.addHandler(handler)


class LogFile(logging.FileHandler):
    """The `--log-file` handler. A line the file refuses (its disk full) is said once on stderr,
    where logging would print a traceback for every line: the log is no reason to stop
    archiving, so the crawl goes on and later lines are tried again."""

    refused = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's naming)
        if self.refused:
            return
        self.refused = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or str(error)
        say(
            f"cannot write the log to {self.baseFilename} ({reason}); "
            "the crawl goes on, the lines it refuses are lost"
        )


def _lock_holders(path: str) -> tuple[str, list[int]]:
    """`pid N since T` of a run the database records as `running` under the crawl lock whose
    process is alive (not this one), or ''; and the ids of the runs recorded so whose process
    is gone, to mark `killed`. Asked only when the lock file was missing: a live run's lock
    file may have been removed under it, and a second run would then lock a new file of that
    name. A `scrapy crawl` holds no lock, so it is no reason to give way, nor is a process
    that started after the run: another program given the dead run's process id."""
    from pipelines import db as store

    db = store.open_db(path)
    try:
        runs = store.running_lock_holders(db)
    except sqlite3.DatabaseError:
        return "", []  # unreadable: the run reports the damaged file with its way out
    finally:
        db.close()
    dead = []
    for crawl_id, pid, started, surely in runs:
        if pid == os.getpid():
            continue
        if _runs_on(pid, started):
            return f"pid {pid} since {started}", []
        if surely:  # a run recorded before `holds_lock` may be a `scrapy crawl`: left alone
            dead.append(crawl_id)
    return "", dead


def _runs_on(pid: int, started: str) -> bool:
    """Whether the run recorded with process `pid` at `started` is alive: its process exists
    and did not start after the run (2 s for the rounding of both times)."""
    from crawler.lock import process_alive, process_started

    if not process_alive(pid):
        return False
    try:
        recorded = datetime.fromisoformat(started)
    except ValueError:  # a start another program wrote: the process is taken for the run's
        return True
    began = process_started(pid)
    return began is None or began <= recorded + timedelta(seconds=2)


def _mark_killed(path: str, crawl_ids: list[int]) -> None:
    """Mark `killed` the lock holders' runs left `running` by processes that are gone."""
    from pipelines import db as store

    _write_runs(path, lambda db: store.mark_killed(db, crawl_ids))


def _close_unfinished_runs(path: str, pid: int, since: str, ended: bool) -> None:
    """Close the runs the previous holder of the lock left `running`: `killed` if it died,
    `failed` if it ended without recording its end."""
    from pipelines import db as store

    _write_runs(path, lambda db: store.close_unfinished(db, pid, since, ended=ended))


def _write_runs(path: str, write: Callable[[Database], object]) -> None:
    """Run `write` on the database at `path`, a failure told as the database's one-line error."""
    from pipelines import db as store

    try:
        db = store.open_db(path)
        try:
            write(db)
        except sqlite3.Error as exc:
            raise store.database_error(path, exc) from exc
        finally:
            db.close()
    except store.DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc


COMMANDS: list[click.Command] = [crawl]
