"""Every reading command on a database whose last run was killed outright (`kill -9`, as an
out-of-memory killer does) after it had committed a new article, while a listing still kept it
waiting: its `crawls` row still says `running`, and its write-ahead log lies beside the file.

What the README and `--help` promise: `history` lists the killed run first and the finished one
after it; `stats` shows the site's latest crawl whatever the outcome and, since that run did not
finish, when its last finished run started; `export` and `search` give every committed article
once, the killed run's too; `reparse` changes nothing in an article whose page parses as stored.
None of them is an error, and none of them spoils the file.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    SITE,
    article_path,
    crawl,
    expect_rows,
    integrity,
    json_lines,
    revisions,
    succeeds,
    wait_for_stored,
)
from tests.faults.server import Fault, serving

FEED_ONLY = article_path("109901")  # named by the feed alone: new in the killed run
HEADLINE = "Khai mạc Tuần Văn hóa - Du lịch Thái Bình năm 2024"


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A first run, the feed answering 404, finishes with fourteen articles; a second, the feed
    back and a listing stalling, commits the fifteenth and is killed."""
    db = tmp_path_factory.mktemp("killed_readers") / "news.db"
    with serving(MIRROR, {FEED: Fault(status=404)}) as site:
        first = crawl(site, db)
        assert first.returncode == 0, first.output
        site.faults.clear()
        site.faults[LISTINGS[1]] = Fault(stall=10)
        command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
        command += ["--db", str(db), "-a", f"base_url={site.base_url}"]
        for setting in (*FAST, "TINBAO_DB_BATCH=1"):
            command += ["-s", setting]
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_for_stored(db, len(ARTICLES), process)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
    assert Path(f"{db}-wal").exists()
    return db


@pytest.fixture(scope="module")
def said(killed: Path) -> dict[str, str]:
    """What each reading command prints of the killed run's database, read once."""
    commands = {
        "history": ("history", "--json"),
        "stats": ("stats", "--json"),
        "stats_text": ("stats",),
        "export": ("export",),
        "search": ("search", "Khai mạc Tuần", "--json"),
    }
    return {name: succeeds(*words, "--db", str(killed)) for name, words in commands.items()}


def test_history_lists_the_killed_run_first_and_not_as_finished(said: dict[str, str]) -> None:
    runs = json_lines(said["history"])
    assert [run["id"] for run in runs] == [2, 1], runs
    assert runs[0]["status"] != "finished" and runs[1]["status"] == "finished", runs


def test_stats_show_the_killed_run_and_when_the_last_finished_one_started(
    said: dict[str, str],
) -> None:
    runs = json_lines(said["history"])
    (site,) = json_lines(said["stats"])
    assert site["articles"] == len(ARTICLES), site
    assert site["last_crawl_id"] == 2 and site["last_crawl_status"] != "finished", site
    assert site["last_finished_at"] == runs[1]["started_at"], site
    assert "#2" in said["stats_text"], said["stats_text"]
    day, clock = runs[1]["started_at"][:16].split("T")
    assert f"{day} {clock}" in said["stats_text"], said["stats_text"]


def test_export_gives_every_committed_article_once(said: dict[str, str]) -> None:
    urls = [row["url"] for row in json_lines(said["export"])]
    assert sorted(urls) == sorted(LIVE + path for path in ARTICLES)


def test_search_finds_the_killed_runs_article_once(said: dict[str, str]) -> None:
    hits = json_lines(said["search"])
    assert [hit["url"] for hit in hits] == [LIVE + FEED_ONLY], hits
    assert hits[0]["headline"] == HEADLINE, hits


def test_reparse_after_the_killed_run_changes_nothing(killed: Path, said: dict[str, str]) -> None:
    succeeds("reparse", "--db", str(killed))
    assert succeeds("export", "--db", str(killed)) == said["export"]
    assert revisions(killed) == []
    expect_rows(killed, ARTICLES)
    assert integrity(killed) == "ok"
