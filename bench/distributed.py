"""Distributed crawl speed: pages per second for 1, 2 and 4 workers, and the writer's records/s.

Run: `python bench/distributed.py [--latency 0.5] [--days 6] [--per-day 20] [--rate 3]
[--repeat 3]`. Needs `redis-server` on PATH.

Latency-bound on purpose, as a backfill of remote provincial hosts is: three synthetic sites
(Báo Thái Bình, Báo Hải Dương and Báo Thanh Hóa layouts, `tests/synthetic.py`) are served by
three servers on 127.0.0.1 that answer every request after a fixed latency, and every worker
keeps a modest fixed concurrency, one request at a time per host (`CONCURRENT_REQUESTS=1`: a
worker runs one crawler per site, so this is its concurrency per host; `DOWNLOAD_DELAY=0`,
AutoThrottle off), as a polite deployment would. N workers can then fetch at most
N × hosts / latency pages per second, the ideal the table shows.

Each run starts N `tinbao worker --wait` processes, waits until all have registered in Redis,
then seeds the backfill of the three sites (`tinbao enqueue`), so worker start-up is not
measured; pages/s is counted on the servers, from the first request to the last. The writer
(`tinbao ingest`, a process of its own as in a deployment) drains the items meanwhile; its queue
peak is the longest the items list grew. Runs with the shared per-host limit lifted
(`TINBAO_HOST_RATE=0`) crawl `--days` archive days per site; runs with it on (`--rate`
requests/s per host) crawl `--limited-days`. After one warm-up run, every round runs all six
configurations (their order rotated each round); the table gives the median and spread
(min–max) over the rounds, and the median of each round's ratio to 1 worker in the same mode.
Worker CPU is the workers' processor time during the crawl (from /proc), per page.

The writer is then timed alone: `--records` article messages drained from Redis into a new
database, against the same records upserted directly (`store.upsert_articles` in batches of
100, the local crawl's storage path) as its peer.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.distributed import keys  # noqa: E402
from crawler.distributed.writer import Writer  # noqa: E402
from crawler.mirror import Mirror, serving  # noqa: E402
from pipelines import db as store  # noqa: E402
from tests.synthetic import SyntheticSite, build  # noqa: E402

SITES = ("baothaibinh", "baohaiduong", "baothanhhoa")
WORKER_SETTINGS = (
    "CONCURRENT_REQUESTS=1",  # per site crawler, i.e. per host and worker
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=0",
    "LOG_LEVEL=ERROR",
)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Backfill:
    """The three sites of one mode, each served by its own slow server."""

    sites: dict[str, SyntheticSite]
    mirrors: dict[str, Mirror]

    @property
    def articles(self) -> int:
        return sum(len(s.articles) for s in self.sites.values())


def start_redis(folder: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    binary = shutil.which("redis-server")
    if binary is None:
        sys.exit("redis-server is not installed (apt-get install redis-server)")
    server = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(folder), "--save", ""],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    for _ in range(200):
        try:
            keys.connect(url)
            return server, url
        except Exception:
            time.sleep(0.05)
    sys.exit("redis-server did not start")


def tinbao(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", *args]


def cpu_seconds(pids: list[int]) -> float:
    """User + system time of the processes so far (/proc/PID/stat)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS


