"""Distributed crawl with a real redis-server: enqueue, workers, the one writer, status.

Workers and writers are real `tinbao` processes; sites are served over HTTP on 127.0.0.1 by a
server the test starts, whose hit log shows what was fetched and when.
"""

from __future__ import annotations

import gzip
import json
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import sqlite_utils
from click.testing import CliRunner, Result
from scrapy import Request
from scrapy.http import Response

from crawler.cli import cli
from crawler.distributed import keys
from crawler.distributed.worker import SharedRateLimit
from crawler.distributed.writer import Writer
from crawler.mirror import FIXTURE_SITES, serving
from parsers.record import EXTRACT_KEYS, LIST_KEYS
from pipelines import db as store
from tests.conftest import ROOT
from tests.crawling import expected_pages
from tests.faults.harness import article_path
from tests.faults.server import Fault
from tests.faults.server import serving as fault_serving
from tests.synthetic import SyntheticSite, build

LOCAL = (
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=0",
    "LOG_LEVEL=INFO",
    "TINBAO_WORKER_HEARTBEAT_TTL=6",  # short, for the kill test; a loaded machine needs 6
    "TINBAO_WORKER_TICK=0.2",  # finished requests acknowledged and idle workers woken sooner
    "TINBAO_HOST_RATE=0",  # the rate test sets its own
)


