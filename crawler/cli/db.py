"""`tinbao` commands that read or maintain the articles: search, export, serve, reparse.

`crawler.cli` adds every command in `COMMANDS` to the `tinbao` group. Each command opens the
database through `pipelines.db` (which refuses a bad file in one line) and only formats output;
the database layer is imported inside the commands, so other commands never load it.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from crawler.cli.options import (
    CONTEXT_SETTINGS,
    GivenPath,
    check_period,
    db_option,
    opened,
    since_option,
    site_option,
    until_option,
)
from crawler.exitcodes import ExitCode
from parsers.record import LIST_KEYS


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("query")
@site_option
@since_option
@until_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit, nothing else.")
@db_option
def search(
    query: str,
    site: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    as_json: bool,
    db_path: str,
) -> None:
    """Full-text search of headlines, summaries and bodies, best match first.

    Diacritics are optional (`dai hoi` finds `Đại hội`; `hoà` and `hòa` match each
    other), but hits spelled exactly like QUERY rank higher. Every word is required;
    quotes, `*`, `-`, AND/OR/NEAR and parentheses are searched as plain words.

    \b
    Example:
      tinbao search "dai hoi dang bo"
      tinbao search "lũ lụt" --site baothaibinh --since 2024-09-01 --limit 5
      tinbao search "Thái Bình" --json | jq .url
    """
    from pipelines import db as store

    check_period(since, until)
    bold = not as_json and sys.stdout.isatty()
    marks = ("\x1b[1m", "\x1b[0m") if bold else ("[", "]")
    with opened(db_path, only_reads=True) as db:
        hits = store.search(
            db, query, site=site, since=since, until=until, limit=limit, marks=marks
        )
        unindexed = store.unindexed_count(db)
    if unindexed:
        articles = "article" if unindexed == 1 else "articles"
        click.echo(
            f"the search index lacks {unindexed} {articles} written by another program: "
            "not searched",
            err=True,
        )
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit, ensure_ascii=False))
        return
    if not hits:
        click.echo(f"No articles match {query!r}.", err=True)
        return
    for number, hit in enumerate(hits, 1):
        views = "" if hit["views"] is None else f" · {hit['views']:,} views"
        when = (hit["published_at"] or "undated")[:16].replace("T", " ")
        click.echo(f"{number}. {hit['headline']}")
        click.echo(f"   {hit['site']} · {when}{views}")
        if hit["snippet"]:
            click.echo(f"   {hit['snippet']}")
        click.echo(f"   {hit['url']}")


FORMATS = ("jsonl", "csv")
# File extensions naming a format: `.ndjson` is the other common name of JSON Lines.
EXTENSIONS = {"jsonl": "jsonl", "ndjson": "jsonl", "csv": "csv"}
STREAM_CACHE_KIB = 4 * 1024  # page cache (and in-memory sort) of an export's connection


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="JSON Lines (lists as arrays) or CSV (lists as JSON text); default: from the -o "
    "file's extension (.csv, .jsonl, .ndjson); jsonl on standard output.",
)
@site_option
@since_option
@until_option
@click.option(
    "-o", "--output", default="-", type=GivenPath(dir_okay=False, allow_dash=True), help="File."
)
@click.option("--bom", is_flag=True, help="Start the CSV with a UTF-8 BOM so Excel reads it.")
@db_option
def export(
    fmt: str | None,
    site: str | None,
    since: str | None,
    until: str | None,
    output: str,
    bom: bool,
    db_path: str,
) -> None:
    """Stream stored articles as UTF-8 JSON Lines or CSV (standard output by default).

    Rows are written as they are read, so memory stays flat on any database size.

    \b
    Example:
      tinbao export --format jsonl --site baothaibinh -o baothaibinh.jsonl
      tinbao export --format csv --bom --since 2024-01-01 -o articles.csv
    """
    from pipelines import db as store

    check_period(since, until)
    fmt = fmt or _format_of(output)
    _check_not_the_database(output, db_path)
    with opened(db_path, only_reads=True) as db, _text_output(output) as out:
        # The stream reads each page once, so a large page cache only holds memory; and SQLite
        # sorts whole rows (bodies too) in memory up to the cache's size before spilling to a
        # temporary file: a small cache keeps the export's memory flat on any database size.
        db.conn.execute(f"PRAGMA cache_size = -{STREAM_CACHE_KIB}")
        rows = store.export_rows(db, site=site, since=since, until=until)
        count = _write_csv(out, rows, bom) if fmt == "csv" else _write_jsonl(out, rows)
    if output != "-":
        click.echo(f"Exported {count} articles to {output}", err=True)


def _format_of(output: str) -> str:
    """The format an output file's extension names; a file named otherwise must say which."""
    if output == "-":
        return "jsonl"
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    raise click.UsageError(f"cannot tell the format of {output}: add --format jsonl or csv")


def _check_not_the_database(output: str, db_path: str) -> None:
    """Refuse an output that is the database being read, or one of its side files, under any
    name (a symlink, a hard link): opening it for writing would empty the database."""
    if output == "-" or not Path(output).exists():
        return
    database = Path(db_path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        own = database.with_name(database.name + suffix)
        if own.exists() and os.path.samefile(output, own):
            what = "the database" if not suffix else f"the database's {suffix} file"
            raise click.ClickException(f"{output} is {what} {own}: export to another file")


@contextmanager
def _text_output(output: str) -> Iterator[IO[str]]:
    """UTF-8 text to a file or to stdout, whatever the locale says."""
    if output != "-":
        try:
            with open(output, "w", encoding="utf-8", newline="") as f:
                yield f
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror}") from exc
        return
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()


