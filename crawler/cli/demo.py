"""`tinbao demo` crawls a built-in offline mirror into SQLite and summarises what was stored;
`tinbao mirror` serves one for crawling by hand."""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import click

from crawler.cli.options import CONTEXT_SETTINGS, check_database
from crawler.exitcodes import ExitCode

if TYPE_CHECKING:
    from crawler.mirror import Mirror

SOURCE = "https://github.com/tinbao/tinbao"


def mirror_root(site: str) -> Path:
    """The folder of a site's offline mirror, or a one-line error saying how to get one.

    The mirrors are test fixtures of the source checkout (`tests/fixtures/sites/`), which a
    wheel (`pip install .`) does not carry.
    """
    from crawler.mirror import FIXTURE_SITES
    from parsers.sites import all_profiles

    if site not in all_profiles():
        raise click.UsageError(f"no site {site!r} (sites: {', '.join(sorted(all_profiles()))})")
    if not FIXTURE_SITES.is_dir():
        raise click.ClickException(
            "the offline mirrors come with the source checkout, not with this install: "
            f"git clone {SOURCE} && cd tinbao && pip install -e . && tinbao demo"
        )
    return FIXTURE_SITES / site


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--db",
    "db_path",
    default="tinbao-demo.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite database to write.",
)
@click.option("--site", default="baothaibinh", show_default=True, help="Which offline mirror.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
def demo(db_path: str, site: str, verbose: bool) -> None:
    """Crawl the built-in offline sample site into SQLite and summarise the result.

    Serves the site's fixture mirror on 127.0.0.1, runs the real spider and pipelines
    against it, then prints what was stored and how to query it. No internet needed.

    \b
    Example:
      tinbao demo
      tinbao demo --site baocantho --db /tmp/cantho.db
    """
    from crawler.lock import CrawlLock, Locked
    from crawler.mirror import serving
    from crawler.runner import run_spiders
    from pipelines import db as store

    root = mirror_root(site)
    check_database(db_path)
    try:  # a crawl into the file, so one at a time with `tinbao crawl` and cron's runs
        lock = CrawlLock(Path(db_path)).acquire()
    except Locked as exc:
        click.echo(f"tinbao demo: {exc}", err=True)
        sys.exit(ExitCode.LOCKED)
    except OSError as exc:
        raise click.ClickException(f"cannot lock {exc.filename}: {exc.strerror}") from None
    try:
        with serving(root) as mirror:
            click.echo(f"Serving the {site} mirror at {mirror.base_url}; crawling…", err=True)
            stats = run_spiders(
                [site],
                settings={
                    "TINBAO_DB": db_path,
                    "DOWNLOAD_DELAY": 0,
                    "AUTOTHROTTLE_ENABLED": False,
                    "LOG_LEVEL": "INFO" if verbose else "WARNING",
                },
                spider_args={"base_url": mirror.base_url},
            )[site]
    finally:
        lock.release()
    with closing(store.open_db(db_path)) as database:
        (row,) = [r for r in store.site_stats(database) if r["site"] == site] or [None]
        most_viewed = store.most_viewed(database, site=site, limit=3)
    if row is None:
        raise click.ClickException(f"nothing was stored for {site}; rerun with -v to see why")
    click.echo(f"\nStored {row['articles']} articles from {site} in {db_path}")
    click.echo(
        f"  pages fetched: {stats.get('response_received_count', 0)}, "
        f"dropped: {stats.get('tinbao/dropped', 0)} (no headline or body)"
    )
    click.echo(f"  published: {row['first_published']} … {row['last_published']}")
    click.echo("  most viewed:")
    for article in most_viewed:
        click.echo(f"    {article['views']:>7,} {article['headline']}")
    click.echo(
        "\nQuery it:\n"
        f"  tinbao search 'dai hoi' --db {db_path}\n"
        f'  sqlite-utils {db_path} "select headline, published_at, views from articles '
        'order by views desc limit 5" --table\n'
        f"  tinbao serve --db {db_path}   (Datasette: pip install -e '.[serve]')"
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("site")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0: any free."
)
def mirror(site: str, port: int) -> None:
    """Serve a site's offline mirror on 127.0.0.1 until Ctrl-C, to crawl it by hand.

    The mirror's pages keep the live site's links; crawl it with the site's spider and
    `-a base_url=` (it maps them onto the mirror, and records keep the live URLs).

    \b
    Example:
      tinbao mirror baothaibinh --port 8000
      scrapy crawl baothaibinh -a base_url=http://127.0.0.1:8000   # in another shell
    """
    from crawler.mirror import Mirror

    root = mirror_root(site)
    try:
        server = Mirror(root, port)
    except OSError as exc:
        raise click.ClickException(f"cannot serve on 127.0.0.1:{port}: {exc.strerror}") from None
    click.echo(
        f"Serving the {site} mirror at {server.base_url}; crawl it with: "
        f"scrapy crawl {site} -a base_url={server.base_url}   (Ctrl-C stops)",
        err=True,
    )
    serve_until_stopped(server)


def serve_until_stopped(server: Mirror) -> None:
    """Serve in a worker thread until SIGINT or SIGTERM.

    The signals only set a flag that the main thread polls: a stop never interrupts the server
    midway through its own code, and SIGTERM (systemd, `kill`) ends the mirror as cleanly as Ctrl-C.
    """
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    server.start()
    try:
        while not stop.wait(0.2):
            pass
    finally:
        server.stop()


COMMANDS: list[click.Command] = [demo, mirror]
