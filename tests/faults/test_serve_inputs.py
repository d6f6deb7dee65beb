"""Probes: `tinbao serve` on a port or address it cannot have, and on databases in odd states.

README: `tinbao serve` is Datasette on the database with tinbao's metadata; docs/database.md:
every command's error is one line with exit status 1 (a database that is missing, not SQLite,
from a newer tinbao), and Datasette, like any reader, answers while a crawl or another program
holds the write lock (WAL mode). A server that cannot start must say so in one line and end,
never hang or print a traceback; one that starts must serve every row.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    database_copy,
    free_port,
    get_json,
    served,
    served_route,
    start_serve,
    stop_serve,
    write_lock_held,
)


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))


def _refused(db: Path, *options: str) -> tuple[int, str]:
    """`serve` that must not start: its exit code and its one stderr line, within 60 s."""
    server = start_serve(db, *options)
    try:
        _, err = server.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        stop_serve(server)
        pytest.fail("serve neither started nor ended in 60 s")
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return server.returncode, lines[0]


def _rows(base: str) -> list[dict]:
    return get_json(served_route(base) + "/articles.json?_shape=array&_size=max")


def test_a_port_already_taken_is_one_line(crawled: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, line = _refused(crawled, "--port", str(port))
    assert code == 1
    assert str(port) in line, line


def test_an_address_not_on_this_machine_is_one_line(crawled: Path) -> None:
    code, line = _refused(crawled, "--host", "192.0.2.1", "--port", str(free_port()))
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
    code, line = _refused(db, "--port", str(free_port()))
    assert code == 1
    assert "newer" in line, line


def test_a_database_cut_in_half_is_refused_in_one_line(crawled: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    data = crawled.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    code, line = _refused(db, "--port", str(free_port()))
    assert code == 1
    assert "news.db" in line, line


def test_rows_are_served_while_another_program_holds_the_write_lock(
    crawled: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    shutil.copy(crawled, db)
    with write_lock_held(db, 120), served(db) as base:
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
    with served(db) as base:
        rows = _rows(base)
    assert len(rows) == len(ARTICLES)
    assert {row["headline"] for row in rows} == {a["headline"] for a in ARTICLES.values()}
