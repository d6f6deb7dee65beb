"""`tinbao` reports on sites and runs: `stats` (coverage per site), `history` (the runs),
`sites` (every site tinbao knows).

Each prints a table for people, or with `--json` one JSON object per row on stdout alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from crawler.cli import one_line
from crawler.cli.options import CONTEXT_SETTINGS, db_option, opened, site_option

NONE = "—"  # a value that does not apply (a site that never shows views), or no value yet


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Columns padded to their widest cell, two spaces apart."""
    table = [tuple(header), *(tuple(row) for row in rows)]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for row in table:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def when(iso: str) -> str:
    """A stored instant to the minute, as people write it: `2024-07-02 19:45`."""
    return iso[:16].replace("T", " ")


def share(value: float | None) -> str:
    return NONE if value is None else f"{value:.0%}"


def crawl_cell(row: dict[str, Any]) -> str:
    """A site's latest run and how it ended, with the last finished one when it did not."""
    if row["last_crawl_id"] is None:
        return "never"
    cell = f"#{row['last_crawl_id']} {when(row['last_crawl_at'])} {row['last_crawl_status']}"
    if row["last_crawl_status"] != "finished":
        last = row["last_finished_at"]
        cell += f" (last finished: {when(last) if last else 'never'})"
    return cell


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per site.")
@db_option
def stats(as_json: bool, db_path: str) -> None:
    """Per site: articles, publish-date range, share of records with a date, views and
    byline, and its latest crawl with its status, whatever the outcome.

    Views show `—` for sites that never print a view count. A site whose latest run did not
    finish also shows when its last finished run started.

    \b
    Example:
      tinbao stats
      tinbao stats --db /data/news.db --json
    """
    from parsers.sites import all_profiles
    from pipelines import db as store

    with opened(db_path, only_reads=True) as db:
        rows = store.site_stats(db)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo(f"{db_path} holds no articles and no crawls yet.", err=True)
        return
    profiles = all_profiles()
    table = []
    for row in rows:
        profile = profiles.get(row["site"])
        first, last = (row["first_published"] or "?")[:10], (row["last_published"] or "?")[:10]
        table.append(
            (
                row["site"],
                f"{row['articles']:,}",
                f"{first} … {last}" if row["articles"] else NONE,
                share(row["with_date"]),
                NONE if profile and not profile.shows_views else share(row["with_views"]),
                share(row["with_byline"]),
                crawl_cell(row),
            )
        )
    print_table(("site", "articles", "published", "date", "views", "byline", "last crawl"), table)


def duration(seconds: int | None) -> str:
    if seconds is None:
        return NONE
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


def run_line(run: dict[str, Any]) -> str:
    """One run in one line: counts (or that it wrote none), then the drop reasons, alarms and
    failure when any; a failure naming a path that holds a line break keeps to the line
    (`one_line`)."""
    if run["pages"] is None:  # still running, or killed before writing them
        parts = ["figures not written yet" if run["status"] == "running" else "figures not written"]
    else:
        dropped = f"{run['dropped']} dropped"
        if run["dropped_reasons"]:
            reasons = ", ".join(
                f"{k.replace('_', ' ')}: {v}" for k, v in run["dropped_reasons"].items()
            )
            dropped += f" ({reasons})"
        parts = [
            f"{run['pages']} pages",
            f"{run['new']} new",
            f"{run['refreshed']} refreshed",
            dropped,
            f"{run['errors']} errors",
            f"{len(run['health_alarms'])} alarms",
        ]
    line = (
        f"#{run['id']} {run['site']} {when(run['started_at'])} "
        f"{duration(run['seconds'])} {run['status']}: " + ", ".join(parts)
    )
    if run["failure"]:
        line += f"; failed: {run['failure']}"
    for alarm in run["health_alarms"]:
        line += f"; alarm: {alarm['field']} {alarm['reason']}"
    return one_line(line)


