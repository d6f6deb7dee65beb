"""Probes: `tinbao serve` on a port or address it cannot have, and on databases in odd states.

README: `tinbao serve` is Datasette on the database with tinbao's metadata; docs/database.md:
every command's error is one line with exit status 1 (a database that is missing, not SQLite,
from a newer tinbao), and Datasette, like any reader, answers while a crawl or another program
holds the write lock (WAL mode). A server that cannot start must say so in one line and end,
never hang or print a traceback; one that starts must serve every row.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, database_copy, write_lock_held


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT_TRIES = 3  # ports asked for in turn, each free when asked


def _serve(db: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", str(db), *options],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def _refused(db: Path, *options: str) -> tuple[int, str]:
    """`serve` that must not start: its exit code and its one stderr line, within 60 s."""
    server = _serve(db, *options)
    try:
        _, err = server.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        _stop(server)
        pytest.fail("serve neither started nor ended in 60 s")
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return server.returncode, lines[0]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.loads(answer.read())


@contextmanager
def serving_db(db: Path) -> Iterator[str]:
    """`tinbao serve` on `db`, once it answers; its base URL. A free port another test took
    before the server bound it (`[Errno 98]`, Datasette's exit 3) is given up for another."""
    for _ in range(PORT_TRIES):
        port = _free_port()
        server = _serve(db, "--port", str(port))
        time.sleep(0.5)
        if server.poll() is None or "Errno 98" not in server.communicate()[1]:
            break
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
        _stop(server)


def _rows(base: str) -> list[dict]:
    (database,) = _get(base + "/-/databases.json")
    route = tilde_encode(database["route"])  # Datasette's spelling of a name in its URLs
    return _get(f"{base}/{route}/articles.json?_shape=array&_size=max")


def test_a_port_already_taken_is_one_line(crawled: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, line = _refused(crawled, "--port", str(port))
    assert code == 1
    assert str(port) in line, line


def test_an_address_not_on_this_machine_is_one_line(crawled: Path) -> None:
    code, line = _refused(crawled, "--host", "192.0.2.1", "--port", str(_free_port()))
    assert code == 1
    assert "192.0.2.1" in line, line


def test_a_database_from_a_newer_tinbao_is_refused_in_one_line(
    crawled: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    shutil.copy(crawled, db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    code, line = _refused(db, "--port", str(_free_port()))
    assert code == 1
    assert "newer" in line, line


def test_a_database_cut_in_half_is_refused_in_one_line(crawled: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    data = crawled.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    code, line = _refused(db, "--port", str(_free_port()))
    assert code == 1
    assert "news.db" in line, line


def test_rows_are_served_while_another_program_holds_the_write_lock(
    crawled: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    shutil.copy(crawled, db)
    with write_lock_held(db, 120), serving_db(db) as base:
        rows = _rows(base)
    assert sorted(row["url"] for row in rows) == sorted(
        f"https://baothaibinh.com.vn{path}" for path in ARTICLES
    )


def test_a_database_under_a_vietnamese_path_with_spaces_is_served(
    crawled: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Tin tức Thái Bình"
    folder.mkdir()
    db = folder / "bản sao tháng 5.db"
    shutil.copy(crawled, db)
    with serving_db(db) as base:
        rows = _rows(base)
    assert len(rows) == len(ARTICLES)
    assert {row["headline"] for row in rows} == {a["headline"] for a in ARTICLES.values()}
