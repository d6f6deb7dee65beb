"""Probes: `tinbao serve --db NAME` where NAME holds the marks SQLite reads in a URI (`#`, `?`,
`%41`, a leading `file:`) or is `:memory:`, given as a relative path from the folder the command
runs in, on a copy of the crawled mirror under that name.

README: `--db FILE` names the SQLite database every command reads or writes, and `tinbao serve`
is Datasette on that database. A name is a file name: Datasette must serve that file's records
(its tables, the canned queries, an article's page), not an empty database or another file,
reading it as any reader does (its `-shm` beside it, where a crawl writing it meets it), and
leave nothing beside it but its side files.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, LIVE, OCOP, OCOP_HEADLINE

NAMES = ["tin #2?x=%41#y.db", "file:news.db", ":memory:"]
SIDE_FILES = ("-wal", "-shm", "-journal")
OCOP_VIEWS = 642  # the count the mirror's OCOP page shows


@pytest.fixture(scope="module")
def named(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A copy of the crawled mirror under each name, each in a folder of its own."""
    folders = {}
    for number, name in enumerate(NAMES):
        folder = tmp_path_factory.mktemp(f"served{number}")
        shutil.copyfile(crawled_mirror, folder / name)
        folders[name] = folder
    return folders


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.loads(answer.read())


@contextmanager
def serving(folder: Path, name: str) -> Iterator[str]:
    """`tinbao serve --db NAME` run in `folder`, once it answers; its base URL."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", name, "--port", str(port)],
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.communicate()
            try:
                _get(base + "/-/databases.json")
                break
            except OSError:
                assert time.monotonic() < deadline, "serve did not answer in 60 s"
                time.sleep(0.3)
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@pytest.mark.parametrize("name", NAMES)
def test_serve_serves_the_file_named(named: dict[str, Path], name: str) -> None:
    folder = named[name]
    with serving(folder, name) as base:
        (database,) = _get(base + "/-/databases.json")
        route = base + "/" + tilde_encode(database["route"])
        rows = _get(route + "/articles.json?_shape=array&_size=max")
        ocop = LIVE + OCOP
        views = _get(
            route + "/view_growth.json?_shape=array&url=" + urllib.parse.quote(ocop, safe="")
        )
        hits = _get(route + "/search_folded.json?_shape=array&q=ocop")
        page = _get(route + "/articles/" + tilde_encode(ocop) + ".json?_shape=array")
        # SQLite keeps the `-shm` of the file Datasette reads beside it, not beside another name
        assert (folder / (name + "-shm")).is_file()
    assert sorted(row["url"] for row in rows) == sorted(LIVE + path for path in ARTICLES)
    assert [row["views"] for row in views] == [OCOP_VIEWS]
    assert ocop in [hit["url"] for hit in hits]
    assert [(row["url"], row["headline"]) for row in page] == [(ocop, OCOP_HEADLINE)]
    allowed = {name, *(name + suffix for suffix in SIDE_FILES)}
    assert {path.name for path in folder.iterdir()} <= allowed, sorted(folder.iterdir())
