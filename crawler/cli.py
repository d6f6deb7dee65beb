"""The `tinbao` command: extract one page, run the offline demo, crawl, query the database.

Each command parses its options, calls one function in `parsers/` or `pipelines/`, and formats
the result. JSON goes to stdout; logs and progress go to stderr.
"""

from __future__ import annotations

import json
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

import click
from bs4 import UnicodeDammit

from crawler.cli_crawl import COMMANDS as CRAWL_COMMANDS
from crawler.cli_db import COMMANDS as DB_COMMANDS
from crawler.exitcodes import ExitCode

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


class UnreadableInput(click.ClickException):
    """Input that is not a readable HTML page: one line, exit code 2."""

    exit_code = ExitCode.USAGE


@click.group(context_settings=CONTEXT_SETTINGS)
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
    """


def decode_html(data: bytes) -> str:
    """Bytes of a saved page → text, honouring its declared charset (UTF-8 on every VN site)."""
    if not data.strip():
        raise UnreadableInput("empty input, not an HTML page")
    if b"\x00" in data[:4096]:
        raise UnreadableInput("binary data, not an HTML page")
    dammit = UnicodeDammit(data, ["utf-8"], is_html=True)
    if dammit.unicode_markup is None:
        raise UnreadableInput("cannot decode the input as text")
    if "<" not in dammit.unicode_markup:
        raise UnreadableInput("no HTML markup in the input")
    return dammit.unicode_markup


@cli.command()
@click.option("--url", required=True, help="The page's URL: picks the site profile by host.")
@click.option(
    "--fetched-at",
    type=click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"]),
    help="When the page was fetched (anchors relative dates); default now.",
)
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
def extract(url: str, fetched_at: datetime | None, file: str) -> None:
    """Parse one saved article page and print its normalized record as JSON.

    FILE is an HTML file, or - for standard input. The JSON object has exactly the keys
    url, site, headline, summary, published_at, published_raw, modified_at, views,
    views_raw, byline, authors, body, category, tags, images.

    \b
    Example:
      tinbao extract --url https://baothaibinh.com.vn/tin-tuc/12/102296/x page.html
      curl -s URL | tinbao extract --url URL -
    """
    from parsers.page import UnreadablePage
    from parsers.vietnamese.dates import LOCAL_TZ
    from pipelines.normalize import extract_record

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        raise UnreadableInput(f"cannot read {file}: {exc.strerror}") from exc
    when = fetched_at or datetime.now(LOCAL_TZ)
    if when.tzinfo is None:
        when = when.replace(tzinfo=LOCAL_TZ)
    try:
        record = extract_record(decode_html(data), url, when)
    except UnreadablePage as exc:
        raise UnreadableInput(f"{file} is not an HTML page: {exc}") from exc
    click.echo(json.dumps(record, ensure_ascii=False))


@cli.command()
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
    from crawler.mirror import FIXTURE_SITES, serving
    from crawler.runner import run_spiders
    from pipelines import db as store

    root = FIXTURE_SITES / site
    if not root.is_dir():
        raise click.ClickException(f"no offline mirror for site {site!r} in {FIXTURE_SITES}")
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


for _command in (*CRAWL_COMMANDS, *DB_COMMANDS):
    cli.add_command(_command)

if __name__ == "__main__":
    cli()