@click.command(context_settings=CONTEXT_SETTINGS)
@site_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per run.")
@db_option
def history(site: str | None, limit: int, as_json: bool, db_path: str) -> None:
    """The crawl runs, newest first: start, duration, status, pages fetched, new and refreshed
    articles, pages dropped with their reasons, errors and extraction health alarms.

    Status is how the run ended, as stored in `crawls.status` (`running` while it runs).

    \b
    Example:
      tinbao history
      tinbao history --site baothaibinh --limit 5
      tinbao history --json | jq 'select(.status != "finished")'
    """
    from pipelines import db as store

    with opened(db_path, only_reads=True) as db:
        runs = store.crawl_history(db, site=site, limit=limit)
    if as_json:
        for run in runs:
            click.echo(json.dumps(run, ensure_ascii=False))
        return
    if not runs:
        click.echo(f"{db_path} holds no crawl runs{f' of {site}' if site else ''} yet.", err=True)
        return
    for run in runs:
        click.echo(run_line(run))


def site_rows(province: str | None, stored: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per province and era of the registry (filtered by `province`), naming its paper,
    with the paper's stored articles and latest run from `stored` (site → `site_stats` row)."""
    from parsers import registry

    rows = []
    for entry in registry.find(province) if province else registry.entries():
        paper, profile = entry.paper, entry.paper.profile
        row = stored.get(paper.key)
        rows.append(
            {
                "key": paper.key,
                "era": entry.era,
                "name": paper.name,
                "province": entry.province,
                "merged_province": entry.current_province,
                "hosts": list(profile.hosts if profile else paper.hosts),
                "archive_hosts": list(paper.archive_hosts),
                "feeds": list(profile.feeds if profile else paper.feeds),
                "sitemaps": list(profile.sitemaps if profile else paper.sitemaps),
                "profile": profile is not None,
                "verified": paper.verified,
                "shows_views": profile.shows_views if profile else None,
                "articles": row["articles"] if row else 0,
                "last_crawl_id": row["last_crawl_id"] if row else None,
                "last_crawl_at": row["last_crawl_at"] if row else None,
                "last_crawl_status": row["last_crawl_status"] if row else None,
            }
        )
    return rows


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--province",
    help="Only this province, in either era, ignoring accents and case: --province 'thai binh'.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per row.")
@db_option
def sites(province: str | None, as_json: bool, db_path: str) -> None:
    """Every provincial party paper: one row per province for the 63 provinces before the
    1 July 2025 merger and the 34 since, each with its paper's key (the spider name for
    `tinbao crawl`), newspaper, province (→ the one it belongs to since 2025), hosts, whether
    tinbao has a hand-made profile for it (else it is crawled generically), whether its hosts
    are verified, whether it shows view counts, and its articles and latest run in the
    database (when the database exists).

    \b
    Example:
      tinbao sites
      tinbao sites --province "thai binh"
      tinbao sites --json | jq -r 'select(.profile | not) | .key' | sort -u
    """
    from pipelines import db as store

    stored: dict[str, dict[str, Any]] = {}
    if Path(db_path).exists():
        with opened(db_path, only_reads=True) as db:
            stored = {row["site"]: row for row in store.site_stats(db)}
    rows = site_rows(province, stored)
    if province and not rows:
        raise click.ClickException(f"no province matches {province!r}")
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    table = [
        (
            row["key"],
            row["era"],
            row["name"],
            row["province"]
            + (f" → {row['merged_province']}" if row["merged_province"] != row["province"] else ""),
            ", ".join([row["hosts"][0], *(f"{h} (archive)" for h in row["archive_hosts"])]),
            "yes" if row["profile"] else "generic",
            "yes" if row["verified"] else "no",
            NONE if row["shows_views"] is None else "yes" if row["shows_views"] else "no",
            f"{row['articles']:,}",
            f"{when(row['last_crawl_at'])} {row['last_crawl_status']}"
            if row["last_crawl_id"]
            else "never",
        )
        for row in rows
    ]
    header = ("key", "era", "newspaper", "province (→ since 2025)", "hosts", "profile")
    print_table((*header, "verified", "views", "articles", "last crawl"), table)


COMMANDS: list[click.Command] = [stats, history, sites]
