"""Distributed crawl speed: pages per second for 1, 2 and 4 workers, and the writer's records/s.

Run: `python bench/distributed.py [--latency 0.3] [--days 4] [--per-day 8] [--repeat 3]`.
Needs `redis-server` on PATH. Three synthetic sites (Báo Thái Bình, Báo Hải Dương and Báo
Thanh Hóa layouts, `tests/synthetic.py`) are served by three servers on 127.0.0.1, each
answering every request after a fixed latency, as remote hosts do. Each configuration backfills
all three sites with N worker processes (`tinbao worker`, one request per host at a time per
worker: latency-bound) and the writer (`tinbao ingest`'s `Writer`, in this process), with the
shared per-host limit lifted (`TINBAO_HOST_RATE=0`) and on (`--rate`, per host). Pages/s is
counted on the servers, from the first request to the last, so process start-up is excluded;
the peer is 1 worker of the same mode, in the same round. The runs are interleaved, after one
warm-up, and repeated; the table gives the median and the spread (min–max).

The writer is then timed alone: `--records` article messages drained from Redis into a new
database, against the same records upserted directly (`store.upsert_articles` in batches of
100, the local crawl's storage path) as its peer.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.distributed import keys  # noqa: E402
from crawler.distributed.writer import Writer  # noqa: E402
from crawler.mirror import serving  # noqa: E402
from pipelines import db as store  # noqa: E402
from tests.synthetic import build  # noqa: E402

SITES = ("baothaibinh", "baohaiduong", "baothanhhoa")
WORKER_SETTINGS = (
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=0",
    "CONCURRENT_REQUESTS_PER_DOMAIN=1",
    "LOG_LEVEL=ERROR",
    "TINBAO_WORKER_TICK=0.2",
)


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


def crawl(url: str, mirrors: dict, sites: dict, workers: int, rate: float, work: Path) -> dict:
    """One backfill of the three sites; returns pages, pages/s and the writer's queue peak."""
    client = keys.connect(url)
    client.flushdb()
    db = work / f"news-{time.monotonic_ns()}.db"
    for site, mirror in mirrors.items():
        mirror.times.clear()
        synthetic = sites[site]
        subprocess.run(
            tinbao("enqueue", "--redis", url, "--db", str(db), site,
                   "--from", synthetic.first.isoformat(), "--to", synthetic.last.isoformat(),
                   "-a", f"base_url={mirror.base_url}"),
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
    peak = 0
    options = [v for s in (*WORKER_SETTINGS, f"TINBAO_HOST_RATE={rate}") for v in ("-s", s)]
    processes = [
        subprocess.Popen(tinbao("worker", "--redis", url, *SITES, *options), cwd=ROOT,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(workers)
    ]  # fmt: skip
    drain = threading.Thread(target=write, args=(url, db))
    drain.start()
    while any(p.poll() is None for p in processes):
        peak = max(peak, int(client.llen(keys.ITEMS)))
        time.sleep(0.2)
    drain.join()
    times = sorted(t for mirror in mirrors.values() for t, _ in mirror.times)
    database = store.open_db(str(db))
    stored = database.execute("select count(*) from articles").fetchone()[0]
    database.close()
    expected = sum(len(s.articles) for s in sites.values())
    assert stored == expected, f"{stored} articles stored, {expected} expected"
    return {"pages": len(times), "rate": (len(times) - 1) / (times[-1] - times[0]), "peak": peak}


def write(url: str, db: Path) -> None:
    """The writer, draining until the workers are done (in its own thread: its own connection)."""
    writer = Writer(keys.connect(url), str(db))
    writer.run()
    writer.finish()


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
    return f"{statistics.median(values):7.1f} ({min(values):.1f}–{max(values):.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency", type=float, default=0.3, help="seconds per response")
    parser.add_argument("--days", type=int, default=4, help="archive days per site")
    parser.add_argument("--per-day", type=int, default=8, help="articles per day per site")
    parser.add_argument("--rate", type=float, default=2.0, help="per-host limit, requests/s")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--records", type=int, default=5000, help="writer: records to drain")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        work = Path(tmp)
        server, url = start_redis(work)
        stack.callback(server.terminate)
        sites = {s: build(s, work / s, args.days, args.per_day) for s in SITES}
        mirrors = {s: stack.enter_context(serving(sites[s].root, latency=args.latency))
                   for s in SITES}  # fmt: skip
        configs = [(n, rate) for rate in (0.0, args.rate) for n in (1, 2, 4)]
        print(f"{len(SITES)} hosts, {args.latency * 1000:.0f} ms per response, "
              f"{sum(len(s.articles) + args.days for s in sites.values())} pages per run "
              f"(+ robots.txt per worker and host), {args.repeat} rounds", flush=True)  # fmt: skip
        crawl(url, mirrors, sites, 1, 0.0, work)  # warm-up
        results: dict[tuple[int, float], list[dict]] = {c: [] for c in configs}
        for _ in range(args.repeat):
            for config in configs:
                results[config].append(crawl(url, mirrors, sites, *config, work))
        print()
        print(f"{'workers':>7}  {'host limit':<12}{'pages/s median (min–max)':>28}"
              f"{'× 1 worker':>12}{'writer queue peak':>19}")  # fmt: skip
        for n, rate in configs:
            rates = [r["rate"] for r in results[(n, rate)]]
            base = [r["rate"] for r in results[(1, rate)]]
            ratios = [a / b for a, b in zip(rates, base, strict=True)]
            limit = "off" if rate == 0 else f"{rate:g}/s/host"
            peak = max(r["peak"] for r in results[(n, rate)])
            print(f"{n:>7}  {limit:<12}{spread(rates):>28}{statistics.median(ratios):>11.2f}×"
                  f"{peak:>19}")  # fmt: skip
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