def _write_jsonl(out: IO[str], rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    for row in rows:
        for key in LIST_KEYS:
            if row[key] is not None:
                row[key] = _json_list(row, key)
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _json_list(row: dict[str, Any], key: str) -> Any:
    """A list column decoded; a value another program wrote that is no JSON list is exported
    as the text it is (nothing lost), said on stderr with the row's URL."""
    try:
        value = json.loads(row[key])
    except (TypeError, ValueError):
        value = None
    if isinstance(value, list):
        return value
    click.echo(f"{row['url']}: {key} is not a JSON list, exported as stored", err=True)
    return row[key]


def _write_csv(out: IO[str], rows: Iterator[dict[str, Any]], bom: bool) -> int:
    from pipelines import db as store

    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=store.ARTICLE_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@db_option
def serve(host: str, port: int, db_path: str) -> None:
    """Browse and query the database in Datasette, with tinbao's metadata.

    Adds column descriptions, facets by site and category, diacritic-free search and
    canned queries (search_folded, most_viewed_7_days, articles_per_site_per_day,
    view_growth).

    \b
    Example:
      tinbao serve
      tinbao serve --db /data/news.db --port 8080
    """
    from crawler.datasette import build_metadata, datasette_command, datasette_env, served_path

    if importlib.util.find_spec("datasette") is None:
        raise click.ClickException("Datasette is not installed: pip install -e '.[serve]'")
    with opened(db_path):
        pass  # refuse a bad file in one line, and upgrade an old one, before Datasette opens it
    _check_can_listen(host, port)
    with tempfile.TemporaryDirectory(prefix="tinbao-") as tmp:
        served = served_path(db_path, Path(tmp))
        metadata = Path(tmp) / "metadata.json"
        metadata.write_text(json.dumps(build_metadata(served.stem)), encoding="utf-8")
        command = datasette_command(served, metadata, host, port)
        code = run_until_stopped(command, datasette_env())
    if code:
        raise click.ClickException(f"datasette exited with status {code}")


def _check_can_listen(host: str, port: int) -> None:
    """Refuse in one line an address Datasette could not listen on (a port taken, an address
    not on this machine): its server would log a startup, the error and a shutdown, then exit."""
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        for family, kind, proto, _, address in addresses:
            with socket.socket(family, kind, proto) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
                probe.bind(address)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise click.ClickException(f"cannot listen on {host}:{port}: {reason}") from None


def run_until_stopped(command: list[str], env: dict[str, str]) -> int:
    """Run a server in a child process, passing it SIGTERM and SIGINT, until it exits.

    `kill <pid>` (or Ctrl-C) then stops the server too, and the caller's clean-up (its
    temporary directory) runs; a server stopped that way exits with 0.
    """
    child = subprocess.Popen(command, env=env)
    stopped = False

    def forward(signum: int, frame: object) -> None:
        nonlocal stopped
        stopped = True
        child.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        code = child.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return ExitCode.OK if stopped else code


@click.command(context_settings=CONTEXT_SETTINGS)
@site_option
@db_option
def reparse(site: str | None, db_path: str) -> None:
    """Re-run the current parsers over stored HTML and update the records, without fetching.

    Use it after a parser fix: changed headlines, summaries, bodies or bylines are kept
    as revisions (source `reparse`). A page that now parses without a headline or body
    leaves its stored record as it is, as a crawl would.

    \b
    Example:
      tinbao reparse
      tinbao reparse --site baothaibinh --db /data/news.db
    """
    from pipelines import db as store
    from pipelines.normalize import record_from_html
    from pipelines.validate import missing_required

    totals = store.UpsertCounts()
    pages = failed = 0
    batch: list[dict[str, Any]] = []
    damaged: list[str] = []

    def unreadable(url: str, reason: str) -> None:
        damaged.append(url)
        click.echo(f"cannot reparse {url}: {reason}", err=True)

    with opened(db_path) as db:
        for url, fetched_at, html in store.iter_pages(db, site=site, on_unreadable=unreadable):
            pages += 1
            try:
                record = record_from_html(html, url, fetched_at)
            except Exception as exc:  # one unparseable page must not stop the others
                failed += 1
                click.echo(f"cannot parse {url}: {exc}", err=True)
                continue
            missing = missing_required(record)
            if missing:  # as a crawl would drop it: the stored row is kept, not emptied
                failed += 1
                click.echo(f"not updating {url}: no {' or '.join(missing)}", err=True)
                continue
            batch.append(record)
            if len(batch) >= 200:
                totals += store.upsert_articles(db, batch, observed_at=None, reparse=True)
                batch = []
        totals += store.upsert_articles(db, batch, observed_at=None, reparse=True)
        store.merge_search_indexes(db)
    click.echo(
        f"Reparsed {pages + len(damaged)} pages: {totals.updated} changed, "
        f"{totals.revisions} revisions, {totals.unchanged} unchanged, {totals.new} new, "
        f"{failed + len(damaged)} failed"
    )
    if damaged:  # the file is damaged: a scheduled reparse must not end as a success
        raise click.ClickException(
            f"{len(damaged)} stored pages could not be read back (their rows are left as they "
            f"are); check the file with: sqlite3 {db_path} 'PRAGMA integrity_check'"
        )


COMMANDS: list[click.Command] = [search, export, serve, reparse]
