"""Article pages read in extraction worker processes (`TINBAO_EXTRACT_WORKERS`): the real engine
stores the same records and counts and logs the same as when it reads them itself, a page that
crashes the extractor costs only that page, and no worker outlives the crawl."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils
from scrapy.exceptions import DropItem

from crawler import pageworker
from crawler.extraction import ExtractionPool
from crawler.mirror import FIXTURE_SITES, serving
from parsers.vietnamese.dates import LOCAL_TZ
from pipelines.htmlcodec import unpack_html
from pipelines.validate import ValidatePipeline
from tests.conftest import ROOT
from tests.crawling import FAST, CrawlResult, crawl, expected_pages

SITE = "baothaibinh"
IN_PROCESS = ("TINBAO_EXTRACT_WORKERS=0",)
WORKERS = ("TINBAO_EXTRACT_WORKERS=2", "TINBAO_EXTRACT_POOL_AFTER=0")  # every page to a worker
CRASH_PATH = "/tin-tuc/15/105870/them-38-san-pham-dat-chuan-ocop-cap-tinh"
CRASH_URL = "https://baothaibinh.com.vn" + CRASH_PATH
# Installed in every process of a crawl (the crawl process and its workers) through PYTHONPATH:
# the extractor raises on one page, as a parser bug would.
CRASHING_EXTRACTOR = f"""
import parsers.extract

_extract = parsers.extract.extract


def extract(html, url, **kwargs):
    if url == {CRASH_URL!r}:
        raise KeyError("the extractor crashed on purpose")
    return _extract(html, url, **kwargs)


parsers.extract.extract = extract
"""
VARYING_COLUMNS = ("fetched_at", "first_seen_at", "last_seen_at")
VARYING_STATS = re.compile(r"time|elapsed|per_minute|memusage|log_count/INFO|bytes|/latency")


def records(db: Path) -> list[dict]:
    rows = sqlite_utils.Database(db).query("select * from articles order by url")
    return [{k: v for k, v in row.items() if k not in VARYING_COLUMNS} for row in rows]


def crawl_stats(db: Path) -> dict:
    (row,) = sqlite_utils.Database(db).query("select stats from crawls")
    stats = json.loads(row["stats"])
    return {key: value for key, value in stats.items() if not VARYING_STATS.search(key)}


def warnings(run: CrawlResult) -> list[str]:
    """The run's WARNING and ERROR lines without their time stamp, the mirror's port, and the
    workers' own lines."""
    lines = []
    for line in run.log.splitlines():
        if re.search(r"\] (WARNING|ERROR): ", line) and "extraction worker" not in line:
            lines.append(re.sub(r"127\.0\.0\.1:\d+", "MIRROR", line.split(" ", 2)[2]))
    return sorted(lines)


def worker_pids(run: CrawlResult) -> list[int]:
    return [int(pid) for pid in re.findall(r"extraction worker (\d+) ready", run.log)]


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie has exited: it only waits for its parent to reap it)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, CrawlResult]]:
    runs = {}
    for name, settings in (("in_process", IN_PROCESS), ("workers", WORKERS)):
        db = tmp_path_factory.mktemp(name) / "news.db"
        runs[name] = db, crawl(SITE, db, settings=settings)
    return runs


def test_workers_store_the_same_records_as_the_crawl_process(both) -> None:
    (db, plain), (pooled_db, pooled) = both["in_process"], both["workers"]
    assert plain.returncode == pooled.returncode == 0
    assert len(worker_pids(pooled)) == 2 and worker_pids(plain) == []
    stored = records(pooled_db)
    assert stored == records(db)
    pages = expected_pages(SITE)
    assert sorted(r["url"] for r in stored) == sorted(
        url for url, page in pages.items() if page["headline"] and page["body"]
    )


def test_workers_store_the_same_pages_as_the_crawl_process(both) -> None:
    """The HTML compressed in the workers is the very blob the crawl process stores."""
    (db, _), (pooled_db, _) = both["in_process"], both["workers"]
    query = "select url, html_compressed from pages order by url"
    stored = list(sqlite_utils.Database(pooled_db).execute(query).fetchall())
    assert stored == list(sqlite_utils.Database(db).execute(query).fetchall())
    assert len(stored) == len(records(db))


def test_workers_count_and_log_the_same(both) -> None:
    (db, plain), (pooled_db, pooled) = both["in_process"], both["workers"]
    assert crawl_stats(pooled_db) == crawl_stats(db)
    assert warnings(pooled) == warnings(plain)


def test_no_worker_outlives_the_crawl(both) -> None:
    _, pooled = both["workers"]
    pids = worker_pids(pooled)
    assert pids and not [pid for pid in pids if alive(pid)]


