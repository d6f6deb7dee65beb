"""Serve an offline site mirror (tests/fixtures/sites/<site>/) over HTTP on 127.0.0.1.

URL → file: path P → `<root>/P/page.html` when that directory exists, else the file `<root>/P`;
`?page=N` → `<root>/P/page-N.html`; `/` → `<root>/page.html`. Used by `tinbao demo` and the
tests, so both crawl real HTTP with the real Scrapy engine. `latency` delays every answer, to
stand for a remote host in benchmarks; `times` logs when each request arrived. `hold` keeps the
answers it picks until `release()`: a test that must act while a crawl still runs holds the
crawl for exactly as long as it needs, which no fixed latency does on a loaded machine.

Only files inside the root are served: a path that leaves it (`..`, symlinks), or that no file
can have (a NUL byte, a name too long), gets a 404; `tinbao demo` and `tinbao mirror` serve
only the mirrors of known sites.
"""

from __future__ import annotations

import mimetypes
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

FIXTURE_SITES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "sites"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
# How often a serving thread looks whether it was asked to stop: `shutdown()` waits for that
# look, which at http.server's 0.5 s default was the longest part of a short crawl's end.
STOP_POLL = 0.02


def resolve(root: Path, target: str) -> Path | None:
    """The file serving `target` (path and query), or None for a 404."""
    parts = urlsplit(target)
    relative = unquote(parts.path).strip("/")
    page = parse_qs(parts.query).get("page", [None])[0]
    index = f"page-{page}.html" if page else "page.html"
    if "\x00" in relative or "/" in index or "\x00" in index:
        return None
    try:
        base = (root / relative).resolve()
        if root.resolve() not in (base, *base.parents):
            return None
        candidate = base / index if base.is_dir() else base
        return candidate if candidate.is_file() else None
    except (OSError, ValueError):  # a name too long, or otherwise impossible
        return None


class _Handler(BaseHTTPRequestHandler):
    root: Path
    hits: list[str]
    times: list[tuple[float, str]]
    latency: float
    hold: Callable[[str], bool] | None
    choosing: threading.Lock
    released: threading.Event
    stopping: threading.Event

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        with self.choosing:  # one request at a time, so `hold` may count what it has seen
            self.times.append((time.monotonic(), self.path))
            self.hits.append(self.path)
            held = self.hold is not None and self.hold(self.path)
        if held:
            self.released.wait()
            if self.stopping.is_set():  # its client may be gone: writing to it raises SIGPIPE
                self.close_connection = True
                return
        if self.latency:
            time.sleep(self.latency)
        file = resolve(self.root, self.path)
        if file is None:
            self.send_error(404)
            return
        body = file.read_bytes()
        kind = CONTENT_TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0]
        self.send_response(200)
        self.send_header("Content-Type", kind or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet: Scrapy logs requests
        pass


class Mirror:
    """A running mirror server: `base_url` to crawl, `hits` lists every requested path and
    `times` each one's arrival (monotonic clock, seconds). `hold(path)`, asked once per request
    in the order they arrive, says whether its answer waits for `release()`."""

    def __init__(
        self,
        root: Path,
        port: int = 0,
        latency: float = 0.0,
        hold: Callable[[str], bool] | None = None,
    ) -> None:
        attributes = {
            "root": root,
            "hits": [],
            "times": [],
            "latency": latency,
            "hold": staticmethod(hold) if hold is not None else None,
            "choosing": threading.Lock(),
            "released": threading.Event(),
            "stopping": threading.Event(),
        }
        handler = type("Handler", (_Handler,), attributes)
        self.hits: list[str] = handler.hits
        self.times: list[tuple[float, str]] = handler.times
        self.released: threading.Event = handler.released
        self.stopping: threading.Event = handler.stopping
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": STOP_POLL}, daemon=True
        )

    def start(self) -> Mirror:
        self.thread.start()
        return self

    def release(self) -> None:
        """Answer the held requests, and hold no more."""
        self.released.set()

    def stop(self) -> None:
        self.stopping.set()  # a held request ends unanswered: it must not outlive the server
        self.release()
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def serving(
    root: Path,
    port: int = 0,
    latency: float = 0.0,
    hold: Callable[[str], bool] | None = None,
) -> Iterator[Mirror]:
    mirror = Mirror(root, port, latency, hold).start()
    try:
        yield mirror
    finally:
        mirror.stop()
