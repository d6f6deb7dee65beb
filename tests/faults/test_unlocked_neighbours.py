"""Schedules that overlap on one database: a hand-run `scrapy crawl` (or a scrapyd job, which
takes no lock) beside a `tinbao crawl`, started before it or after it; a `scrapy crawl` killed
outright, then a `tinbao crawl`; a `tinbao crawl` killed, then a `scrapy crawl`, then a `tinbao
crawl`; a `tinbao crawl` of another site started while one holds the database.

docs/scheduling.md: only one `tinbao crawl` runs per database (a second exits 3, its message
naming the holder's PID); `scrapy crawl` and scrapyd take no lock and their runs are never
touched; a `tinbao crawl` killed outright stays `running` until the next `tinbao crawl` takes
over its lock and marks it `killed`. docs/database.md: WAL mode and upserts keyed by URL, so
writers beside each other never add a second row.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from crawler.mirror import FIXTURE_SITES
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    VIDEO,
    expect_rows,
    integrity,
    wait_for_stored,
)
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, serving

SLOW = {path: Fault(stall=0.3) for path in (*ARTICLES, VIDEO)}


def tinbao_words(base_url: str, db: Path, site: str = SITE, *extra: str) -> list[str]:
    words = [sys.executable, "-m", "crawler.cli", "crawl", site, "--db", str(db)]
    words += ["-a", f"base_url={base_url}"]
    for setting in FAST:
        words += ["-s", setting]
    return words + list(extra)


def scrapy_words(base_url: str, db: Path, *extra: str) -> list[str]:
    words = [sys.executable, "-m", "scrapy", "crawl", SITE, "-a", f"base_url={base_url}"]
    for setting in (*FAST, f"TINBAO_DB={db}"):
        words += ["-s", setting]
    return words + list(extra)


def start(words: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        words,
        cwd=ROOT,
        env={**os.environ},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> tuple[int, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out + err


def run(words: list[str]) -> tuple[int, str]:
    return finish(start(words))


@pytest.mark.parametrize("first", ["scrapy", "tinbao"])
def test_a_scrapy_crawl_beside_a_tinbao_crawl_stores_each_article_once(
    tmp_path: Path, first: str
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, SLOW) as site:
        commands = {
            "scrapy": scrapy_words(site.base_url, db, "-s", "TINBAO_DB_BATCH=1"),
            "tinbao": tinbao_words(site.base_url, db, SITE, "-s", "TINBAO_DB_BATCH=1"),
        }
        one = start(commands[first])
        wait_for_stored(db, 2, one)
        other = start(commands["tinbao" if first == "scrapy" else "scrapy"])
        (code_one, log_one), (code_other, log_other) = finish(one), finish(other)
    assert code_one == 0, log_one[-3000:]
    assert code_other == 0, log_other[-3000:]
    assert "Traceback" not in log_one + log_other
    assert crawl_rows(db) == [(SITE, "finished"), (SITE, "finished")]
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_scrapy_crawl_killed_outright_is_left_as_it_is_by_the_next_tinbao_crawl(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, SLOW) as site:
        job = start(scrapy_words(site.base_url, db, "-s", "TINBAO_DB_BATCH=1"))
        wait_for_stored(db, 3, job)
        job.send_signal(signal.SIGKILL)
        job.wait()
        site.faults.clear()
        code, log = run(tinbao_words(site.base_url, db))
    assert code == 0, log[-3000:]
    assert crawl_rows(db) == [(SITE, "running"), (SITE, "finished")]
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_killed_tinbao_run_is_marked_killed_by_the_next_tinbao_crawl_only(
    tmp_path: Path,
) -> None:
    """A scrapy run between them takes no lock, so it leaves the killed run `running`; the
    next `tinbao crawl` takes over the lock and marks it `killed`."""
    db = tmp_path / "news.db"
    with serving(MIRROR, SLOW) as site:
        killed = start(tinbao_words(site.base_url, db, SITE, "-s", "TINBAO_DB_BATCH=1"))
        wait_for_stored(db, 3, killed)
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        site.faults.clear()
        code, log = run(scrapy_words(site.base_url, db))
        assert code == 0, log[-3000:]
        between = crawl_rows(db)
        code, log = run(tinbao_words(site.base_url, db))
    assert code == 0, log[-3000:]
    assert between == [(SITE, "running"), (SITE, "finished")]
    assert crawl_rows(db) == [(SITE, "killed"), (SITE, "finished"), (SITE, "finished")]
    expect_rows(db, ARTICLES)


def test_a_tinbao_crawl_of_another_site_on_the_same_database_exits_3_naming_the_holder(
    tmp_path: Path,
) -> None:
    """The holder waits on an article for a minute, so it holds the lock however slowly the
    second command starts; it is then stopped (SIGTERM) rather than waited for."""
    db = tmp_path / "news.db"
    held = {**SLOW, next(iter(ARTICLES)): Fault(stall=60)}
    with serving(MIRROR, held) as site, serving(FIXTURE_SITES / "baocantho") as other:
        holder = start(
            tinbao_words(
                site.base_url, db, SITE, "-s", "TINBAO_DB_BATCH=1", "-s", "DOWNLOAD_TIMEOUT=90"
            )
        )
        wait_for_stored(db, 1, holder)
        code, log = run(tinbao_words(other.base_url, db, "baocantho"))
        asked = other.paths()
        holder.send_signal(signal.SIGTERM)
        held_code, held_log = finish(holder)
    assert code == ExitCode.LOCKED, log
    assert str(holder.pid) in log
    assert len([line for line in log.splitlines() if line.strip()]) == 1, log
    assert asked == []
    assert held_code == ExitCode.INTERRUPTED, held_log[-3000:]
    assert crawl_rows(db) == [(SITE, "interrupted")]