def stored_count(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
        try:
            return connection.execute("select count(*) from articles").fetchone()[0]
        except sqlite3.OperationalError:  # the writer has not created the table yet
            return 0


def crawl(url: str, backfill: Backfill, workers: int, rate: float, work: Path) -> dict:
    """One backfill by `workers` workers; returns pages, pages/s, CPU per page, queue peak."""
    client = keys.connect(url)
    client.flushdb()
    db = work / f"news-{time.monotonic_ns()}.db"
    for mirror in backfill.mirrors.values():
        mirror.times.clear()
    options = [v for s in (*WORKER_SETTINGS, f"TINBAO_HOST_RATE={rate}") for v in ("-s", s)]
    processes = [
        subprocess.Popen(tinbao("worker", "--redis", url, "--wait", *SITES, *options), cwd=ROOT,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(workers)
    ]  # fmt: skip
    try:
        while sum(client.scard(keys.workers(site)) for site in SITES) < workers * len(SITES):
            if any(p.poll() is not None for p in processes):
                sys.exit("a worker exited before the crawl started")
            time.sleep(0.1)
        writer = subprocess.Popen(tinbao("ingest", "--redis", url, "--db", str(db)), cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        cpu_before = cpu_seconds([p.pid for p in processes])
        seeding = [
            subprocess.Popen(
                tinbao(
                    "enqueue",
                    "--redis",
                    url,
                    "--db",
                    str(work / "empty.db"),
                    site,
                    "--from",
                    synthetic.first.isoformat(),
                    "--to",
                    synthetic.last.isoformat(),
                    "-a",
                    f"base_url={backfill.mirrors[site].base_url}",
                ),
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
            )  # fmt: skip
            for site, synthetic in backfill.sites.items()
        ]
        if any(p.wait() for p in seeding):
            sys.exit("tinbao enqueue failed")
        peak = 0
        while stored_count(db) < backfill.articles:
            peak = max(peak, int(client.llen(keys.ITEMS)))
            time.sleep(0.2)
        cpu = cpu_seconds([p.pid for p in processes]) - cpu_before
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait()
    writer.wait()  # it stops once the workers are gone and their last messages are stored
    times = sorted(t for mirror in backfill.mirrors.values() for t, _ in mirror.times)
    pages = sum(1 for mirror in backfill.mirrors.values() for _, path in mirror.times
                if path != "/robots.txt")  # fmt: skip
    expected = backfill.articles + sum(len(s.archive_paths) for s in backfill.sites.values())
    assert pages == expected, f"{pages} pages fetched, {expected} expected"
    return {
        "pages": len(times),
        "rate": (len(times) - 1) / (times[-1] - times[0]),
        "cpu": 1000 * cpu / len(times),
        "peak": peak,
    }


def writer_speed(url: str, work: Path, records: int) -> tuple[float, float]:
    """Records/s of the writer draining Redis, and of direct upserts of the same records."""
    from bench.ingest import make_records

    rows = make_records(records)
    client = keys.connect(url)
    client.flushdb()
    for row in rows:
        message = {"kind": "article", "site": "baothaibinh", "record": row, "html": None}
        client.lpush(keys.ITEMS, json.dumps(message, ensure_ascii=False))
    writer = Writer(client, str(work / f"writer-{time.monotonic_ns()}.db"))
    started = time.perf_counter()
    writer.run()
    writer_rate = records / (time.perf_counter() - started)
    writer.finish()
    db = store.open_db(str(work / f"direct-{time.monotonic_ns()}.db"))
    started = time.perf_counter()
    for i in range(0, records, 100):
        store.upsert_articles(db, rows[i : i + 100], observed_at=store.now_iso())
    direct_rate = records / (time.perf_counter() - started)
    db.close()
    return writer_rate, direct_rate


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ({min(values):.1f}–{max(values):.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency", type=float, default=0.5, help="seconds per response")
    parser.add_argument("--days", type=int, default=6, help="archive days per site, limit off")
    parser.add_argument("--limited-days", type=int, default=2, help="archive days, limit on")
    parser.add_argument("--per-day", type=int, default=20, help="articles per day per site")
    parser.add_argument("--rate", type=float, default=3.0, help="per-host limit, requests/s")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--records", type=int, default=5000, help="writer: records to drain")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        work = Path(tmp)
        server, url = start_redis(work)
        stack.callback(server.terminate)

        def backfill(name: str, days: int) -> Backfill:
            sites = {s: build(s, work / name / s, days, args.per_day) for s in SITES}
            mirrors = {s: stack.enter_context(serving(sites[s].root, latency=args.latency))
                       for s in SITES}  # fmt: skip
            return Backfill(sites, mirrors)

        store.open_db(str(work / "empty.db")).close()
        modes = {0.0: backfill("off", args.days), args.rate: backfill("on", args.limited_days)}
        configs = [(n, rate) for rate in modes for n in (1, 2, 4)]
        hosts = len(SITES)
        print(
            f"{hosts} hosts (one per site), {args.latency * 1000:.0f} ms per response; each "
            f"worker: {', '.join(WORKER_SETTINGS[:3])} (one request at a time per host)"
        )
        for rate, mode in modes.items():
            limit = (
                "limit off"
                if rate == 0
                else (f"limit on, {rate:g}/s per host (at most {hosts * rate:g} pages/s)")
            )
            print(
                f"{limit}: {mode.articles} articles + "
                f"{sum(len(s.archive_paths) for s in mode.sites.values())} archive days "
                f"+ robots.txt per worker and host per run"
            )
        print("pages/s: server hits from the first to the last (workers registered before the "
              f"queue is seeded); 1 warm-up run, {args.repeat} rounds, configurations "
              "interleaved", flush=True)  # fmt: skip
        crawl(url, modes[args.rate], 2, 0.0, work)  # warm-up
        results: dict[tuple[int, float], list[dict]] = {c: [] for c in configs}
        for round_ in range(args.repeat):
            shift = round_ % len(configs)
            for n, rate in configs[shift:] + configs[:shift]:
                result = crawl(url, modes[rate], n, rate, work)
                results[(n, rate)].append(result)
                limit = "off" if rate == 0 else f"{rate:g}/s per host"
                print(f"round {round_ + 1}: {n} workers, limit {limit}: {result['rate']:.2f} "
                      "pages/s", file=sys.stderr, flush=True)  # fmt: skip
        print()
        print(f"{'workers':>7}  {'host limit':<10}{'pages/s median (min–max)':>26}"
              f"{'× 1 worker':>12}{'ideal':>7}{'worker CPU ms/page':>20}"
              f"{'writer queue peak':>19}")  # fmt: skip
        for n, rate in configs:
            rates = [r["rate"] for r in results[(n, rate)]]
            base = [r["rate"] for r in results[(1, rate)]]
            ratios = [a / b for a, b in zip(rates, base, strict=True)]
            ideal = n * hosts / args.latency if rate == 0 else min(n / args.latency, rate) * hosts
            limit = "off" if rate == 0 else f"{rate:g}/s/host"
            cpu = statistics.median(r["cpu"] for r in results[(n, rate)])
            peak = max(r["peak"] for r in results[(n, rate)])
            print(f"{n:>7}  {limit:<10}{spread(rates):>26}{statistics.median(ratios):>11.2f}×"
                  f"{ideal:>7.1f}{cpu:>20.1f}{peak:>19}")  # fmt: skip
        writer_rates, direct_rates = [], []
        for _ in range(args.repeat):
            w, d = writer_speed(url, work, args.records)
            writer_rates.append(w)
            direct_rates.append(d)
        ratios = [w / d for w, d in zip(writer_rates, direct_rates, strict=True)]
        print()
        print(
            f"writer: {spread(writer_rates)} records/s from Redis; direct upserts "
            f"{spread(direct_rates)} records/s; ratio {statistics.median(ratios):.2f}"
        )


if __name__ == "__main__":
    main()
