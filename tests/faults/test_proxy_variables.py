"""A machine whose environment names an HTTP proxy (`http_proxy`, `HTTP_PROXY`, `all_proxy`),
as company networks and CI runners set it, where the proxy does not answer: the offline mirror
on 127.0.0.1 crawled with `-a base_url=`, and `tinbao snapshot` of a page on 127.0.0.1.

README: `tinbao mirror` serves a site's offline mirror on 127.0.0.1 "to crawl by hand with
`-a base_url=`", and `tinbao demo` crawls it offline. A proxy elsewhere cannot reach this
machine's loopback, so a crawl of 127.0.0.1 goes to it directly, whatever proxy the
environment names: every article stored, exit 0, nothing asked of the proxy.
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    article_path,
    expect_rows,
    integrity,
    tinbao,
)
from tests.faults.server import serving

PATH = article_path("105870")


@contextmanager
def dead_proxy() -> Iterator[tuple[str, list[bytes]]]:
    """A proxy address that accepts connections, records what it is asked, and closes them
    without an answer; and the list of what it was asked."""
    asked: list[bytes] = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    running = True

    def serve() -> None:
        while running:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(1)
            with suppress(OSError):
                asked.append(conn.recv(4096))
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", asked
    finally:
        running = False
        thread.join()
        listener.close()


def run(env_names: tuple[str, ...], proxy: str, *words: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(dict.fromkeys(env_names, proxy))
    return tinbao(*words, timeout=120, env=env)


NAMES = [("http_proxy",), ("HTTP_PROXY", "HTTPS_PROXY"), ("all_proxy",)]


@pytest.mark.parametrize("names", NAMES, ids=["http_proxy", "HTTP_PROXY", "all_proxy"])
def test_a_crawl_of_the_mirror_on_loopback_goes_past_a_dead_proxy(
    tmp_path: Path, names: tuple[str, ...]
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site, dead_proxy() as (proxy, asked):
        words = ["crawl", SITE, "--db", str(db), "-a", f"base_url={site.base_url}"]
        for setting in FAST:
            words += ["-s", setting]
        done = run(names, proxy, *words)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert asked == []
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_snapshot_of_a_page_on_loopback_goes_past_a_dead_proxy(tmp_path: Path) -> None:
    out = tmp_path / "snap"
    with serving(MIRROR) as site, dead_proxy() as (proxy, asked):
        done = run(("http_proxy",), proxy, "snapshot", site.url(PATH), "--out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    assert asked == []
    assert (out / "page.html").exists() or any(out.rglob("page.html"))
