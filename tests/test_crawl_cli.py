"""`tinbao crawl`: the crawl lock, exit codes, pass-through options and cron-friendly output."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import scrapy.crawler
from click.testing import CliRunner
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader
from scrapy.statscollectors import MemoryStatsCollector

from crawler.cli import cli
from crawler.exitcodes import ExitCode
from crawler.lock import CrawlLock, Locked
from crawler.mirror import serving
from parsers.sites import all_profiles
from tests.conftest import ROOT
from tests.test_incremental import (
    articles_fetched,
    crawl_command,
    mirror_copy,
    tinbao_crawl,
)


def test_second_concurrent_crawl_exits_at_once_with_code_3(tmp_path: Path) -> None:
    """The second crawl is refused without waiting for the lock or fetching a page: it ends
    while the first still runs (held by its mirror until the test lets it go), and its own
    mirror was never asked for anything. No wall-clock bound: on a loaded machine the start-up
    alone can take many seconds."""
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    with serving(root, hold=lambda path: True) as mirror, serving(root) as other:
        first = subprocess.Popen(
            crawl_command(db, mirror.base_url, "-s", "DOWNLOAD_TIMEOUT=600", "--quiet"),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lock_file = Path(f"{db}.lock")
        deadline = time.monotonic() + 120
        while not (lock_file.exists() and lock_file.read_text().startswith("pid")):
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        second = subprocess.run(
            crawl_command(db, other.base_url), cwd=ROOT, capture_output=True, text=True, timeout=300
        )
        first_ran_on = first.poll() is None
        first.kill()
        first.wait(timeout=30)
    assert second.returncode == ExitCode.LOCKED
    assert second.stderr.count("\n") == 1, second.stderr
    assert f"pid {first.pid}" in second.stderr and "another crawl is running" in second.stderr
    assert first_ran_on and other.hits == []


def test_a_refusal_naming_a_path_with_a_line_break_stays_one_line(tmp_path: Path) -> None:
    """The lock file's path is in the refusal; a folder named with a line break (pasted from a
    page) writes it as `\\n`, so the refusal stays the one line a cron mail or a log reads."""
    folder = tmp_path / "dữ\nliệu"
    folder.mkdir()
    db = folder / "news.db"
    with CrawlLock(db):
        result = CliRunner().invoke(cli, ["crawl", "baothaibinh", "--db", str(db)])
    assert result.exit_code == ExitCode.LOCKED
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("tinbao crawl: another crawl is running on this database")
    assert "dữ\\nliệu/news.db.lock" in result.stderr


def test_lock_of_a_dead_run_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Path(f"{db}.lock").write_text("pid 999999 since 2024-07-03T03:15:00+07:00\n")
    with CrawlLock(db) as lock:
        assert lock.stale_holder.startswith("pid 999999")
        try:
            CrawlLock(db).acquire()
        except Locked as exc:
            assert f"pid {os.getpid()}" in str(exc)
        else:
            raise AssertionError("a second lock on the same database must be refused")
    with CrawlLock(db) as lock:
        assert lock.stale_holder == ""  # released cleanly


def test_unreachable_site_fails_with_code_4(tmp_path: Path) -> None:
    with serving(tmp_path) as mirror:
        base_url = mirror.base_url  # closed again: nothing listens there now
    done = subprocess.run(
        crawl_command(tmp_path / "news.db", base_url), cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == ExitCode.SITE_FAILED
    assert "baothaibinh: FAILED: no response received" in done.stdout


def test_quiet_output_is_the_summary_and_options_pass_through(tmp_path: Path) -> None:
    root = mirror_copy(tmp_path)
    run = tinbao_crawl(root, tmp_path / "news.db", "-a", "limit=2", "-s", "LOG_LEVEL=ERROR")
    assert run.returncode == 0, run.stderr
    assert len(articles_fetched(run.hits)) == 2
    assert run.stdout.startswith("baothaibinh: OK; ") and run.stdout.count("\n") == 1
    assert run.stderr == ""  # not a terminal: no progress, no INFO log


def test_unknown_site_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["crawl", "no-such-site"])
    assert result.exit_code == ExitCode.USAGE
    assert "no spider for no-such-site" in result.output


def test_help_lists_the_crawl_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert "crawl" in result.output and "3  another scheduled crawl holds the lock" in result.output


def test_progress_lines_per_site(tmp_path: Path) -> None:
    """What a terminal shows (`tinbao crawl` turns TINBAO_PROGRESS on when stderr is a TTY)."""
    progress = ("-s", "TINBAO_PROGRESS=1", "-s", "TINBAO_PROGRESS_INTERVAL=0.2")
    slow = ("-s", "DOWNLOAD_DELAY=0.2", "-a", "limit=3")
    run = tinbao_crawl(mirror_copy(tmp_path), tmp_path / "news.db", *progress, *slow)
    assert run.returncode == 0, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("[baothaibinh] ")]
    assert lines and "/min), " in lines[-1] and " items, " in lines[-1]


class _Crawler:
    def __init__(self, name: str) -> None:
        self.name = name
        self.settings = Settings()
        self.stats = MemoryStatsCollector(self)


class _Process:
    """Records what `tinbao crawl` would run, without crawling."""

    crawled: list[str] = []

    def __init__(self, settings: Settings) -> None:
        self.spider_loader = SpiderLoader.from_settings(settings)

    def create_crawler(self, name: str) -> _Crawler:
        return _Crawler(name)

    def crawl(self, crawler: _Crawler, **kwargs: str) -> None:
        """Record the site, and the finish reason its spider's close would leave."""
        self.crawled.append(crawler.name)
        crawler.stats.set_value("finish_reason", "finished")

    def start(self) -> None:
        pass


def test_no_site_named_crawls_every_site_profile(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(scrapy.crawler, "CrawlerProcess", _Process)
    monkeypatch.setattr(_Process, "crawled", [])
    result = CliRunner().invoke(cli, ["crawl", "--db", str(tmp_path / "news.db")])
    assert result.exit_code == ExitCode.OK, result.output
    assert _Process.crawled == sorted(all_profiles())
    assert "article" not in _Process.crawled and "site" not in _Process.crawled


class _StoppedProcess(_Process):
    """A crawl whose reactor was stopped under its spiders (a second SIGTERM): no spider closed,
    so none recorded a finish reason."""

    def crawl(self, crawler: _Crawler, **kwargs: str) -> None:
        self.crawled.append(crawler.name)


def test_a_crawl_whose_spider_never_closed_is_interrupted_not_ok(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(scrapy.crawler, "CrawlerProcess", _StoppedProcess)
    monkeypatch.setattr(_Process, "crawled", [])
    result = CliRunner().invoke(cli, ["crawl", "baothaibinh", "--db", str(tmp_path / "news.db")])
    assert result.exit_code == ExitCode.INTERRUPTED
    assert result.output.startswith("baothaibinh: INTERRUPTED; 0 pages, ")


def test_a_bad_database_is_one_line_exit_1_before_crawling(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(scrapy.crawler, "CrawlerProcess", _Process)
    monkeypatch.setattr(_Process, "crawled", [])
    db = tmp_path / "news.db"
    db.write_text("not a database")
    result = CliRunner().invoke(cli, ["crawl", "baothaibinh", "--db", str(db)])
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == f"Error: {db} is not a SQLite database\n"
    assert _Process.crawled == []