@pytest.mark.parametrize("settings", [IN_PROCESS, WORKERS], ids=["in_process", "workers"])
def test_a_page_that_crashes_the_extractor_is_logged_and_the_rest_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: tuple[str, ...]
) -> None:
    (tmp_path / "inject").mkdir()
    (tmp_path / "inject" / "sitecustomize.py").write_text(CRASHING_EXTRACTOR, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path / "inject"), str(ROOT)]))
    db = tmp_path / "news.db"
    run = crawl(SITE, db, settings=settings)
    errors = [line for line in run.log.splitlines() if "] ERROR: " in line]
    assert len(errors) == 1
    assert re.search(
        rf"Spider error processing <GET http://127\.0\.0\.1:\d+{CRASH_PATH}>", errors[0]
    )
    assert "KeyError: 'the extractor crashed on purpose'" in run.log
    assert crawl_stats(db)["spider_exceptions/KeyError"] == 1
    pages = expected_pages(SITE)
    storable = {url for url, page in pages.items() if page["headline"] and page["body"]}
    assert CRASH_URL in storable
    assert sorted(r["url"] for r in records(db)) == sorted(storable - {CRASH_URL})
    assert (run.returncode, len(worker_pids(run))) == (0, 2 if settings == WORKERS else 0)


def start_crawl(base_url: str, db: Path, *settings: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "scrapy", "crawl", SITE, "-a", f"base_url={base_url}"]
    for setting in (*FAST, f"TINBAO_DB={db}", *WORKERS, *settings):
        command += ["-s", setting]
    return subprocess.Popen(
        command, cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )


def read_log_until(
    crawl_process: subprocess.Popen, log: list[str], done: Callable[[str], bool]
) -> None:
    """Append the crawl's log lines to `log` until `done` holds for what it has logged."""
    deadline = time.monotonic() + 120
    assert crawl_process.stderr is not None
    while not done("".join(log)):
        assert time.monotonic() < deadline and crawl_process.poll() is None, "".join(log)
        log.append(crawl_process.stderr.readline())


def wait_for_workers(crawl_process: subprocess.Popen) -> list[str]:
    """The crawl's log lines up to the second worker's `ready`."""
    log: list[str] = []
    read_log_until(crawl_process, log, lambda text: len(worker_pids(CrawlResult(0, text, []))) > 1)
    return log


def all_but_the_first(paths: set[str]) -> Callable[[str], bool]:
    """A mirror's `hold` for every request of one of `paths` but the first: the crawl reads one
    article page (which starts its workers) and then waits, however slow the machine, until
    the test releases the rest."""
    asked: list[str] = []

    def hold(path: str) -> bool:
        if path not in paths:
            return False
        asked.append(path)
        return len(asked) > 1

    return hold


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_stopped_crawl_leaves_no_worker(tmp_path: Path, stop: signal.Signals) -> None:
    hold = all_but_the_first({urlsplit(url).path for url in expected_pages(SITE)})
    with serving(FIXTURE_SITES / SITE, hold=hold) as mirror:
        crawl_process = start_crawl(mirror.base_url, tmp_path / "news.db", "DOWNLOAD_TIMEOUT=600")
        log = wait_for_workers(crawl_process)
        crawl_process.send_signal(stop)
        mirror.release()
        log.append(crawl_process.stderr.read())
        crawl_process.wait(timeout=60)
    text = "".join(log)
    assert f"Received {stop.name}, shutting down gracefully" in text
    pids = worker_pids(CrawlResult(0, text, []))
    assert len(pids) == 2 and not [pid for pid in pids if alive(pid)]


