"""`tinbao stats`, `history` and `sites` on a database with a finished run, then a failed one."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from crawler.cli import report
from pipelines import db as store
from tests.test_db import T0, make_record

cli = click.Group(commands=report.COMMANDS)


def timed(db, crawl_id: int, started: str, finished: str) -> None:
    """Pin a run's times, which `start_crawl` and `finish_crawl` take from the clock."""
    db.conn.execute(
        "UPDATE crawls SET started_at = ?, finished_at = ? WHERE id = ?",
        [started, finished, crawl_id],
    )
    db.conn.commit()


@pytest.fixture
def db_path(tmp_path):
    """Báo Thái Bình: a finished run storing two articles (one page dropped, one alarm), then
    a run that failed; Báo Cần Thơ: one failed run and no article at all."""
    path = tmp_path / "news.db"
    db = store.open_db(path)
    good = store.start_crawl(db, "baothaibinh")
    store.upsert_articles(
        db, [make_record("https://x.vn/1"), make_record("https://x.vn/2")], observed_at=T0
    )
    alarm = {"site": "baothaibinh", "field": "byline", "share": 0.5, "threshold": 0.6}
    store.finish_crawl(
        db,
        good,
        "finished",
        {
            "response_received_count": 5,
            "tinbao/refresh/fetched": 1,
            "tinbao/stored/new": 2,
            "item_dropped_count": 1,
            "tinbao/dropped/missing_body": 1,
            "log_count/ERROR": 0,
            store.HEALTH_ALARMS: [{**alarm, "reason": "50% of articles, below the floor of 60%"}],
        },
    )
    timed(db, good, "2024-05-01T08:00:00+07:00", "2024-05-01T08:02:05+07:00")
    bad = store.start_crawl(db, "baothaibinh")
    store.finish_crawl(
        db, bad, "failed", {"log_count/ERROR": 12, "tinbao/site_failed": "no response received"}
    )
    timed(db, bad, "2024-05-02T08:00:00+07:00", "2024-05-02T08:00:40+07:00")
    cantho = store.start_crawl(db, "baocantho")
    store.finish_crawl(db, cantho, "failed", {"tinbao/site_failed": "no response received"})
    timed(db, cantho, "2024-05-02T09:00:00+07:00", "2024-05-02T09:00:03+07:00")
    db.close()
    return path


def run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_stats_show_the_latest_run_even_when_it_failed(db_path):
    result = run("stats", "--db", db_path)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        "baocantho    0         —                        —     —      —       "
        "#3 2024-05-02 09:00 failed (last finished: never)",
        "baothaibinh  2         2024-05-01 … 2024-05-01  100%  100%   100%    "
        "#2 2024-05-02 08:00 failed (last finished: 2024-05-01 08:00)",
    ]


def test_stats_json_lists_sites_with_only_failed_runs(db_path):
    rows = [
        json.loads(line) for line in run("stats", "--json", "--db", db_path).output.split("\n")[:-1]
    ]
    assert [(r["site"], r["articles"], r["last_crawl_status"]) for r in rows] == [
        ("baocantho", 0, "failed"),
        ("baothaibinh", 2, "failed"),
    ]


def test_history_newest_first(db_path):
    result = run("history", "--db", db_path)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "#3 baocantho 2024-05-02 09:00 3s failed: 0 pages, 0 new, 0 refreshed, 0 dropped, "
        "0 errors, 0 alarms; failed: no response received",
        "#2 baothaibinh 2024-05-02 08:00 40s failed: 0 pages, 0 new, 0 refreshed, 0 dropped, "
        "12 errors, 0 alarms; failed: no response received",
        "#1 baothaibinh 2024-05-01 08:00 2m05s finished: 5 pages, 2 new, 1 refreshed, "
        "1 dropped (missing body: 1), 0 errors, 1 alarms; "
        "alarm: byline 50% of articles, below the floor of 60%",
    ]


def test_history_of_one_site_limited_as_json(db_path):
    result = run("history", "--site", "baothaibinh", "--limit", "1", "--json", "--db", db_path)
    (line,) = result.output.splitlines()
    assert json.loads(line) == {
        "id": 2,
        "site": "baothaibinh",
        "spider": "baothaibinh",
        "started_at": "2024-05-02T08:00:00+07:00",
        "finished_at": "2024-05-02T08:00:40+07:00",
        "seconds": 40,
        "status": "failed",
        "pages": 0,
        "new": 0,
        "refreshed": 0,
        "revisions": 0,
        "dropped": 0,
        "errors": 12,
        "alarms": 0,
        "dropped_reasons": {},
        "failure": "no response received",
        "health_alarms": [],
    }


def test_history_of_a_site_never_crawled(db_path):
    result = run("history", "--site", "baohatinh", "--db", db_path)
    assert (result.exit_code, result.output) == (
        0,
        f"{db_path} holds no crawl runs of baohatinh yet.\n",
    )


def test_sites_lists_every_registry_row_with_its_articles_and_last_run(db_path):
    result = run("sites", "--db", db_path)
    lines = result.output.splitlines()
    assert len(lines) == 1 + 63 + 34
    assert lines[0].split("  ")[0] == "key"
    by_key = {tuple(line.split()[:2]): line for line in lines[1:]}
    assert by_key["baothaibinh", "before-2025"].split() == [
        *("baothaibinh", "before-2025", "Báo", "Thái", "Bình", "Thái", "Bình", "→", "Hưng"),
        *("Yên", "baothaibinh.com.vn", "yes", "yes", "yes", "2", "2024-05-02", "08:00", "failed"),
    ]
    assert by_key["baohatinh", "2025"].split() == [
        *("baohatinh", "2025", "Báo", "Hà", "Tĩnh", "Hà", "Tĩnh", "baohatinh.vn", "yes", "yes"),
        *("no", "0", "never"),
    ]
    assert by_key["baohungyen", "2025"].split() == [
        *("baohungyen", "2025", "Báo", "Hưng", "Yên", "Hưng", "Yên", "baohungyen.vn"),
        *("generic", "no", "—", "0", "never"),
    ]


def test_sites_json_without_a_database(tmp_path):
    result = run("sites", "--json", "--db", tmp_path / "absent.db")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [row for row in rows if row["key"] == "baothaibinh"] == [
        {
            "key": "baothaibinh",
            "era": "before-2025",
            "name": "Báo Thái Bình",
            "province": "Thái Bình",
            "merged_province": "Hưng Yên",
            "hosts": ["baothaibinh.com.vn", "www.baothaibinh.com.vn"],
            "archive_hosts": [],
            "feeds": ["/rss/home.rss"],
            "sitemaps": [],
            "profile": True,
            "verified": True,
            "shows_views": True,
            "articles": 0,
            "last_crawl_id": None,
            "last_crawl_at": None,
            "last_crawl_status": None,
        }
    ]
    assert not (tmp_path / "absent.db").exists()


def test_crawl_help_points_to_sites() -> None:
    from crawler.cli import cli

    result = CliRunner().invoke(cli, ["crawl", "--help"])
    assert "`tinbao sites` lists them" in result.output


def test_stats_on_a_database_without_crawls_says_so(tmp_path):
    store.open_db(tmp_path / "news.db").close()
    result = run("stats", "--db", tmp_path / "news.db")
    assert (result.exit_code, result.output) == (
        0,
        f"{tmp_path / 'news.db'} holds no articles and no crawls yet.\n",
    )
    assert run("stats", "--json", "--db", tmp_path / "news.db").output == ""
