"""`tinbao enqueue`, `worker`, `ingest`, `status`: one crawl spread over machines through Redis.

Workers fetch and parse, the one writer stores; see docs/distributed.md for the set-up and
what is guaranteed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import click

from crawler.cli.crawl import exit_code
from crawler.cli.options import (
    CONTEXT_SETTINGS,
    check_database,
    check_setting_values,
    database_option,
    name_value_pairs,
    project_settings,
)
from crawler.exitcodes import ExitCode

REDIS_SCHEMES = ("redis", "rediss", "unix")


def _redis_url(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A URL Redis can be reached by: another scheme is a usage error, before any connection."""
    if urlsplit(value).scheme not in REDIS_SCHEMES:
        raise click.BadParameter(f"{value!r} is not a redis://, rediss:// or unix:// URL")
    return value


redis_option = click.option(
    "--redis",
    "redis_url",
    envvar="TINBAO_REDIS",
    required=True,
    metavar="redis://HOST:PORT/DB",
    callback=_redis_url,
    help="The Redis that holds the queues (env TINBAO_REDIS).",
)
settings_option = click.option(
    "-s", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting."
)
arguments_option = click.option(
    "-a", "arguments", multiple=True, metavar="NAME=VALUE", help="Spider argument."
)


def _connect(redis_url: str, *, writing: bool = False) -> Any:
    from redis.exceptions import ConnectionError, RedisError

    from crawler.distributed import keys

    try:
        return keys.connect(redis_url, writing=writing)
    except (ConnectionError, ValueError) as exc:
        raise click.ClickException(f"cannot reach Redis at {redis_url}: {exc}") from exc
    except RedisError as exc:
        raise click.ClickException(f"Redis at {redis_url} refused: {exc}") from exc


@contextmanager
def _redis_refusals(redis_url: str) -> Iterator[None]:
    """A command Redis refuses half way (out of memory, read-only, gone): one line, exit 1."""
    from redis.exceptions import ConnectionError, RedisError

    try:
        yield
    except ConnectionError as exc:
        raise click.ClickException(f"cannot reach Redis at {redis_url}: {exc}") from exc
    except RedisError as exc:
        raise click.ClickException(f"Redis at {redis_url} refused: {exc}") from exc


def _project(settings: tuple[str, ...], extra: dict[str, Any] | None = None) -> Any:
    project = project_settings()
    given = name_value_pairs(settings, "-s")
    check_setting_values(given, project)
    project.setdict({**(extra or {}), **given}, priority="cmdline")
    return project


def _site_names(sites: tuple[str, ...], loader: Any) -> list[str]:
    """The sites named (default: every site profile). The generic spiders are refused: they
    keep the articles they know and the pages they asked for in their own process, so workers
    sharing a queue cannot run them."""
    from crawler.spiders.generic import GenericSpider
    from parsers.sites import all_profiles

    available = loader.list()
    unknown = sorted(set(sites) - set(available))
    if unknown:
        raise click.UsageError(
            f"no spider for {', '.join(unknown)} (sites: {', '.join(available)})"
        )
    for name in sites:
        if issubclass(loader.load(name), GenericSpider):
            raise click.UsageError(
                f"{name}: a generic spider runs with tinbao crawl only; the distributed crawl "
                "runs the sites' own spiders"
            )
    return list(dict.fromkeys(sites)) or sorted(all_profiles())


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("sites", nargs=-1)
@redis_option
@database_option("Database whose articles count as known and whose recent ones are refreshed")
@click.option("--from", "first", type=click.DateTime(["%Y-%m-%d"]), help="Backfill from this day.")
@click.option("--to", "last", type=click.DateTime(["%Y-%m-%d"]), help="Backfill up to this day.")
@arguments_option
@settings_option
def enqueue(
    sites: tuple[str, ...],
    redis_url: str,
    db_path: str,
    first: Any,
    last: Any,
    arguments: tuple[str, ...],
    settings: tuple[str, ...],
) -> None:
    """Seed the shared queue with the sites' start requests (default: all sites).

    The same start as `tinbao crawl`: feeds, sitemaps and listings, or with --from/--to the
    archive days of a backfill, plus the stored articles due for a refresh. Spider arguments
    (-a, --from, --to) are kept in Redis for the workers. A site whose run is still in progress
    keeps its queue; requests it already scheduled are not queued twice.

    \b
    Example:
      tinbao enqueue --redis redis://queue:6379/0 --db news.db baothaibinh \\
          --from 2015-01-01 --to 2024-12-31
    """
    from scrapy.spiderloader import SpiderLoader

    from crawler.distributed.enqueue import enqueue_site

    _connect(redis_url, writing=True)
    project = _project(settings, {"TINBAO_DB": db_path})
    check_database(db_path)
    loader = SpiderLoader.from_settings(project.frozencopy())
    spider_args = name_value_pairs(arguments, "-a")
    if first:
        spider_args["from"] = first.date().isoformat()
    if last:
        spider_args["to"] = last.date().isoformat()
    for name in _site_names(sites, loader):
        try:
            with _redis_refusals(redis_url):
                seeded = enqueue_site(redis_url, loader.load(name), project, spider_args)
        except ValueError as exc:  # a spider argument it refuses, as `tinbao crawl` does
            raise click.UsageError(f"{name}: {exc}") from exc
        state = "run in progress, resumed" if seeded.resumed else "new run"
        click.echo(
            f"{name}: {seeded.queued} start requests queued, {seeded.skipped} already "
            f"scheduled, {seeded.known} known articles shared ({state})"
        )


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("sites", nargs=-1)
@redis_option
@click.option("--wait", is_flag=True, help="When the queues run dry, wait for more (a service).")
@arguments_option
@settings_option
@click.option("-q", "--quiet", is_flag=True, help="Only errors and the summary.")
def worker(
    sites: tuple[str, ...],
    redis_url: str,
    wait: bool,
    arguments: tuple[str, ...],
    settings: tuple[str, ...],
    quiet: bool,
) -> None:
    """Fetch and parse the sites' queued requests (default: all sites); items go to Redis.

    Run any number of workers on any number of machines. Each takes requests from the shared
    queue, obeys robots.txt and the per-host rate shared through Redis (TINBAO_HOST_RATE), and
    sends records with their HTML to the writer (`tinbao ingest`); it never opens the database.
    It stops when its sites' queues are empty and no worker has a request in flight (with
    --wait, never). Ctrl-C or SIGTERM: it gives up the requests in flight and puts them back in
    the queue with the rest.

    \b
    Example:
      tinbao worker --redis redis://queue:6379/0
    """
    from scrapy.crawler import CrawlerProcess

    from crawler.distributed.worker import worker_settings, worker_spider
    from crawler.extensions import format_summary, run_summary

    _connect(redis_url, writing=True)
    interactive = sys.stderr.isatty() and not quiet
    extra = {
        **worker_settings(redis_url),
        "TINBAO_WORKER_WAIT": wait,
        "LOG_LEVEL": "WARNING" if interactive else "ERROR",
        "TINBAO_PROGRESS": interactive,
    }
    process = CrawlerProcess(_project(settings, extra))
    crawlers = {}
    for name in _site_names(sites, process.spider_loader):
        crawlers[name] = process.create_crawler(worker_spider(process.spider_loader.load(name)))
        process.crawl(crawlers[name], **name_value_pairs(arguments, "-a"))
    process.start()
    stats = {name: crawler.stats.get_stats() for name, crawler in crawlers.items()}
    for name, site_stats in stats.items():
        if "start_time" not in site_stats:
            site_stats["tinbao/site_failed"] = "the spider did not start (see the log)"
        summary = run_summary(site_stats)
        queued = int(site_stats.get("tinbao/queued_for_writer", 0))
        click.echo(f"{format_summary(name, summary)}, {queued} sent to the writer")
    code = exit_code(stats)
    # SIGTERM or Ctrl-C is how a worker is stopped; its unfinished requests are back in Redis,
    # so nothing is lost and that is a normal end (systemd counts exit 130 as a failure).
    sys.exit(ExitCode.OK if code == ExitCode.INTERRUPTED else code)


