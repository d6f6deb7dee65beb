"""Crawl speed: the real site spider with every pipeline, against a null spider, on loopback.

Run: `python bench/crawl.py [--site baothaibinh] [--articles 5000] [--repeats 3]`. The site's
article fixtures with a body (tests/fixtures/sites/<site>/) are copied into an N-article mirror
(new ids in the URL and in each page's links to itself, a numbered headline) listed by one feed
and one sitemap, and served from memory by a keep-alive asyncio server in its own process, so
its CPU is not counted and it is never the bottleneck (the project's `ThreadingHTTPServer` tops
out near 200 pages/s).

Each crawl runs in a fresh process with politeness off (no delay, no autothrottle, 16 requests
in flight): the null spider reads the same feed and fetches every article but parses nothing;
the real spider is the site's own with normalize, validate and storage into a new database,
reading its pages in the crawl process (`real`, `TINBAO_EXTRACT_WORKERS=0`) and in `--workers`
extraction processes (`pool`). A warm-up round runs first; then the rounds are interleaved
`--repeats` times and each line prints the median with the min–max spread. CPU is the crawl
process's own plus its workers'; "engine" is the crawl process's alone. `--profile FILE` also
writes a cProfile of one in-process real crawl.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SITES = ROOT / "tests" / "fixtures" / "sites"
CONCURRENCY = 16
KINDS = {
    "null": "null spider",
    "real": "tinbao spider + pipelines",
    "pool": "tinbao, extraction in workers",
}
FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": CONCURRENCY,
    "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY,
    "LOG_LEVEL": "WARNING",
    "TINBAO_REFRESH_WINDOW_DAYS": 0.0,
    "TINBAO_MAX_ARTICLES_PER_RUN": 0,  # a 20,000-page mirror is crawled whole
}


# --- the mirror ------------------------------------------------------------------------------


def mirror_pages(site: str, articles: int) -> dict[str, bytes]:
    """Request target → page body: `articles` article pages, their feed and sitemap, robots."""
    from parsers.sites import all_profiles

    profile = all_profiles()[site]
    if not (profile.feeds or profile.sitemaps):
        raise SystemExit(f"{site}: the profile lists no feed or sitemap to discover articles by")
    templates = []
    for page in sorted((SITES / site).glob("**/page.html")):  # the stored ones: with a body
        if not (page.parent / "page.json").exists():
            continue
        path = "/" + page.parent.relative_to(SITES / site).as_posix()
        expected = json.loads((page.parent / "page.json").read_text(encoding="utf-8"))["expected"]
        match = profile.article_pattern.search(path)
        if (
            expected.get("body")
            and match
            and "id" in match.groupdict()
            and match.group("id").isdigit()
        ):
            templates.append((path, match.span("id"), page.read_text(encoding="utf-8")))
    if not templates:
        raise SystemExit(f"{site}: no article fixture with a numeric id in its URL")
    pages: dict[str, bytes] = {}
    links = []
    for i in range(articles):
        path, (start, end), html = templates[i % len(templates)]
        url_path = f"{path[:start]}{9_000_000 + i}{path[end:]}"
        # The copy names itself (canonical, og:url) as a real page does: a canonical naming
        # another article would be refused and logged on every page.
        html = html.replace(path, url_path)
        pages[url_path] = re.sub("</h1>", f" (số {i})</h1>", html, count=1).encode("utf-8")
        links.append(f"https://{profile.hosts[0]}{url_path}")
    published = format_datetime(datetime.now().astimezone() - timedelta(hours=1))
    items = "".join(
        f"<item><title>{i}</title><link>{escape(link)}</link><pubDate>{published}</pubDate></item>"
        for i, link in enumerate(links)
    )
    feed = (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>{items}</channel></rss>'
    )
    urls = "".join(f"<url><loc>{escape(link)}</loc></url>" for link in links)
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
    for path in profile.feeds:
        pages[path] = feed.encode("utf-8")
    for path in profile.sitemaps:
        pages[path] = sitemap.encode("utf-8")
    for path in profile.listings:
        pages[path] = b"<html><body><p>listing</p></body></html>"
    pages["/robots.txt"] = b"User-agent: *\nDisallow: /admin/\n"
    return pages


def _response(status: str, body: bytes, kind: str) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode("ascii") + body


class _Http(asyncio.Protocol):
    """HTTP/1.1 GET with keep-alive and pipelining, answered from prebuilt responses."""

    responses: dict[str, bytes] = {}
    missing = _response("404 Not Found", b"not found", "text/plain")

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            target = head.split(b" ", 2)[1].decode("latin-1")
            self.transport.write(self.responses.get(target, self.missing))


def serve(pages: dict[str, bytes], ready: multiprocessing.Queue) -> None:
    """Serve `pages` on 127.0.0.1 until killed; puts the port on `ready`."""

    def kind(path: str) -> str:
        if path.endswith(".txt"):
            return "text/plain"
        if pages[path].startswith(b"<?xml"):
            return "application/xml; charset=utf-8"
        return "text/html; charset=utf-8"

    _Http.responses = {p: _response("200 OK", body, kind(p)) for p, body in pages.items()}

    async def run() -> None:
        server = await asyncio.get_running_loop().create_server(_Http, "127.0.0.1", 0)
        ready.put(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(run())


# --- one crawl, in its own process -------------------------------------------------------------


def null_spider(site: str):
    """A spider that discovers articles like the site's own, fetches them and parses nothing."""
    import scrapy

    from parsers.sites import all_profiles

    profile = all_profiles()[site]

    class NullSpider(scrapy.Spider):
        name = "null"

        def __init__(self, base_url: str, **kwargs) -> None:
            super().__init__(**kwargs)
            self.base_url = base_url

        async def start(self):
            for path in profile.feeds or profile.sitemaps:
                yield scrapy.Request(self.base_url + path, callback=self.parse_list)

        def parse_list(self, response):
            links = response.xpath("//item/link/text()").getall() or [
                loc for loc in re.findall(r"<loc>([^<]+)</loc>", response.text)
            ]
            for link in links:
                path = link.split(profile.hosts[0], 1)[1]
                yield scrapy.Request(self.base_url + path, callback=self.parse_article)

        def parse_article(self, response) -> None:
            self.crawler.stats.inc_value("bench/articles")

    return NullSpider


