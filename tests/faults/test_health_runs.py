"""Extraction health across runs: view counts gone from every page after a good run (a layout
change), said under `--quiet` too; a few pages without a count; a run too small to judge; the
layout put back; health settings given wrong.

docs/scheduling.md: an alarm is an ERROR line naming the site and field, a `health_alarms` row
and exit 5, the run `finished` with its records stored; a share is judged against the mean of
the site's last finished runs, beyond sampling chance, and only on runs of at least
`TINBAO_HEALTH_MIN_ITEMS` articles.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving

VIEWS = re.compile(rb'(<div class="meta">.*?) ?<span class="views">[^<]*</span>')
NO_VIEWS = {"views": None, "views_raw": None}


def without_count(body: bytes) -> bytes:
    """The page with the view count of its own meta line taken out (the sidebar's stay)."""
    return VIEWS.sub(rb"\1", body, count=1)


def counts_gone(paths) -> dict[str, Fault]:
    return {path: Fault(edit=without_count) for path in paths}


def alarms(db: Path) -> list[tuple[int, str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT crawl_id, site, field FROM health_alarms ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def crawl_rows(db: Path) -> list[tuple[int, str, int]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, status, alarms FROM crawls ORDER BY id").fetchall()
    finally:
        conn.close()


def good_then(tmp_path: Path, faults: dict[str, Fault], *options: str):
    """A clean first run, then a full run with `faults` served; the second run's result."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        first = crawl(site, db)
        assert first.returncode == 0, first.output
        site.faults.update(faults)
        second = crawl(site, db, "-a", "full=1", *options)
    assert integrity(db) == "ok"
    return site, second, db


def test_view_counts_gone_from_every_page_raise_an_alarm(tmp_path: Path) -> None:
    site, run, db = good_then(tmp_path, counts_gone(ARTICLES))
    assert run.returncode == 5, run.output
    assert alarms(db) == [(2, "baothaibinh", "views")]
    assert crawl_rows(db) == [(1, "finished", 0), (2, "finished", 1)]
    expect_rows(db, ARTICLES, {path: NO_VIEWS for path in ARTICLES})
    errors = [line for line in run.stderr.splitlines() if "ERROR" in line]
    assert any("baothaibinh" in line and "views" in line for line in errors), run.stderr


def test_an_alarm_is_said_under_quiet(tmp_path: Path) -> None:
    site, run, db = good_then(tmp_path, counts_gone(ARTICLES), "--quiet")
    assert run.returncode == 5, run.output
    assert any("views" in line for line in run.stderr.splitlines() if "ERROR" in line)
    assert "baothaibinh" in run.stdout


def test_two_more_pages_without_a_count_are_no_alarm(tmp_path: Path) -> None:
    two = sorted(ARTICLES)[:2]
    site, run, db = good_then(tmp_path, counts_gone(two))
    assert run.returncode == 0, run.output
    assert alarms(db) == []
    expect_rows(db, ARTICLES, {path: NO_VIEWS for path in two})


def test_four_articles_without_counts_say_nothing_about_the_layout(tmp_path: Path) -> None:
    site, run, db = good_then(tmp_path, counts_gone(ARTICLES), "-a", "limit=4")
    assert run.returncode == 0, run.output
    assert alarms(db) == []
    assert crawl_rows(db)[-1] == (2, "finished", 0)


def test_the_layout_put_back_raises_no_alarm_and_restores_the_counts(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        assert crawl(site, db).returncode == 0
        site.faults.update(counts_gone(ARTICLES))
        assert crawl(site, db, "-a", "full=1").returncode == 5
        site.faults.clear()
        run = crawl(site, db, "-a", "full=1")
    assert run.returncode == 0, run.output
    assert alarms(db) == [(2, "baothaibinh", "views")]
    expect_rows(db, ARTICLES)


@pytest.mark.parametrize(
    "setting", ["TINBAO_HEALTH_HISTORY_RATIO=half", "TINBAO_HEALTH_MIN_ITEMS=five"]
)
def test_a_health_setting_given_wrong_is_refused_before_fetching(
    tmp_path: Path, setting: str
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db, settings=(setting,))
    assert run.returncode == 2, run.output
    assert site.hits == []
    name = setting.split("=")[0]
    assert any(line.startswith("Error:") and name in line for line in run.stderr.splitlines())
    assert "Traceback" not in run.output
