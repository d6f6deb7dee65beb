"""Probes: `tinbao mirror` and `tinbao demo` given a port, a site or a database they cannot use.

`tinbao mirror --help`: serves a site's offline mirror on 127.0.0.1 until Ctrl-C, `--port 0`
for any free port. `tinbao demo --help`: serves the mirror and crawls it into `--db`. README:
errors are one line on stderr (exit 1), bad usage exit 2, another crawl holding the lock on
the database exit 3; docs/reliability.md: the demo refuses a site it does not know
(`no site '/etc'`, exit 2).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipelines import db as store
from pipelines.db.schema import SCHEMA_VERSION
from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, crawl_mirror, expect_rows, tinbao


def _one_line(done: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines, done.stdout
    return lines[-1]


def _mirror(*words: str) -> subprocess.CompletedProcess:
    return tinbao("mirror", *words, timeout=60)


def test_a_mirror_on_a_port_already_taken_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _mirror("baothaibinh", "--port", str(port))
    assert done.returncode == 1, done.stdout + done.stderr
    assert str(port) in _one_line(done)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_mirror_of_a_site_with_no_mirror_is_a_usage_error() -> None:
    done = _mirror("baocu", "--port", "0")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "baocu" in _one_line(done)


def test_a_mirror_on_port_0_says_where_it_serves() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "mirror", "baothaibinh", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        said = ""
        deadline = time.monotonic() + 30
        while not (found := re.search(r"http://127\.0\.0\.1:(\d+)", said)):
            assert time.monotonic() < deadline and server.poll() is None, said
            said += server.stdout.readline()
        port = int(found.group(1))
        assert port != 0
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/rss/home.rss", timeout=10) as feed:
            assert feed.status == 200 and b"<rss" in feed.read()
    finally:
        os.killpg(server.pid, signal.SIGINT)
        server.wait(timeout=20)


def test_a_demo_into_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    folder = tmp_path / "demo.db"
    folder.mkdir()
    done = tinbao("demo", "--db", str(folder), timeout=120)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "demo.db" in _one_line(done) and "directory" in _one_line(done)
    assert list(folder.iterdir()) == []


def test_a_demo_on_a_database_another_crawl_holds_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    assert crawl_mirror(db).returncode == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            "f = open(sys.argv[1], 'a')\n"
            "fcntl.flock(f, fcntl.LOCK_EX)\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
            f"{db}.lock",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "held\n"
        done = tinbao("demo", "--db", str(db), timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 3, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    expect_rows(db, ARTICLES)


def test_a_demo_on_a_database_from_a_newer_tinbao_leaves_it_untouched(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    store.open_db(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = db.read_bytes()
    done = tinbao("demo", "--db", str(db), timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "newer" in _one_line(done)
    assert db.read_bytes() == before


@pytest.fixture(autouse=True)
def _no_demo_file_left_in_the_checkout():
    before = (ROOT / "tinbao-demo.db").exists()
    yield
    assert (ROOT / "tinbao-demo.db").exists() == before
