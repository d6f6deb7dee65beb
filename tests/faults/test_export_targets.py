"""Where `tinbao export` is told to write: a file named in Vietnamese letters under the C
locale, the database itself (by its name or through a symlink), a longer file left by an older
export, `-` for standard output, a `.CSV` name in capitals; and readers run while another
program holds the database's write lock.

An export never harms the database it reads; the file it writes holds exactly the export,
under exactly the name given; a reader answers beside a writer.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    database_copy,
    expect_rows,
    integrity,
    write_lock_held,
)


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))


@pytest.fixture
def db(crawled: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "news.db"
    conn = sqlite3.connect(crawled)
    try:
        conn.execute("VACUUM INTO ?", (str(copy),))
    finally:
        conn.close()
    return copy


def export(*words: str, env: dict[str, str] | None = None, cwd: Path = ROOT):
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "export", *words],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=60,
    )


def urls(jsonl: bytes) -> list[str]:
    return sorted(json.loads(line)["url"].removeprefix(LIVE) for line in jsonl.splitlines())


def one_line_refusal(done: subprocess.CompletedProcess) -> str:
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode not in (0, 130), stderr
    assert "Traceback" not in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    return stderr


def test_an_output_named_in_vietnamese_in_the_c_locale_is_that_name(
    db: Path, tmp_path: Path
) -> None:
    name = "bài báo Thái Bình.jsonl"
    environ = {**os.environ, "LANG": "C", "LC_ALL": "C"}
    done = export("--db", str(db), "-o", str(tmp_path / name), env=environ)
    assert done.returncode == 0, done.stderr
    assert name in os.listdir(tmp_path), os.listdir(tmp_path)
    assert urls((tmp_path / name).read_bytes()) == sorted(ARTICLES)


def test_an_export_onto_the_database_itself_is_refused(db: Path) -> None:
    before = db.read_bytes()
    done = export("--db", str(db), "--format", "jsonl", "-o", str(db))
    assert one_line_refusal(done) == f"Error: {db} is the database {db}: export to another file\n"
    assert db.read_bytes() == before
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_an_export_onto_a_symlink_to_the_database_is_refused(db: Path, tmp_path: Path) -> None:
    link = tmp_path / "articles.jsonl"
    link.symlink_to(db)
    before = db.read_bytes()
    done = export("--db", str(db), "-o", str(link))
    assert one_line_refusal(done) == f"Error: {link} is the database {db}: export to another file\n"
    assert db.read_bytes() == before
    expect_rows(db, ARTICLES)


def test_an_export_over_a_longer_old_file_leaves_no_tail(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    out.write_bytes(b'{"url": "old"}\n' * 100_000)
    done = export("--db", str(db), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert urls(out.read_bytes()) == sorted(ARTICLES)


def test_a_dash_for_the_output_is_standard_output(db: Path, tmp_path: Path) -> None:
    done = export("--db", str(db), "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert urls(done.stdout) == sorted(ARTICLES)
    assert os.listdir(tmp_path) == ["news.db"]


def test_a_csv_name_in_capitals_is_csv(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ARTICLES.CSV"
    done = export("--db", str(db), "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert sorted(row["url"].removeprefix(LIVE) for row in rows) == sorted(ARTICLES)


@pytest.mark.parametrize("mode", ["wal", "delete"])
@pytest.mark.parametrize("command", ["export", "stats", "search"])
def test_readers_answer_while_another_program_holds_the_write_lock(
    db: Path, command: str, mode: str
) -> None:
    """Whether the file is in WAL mode or was switched out of it by another program (its
    rollback journal back), a reader only reads: the writer's lock is no reason to refuse."""
    conn = sqlite3.connect(db)
    assert conn.execute(f"PRAGMA journal_mode = {mode}").fetchone() == (mode,)
    conn.close()
    words = {"export": ["export"], "stats": ["stats"], "search": ["search", "OCOP"]}[command]
    with write_lock_held(db, 30):
        done = subprocess.run(
            [sys.executable, "-m", "crawler.cli", *words, "--db", str(db)],
            cwd=ROOT,
            capture_output=True,
            timeout=20,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), done.stderr
