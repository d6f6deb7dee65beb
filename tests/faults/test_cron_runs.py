"""`tinbao crawl` and `scrapy crawl` as cron, scrapyd and people at a shell run them: an
environment with no `HOME` and no locale, a working directory that is read-only, a relative
database path, two runs that overlap, a run stopped while it waits out a `Retry-After`, a
hand-run `scrapy crawl` with `-o` or `-s` overrides, a scrapyd job cancelled.

Rows are checked exactly; a refusal is one line and a non-zero exit; a stopped run is marked
interrupted and the next one stores the rest once.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    LIVE,
    MIRROR,
    SITE,
    crawl,
    expect_rows,
    integrity,
    stored,
    tmpfs,
)
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, serving
from tests.faults.test_pages import A

# What cron gives a job: a short PATH and nothing else (no HOME, no LANG, no PYTHONPATH).
CRON_ENV = {"PATH": "/usr/bin:/bin"}


def crawl_words(base_url: str, *db: str) -> list[str]:
    """`tinbao crawl baothaibinh` against the fault server (with `--db` when given)."""
    words = [sys.executable, "-m", "crawler.cli", "crawl", SITE]
    if db:
        words += ["--db", *db]
    words += ["-a", f"base_url={base_url}"]
    for setting in FAST:
        words += ["-s", setting]
    return words


def scrapy_words(base_url: str, *extra: str) -> list[str]:
    """`scrapy crawl baothaibinh` as someone types it by hand."""
    words = [sys.executable, "-m", "scrapy", "crawl", SITE, "-a", f"base_url={base_url}"]
    for setting in FAST:
        words += ["-s", setting]
    return words + list(extra)


def run(words: list[str], cwd: Path, env: dict[str, str], timeout: float = 120):
    return subprocess.run(words, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def no_traceback(text: str) -> None:
    assert "Traceback" not in text, text


def test_a_cron_environment_with_no_home_and_no_locale_stores_everything(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = run(crawl_words(site.base_url, str(db)), tmp_path, CRON_ENV)
    assert done.returncode == 0, done.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_crawl_in_the_c_locale_stores_vietnamese_text_exact(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    env = {**CRON_ENV, "LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    with serving(MIRROR) as site:
        done = run(crawl_words(site.base_url, str(db)), tmp_path, env)
    assert done.returncode == 0, done.stderr
    no_traceback(done.stderr)
    expect_rows(db, ARTICLES)


def test_a_relative_database_path_is_read_against_the_working_directory(tmp_path: Path) -> None:
    work = tmp_path / "srv"
    work.mkdir()
    with serving(MIRROR) as site:
        done = run(crawl_words(site.base_url, "news.db"), work, CRON_ENV)
    assert done.returncode == 0, done.stderr
    expect_rows(work / "news.db", ARTICLES)


def test_a_relative_tinbao_db_in_the_environment_is_read_against_the_working_directory(
    tmp_path: Path,
) -> None:
    (tmp_path / "data").mkdir()
    with serving(MIRROR) as site:
        done = run(crawl_words(site.base_url), tmp_path, {**CRON_ENV, "TINBAO_DB": "data/news.db"})
    assert done.returncode == 0, done.stderr
    expect_rows(tmp_path / "data" / "news.db", ARTICLES)


def test_a_read_only_working_directory_does_not_stop_a_crawl_with_an_absolute_db(
    tmp_path: Path,
) -> None:
    """cron's working directory is often `/` or a home the job may not write: the crawl writes
    nothing there."""
    db = tmp_path / "news.db"
    with tmpfs(tmp_path / "ro", "1m") as ro:
        subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
        with serving(MIRROR) as site:
            done = run(crawl_words(site.base_url, str(db)), ro, CRON_ENV)
    assert done.returncode == 0, done.stderr
    expect_rows(db, ARTICLES)


def test_a_relative_db_in_a_read_only_working_directory_is_one_line(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "1m") as ro:
        subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
        with serving(MIRROR) as site:
            done = run(crawl_words(site.base_url, "news.db"), ro, CRON_ENV)
            hits = list(site.paths())
    assert done.returncode != 0
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "news.db" in done.stderr
    assert hits == []


def test_a_crawl_with_its_output_closed_stores_everything(tmp_path: Path) -> None:
    """A crontab line ending in `>&- 2>&-`: no stdout, no stderr at all."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        words = " ".join(f"'{word}'" for word in crawl_words(site.base_url, str(db)))
        done = subprocess.run(
            f"{words} >&- 2>&-; echo $?",
            shell=True,
            cwd=tmp_path,
            env=CRON_ENV,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.stdout.strip() == "0"
    expect_rows(db, ARTICLES)


def wait_for_hit(site, path: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while path not in site.paths():
        assert time.monotonic() < deadline, f"{path} never requested"
        time.sleep(0.05)


def test_two_overlapping_cron_runs_one_refused_in_one_line(tmp_path: Path) -> None:
    """The hourly run still going (an article stalls) when the next one starts."""
    db = tmp_path / "news.db"
    faults = {A: Fault(stall=20)}
    with serving(MIRROR, faults) as site:
        words = crawl_words(site.base_url, str(db)) + ["-s", "DOWNLOAD_TIMEOUT=60"]
        first = subprocess.Popen(
            words, cwd=tmp_path, env=CRON_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        wait_for_hit(site, A)
        second = run(words, tmp_path, CRON_ENV)
        site.faults[A].release()  # the first run was still going: let it finish now
        out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert second.returncode == ExitCode.LOCKED, second.stderr
    assert len(second.stderr.strip().splitlines()) == 1, second.stderr
    assert crawl_rows(db) == [(SITE, "finished")]
    expect_rows(db, ARTICLES)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
def test_a_run_stopped_while_waiting_out_a_retry_after_stops_at_once(
    tmp_path: Path, stop: signal.Signals
) -> None:
    """A answers `503` with `Retry-After: 60`: the run waits; a stop then must not wait the
    minute out, and the next run stores A. (Listing pages held back behind the host's delay
    are dropped with the stop, and an incremental run stops paginating at a listing page with
    nothing new, so their articles wait for a full run.)"""
    db = tmp_path / "news.db"
    faults = {A: Fault(status=503, headers={"Retry-After": "60"}, body=b"")}
    with serving(MIRROR, faults) as site:
        words = crawl_words(site.base_url, str(db)) + ["-s", "TINBAO_RETRY_AFTER_MAX=60"]
        process = subprocess.Popen(
            words, cwd=tmp_path, env=CRON_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        wait_for_hit(site, A)
        time.sleep(2)  # A's retry waits, and the requests held back behind the host's delay
        stopped = time.monotonic()
        process.send_signal(stop)
        out, err = process.communicate(timeout=60)
        took = time.monotonic() - stopped
        site.faults.clear()
        again = crawl(site, db)
    assert took < 15, took
    assert process.returncode == ExitCode.INTERRUPTED, err
    assert "Traceback" not in err.decode()
    assert again.returncode == 0, again.output
    assert crawl_rows(db) == [(SITE, "interrupted"), (SITE, "finished")]
    kept = stored(db)
    assert A in kept
    expect_rows(db, set(kept))  # every row exact; a held-back listing page waits for a full run


def test_scrapy_crawl_by_hand_with_a_db_override_and_an_item_feed(tmp_path: Path) -> None:
    """`scrapy crawl baothaibinh -s TINBAO_DB=… -o items.jsonl`: the database and the feed both
    hold the 15 records, under their live URLs."""
    db = tmp_path / "news.db"
    items = tmp_path / "items.jsonl"
    with serving(MIRROR) as site:
        words = scrapy_words(site.base_url, "-s", f"TINBAO_DB={db}", "-o", str(items))
        done = run(words, ROOT, {**os.environ})
    assert done.returncode == 0, done.stderr[-3000:]
    expect_rows(db, ARTICLES)
    lines = [json.loads(line) for line in items.read_text(encoding="utf-8").splitlines()]
    assert sorted(line["url"] for line in lines) == sorted(LIVE + path for path in ARTICLES)


def test_scrapy_crawl_with_storage_off_writes_only_its_feed(tmp_path: Path) -> None:
    """`-O items.jsonl -s TINBAO_STORAGE_ENABLED=0`, run outside the checkout with
    `SCRAPY_SETTINGS_MODULE`: the feed holds the records and no database appears anywhere."""
    items = tmp_path / "items.jsonl"
    env = {**CRON_ENV, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    with serving(MIRROR) as site:
        words = scrapy_words(site.base_url, "-s", "TINBAO_STORAGE_ENABLED=0", "-O", str(items))
        done = run(words, tmp_path, env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(items.read_text(encoding="utf-8").splitlines()) == len(ARTICLES)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["items.jsonl"]


def test_scrapy_crawl_outside_the_checkout_uses_a_relative_tinbao_db_there(tmp_path: Path) -> None:
    env = {**CRON_ENV, "SCRAPY_SETTINGS_MODULE": "crawler.settings", "TINBAO_DB": "news.db"}
    with serving(MIRROR) as site:
        done = run(scrapy_words(site.base_url), tmp_path, env)
    assert done.returncode == 0, done.stderr[-3000:]
    expect_rows(tmp_path / "news.db", ARTICLES)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
def test_a_cancelled_scrapy_job_is_an_interrupted_run_and_the_next_stores_the_rest(
    tmp_path: Path, stop: signal.Signals
) -> None:
    """scrapyd cancels a job with a signal to `scrapy crawl`: the run is marked interrupted (not
    left `running`, not `finished`), and the next job stores every article once."""
    db = tmp_path / "news.db"
    faults = {A: Fault(stall=4)}
    env = {**os.environ, "TINBAO_DB": str(db)}
    with serving(MIRROR, faults) as site:
        words = scrapy_words(site.base_url, "-s", "DOWNLOAD_TIMEOUT=10")
        job = subprocess.Popen(
            words, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        wait_for_hit(site, A)
        time.sleep(0.5)
        job.send_signal(stop)
        job.communicate(timeout=60)
        site.faults.clear()
        again = run(scrapy_words(site.base_url), ROOT, env)
    assert again.returncode == 0, again.stderr[-3000:]
    assert crawl_rows(db) == [(SITE, "interrupted"), (SITE, "finished")]
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_log_file_in_a_folder_that_does_not_exist_is_one_line_before_fetching(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        words = crawl_words(site.base_url, str(db)) + ["--log-file", str(tmp_path / "no" / "x.log")]
        done = run(words, tmp_path, CRON_ENV)
        hits = list(site.paths())
    assert done.returncode == ExitCode.ERROR, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert hits == []


def test_a_crawl_leaves_no_file_in_its_working_directory(tmp_path: Path) -> None:
    """Scrapy's `.scrapy/` (HTTP cache, job state) or a stray `news.db` in cron's directory
    would fill a home or `/` over months."""
    work = tmp_path / "cwd"
    work.mkdir()
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = run(crawl_words(site.base_url, str(db)), work, CRON_ENV)
    assert done.returncode == 0, done.stderr
    assert list(work.iterdir()) == []


def test_the_database_written_by_cron_is_readable_by_its_owner_group(tmp_path: Path) -> None:
    """cron's umask 022: the file is readable by the people who query it (no 0600 file)."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = run(
            ["sh", "-c", 'umask 022; exec "$@"', "sh", *crawl_words(site.base_url, str(db))],
            tmp_path,
            CRON_ENV,
        )
    assert done.returncode == 0, done.stderr
    assert db.stat().st_mode & 0o044 == 0o044
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES)
    conn.close()