@click.command(context_settings=CONTEXT_SETTINGS)
@redis_option
@database_option("SQLite database to write")
@click.option("--batch", default=100, show_default=True, help="Records per transaction.")
@click.option("--follow", is_flag=True, help="Keep waiting for items (a service).")
def ingest(redis_url: str, db_path: str, batch: int, follow: bool) -> None:
    """Store the workers' items in SQLite: the one writer of a distributed crawl.

    Items are stored in batches through the same code as a local crawl (view counts,
    revisions, search index, a crawls row per site) and removed from Redis only once their
    transaction has committed, so a killed writer loses nothing and, restarted, stores nothing
    twice. Without --follow it stops when no item is waiting and no worker has work left.
    The health of each site's extraction is judged here, as at the end of a local crawl
    (exit 5 on an alarm). Only one writer runs at a time (exit 3 otherwise).

    \b
    Example:
      tinbao ingest --redis redis://queue:6379/0 --db /var/lib/tinbao/news.db --follow
    """
    from crawler.distributed.writer import Health, Writer, WriterLocked
    from crawler.extensions import format_summary, run_summary

    client = _connect(redis_url, writing=True)
    check_database(db_path)
    project = _project(())
    health = Health(
        project.getint("TINBAO_HEALTH_MIN_ITEMS"),
        project.getfloat("TINBAO_HEALTH_MAX_DROP_RATE"),
        project.getint("TINBAO_HEALTH_HISTORY_RUNS"),
        project.getfloat("TINBAO_HEALTH_HISTORY_RATIO"),
    )
    writer = Writer(client, db_path, batch, health)
    try:
        writer.lock()
    except WriterLocked as exc:
        click.echo(f"tinbao ingest: {exc}", err=True)
        sys.exit(ExitCode.LOCKED)
    writer.stop_on_signals()
    stored = 0

    def progress(count: int) -> None:
        nonlocal stored
        stored += count
        if sys.stderr.isatty():
            click.echo(f"\r{stored} items taken from the queue", err=True, nl=False)

    with _redis_refusals(redis_url):  # a Redis gone under a writer that follows it, too
        try:
            writer.run(follow=follow, on_batch=progress)
        finally:
            stats = writer.finish()
            writer.unlock()
    if sys.stderr.isatty() and stored:
        click.echo("", err=True)
    for site, site_stats in sorted(stats.items()):
        click.echo(format_summary(site, run_summary(site_stats)))
    sys.exit(exit_code(stats))


@click.command(context_settings=CONTEXT_SETTINGS)
@redis_option
def status(redis_url: str) -> None:
    """Show the distributed crawl: queues and in-flight requests per site, items waiting for
    the writer, live workers (heartbeats) and the request rate per host.

    \b
    Example:
      tinbao status --redis redis://queue:6379/0
    """
    from crawler.distributed.status import format_status, read_status

    with _redis_refusals(redis_url):
        click.echo(format_status(read_status(_connect(redis_url)), redis_url))


COMMANDS: list[click.Command] = [enqueue, worker, ingest, status]
