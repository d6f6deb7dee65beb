"""Retry backoff: each retry of a failed request waits TINBAO_RETRY_BACKOFF_BASE ** attempt
seconds, at most TINBAO_RETRY_BACKOFF_MAX.

A real `scrapy crawl article` runs against a server on 127.0.0.1 that answers every request with
503 and records when each one arrived; the gaps between the attempts are the waits.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path

from crawler.middlewares import retry_after_seconds
from tests.conftest import ROOT


@contextmanager
def unavailable_server() -> Iterator[tuple[str, list[float]]]:
    """A server answering 503 to everything: (its base URL, the arrival time of each request)."""
    arrivals: list[float] = []

    class Unavailable(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            arrivals.append(time.monotonic())
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Unavailable)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", arrivals
    finally:
        server.shutdown()
        server.server_close()


def retry_gaps(tmp_path: Path, base: float, cap: float, retries: int) -> list[float]:
    """Seconds between the successive attempts at one article page that always fails."""
    with unavailable_server() as (base_url, arrivals):
        settings = {
            "TINBAO_RETRY_BACKOFF_BASE": base,
            "TINBAO_RETRY_BACKOFF_MAX": cap,
            "RETRY_TIMES": retries,
            "ROBOTSTXT_OBEY": 0,
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": 0,
            "TINBAO_DB": tmp_path / "news.db",
        }
        command = [sys.executable, "-m", "scrapy", "crawl", "article"]
        command += ["-a", f"url={base_url}/tin-tuc/12/102296/bai-viet-tam-thoi-loi"]
        for name, value in settings.items():
            command += ["-s", f"{name}={value}"]
        run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "Gave up retrying" in run.stderr, run.stderr[-2000:]
    return [later - earlier for earlier, later in pairwise(arrivals)]


def test_each_retry_waits_base_to_the_attempt(tmp_path: Path) -> None:
    gaps = retry_gaps(tmp_path, base=1.25, cap=120, retries=2)
    assert len(gaps) == 2
    assert gaps[0] >= 1.25  # 1.25 ** 1
    assert gaps[1] >= 1.5625  # 1.25 ** 2


def test_the_wait_is_capped(tmp_path: Path) -> None:
    gaps = retry_gaps(tmp_path, base=4, cap=0.5, retries=2)
    assert len(gaps) == 2
    assert all(0.5 <= gap < 4 for gap in gaps), gaps  # uncapped: 4 s, then 16 s


def test_a_retry_after_date_is_read_in_each_http_form() -> None:
    """The IMF fixdate, the RFC 850 form and C's asctime form (no zone: GMT) name one instant."""
    now = 784111777.0  # Sun, 06 Nov 1994 08:49:37 GMT
    for value in (
        "Sun, 06 Nov 1994 08:49:47 GMT",
        "Sunday, 06-Nov-94 08:49:47 GMT",
        "Sun Nov  6 08:49:47 1994",
    ):
        assert retry_after_seconds(value, now=now) == 10.0, value
