"""`tinbao history` and `tinbao stats` on runs and rows they did not write themselves: a run's
stats that are not JSON, a status no tinbao writes, a run killed outright, a site with no runs,
articles of a site no registry knows, publish times written in another form.

docs/database.md and `--help`: history lists the runs newest first, one JSON object per run
with `--json`, the status as stored; stats shows every site with articles or crawls. A reader
meets rows other programs wrote: it shows them as they are and never stops on one.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    FAST,
    LIVE,
    MIRROR,
    SITE,
    article_path,
    crawl,
    crawl_mirror,
    database_copy,
    tinbao,
)
from tests.faults.server import Fault, serving


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("history"))


def sql(db: Path, statement: str, *values: object) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(statement, values)
    conn.close()


def json_lines(done: subprocess.CompletedProcess) -> list[dict]:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def add_run(db: Path, status: str, stats: str) -> None:
    sql(
        db,
        "INSERT INTO crawls (spider, started_at, finished_at, status, items_stored, items_new,"
        " items_updated, items_unchanged, items_dropped, errors, stats)"
        " VALUES (?, '2026-12-01T08:00:00+07:00', '2026-12-01T08:05:00+07:00', ?,"
        " 0, 0, 0, 0, 0, 0, ?)",
        SITE,
        status,
        stats,
    )


@pytest.mark.parametrize("command", [("history", "--json"), ("history",)], ids=" ".join)
def test_a_run_whose_stats_are_not_json_is_still_listed(
    crawled: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    db = database_copy(crawled, tmp_path)
    add_run(db, "finished", "{not json")
    done = tinbao(*command, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    if "--json" in command:
        assert [run["status"] for run in json_lines(done)] == ["finished", "finished"]
    else:
        assert done.stdout.count("finished") == 2, done.stdout


def test_stats_reads_past_a_run_whose_stats_are_not_json(crawled: Path, tmp_path: Path) -> None:
    db = database_copy(crawled, tmp_path)
    add_run(db, "finished", "{not json")
    sites = json_lines(tinbao("stats", "--json", "--db", str(db)))
    assert len(sites) == 1 and SITE in json.dumps(sites[0], ensure_ascii=False)
    assert 15 in sites[0].values(), sites[0]


def test_a_status_no_tinbao_writes_is_shown_as_stored(crawled: Path, tmp_path: Path) -> None:
    db = database_copy(crawled, tmp_path)
    add_run(db, "paused", "{}")  # recorded after the module's crawl: listed first, whatever
    runs = json_lines(tinbao("history", "--json", "--db", str(db)))  # its start time says
    assert [run["status"] for run in runs] == ["paused", "finished"]


def test_a_site_with_no_runs_lists_nothing(crawled: Path, tmp_path: Path) -> None:
    db = database_copy(crawled, tmp_path)
    assert json_lines(tinbao("history", "--site", "baocantho", "--json", "--db", str(db))) == []


def test_a_site_no_registry_knows_is_shown_by_stats(crawled: Path, tmp_path: Path) -> None:
    db = database_copy(crawled, tmp_path)
    columns = "site, headline, summary, published_at, published_raw, body, fetched_at"
    sql(
        db,
        f"INSERT INTO articles (url, {columns}) SELECT 'https://baoxyz.vn/a-1.html', 'baoxyz',"
        f" headline, summary, published_at, published_raw, body, fetched_at FROM articles"
        f" WHERE url = ?",
        LIVE + article_path("105870"),
    )
    sites = json_lines(tinbao("stats", "--json", "--db", str(db)))
    assert len(sites) == 2
    assert any("baoxyz" in json.dumps(site) for site in sites), sites


def test_publish_times_written_in_another_form_do_not_stop_stats(
    crawled: Path, tmp_path: Path
) -> None:
    db = database_copy(crawled, tmp_path)
    sql(db, "UPDATE articles SET published_at = '25/09/2020 10:13' WHERE url = ?",
        LIVE + article_path("102296"))  # fmt: skip
    for command in (("stats",), ("stats", "--json"), ("history",)):
        done = tinbao(*command, "--db", str(db))
        assert done.returncode == 0, (command, done.stderr)
        assert "Traceback" not in done.stderr
        assert SITE in done.stdout


def test_a_run_killed_outright_is_shown_killed_after_the_next_run(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    slow = {article_path("105870"): Fault(stall=30)}
    with serving(MIRROR, slow) as site:
        command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
        command += ["--db", str(db), "-a", f"base_url={site.base_url}"]
        for setting in FAST:
            command += ["-s", setting]
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while article_path("105870") not in site.paths() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        process.send_signal(signal.SIGKILL)
        process.wait()
        site.faults.clear()
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    runs = json_lines(tinbao("history", "--json", "--db", str(db)))
    assert [r["status"] for r in runs] == ["finished", "killed"]


def test_a_run_whose_stats_are_not_json_does_not_stop_the_next_crawls_health_check(
    crawled: Path, tmp_path: Path
) -> None:
    db = database_copy(crawled, tmp_path)
    add_run(db, "finished", "{not json")
    run = crawl_mirror(db, "-a", "full=1")
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.output
    conn = sqlite3.connect(db)
    try:
        statuses = conn.execute("SELECT status, alarms FROM crawls ORDER BY id").fetchall()
    finally:
        conn.close()
    assert statuses == [("finished", 0)] * 3
