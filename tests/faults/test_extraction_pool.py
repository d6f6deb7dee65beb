"""The extraction worker processes beside a crawl: records read by one or two workers from the
first page, a worker killed (as the OOM killer would) in the middle of a run, a page no
extractor can read, a stop while a worker runs.

README (Crawl speed): pages are read in `TINBAO_EXTRACT_WORKERS` worker processes, started at
the first article page once the spider has asked for more than `TINBAO_EXTRACT_POOL_AFTER`
(`0`: from the first page); the records, counters and log lines are the same either way, a page
that crashes the extractor is logged with its URL and the crawl goes on, and the workers stop
with the crawl (Ctrl-C, SIGTERM, or the end).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from crawler.mirror import Mirror
from crawler.mirror import serving as mirror_serving
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    article_path,
    crawl,
    dropped,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, FaultServer, serving
from tests.test_extraction_workers import all_but_the_first, read_log_until

POOL = ("TINBAO_EXTRACT_WORKERS=1", "TINBAO_EXTRACT_POOL_AFTER=0")
READY = re.compile(r"extraction worker (\d+) ready")
A = article_path("105870")


def children(pid: int) -> set[int]:
    """The processes `pid` started, and theirs."""
    found: set[int] = set()
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return found
    for task in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
        except FileNotFoundError:
            continue
        for child in map(int, text.split()):
            found |= {child, *children(child)}
    return found


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def start_crawl(site: FaultServer | Mirror, db: Path, *settings: str) -> subprocess.Popen:
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
    command += ["--db", str(db), "-a", f"base_url={site.base_url}"]
    for setting in (*FAST, *settings):
        command += ["-s", setting]
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def holding_articles() -> AbstractContextManager[Mirror]:
    """The mirror answering one article page and holding the others until `release()`: the
    crawl starts its worker on that page, then waits, however slow the machine, for as long as
    the test needs it running (a fixed stall let a starved test act after the crawl ended)."""
    return mirror_serving(MIRROR, hold=all_but_the_first(set(ARTICLES)))


def worker_ready(crawling: subprocess.Popen, log: list[str]) -> int:
    """The pid of the crawl's first extraction worker, once it logged that it is ready."""
    read_log_until(crawling, log, lambda text: READY.search(text) is not None)
    return int(READY.search("".join(log))[1])


@pytest.mark.parametrize("workers", ["1", "2"])
def test_workers_from_the_first_page_store_every_record_exact(tmp_path: Path, workers: str):
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = crawl(
            site, db, settings=(f"TINBAO_EXTRACT_WORKERS={workers}", "TINBAO_EXTRACT_POOL_AFTER=0")
        )
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_killed_extraction_worker_costs_no_article(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with holding_articles() as mirror:
        crawling = start_crawl(mirror, db, *POOL, "LOG_LEVEL=INFO")
        log: list[str] = []
        worker = worker_ready(crawling, log)
        os.kill(worker, signal.SIGKILL)
        read_log_until(crawling, log, lambda text: f"extraction worker {worker} died" in text)
        mirror.release()
        stdout, rest = crawling.communicate(timeout=120)
    stderr = "".join(log) + rest
    assert "Traceback" not in stderr, stderr[-3000:]
    assert crawling.returncode == 0, stdout + stderr[-3000:]
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_page_no_extractor_can_read_is_dropped_alike_in_a_worker(tmp_path: Path) -> None:
    deep = b"<html><body>" + b"<div>" * 5000 + b"x" + b"</div>" * 5000 + b"</body></html>"
    faults = {A: Fault(body=deep)}
    outcomes = []
    for name, settings in (("in-process", ("TINBAO_EXTRACT_WORKERS=0",)), ("pool", POOL)):
        db = tmp_path / f"{name}.db"
        with serving(MIRROR, faults) as site:
            run = crawl(site, db, settings=settings)
        assert run.returncode == 0, run.output
        assert "Traceback" not in run.stderr
        expect_rows(db, [path for path in ARTICLES if path != A])
        lines = [line.split("] ", 1)[-1] for line in run.stderr.splitlines() if A in line]
        outcomes.append((dropped(db).get(A), lines))
    assert outcomes[0] == outcomes[1]
    assert outcomes[0][0] is not None


def test_a_stopped_crawl_leaves_no_worker_behind(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with holding_articles() as mirror:
        crawling = start_crawl(mirror, db, *POOL, "LOG_LEVEL=INFO")
        log: list[str] = []
        worker_ready(crawling, log)
        workers = children(crawling.pid)
        crawling.send_signal(signal.SIGTERM)
        mirror.release()
        stdout, rest = crawling.communicate(timeout=60)
    stderr = "".join(log) + rest
    assert crawling.returncode == ExitCode.INTERRUPTED, stdout + stderr[-3000:]
    assert "Traceback" not in stderr
    wait_for(lambda: not any(alive(pid) for pid in workers), seconds=5)
    assert integrity(db) == "ok"