def test_a_killed_worker_costs_only_the_pages_it_held(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    pages = expected_pages(SITE)
    hold = all_but_the_first({urlsplit(url).path for url in pages})
    with serving(FIXTURE_SITES / SITE, hold=hold) as mirror:
        crawl_process = start_crawl(mirror.base_url, db, "DOWNLOAD_TIMEOUT=600")
        log = wait_for_workers(crawl_process)
        killed = worker_pids(CrawlResult(0, "".join(log), []))[0]
        os.kill(killed, signal.SIGKILL)
        read_log_until(crawl_process, log, lambda text: f"extraction worker {killed} died" in text)
        mirror.release()
        log.append(crawl_process.stderr.read())
        assert crawl_process.wait(timeout=120) == 0
    text = "".join(log)
    assert f"extraction worker {killed} died (exit -9); starting another" in text
    assert len(worker_pids(CrawlResult(0, text, []))) == 3  # the killed one's successor too
    lost = re.findall(r"WARNING: (\S+): the extraction worker died reading the page", text)
    assert crawl_stats(db).get("tinbao/bad_page/extractor_died", 0) == len(lost)
    storable = {url for url, page in pages.items() if page["headline"] and page["body"]}
    assert sorted(r["url"] for r in records(db)) == sorted(storable - set(lost))


# A page that kills the worker process reading it (as running out of memory on it would); the
# crawl process itself (`python -m scrapy`) reads it as usual.
KILLING_EXTRACTOR = f"""
import os
import sys

import parsers.extract

_extract = parsers.extract.extract


def extract(html, url, **kwargs):
    if url == {CRASH_URL!r} and sys.argv[0] == "-c":
        os._exit(9)
    return _extract(html, url, **kwargs)


parsers.extract.extract = extract
"""


def test_a_page_held_by_a_dead_worker_is_read_again_and_given_up_at_the_second_death(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each page a killed worker held goes to its successor, so a worker killed for another
    reason costs no page; the page it was reading is given up only when a second worker dies
    reading it, and the crawl goes on without it."""
    (tmp_path / "inject").mkdir()
    (tmp_path / "inject" / "sitecustomize.py").write_text(KILLING_EXTRACTOR, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path / "inject"), str(ROOT)]))
    db = tmp_path / "news.db"
    run = crawl(SITE, db, settings=WORKERS)
    assert len(re.findall(r"extraction worker \d+ died \(exit 9\); starting another", run.log)) == 2
    lost = re.findall(r"WARNING: (\S+): the extraction worker died reading the page", run.log)
    assert lost == [CRASH_URL]
    assert crawl_stats(db)["tinbao/bad_page/extractor_died"] == 1
    pages = expected_pages(SITE)
    storable = {url for url, page in pages.items() if page["headline"] and page["body"]}
    assert sorted(r["url"] for r in records(db)) == sorted(storable - {CRASH_URL})
    assert run.returncode == 0


def crash_page() -> bytes:
    return (FIXTURE_SITES / SITE / CRASH_PATH.lstrip("/") / "page.html").read_bytes()


@pytest.mark.parametrize("planned, starts", [(101, True), (100, False)])
def test_a_crawl_that_asked_for_more_pages_than_the_threshold_starts_at_its_first(
    planned: int, starts: bool
) -> None:
    """A spider that has asked for 101 pages starts the workers at its first; one that asked
    for 100 would wait for its 101st. The first page is read in process either way."""

    async def first_page() -> tuple[bool, str | None]:
        pool = ExtractionPool(workers=1, start_after=100)
        now = datetime.now(LOCAL_TZ)
        page = await pool.read(crash_page(), "text/html", CRASH_URL, now, planned=planned)
        started = pool.started
        await pool.stop()
        return started, page.normalized.record["headline"] if page.normalized else None

    headline = expected_pages(SITE)[CRASH_URL]["headline"]
    assert asyncio.run(first_page()) == (starts, headline)


def test_a_page_read_for_storage_comes_with_its_html_compressed() -> None:
    now = datetime.now(LOCAL_TZ)
    page = pageworker.read_page(crash_page(), "text/html", CRASH_URL, now, pack=True)
    assert page.packed is not None and unpack_html(page.packed) == page.html
    assert pageworker.read_page(crash_page(), "text/html", CRASH_URL, now).packed is None


ERROR_PAGE = (
    '<html><head><meta charset="utf-8"><title>404</title></head>'
    "<body><h1>404</h1><p>Không tìm thấy trang bạn yêu cầu.</p></body></html>"
).encode()


def test_a_page_comes_judged_as_the_validator_judges_its_record() -> None:
    now = datetime.now(LOCAL_TZ)
    error = pageworker.read_page(ERROR_PAGE, "text/html", CRASH_URL, now)
    assert error.drop == "error_page"
    assert pageworker.read_page(crash_page(), "text/html", CRASH_URL, now).drop is None


def test_the_validator_takes_the_readers_judgement_out_of_the_record() -> None:
    stats = type("Stats", (), {"inc_value": lambda self, key: None})()
    record = {"url": CRASH_URL, "headline": "404", "body": "Không tìm thấy trang bạn yêu cầu."}
    with pytest.raises(DropItem, match="not stored, error page"):
        ValidatePipeline(stats).process_item({**record, "drop_reason": "error_page"})
    article = {**record, "headline": "Tin Thái Bình", "body": "Hội nghị tổng kết năm của tỉnh."}
    kept = ValidatePipeline(stats).process_item({**article, "drop_reason": None})
    assert kept == article


def test_a_page_normalize_fails_on_is_left_to_the_pipeline(monkeypatch) -> None:
    """The pipeline normalizes it again and raises there, logged as it always was."""

    def broken(*args: object) -> None:
        raise ValueError("normalize failed on purpose")

    monkeypatch.setattr(pageworker, "normalize_item", broken)
    page = pageworker.read_page(crash_page(), "text/html", CRASH_URL, datetime.now(LOCAL_TZ))
    assert page.normalized is None
    assert page.extraction.headline == expected_pages(SITE)[CRASH_URL]["headline"]
