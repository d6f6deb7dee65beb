"""The distributed crawl's commands meeting a Redis that is not there or will not serve: no
server on the port, a web server on it, a URL of another scheme, a password asked for, a
database number Redis does not have, a Redis out of memory; and a writer told to write into a
folder that does not exist, a backfill window given backwards.

README: exit 1 with one line on stderr for an error, 2 for bad usage; never a traceback.
docs/distributed.md: every key lives under `tinbao:`; nothing is queued by a command that fails.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis

from crawler.distributed import keys
from crawler.exitcodes import ExitCode
from tests.conftest import ROOT
from tests.faults.harness import MIRROR, article_path, integrity, stored, tinbao
from tests.faults.server import Fault, serving
from tests.redis_server import free_port, running_redis


def one_line_error(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]


@contextmanager
def own_redis(tmp_path: Path, *options: str) -> Iterator[str]:
    """A redis-server of this test's own, started with `options`."""
    folder = tmp_path / "redis"
    folder.mkdir()
    with running_redis(folder, *options) as url:
        yield url


@contextmanager
def socket_client(port: int) -> Iterator[redis.Redis]:
    client = redis.Redis(host="127.0.0.1", port=port)
    try:
        yield client
    finally:
        client.close()


def test_status_with_no_redis_on_the_port_is_one_line() -> None:
    done = tinbao("status", "--redis", f"redis://127.0.0.1:{free_port()}/0")
    one_line_error(done)


def test_enqueue_to_a_web_server_in_place_of_redis_is_one_line(tmp_path: Path) -> None:
    with serving(MIRROR) as site:
        url = site.base_url.replace("http://", "redis://") + "/0"
        done = tinbao("enqueue", "--redis", url, "--db", str(tmp_path / "news.db"), "baothaibinh")
    one_line_error(done)


def test_a_redis_url_of_another_scheme_is_a_usage_error(redis_db: str) -> None:
    done = tinbao("status", "--redis", redis_db.replace("redis://", "http://"))
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr


def test_a_redis_asking_for_a_password_is_one_line_naming_it(tmp_path: Path) -> None:
    with own_redis(tmp_path, "--requirepass", "mat-khau") as url:
        done = tinbao("status", "--redis", url)
    one_line_error(done)
    assert "auth" in done.stderr.lower() or "password" in done.stderr.lower(), done.stderr


def test_a_database_number_redis_does_not_have_is_one_line(redis_db: str) -> None:
    done = tinbao("status", "--redis", redis_db.rsplit("/", 1)[0] + "/99")
    one_line_error(done)


def test_a_writer_told_to_write_into_a_missing_folder_creates_nothing(
    redis_db: str, tmp_path: Path
) -> None:
    db = tmp_path / "no-such-folder" / "news.db"
    done = tinbao("ingest", "--redis", redis_db, "--db", str(db))
    one_line_error(done)
    assert not db.parent.exists()
    assert redis.Redis.from_url(redis_db).keys("tinbao:*writer*") == []


