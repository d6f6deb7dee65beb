"""Probes: the figures `tinbao history` and `tinbao stats` give for runs where things went wrong,
checked against what the run did.

README and docs/scheduling.md: `history` lists the runs newest first with start, duration,
status, pages, new, refreshed, dropped by reason, errors and alarms; the run summary on stdout
gives pages fetched, new, refreshed, revisions, dropped (with reasons) and errors, and "the same
figures are in the `crawls` row"; each site's `errors` count is its own ERROR lines; a lost
connection is one ERROR line naming the URL after its retries; an error page served with 200 is
dropped as `error page`; a run whose article fetches mostly failed is `failed`, and `stats`
shows the latest crawl whatever its outcome (with the last finished one when that crawl did not
finish). Refresh: a stored article published within the window whose last fetch is older than
the latest step it has reached is fetched again.

The probes of a second run start from a copy of the mirror crawled once for the test process
(`crawled_mirror`), not from a first crawl of their own.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    LIVE,
    MIRROR,
    SITE,
    VIDEO,
    Run,
    article_path,
    crawl,
    database_copy,
    expect_rows,
    stored,
    tinbao,
    wait_for_stored,
)
from tests.faults.server import Fault, serving

SUMMARY = re.compile(
    r"baothaibinh: \w+; (\d+) pages, (\d+) new, (\d+) refreshed, (\d+) revisions, .*?"
    r"(\d+) dropped.*?, (\d+) errors"
)
ERROR_PAGE = (
    "<html><head><title>404 - Không tìm thấy trang</title></head><body>"
    "<h1>404</h1><p>Không tìm thấy trang bạn yêu cầu.</p></body></html>"
).encode()
RESET = (article_path("105870"), article_path("108765"))  # the connection reset (no answer)
ERRED = article_path("107903")  # an error page served with 200


def history(db: Path, *options: str) -> list[dict]:
    done = tinbao("history", "--db", str(db), "--json", *options)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def stats(db: Path) -> dict:
    done = tinbao("stats", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    (site,) = [json.loads(line) for line in done.stdout.splitlines()]
    return site


def summary(stdout: str) -> tuple[int, ...]:
    found = SUMMARY.search(stdout)
    assert found, stdout
    return tuple(int(n) for n in found.groups())


@pytest.fixture(scope="module")
def erred(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    """One first run with the connection reset by the articles of `RESET` and an error page
    served with 200 by `ERRED`: the run and its file."""
    db = tmp_path_factory.mktemp("erred") / "news.db"
    faults = {path: Fault(reset=True) for path in RESET} | {ERRED: Fault(body=ERROR_PAGE)}
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert all(site.server.served.get(path) for path in faults), site.server.served
    return run, db


def test_errors_in_history_are_the_error_lines_the_run_printed(erred: tuple[Run, Path]) -> None:
    run, db = erred
    printed = [line for line in run.stderr.splitlines() if re.search(r"\bERROR\b", line)]
    assert len(printed) == 2, run.stderr
    assert all(any(path in line for path in RESET) for line in printed), printed
    (last,) = history(db)
    assert last["errors"] == 2
    assert summary(run.stdout)[5] == 2
    expect_rows(db, set(ARTICLES) - {*RESET, ERRED})


def test_dropped_pages_are_counted_by_their_reasons(erred: tuple[Run, Path]) -> None:
    run, db = erred
    (last,) = history(db)
    # 15 articles: the error page dropped, the two reset ones lost to this run (not dropped)
    assert (last["new"], last["dropped"]) == (12, 2)
    assert last["dropped_reasons"] == {"missing_body": 1, "error_page": 1}
    assert summary(run.stdout)[1] == 12 and summary(run.stdout)[4] == 2
    expect_rows(db, set(ARTICLES) - {*RESET, ERRED})
    assert VIDEO not in ARTICLES


def test_a_runs_duration_is_the_time_it_took(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, {path: Fault(stall=0.5) for path in ARTICLES}) as site:
        began = time.monotonic()
        run = crawl(site, db)
        took = time.monotonic() - began
    assert run.returncode == 0, run.output
    (last,) = history(db)
    # 15 articles of 0.5 s each, at most two at a time to one host: at least 3.75 s
    assert 3 <= last["seconds"] <= took + 1, (last["seconds"], took)
    started = datetime.fromisoformat(last["started_at"])
    finished = datetime.fromisoformat(last["finished_at"])
    assert abs((finished - started).total_seconds() - last["seconds"]) <= 1


def test_a_failed_run_is_shown_with_its_reason_and_stats_keeps_the_last_finished(
    tmp_path: Path, crawled_mirror: Path
) -> None:
    db = database_copy(crawled_mirror, tmp_path)  # a first run that stored every article
    every_article = {path: Fault(status=404, body=b"not found") for path in (*ARTICLES, VIDEO)}
    with serving(MIRROR, every_article) as site:
        run = crawl(site, db, "-a", "full=1")
    assert run.returncode == 4, run.output
    failed, finished = history(db)
    assert (failed["id"], failed["status"], finished["status"]) == (2, "failed", "finished")
    assert "16 of 16 article fetches failed (404: 16)" in failed["failure"]
    site_stats = stats(db)
    assert (site_stats["articles"], site_stats["last_crawl_id"]) == (15, 2)
    assert site_stats["last_crawl_status"] == "failed"
    assert site_stats["last_finished_at"] == finished["started_at"]


def test_runs_are_listed_newest_first_and_limited(tmp_path: Path, crawled_mirror: Path) -> None:
    db = database_copy(crawled_mirror, tmp_path)  # a first run that stored every article
    with serving(MIRROR) as site:
        assert crawl(site, db).returncode == 0
    runs = history(db)
    assert [(r["id"], r["new"], r["status"]) for r in runs] == [
        (2, 0, "finished"),
        (1, 15, "finished"),
    ]
    assert [r["id"] for r in history(db, "--limit", "1")] == [2]
    text = tinbao("history", "--db", str(db)).stdout.splitlines()
    assert [line.split()[0] for line in text] == ["#2", "#1"]


def test_a_refresh_runs_figures_agree_between_the_summary_and_history(
    tmp_path: Path, crawled_mirror: Path
) -> None:
    db = database_copy(crawled_mirror, tmp_path)  # a first run that stored every article
    now = datetime.now(timezone(timedelta(hours=7)))
    due = [LIVE + article_path(name) for name in ("105870", "102296", "108765")]
    conn = sqlite3.connect(db)
    with conn:
        for url in due:  # published 2 h ago, last fetched before its 1 h step was reached
            conn.execute(
                "UPDATE articles SET published_at = ?, fetched_at = ? WHERE url = ?",
                (
                    (now - timedelta(hours=2)).isoformat(timespec="seconds"),
                    (now - timedelta(hours=1, minutes=30)).isoformat(timespec="seconds"),
                    url,
                ),
            )
    conn.close()
    with serving(MIRROR) as site:
        run = crawl(site, db, settings=("TINBAO_REFRESH_WINDOW_DAYS=7",))
    assert run.returncode == 0, run.output
    pages, new, refreshed, revisions, dropped, errors = summary(run.stdout)
    last = history(db)[0]
    assert (refreshed, new) == (3, 0), run.stdout
    assert (last["pages"], last["new"], last["refreshed"], last["revisions"]) == (
        pages,
        new,
        refreshed,
        revisions,
    )
    assert (last["dropped"], last["errors"]) == (dropped, errors)


def test_a_run_killed_after_storing_articles_is_never_shown_with_figures_it_did_not_write(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    held = article_path("105870")
    with serving(MIRROR, {held: Fault(stall=60)}) as site:
        command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
        command += ["--db", str(db), "-a", f"base_url={site.base_url}"]
        for setting in (*FAST, "TINBAO_DB_BATCH=1"):
            command += ["-s", setting]
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_for_stored(db, 10, process, timeout=90)
            (running,) = history(db)
            line = tinbao("history", "--db", str(db)).stdout
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        kept = len(stored(db))
        site.faults.clear()
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    assert running["status"] == "running" and running["new"] is None, running
    assert line.rstrip().endswith("running: figures not written yet"), line
    second, killed = history(db)
    assert killed["status"] == "killed"
    assert [killed[k] for k in ("pages", "new", "dropped", "errors")] == [None] * 4, killed
    assert second["new"] == len(ARTICLES) - kept
    text = tinbao("history", "--db", str(db)).stdout.splitlines()
    assert text[1].endswith("killed: figures not written"), text
