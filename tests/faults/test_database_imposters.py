"""`--db` naming a file that is not an SQLite database: notes in plain text, a JSON export, a
gzip of a database, a PNG. A user who mistyped the file name should be told in one line.

What the README and `--help` promise: errors are one line on stderr, exit 1 (2 for unreadable
input); no traceback. A reader or a crawl given another file must not write into it: its bytes
are the same afterwards, and a crawl fetches nothing.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.faults.harness import MIRROR, crawl, tinbao
from tests.faults.server import serving

IMPOSTERS = {
    "notes.txt": "Ghi chú: các bài về Thái Bình cần đọc lại.\n".encode() * 200,
    "export.jsonl": b'{"url": "https://baothaibinh.com.vn/x", "headline": "Tin"}\n' * 50,
    "news.db.gz": gzip.compress(b"SQLite format 3\x00" + bytes(8192)),
    "logo.png": b"\x89PNG\r\n\x1a\n" + bytes(4096),
}
READERS = {
    "export": ("export",),
    "search": ("search", "Thái Bình"),
    "stats": ("stats",),
    "history": ("history",),
    "reparse": ("reparse",),
}


def one_line(done, path: Path) -> None:
    assert done.returncode in (1, 2), (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert path.name in lines[0], lines[0]


@pytest.mark.parametrize(
    ("reader", "name"),
    [
        ("export", "notes.txt"),
        ("search", "news.db.gz"),
        ("stats", "logo.png"),
        ("history", "export.jsonl"),
        ("reparse", "notes.txt"),
    ],
)
def test_a_reader_given_a_file_that_is_no_database_is_one_line(
    tmp_path: Path, reader: str, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(IMPOSTERS[name])
    done = tinbao(*READERS[reader], "--db", str(path))
    one_line(done, path)
    assert done.stdout == ""
    assert path.read_bytes() == IMPOSTERS[name]


@pytest.mark.parametrize("name", ["notes.txt", "news.db.gz"])
def test_a_crawl_into_a_file_that_is_no_database_fetches_nothing_and_leaves_it(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(IMPOSTERS[name])
    with serving(MIRROR) as site:
        run = crawl(site, path)
    one_line(run, path)
    assert site.server.hits == [], site.server.hits
    assert path.read_bytes() == IMPOSTERS[name]
    assert sorted(p.name for p in tmp_path.iterdir()) in ([name], sorted([name, f"{name}.lock"]))