def tinbao(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", *args]


def run(*args: str) -> Result:
    """A short `tinbao` command, in this process (workers and writers get their own)."""
    return CliRunner().invoke(cli, list(args))


def enqueue_days(redis_db: str, db: Path, site: SyntheticSite, base_url: str) -> None:
    """Seed every archive day of a synthetic Thái Bình site served at `base_url`."""
    first, last = site.first.isoformat(), site.last.isoformat()
    seeded = run(
        "enqueue", "--redis", redis_db, "--db", str(db), "baothaibinh",
        "--from", first, "--to", last, "-a", f"base_url={base_url}",
    )  # fmt: skip
    assert seeded.exit_code == 0, seeded.output


A_PATH = article_path("105870")
B_PATH = article_path("104560")
STARTED: list[subprocess.Popen] = []


@pytest.fixture(autouse=True)
def no_process_left() -> Iterator[None]:
    """A failed test leaves no worker or writer running."""
    yield
    while STARTED:
        process = STARTED.pop()
        if process.poll() is None:
            process.kill()
            process.wait()


def start(log: Path, *args: str) -> subprocess.Popen:
    with log.open("ab") as out:
        process = subprocess.Popen(tinbao(*args), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    STARTED.append(process)
    return process


def worker(url: str, log: Path, *settings: str, site: str = "baothaibinh") -> subprocess.Popen:
    options = [value for setting in (*LOCAL, *settings) for value in ("-s", setting)]
    return start(log, "worker", "--redis", url, site, *options)


def writer(url: str, db: Path, log: Path) -> subprocess.Popen:
    return start(log, "ingest", "--redis", url, "--db", str(db), "--batch", "20")


def finish(processes: list[subprocess.Popen], logs: list[Path], timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    for process in processes:
        process.wait(timeout=max(1, deadline - time.monotonic()))
    codes = [p.returncode for p in processes]
    assert codes == [0] * len(codes), "\n".join(log.read_text()[-3000:] for log in logs)


def stored(db: Path) -> list[str]:
    return [r["url"] for r in sqlite_utils.Database(db).query("select url from articles")]


def integrity(db: Path) -> str:
    return sqlite_utils.Database(db).execute("pragma integrity_check").fetchone()[0]


def test_a_worker_and_the_writer_store_the_mirror_like_a_local_crawl(
    redis_db: str, tmp_path: Path
) -> None:
    db, log = tmp_path / "news.db", tmp_path / "log.txt"
    with serving(FIXTURE_SITES / "baothaibinh") as mirror:
        seeded = run(
            "enqueue",
            "--redis",
            redis_db,
            "--db",
            str(db),
            "baothaibinh",
            "-a",
            f"base_url={mirror.base_url}",
        )
        assert seeded.exit_code == 0, seeded.output
        assert seeded.stdout == (
            "baothaibinh: 3 start requests queued, 0 already scheduled, "
            "0 known articles shared (new run)\n"
        )
        finish([worker(redis_db, log), writer(redis_db, db, log)], [log])
    expected = {
        u: p for u, p in expected_pages("baothaibinh").items() if p["headline"] and p["body"]
    }
    rows = {row["url"]: row for row in sqlite_utils.Database(db)["articles"].rows}
    assert sorted(rows) == sorted(expected)
    for url, row in rows.items():
        assert {k: json.loads(row[k]) if k in LIST_KEYS else row[k] for k in EXTRACT_KEYS} == (
            expected[url]
        )
    crawl = (
        sqlite_utils.Database(db)
        .execute("select spider, status, items_new, items_dropped from crawls")
        .fetchall()
    )
    assert crawl == [("baothaibinh", "finished", 15, 1)]
    dropped = sqlite_utils.Database(db).execute("select url, reason from dropped_pages").fetchall()
    assert [reason for _, reason in dropped] == ["missing body"]


def test_next_run_fetches_no_known_article(redis_db: str, tmp_path: Path) -> None:
    db, log = tmp_path / "news.db", tmp_path / "log.txt"
    with serving(FIXTURE_SITES / "baothaibinh") as mirror:
        for _ in range(2):
            mirror.hits.clear()
            args = ["--db", str(db), "baothaibinh", "-a", f"base_url={mirror.base_url}"]
            assert run("enqueue", "--redis", redis_db, *args).exit_code == 0
            finish([worker(redis_db, log), writer(redis_db, db, log)], [log])
    # The second run reads the feed and the first listing pages only, all their articles known,
    # and the one page the first run dropped (the video page), due for its next try as in a
    # local run.
    assert sorted(mirror.hits) == [
        "/robots.txt",
        "/rss/home.rss",
        "/tin-tuc/12/109230/video-nghe-nhan-lang-cheo-khuoc-bieu-dien-phuc-vu-du-khach",
        "/tin-tuc/12/thoi-su",
        "/tin-tuc/15/kinh-te",
    ]
    assert len(stored(db)) == 15


def test_an_article_moved_for_good_is_remembered_and_not_fetched_again(
    redis_db: str, tmp_path: Path
) -> None:
    """Article A answers `301` to article B: the writer records it in `redirects` as a local
    crawl does, and the next run fetches neither (before, workers never told the writer, so
    every run fetched A again, only to land on B)."""
    db, log = tmp_path / "news.db", tmp_path / "log.txt"
    moved = {A_PATH: Fault(status=301, headers={"Location": B_PATH}, body=b"")}
    with fault_serving(FIXTURE_SITES / "baothaibinh", moved) as site:
        fetched = []
        for _ in range(2):
            site.hits.clear()
            args = ["--db", str(db), "baothaibinh", "-a", f"base_url={site.base_url}"]
            assert run("enqueue", "--redis", redis_db, *args).exit_code == 0
            finish([worker(redis_db, log), writer(redis_db, db, log)], [log])
            fetched.append(site.paths().count(A_PATH))
    assert fetched == [1, 0]
    rows = sqlite_utils.Database(db).execute("select url, target, status from redirects")
    live = "https://baothaibinh.com.vn"
    assert rows.fetchall() == [(live + A_PATH, live + B_PATH, 301)]
    assert len(stored(db)) == 14
    assert integrity(db) == "ok"


def test_a_worker_obeys_the_local_crawls_url_policy(redis_db: str, tmp_path: Path) -> None:
    """A worker runs every downloader check a local crawl runs: an article redirected to
    another host is refused there (before, workers ran Scrapy's default middlewares only and
    fetched it), and a body cut short in its gzip stream is never read."""
    db, log = tmp_path / "news.db", tmp_path / "log.txt"
    with fault_serving(FIXTURE_SITES / "baothaibinh") as foreign:
        page = (FIXTURE_SITES / "baothaibinh" / B_PATH.strip("/") / "page.html").read_bytes()
        packed = gzip.compress(page)
        faults = {
            A_PATH: Fault(status=301, headers={"Location": foreign.url(A_PATH)}, body=b""),
            B_PATH: Fault(body=packed[: len(packed) // 2], headers={"Content-Encoding": "gzip"}),
        }
        with fault_serving(FIXTURE_SITES / "baothaibinh", faults) as site:
            args = ["--db", str(db), "baothaibinh", "-a", f"base_url={site.base_url}"]
            assert run("enqueue", "--redis", redis_db, *args).exit_code == 0
            finish([worker(redis_db, log), writer(redis_db, db, log)], [log])
    assert foreign.hits == []
    urls = stored(db)
    assert len(urls) == 13
    live = "https://baothaibinh.com.vn"
    assert live + A_PATH not in urls and live + B_PATH not in urls
    text = log.read_text()
    assert f"{foreign.url(A_PATH)}: not followed (off_site_redirect; " in text
    assert f"{site.url(B_PATH)}: body not read, its gzip encoding cannot be decoded" in text


def test_a_worker_stopped_gives_up_a_hanging_request_and_puts_it_back(
    redis_db: str, tmp_path: Path
) -> None:
    """Article A's server holds the connection open for 60 s; SIGTERM comes once A is asked
    for: the worker ends well before A's answer (within 30 s: time enough for a worker short of
    processor time beside other test runs), and A goes back in the queue, so the next worker and
    the writer store all 15 articles without another enqueue."""
    db, log = tmp_path / "news.db", tmp_path / "log.txt"
    client = keys.connect(redis_db)
    with fault_serving(FIXTURE_SITES / "baothaibinh", {A_PATH: Fault(stall=60.0)}) as site:
        args = ["--db", str(db), "baothaibinh", "-a", f"base_url={site.base_url}"]
        assert run("enqueue", "--redis", redis_db, *args).exit_code == 0
        stopping = worker(redis_db, log)
        deadline = time.monotonic() + 60
        while A_PATH not in site.paths():
            assert time.monotonic() < deadline, log.read_text()[-2000:]
            time.sleep(0.05)
        started = time.monotonic()
        stopping.send_signal(signal.SIGTERM)
        stopping.wait(timeout=60)
        assert time.monotonic() - started < 30, log.read_text()[-2000:]
        assert stopping.returncode == 0, log.read_text()[-2000:]
        assert client.zcard(keys.queue("baothaibinh")) >= 1
        site.faults.clear()
        finish([worker(redis_db, log), writer(redis_db, db, log)], [log])
    assert site.paths().count(A_PATH) == 2
    assert len(stored(db)) == 15
    assert integrity(db) == "ok"


def test_three_workers_and_one_writer_backfill_each_page_once(
    redis_db: str, tmp_path: Path
) -> None:
    db, logs = tmp_path / "news.db", [tmp_path / f"log{i}.txt" for i in range(4)]
    site = build("baothaibinh", tmp_path / "site", days=30, per_day=10)
    with serving(site.root) as mirror:
        enqueue_days(redis_db, db, site, mirror.base_url)
        processes = [worker(redis_db, logs[i]) for i in range(3)]
        processes.append(writer(redis_db, db, logs[3]))
        finish(processes, logs)
    assert len(site.articles) == 300
    assert sorted(stored(db)) == sorted(site.articles)
    hits = Counter(mirror.hits)
    assert hits.pop("/robots.txt") == 3  # once per worker
    pages = site.archive_paths + ["/" + url.split("/", 3)[3] for url in site.articles]
    assert sorted(hits) == sorted(pages)
    assert set(hits.values()) == {1}
    assert integrity(db) == "ok"
    database = sqlite_utils.Database(db)
    assert database.execute("select count(*) from view_counts").fetchone()[0] == 300
    assert database.execute("select count(*) from article_revisions").fetchone()[0] == 0
    # Three workers did share the work.
    assert all("sent to the writer" in log.read_text() for log in logs[:3])


def test_killed_worker_and_writer_lose_nothing_and_store_nothing_twice(
    redis_db: str, tmp_path: Path
) -> None:
    db, logs = tmp_path / "news.db", [tmp_path / f"log{i}.txt" for i in range(6)]
    site = build("baothaibinh", tmp_path / "site", days=12, per_day=10)
    with serving(site.root) as mirror:
        enqueue_days(redis_db, db, site, mirror.base_url)
        workers = [worker(redis_db, logs[i]) for i in range(3)]
        ingest = writer(redis_db, db, logs[3])
        deadline = time.monotonic() + 60
        while not (db.exists() and len(stored(db)) >= 30):
            assert time.monotonic() < deadline, logs[3].read_text()[-2000:]
            time.sleep(0.1)
        workers[0].send_signal(signal.SIGKILL)
        ingest.send_signal(signal.SIGKILL)
        workers[0].wait()
        ingest.wait()
        client = keys.connect(redis_db)
        in_hand = sum(  # the killed worker's requests, until a live one revives them
            client.zcard(key)
            for key in client.scan_iter(keys.inflight("baothaibinh", "*"))
            if key.split(":")[4] == str(workers[0].pid)
        )
        before = len(stored(db))
        assert before < 120  # killed mid-run
        restarted = [worker(redis_db, logs[4]), writer(redis_db, db, logs[5])]
        finish(workers[1:] + restarted, logs)
    urls = stored(db)
    assert sorted(urls) == sorted(site.articles)  # nothing lost, nothing twice
    assert integrity(db) == "ok"
    assert (
        sqlite_utils.Database(db).execute("select count(*) from article_revisions").fetchone()[0]
        == 0
    )
    hits = Counter(mirror.hits)
    pages = site.archive_paths + ["/" + url.split("/", 3)[3] for url in site.articles]
    assert set(pages) <= set(hits)  # every page fetched…
    refetched = sum(count - 1 for path, count in hits.items() if path in pages)
    assert refetched <= in_hand  # …again only if the killed worker had it in hand
    assert client.llen(keys.ITEMS) == client.llen(keys.PROCESSING) == 0


def test_host_rate_holds_across_workers(redis_db: str, tmp_path: Path) -> None:
    """Two workers at 4 requests/s per host: the server sees them 0.25 s apart, not 2× faster.

    The workers wait for work (--wait) and take two requests at a time, so both share the
    crawl; SIGTERM then stops them.
    """
    db, logs = tmp_path / "news.db", [tmp_path / f"log{i}.txt" for i in range(3)]
    site = build("baothaibinh", tmp_path / "site", days=3, per_day=4)
    client = keys.connect(redis_db)
    settings = ["TINBAO_HOST_RATE=4", "CONCURRENT_REQUESTS=2"]
    options = [value for setting in (*LOCAL, *settings) for value in ("-s", setting)]
    workers = [
        start(logs[i], "worker", "--redis", redis_db, "--wait", "baothaibinh", *options)
        for i in range(2)
    ]
    deadline = time.monotonic() + 60
    while client.scard(keys.workers("baothaibinh")) < 2:
        assert time.monotonic() < deadline, logs[0].read_text()[-2000:]
        time.sleep(0.1)
    with serving(site.root) as mirror:
        enqueue_days(redis_db, db, site, mirror.base_url)
        ingest = writer(redis_db, db, logs[2])
        deadline = time.monotonic() + 120  # three processes short of processor time, at worst
        while len(stored(db) if db.exists() else []) < 12:
            assert time.monotonic() < deadline, logs[2].read_text()[-2000:]
            time.sleep(0.1)
        for process in workers:
            process.send_signal(signal.SIGTERM)
        finish([*workers, ingest], logs)
    times = sorted(t for t, _ in mirror.times)
    assert Counter(path for _, path in mirror.times)["/robots.txt"] == 2  # both workers fetched
    assert len(times) == 2 + 3 + 12  # robots.txt twice, archive days, articles
    # Sends are reserved 0.25 s apart in Redis; a worker starved of CPU may send one late (0.4 s
    # late seen on a machine at load 23), so allow 0.5 s of jitter per window of 8: two workers
    # each keeping their own rate would fill a window of 8 in 1.0 s, well under the 1.5 s floor.
    for i in range(len(times) - 8):
        assert times[i + 8] - times[i] >= 8 * 0.25 - 0.5, times
    assert times[-1] - times[0] >= (len(times) - 1) * 0.25 - 0.5


def test_writer_replays_an_interrupted_batch_without_duplicates(
    redis_db: str, tmp_path: Path
) -> None:
    client = keys.connect(redis_db)
    record = dict.fromkeys(("url", "site", "headline", "body", "fetched_at", "views"))
    record.update(
        url="https://baothaibinh.com.vn/tin-tuc/12/1/a",
        site="baothaibinh",
        headline="Tin một",
        body="Nội dung.",
        fetched_at="2024-06-03T08:00:00+07:00",
        views=1204,
        views_raw="1.204 lượt xem",
    )
    message = json.dumps(
        {"kind": "article", "site": "baothaibinh", "record": record, "html": "<p>"}
    )
    client.lpush(keys.ITEMS, message)
    first = Writer(client, str(tmp_path / "news.db"))
    batch = first.take(wait=1)
    first.store(batch)
    first.finish()
    # A writer killed after its commit but before the acknowledgement left the batch behind.
    client.lpush(keys.PROCESSING, *batch)
    second = Writer(client, str(tmp_path / "news.db"))
    assert second.recover() == 1
    second.run()
    stats = second.finish()
    database = sqlite_utils.Database(tmp_path / "news.db")
    counts = [
        database.execute(f"select count(*) from {table}").fetchone()[0]
        for table in ("articles", "view_counts", "article_revisions", "pages")
    ]
    assert counts == [1, 1, 0, 1]
    assert stats["baothaibinh"]["tinbao/stored/unchanged"] == 1
    assert client.smembers(keys.known("baothaibinh")) == {record["url"]}


def queue_short_articles(client: redis.Redis, count: int) -> None:
    """Queue `count` one-line articles for the writer, as crawl workers send them."""
    for i in range(count):
        record = {
            "url": f"https://baothaibinh.com.vn/tin-tuc/12/{i}/a",
            "site": "baothaibinh",
            "headline": f"Tin số {i}",
            "body": "Nội dung.",
            "fetched_at": "2024-06-03T08:00:00+07:00",
        }
        message = {"kind": "article", "site": "baothaibinh", "record": record, "html": "<p>"}
        client.lpush(keys.ITEMS, json.dumps(message))


def test_the_writer_merges_the_search_indexes_once_its_queue_is_empty(
    redis_db: str, tmp_path: Path
) -> None:
    client = keys.connect(redis_db)
    queue_short_articles(client, 20)
    writer = Writer(client, str(tmp_path / "news.db"), batch_size=1)
    segments = "SELECT count(DISTINCT segid) FROM articles_search_idx"
    for _ in range(20):
        writer.store(writer.take(wait=1))
    assert writer.db.execute(segments).fetchone()[0] == 20  # a segment per batch, unmerged
    writer.run()  # finds the queue empty and no work left
    assert writer.db.execute(segments).fetchone()[0] == 1  # merged into one
    writer.finish()


def test_a_writer_stopped_by_a_signal_closes_its_runs_as_interrupted(
    redis_db: str, tmp_path: Path
) -> None:
    """SIGTERM or Ctrl-C sets `stopping`: the batch in hand is stored and the run is recorded
    `interrupted`, a status the crawls table knows (it was given Scrapy's finish reason)."""
    client = keys.connect(redis_db)
    queue_short_articles(client, 3)
    writer = Writer(client, str(tmp_path / "news.db"), batch_size=10)
    writer.store(writer.take(wait=1))
    writer.stopping = True  # what the signal handler of `stop_on_signals` does
    writer.finish()
    db = sqlite_utils.Database(tmp_path / "news.db")
    assert [row["status"] for row in db["crawls"].rows] == [store.INTERRUPTED]
    assert db["articles"].count == 3
    db.close()


def test_the_writer_merges_a_search_step_after_each_batch(redis_db: str, tmp_path: Path) -> None:
    client = keys.connect(redis_db)
    queue_short_articles(client, 20)
    writer = Writer(client, str(tmp_path / "news.db"), batch_size=1)
    seen = []

    def stored(count: int) -> None:
        seen.append(sum(store.search_levels(writer.db, "articles_search")))

    writer.run(on_batch=stored)
    # Level 0 gets a segment a batch, and the eighth is merged with the others at once, where
    # a segment a batch stood unmerged until the queue was empty.
    # (Segments this small are all of one size: FTS5 gives level 0 back the merged one.)
    assert seen == [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6]
    writer.finish()


def test_the_writer_never_lets_a_copy_replace_the_article(redis_db: str, tmp_path: Path) -> None:
    """A copy (`?lang=en`, keyed by the article's URL) queued after the article's own page in
    one batch, and again in a later batch, is counted and not stored. Of two copies alone, the
    one at the first address in sort order is stored, noted in `stored_copies` and left out of
    the known URLs, so the article's own page is still fetched; when it comes, it replaces the
    copy's text and the note goes."""
    client = keys.connect(redis_db)
    url = "https://baothaibinh.com.vn/tin-tuc/12/1/a"
    alone = "https://baothaibinh.com.vn/tin-tuc/12/2/b"

    def article(key: str, headline: str, copy: str = "") -> str:
        record = dict.fromkeys(("url", "site", "headline", "body", "fetched_at", "views"))
        record.update(url=key, site="baothaibinh", headline=headline, body="Nội dung.")
        record["fetched_at"] = "2024-06-03T08:00:00+07:00"
        extra = {"copy_from": f"{key}{copy}"} if copy else {}
        message = {"kind": "article", "site": "baothaibinh", "record": record, **extra}
        return json.dumps(message)

    writer = Writer(client, str(tmp_path / "news.db"))
    client.rpush(keys.ITEMS, article(url, "Tin một"), article(url, "News one", "?lang=en"))
    writer.store(writer.take(wait=1))
    client.rpush(
        keys.ITEMS,
        article(url, "News one", "?lang=en"),
        article(alone, "News two", "?lang=en"),
        article(alone, "Trang 2", "?page=2"),  # taken first: the list is drained from its end
    )
    writer.store(writer.take(wait=1))
    database = sqlite_utils.Database(tmp_path / "news.db")
    rows = {row["url"]: row["headline"] for row in database["articles"].rows}
    assert rows == {url: "Tin một", alone: "News two"}
    notes = [(row["url"], row["copy_url"]) for row in database["stored_copies"].rows]
    assert notes == [(alone, f"{alone}?lang=en")]
    assert client.smembers(keys.known("baothaibinh")) == {url}
    client.rpush(keys.ITEMS, article(alone, "Tin hai"))
    writer.store(writer.take(wait=1))
    stats = writer.finish()
    rows = {row["url"]: row["headline"] for row in database["articles"].rows}
    assert rows == {url: "Tin một", alone: "Tin hai"}
    assert database["stored_copies"].count == 0
    assert client.smembers(keys.known("baothaibinh")) == {url, alone}
    assert stats["baothaibinh"]["tinbao/copy/skipped"] == 3
    assert stats["baothaibinh"]["tinbao/copy/kept"] == 1


def test_a_second_writer_is_refused(redis_db: str, tmp_path: Path) -> None:
    client = keys.connect(redis_db)
    client.set(keys.WRITER_LOCK, "another-host:1234")
    done = run("ingest", "--redis", redis_db, "--db", str(tmp_path / "news.db"))
    assert done.exit_code == 3
    assert done.stderr == "tinbao ingest: another writer holds the lock (another-host:1234)\n"


def test_status_shows_queues_workers_and_items(redis_db: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(FIXTURE_SITES / "baothaibinh") as mirror:
        args = ["--db", str(db), "baothaibinh", "-a", f"base_url={mirror.base_url}"]
        assert run("enqueue", "--redis", redis_db, *args).exit_code == 0
    client = keys.connect(redis_db)
    client.lpush(keys.ITEMS, "{}", "{}")
    client.sadd(keys.workers("baothaibinh"), "host-a:10:abc")
    client.hset(
        keys.heartbeat("baothaibinh", "host-a:10:abc"),
        mapping={
            "site": "baothaibinh",
            "in_flight": 2,
            "pages": 40,
            "items": 31,
            "beat": time.time(),
        },
    )
    shown = run("status", "--redis", redis_db)
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert lines[3].split() == ["baothaibinh", "3", "0", "0", "1"]
    assert "items waiting for the writer: 2 (in the writer's open batch: 0)" in lines
    assert "workers alive: 1" in lines
    assert any(line.split()[:2] == ["host-a:10:abc", "baothaibinh"] for line in lines)


def test_host_slots_are_spaced_and_retry_after_moves_them_for_every_worker(redis_db: str) -> None:
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    one = SharedRateLimit(get_crawler(Spider), keys.connect(redis_db), rate=4)
    other = SharedRateLimit(get_crawler(Spider), keys.connect(redis_db), rate=4)  # same host
    waits = [one.reserve_slot("127.0.0.1:9"), other.reserve_slot("127.0.0.1:9")]
    waits.append(one.reserve_slot("127.0.0.1:9"))
    assert waits[0] == 0
    assert 0 < waits[1] <= 0.25 < waits[2] <= 0.5  # 0.25 and 0.5 s, less the time elapsed
    request = Request("http://127.0.0.1:9/tin-tuc/1")
    busy = Response(request.url, status=429, headers={"Retry-After": "30"}, request=request)
    assert one.process_response(request, busy) is busy
    assert 29 < other.reserve_slot("127.0.0.1:9") <= 30
    assert other.reserve_slot("127.0.0.1:10") == 0  # other hosts are not held back


def test_a_request_handed_to_the_engine_is_served_first_and_skips_redis(redis_db: str) -> None:
    """A worker hands its idle engine a request it already took from the shared queue; the
    scheduler serves it next without queueing it again or marking it seen."""
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from crawler.distributed.queue import HANDED, SharedScheduler
    from crawler.distributed.worker import worker_settings

    crawler = get_crawler(Spider, {**worker_settings(redis_db), "TINBAO_HOST_RATE": 0})
    spider = Spider.from_crawler(crawler, name="baothaibinh")
    scheduler = SharedScheduler.from_crawler(crawler)
    scheduler.open(spider)
    queued = Request("http://127.0.0.1:9/ngay/01-06-2024")
    assert scheduler.enqueue_request(queued)
    handed = Request("http://127.0.0.1:9/tin-tuc/15/1/a", meta={HANDED: True})
    assert scheduler.enqueue_request(handed)
    client = keys.connect(redis_db)
    assert client.zcard(keys.queue("baothaibinh")) == 1  # only the queued one
    assert scheduler.has_pending_requests()
    assert scheduler.next_request() is handed
    assert HANDED not in handed.meta
    assert scheduler.next_request().url == queued.url
    assert scheduler.next_request() is None
    # The hand-over bypassed the dupefilter (a worker's request was marked when first queued).
    assert scheduler.enqueue_request(Request(handed.url))


def test_a_request_taken_twice_stays_in_flight_until_both_are_done(redis_db: str) -> None:
    """A refresh queued again (a second `enqueue`) while a worker holds it may be taken by that
    worker again: both are one entry of its in-flight set, kept until the second is done."""
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from crawler.distributed.queue import ReliableQueue
    from crawler.distributed.worker import worker_settings

    crawler = get_crawler(Spider, worker_settings(redis_db))
    spider = Spider.from_crawler(crawler, name="baothaibinh")
    queue = ReliableQueue(redis.Redis.from_url(redis_db), spider, keys.QUEUE)
    refresh = Request("http://127.0.0.1:9/tin-tuc/15/1/a", meta={"tinbao_refresh": True})
    queue.push(refresh)
    first = queue.pop()
    queue.push(refresh)
    second = queue.pop()
    client = keys.connect(redis_db)
    assert client.zcard(queue.inflight_key) == 1
    queue.done([first])
    assert client.zcard(queue.inflight_key) == 1
    queue.done([second])
    assert client.zcard(queue.inflight_key) == 0
