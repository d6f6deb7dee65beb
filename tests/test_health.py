"""Extraction health: a site whose layout changed raises an alarm, a row and exit code 5."""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlite_utils

from crawler.exitcodes import ExitCode
from crawler.extensions import clearly_below, health_alarms
from tests.test_incremental import mirror_copy, tinbao_crawl

# A redesign that renders the date and view count with JavaScript: the renamed, now empty
# elements defeat the profile's selectors and leave the generic fallbacks nothing to read.
OLD_META = re.compile(r'<div class="meta">.*?</div>')
NEW_META = (
    '<div class="post-info"><span class="js-time"></span> <span class="js-views"></span></div>'
)


def test_changed_layout_raises_the_alarm(tmp_path: Path) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    assert tinbao_crawl(mirror_copy(tmp_path / "good"), db).returncode == 0
    for page in root.glob("tin-tuc/*/*/*/page.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(OLD_META.sub(NEW_META, html), encoding="utf-8")
    run = tinbao_crawl(root, db, "-a", "full=1")
    assert run.returncode == ExitCode.HEALTH_ALARM, run.stderr
    assert "ERROR: baothaibinh: extraction health alarm: published_at" in run.stderr
    assert "baothaibinh: HEALTH ALARM (2)" in run.stdout
    database = sqlite_utils.Database(db)
    alarms = list(database.query("select site, field, share, threshold from health_alarms"))
    assert {(a["site"], a["field"]) for a in alarms} == {
        ("baothaibinh", "published_at"),
        ("baothaibinh", "views"),
    }
    assert alarms[0]["share"] < 0.2
    last = database.execute("select alarms, stats from crawls order by id desc").fetchone()
    assert last[0] == 2
    stats = json.loads(last[1])
    assert stats["tinbao/health/alarms"] == 2 and stats["tinbao/health/share/published_at"] < 0.2


def test_good_runs_raise_nothing(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run = tinbao_crawl(mirror_copy(tmp_path), db)
    assert run.returncode == ExitCode.OK, run.stderr
    assert sqlite_utils.Database(db)["health_alarms"].count == 0


def test_floor_and_history_rules() -> None:
    floors = {"views": 0.9}
    assert not health_alarms("s", {"views": 8 / 9}, 9, floors, [], 0.5)  # one short: chance
    (alarm,) = health_alarms("s", {"views": 0.0}, 15, floors, [], 0.5)
    assert alarm["field"] == "views" and "floor of 90%" in alarm["reason"]
    history = [{"byline": 0.8}] * 5
    (alarm,) = health_alarms("s", {"byline": 0.1}, 40, {}, history, 0.5)
    assert "mean 80% over the last 5 runs" in alarm["reason"]
    assert not health_alarms("s", {"byline": 0.7}, 40, {}, history, 0.5)
    assert clearly_below(0.0, 15, 0.9) and not clearly_below(0.85, 20, 0.9)
