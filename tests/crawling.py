"""Run real `scrapy crawl` processes against fixture mirrors served on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from crawler.mirror import FIXTURE_SITES, serving
from tests.conftest import ROOT

# The mirror is local: no politeness delay needed, and keep logs short.
FAST = ("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=0", "LOG_LEVEL=INFO")


def next_second() -> None:
    """Wait for the wall clock's next second. Fetch times are stored to the second, and a view
    count seen twice in one second is one observation: a run that must be a later sighting
    than the runs before it starts in a later second than they ended."""
    time.sleep(1 - time.time() % 1)


@dataclass
class CrawlResult:
    returncode: int
    log: str
    hits: list[str]


def crawl(
    site: str, db: Path, *args: str, root: Path | None = None, settings: tuple[str, ...] = ()
) -> CrawlResult:
    """Serve `root` (default: the site's fixture mirror) and crawl it with the site spider;
    `args` are spider arguments, `settings` extra NAME=VALUE Scrapy settings."""
    with serving(root or FIXTURE_SITES / site) as mirror:
        command = [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            site,
            "-a",
            f"base_url={mirror.base_url}",
        ]
        for setting in (*FAST, f"TINBAO_DB={db}", *settings):
            command += ["-s", setting]
        for arg in args:
            command += ["-a", arg]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        return CrawlResult(done.returncode, done.stderr, list(mirror.hits))


def expected_pages(site: str) -> dict[str, dict]:
    """Expected extract output of every article page in a site's mirror, keyed by URL."""
    pages = {}
    for path in sorted((FIXTURE_SITES / site).glob("**/page.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))["expected"]
        pages[expected["url"]] = expected
    return pages