def watch_workers(peak: list[float], stop: threading.Event) -> None:
    """Largest resident memory of any child process (the extraction workers), in MB, sampled
    twice a second: their `ru_maxrss` would count the crawl process's pages they were forked
    with before they ran the worker."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    while not stop.wait(0.5):
        for task in tasks.iterdir():
            for pid in (task / "children").read_text().split():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:  # it just ended
                    continue
                if found := re.search(r"VmRSS:\s+(\d+) kB", status):
                    peak[0] = max(peak[0], int(found.group(1)) / 1024)


def crawl_once(
    kind: str, site: str, base_url: str, db: str, workers: int, profile_to: str | None
) -> dict:
    """Crawl the mirror once; wall time, CPU and peak RSS of this process and its workers,
    article pages."""
    from scrapy.crawler import CrawlerProcess

    from crawler.project import tinbao_settings

    settings = tinbao_settings()
    pool = {"TINBAO_EXTRACT_WORKERS": workers if kind == "pool" else 0}
    settings.setdict({**FAST, **pool, "TINBAO_DB": db}, priority="cmdline")
    process = CrawlerProcess(settings, install_root_handler=False)
    spider = null_spider(site) if kind == "null" else site
    crawler = process.create_crawler(spider)
    process.crawl(crawler, base_url=base_url)
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_rss, stop = [0.0], threading.Event()
    threading.Thread(target=watch_workers, args=(worker_rss, stop), daemon=True).start()
    began = time.perf_counter()
    if profile_to:
        import cProfile

        cProfile.runctx("process.start()", globals(), {"process": process}, profile_to)
    else:
        process.start()
    seconds = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_SELF)
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers, once they exited
    stop.set()
    stats = crawler.stats.get_stats()
    engine = (after.ru_utime - cpu.ru_utime) + (after.ru_stime - cpu.ru_stime)
    workers_cpu = (children_after.ru_utime - children.ru_utime) + (
        children_after.ru_stime - children.ru_stime
    )
    return {
        "seconds": seconds,
        "cpu": engine + workers_cpu,
        "engine_cpu": engine,
        "rss_mb": after.ru_maxrss / 1024,
        "worker_rss_mb": worker_rss[0],
        "articles": stats.get("bench/articles" if kind == "null" else "item_scraped_count", 0),
    }


def run_child(
    kind: str, site: str, base_url: str, workers: int, profile_to: str | None = None
) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, __file__, "--child", kind, "--site", site, "--base", base_url]
        command += ["--workers", str(workers)]
        command += ["--db", str(Path(tmp) / "news.db")]
        if profile_to:
            command += ["--profile", profile_to]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} crawl failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the benchmark -----------------------------------------------------------------------------


def spread(values: list[float], fmt: str) -> str:
    return (
        f"{format(statistics.median(values), fmt)} "
        f"({format(min(values), fmt)}–{format(max(values), fmt)})"
    )


def rounds(kinds: tuple[str, ...], repeats: int) -> Iterator[str]:
    for r in range(repeats):
        yield from kinds if r % 2 == 0 else reversed(kinds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="baothaibinh")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=300, help="articles in the warm-up pair")
    parser.add_argument("--workers", type=int, default=1, help="extraction processes (pool)")
    parser.add_argument(
        "--kinds",
        default="null,real,pool",
        help="crawls to compare (null, real, pool); ratios are to null",
    )
    parser.add_argument("--profile", help="also write a cProfile of one real crawl here")
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = crawl_once(args.child, args.site, args.base, args.db, args.workers, args.profile)
        print(json.dumps(result))
        return

    pages = mirror_pages(args.site, args.articles)
    warm = mirror_pages(args.site, args.warmup)
    queues = [multiprocessing.Queue(), multiprocessing.Queue()]
    servers = [
        multiprocessing.Process(target=serve, args=(p, q), daemon=True)
        for p, q in zip((pages, warm), queues, strict=True)
    ]
    for server in servers:
        server.start()
    base, warm_base = (f"http://127.0.0.1:{q.get(timeout=60)}" for q in queues)
    kinds = tuple(k.strip() for k in args.kinds.split(","))
    if not set(kinds) <= set(KINDS):
        raise SystemExit(f"--kinds: any of null, real, pool (not {args.kinds})")
    print(
        f"site {args.site}: {args.articles:,} articles, {CONCURRENCY} requests in flight, "
        f"pool of {args.workers} extraction workers"
    )
    try:
        for kind in kinds:
            run_child(kind, args.site, warm_base, args.workers)  # warm-up: disk caches, .pyc
        results: dict[str, list[dict]] = {kind: [] for kind in kinds}
        for kind in rounds(kinds, args.repeats):
            result = run_child(kind, args.site, base, args.workers)
            if result["articles"] != args.articles:
                raise SystemExit(
                    f"{kind} crawl got {result['articles']} of {args.articles} articles"
                )
            result["pages_per_s"] = args.articles / result["seconds"]
            result["cpu_ms"] = 1000 * result["cpu"] / args.articles
            result["engine_ms"] = 1000 * result["engine_cpu"] / args.articles
            results[kind].append(result)
            print(
                f"  {kind:4}  {result['pages_per_s']:6.0f} pages/s  "
                f"{result['cpu_ms']:5.2f} ms CPU/page (engine {result['engine_ms']:5.2f})  "
                f"{result['rss_mb']:5.0f} MB (workers {result['worker_rss_mb']:3.0f})",
                flush=True,
            )
        if args.profile:
            run_child("real", args.site, base, args.workers, args.profile)
    finally:
        for server in servers:
            server.kill()
    for kind, rows in results.items():
        print(
            f"{KINDS[kind]:34} {spread([r['pages_per_s'] for r in rows], ',.0f')} pages/s, "
            f"{spread([r['cpu_ms'] for r in rows], '.2f')} ms CPU/page "
            f"(engine {spread([r['engine_ms'] for r in rows], '.2f')}), "
            f"peak RSS {spread([r['rss_mb'] for r in rows], '.0f')} MB"
            + (
                f" + workers {spread([r['worker_rss_mb'] for r in rows], '.0f')} MB"
                if kind == "pool"
                else ""
            )
        )
    for kind in (k for k in kinds if k != "null" and "null" in kinds):
        ratios = [
            mine["pages_per_s"] / null["pages_per_s"]
            for mine, null in zip(results[kind], results["null"], strict=True)
        ]
        print(f"ratio {kind}/null pages/s (per round): {spread(ratios, '.2f')}")


if __name__ == "__main__":
    main()