def test_a_backfill_given_backwards_queues_nothing(redis_db: str, tmp_path: Path) -> None:
    done = tinbao(
        "enqueue", "--redis", redis_db, "--db", str(tmp_path / "news.db"), "baothaibinh",
        "--from", "2024-06-04", "--to", "2024-05-17",
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert redis.Redis.from_url(redis_db).dbsize() == 0


@contextmanager
def full_redis(tmp_path: Path) -> Iterator[tuple[str, redis.Redis]]:
    """A Redis holding 3 MB under a 1 MB `maxmemory` with `noeviction`: every write refused."""
    with own_redis(tmp_path, "--maxmemory-policy", "noeviction") as url:
        client = redis.Redis.from_url(url)
        for number in range(30):
            client.set(f"other:{number}", b"x" * 100_000)
        client.config_set("maxmemory", "1mb")
        yield url, client


def test_a_redis_out_of_memory_is_one_line_naming_it(tmp_path: Path) -> None:
    with full_redis(tmp_path) as (url, client):
        done = tinbao("enqueue", "--redis", url, "--db", str(tmp_path / "news.db"), "baothaibinh")
        queued = client.keys("tinbao:*")
    one_line_error(done)
    assert "memory" in done.stderr.lower(), done.stderr
    assert queued == []


@pytest.mark.parametrize("command", ["worker", "ingest"])
def test_a_worker_or_writer_on_a_redis_out_of_memory_stops_in_one_line(
    tmp_path: Path, command: str
) -> None:
    """Before: the worker logged six tracebacks (its heartbeat refused) and ended `OK`, exit 0."""
    db = tmp_path / "news.db"
    words = ["baothaibinh"] if command == "worker" else ["--db", str(db)]
    with full_redis(tmp_path) as (url, client):
        done = tinbao(command, "--redis", url, *words)
        written = client.keys("tinbao:*")
    one_line_error(done, "memory")
    assert written == []


def test_a_worker_whose_redis_fills_up_meanwhile_says_so_and_stops(tmp_path: Path) -> None:
    """Redis reaches its `maxmemory` (`noeviction`) while a worker crawls, one article's answer
    held back 3 s: the worker says so in one line, stops, exit 4; the items it sent before stay
    for the writer, and once Redis has room again the next worker and the writer store all 15
    articles (before: Redis's tracebacks in the worker's log, and the crawl went on)."""
    db = tmp_path / "news.db"
    held = article_path("104560")
    settings = ["-s", "TINBAO_WORKER_TICK=0.2", "-s", "TINBAO_WORKER_HEARTBEAT_TTL=3"]
    settings += ["-s", "TINBAO_HOST_RATE=50", "-s", "DOWNLOAD_DELAY=0"]
    with (
        own_redis(tmp_path, "--maxmemory-policy", "noeviction") as url,
        serving(MIRROR, {held: Fault(stall=3.0)}) as site,
    ):
        client = redis.Redis.from_url(url)
        site_args = ["baothaibinh", "-a", f"base_url={site.base_url}"]
        seeded = tinbao("enqueue", "--redis", url, "--db", str(db), *site_args)
        assert seeded.returncode == 0, seeded.stderr
        command = [sys.executable, "-m", "crawler.cli", "worker", "--redis", url, *site_args]
        worker = subprocess.Popen(
            [*command, *settings], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while held not in site.paths():
                assert time.monotonic() < deadline and worker.poll() is None, site.paths()
                time.sleep(0.05)
            client.config_set("maxmemory", "1")
            sent = client.llen(keys.ITEMS)
            out, err = worker.communicate(timeout=60)
        finally:
            worker.kill()
        kept = client.llen(keys.ITEMS)
        client.config_set("maxmemory", "0")
        again = tinbao("worker", "--redis", url, *site_args, *settings, timeout=120)
        ingested = tinbao("ingest", "--redis", url, "--db", str(db), timeout=120)
    assert worker.returncode == ExitCode.SITE_FAILED, (out, err)
    assert "Traceback" not in err, err
    (line,) = err.strip().splitlines()
    assert "Redis refused a write" in line and "memory" in line.lower(), line
    assert out.startswith("baothaibinh: FAILED: Redis refused a write"), out
    assert kept >= sent > 0
    assert again.returncode == 0, again.stdout + again.stderr
    assert ingested.returncode == 0, ingested.stdout + ingested.stderr
    assert len(stored(db)) == 15
    assert integrity(db) == "ok"


def test_enqueue_on_a_read_only_replica_is_one_line_naming_it(tmp_path: Path) -> None:
    with own_redis(tmp_path, "--replicaof", "127.0.0.1", str(free_port())) as url:
        done = tinbao("enqueue", "--redis", url, "--db", str(tmp_path / "news.db"), "baothaibinh")
        written = redis.Redis.from_url(url).keys("tinbao:*")
    one_line_error(done, "read only replica")
    assert written == []


def test_a_following_writer_whose_redis_goes_away_says_so_and_fails(tmp_path: Path) -> None:
    """`tinbao ingest --follow` (a service) waiting for items when its Redis is stopped: one
    line naming Redis, exit 1, within seconds; never a silent wait or a traceback."""
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "crawler.cli", "ingest", "--follow", "--db", str(db)]
    with own_redis(tmp_path) as url:
        writer = subprocess.Popen(
            [*command, "--redis", url], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        try:
            time.sleep(3)  # started, and waiting for items
            assert writer.poll() is None, writer.communicate()
        except BaseException:
            writer.kill()
            raise
    try:
        out, err = writer.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        writer.kill()
        out, err = writer.communicate()
        raise AssertionError(f"still running 20 s after Redis stopped: {out!r} {err!r}") from None
    done = subprocess.CompletedProcess(writer.args, writer.returncode, out, err)
    one_line_error(done, "redis")
    assert url in err


@pytest.mark.parametrize("command", ["enqueue", "worker"])
def test_a_generic_spider_for_the_distributed_crawl_is_a_usage_error(
    redis_db: str, tmp_path: Path, command: str
) -> None:
    """The generic `site` and `article` spiders keep what they know in their own process, so
    they cannot share a queue; naming one is a usage error before anything is queued or
    fetched (before: an `AttributeError` traceback from `enqueue`)."""
    options = ["--db", str(tmp_path / "news.db")] if command == "enqueue" else []
    done = tinbao(command, "--redis", redis_db, *options, "site", "-a", "start=http://127.0.0.1:9/")
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "Error: site: a generic spider runs with tinbao crawl only; the distributed crawl runs "
        "the sites' own spiders"
    ), done.stderr
    assert "Traceback" not in done.stderr
    assert redis.Redis.from_url(redis_db).keys("tinbao:*:queue*") == []
