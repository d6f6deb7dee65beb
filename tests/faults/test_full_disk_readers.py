"""Readers of a database whose disk has no room left: no byte (a log filled the disk) or no
inode (a cache of small files used every one the filesystem has, with bytes to spare); then a
crawl on the disk with no inode left.

README: `export`, `search`, `stats` and `history` read the database; reading needs no room, as
a database on a read-only filesystem is read (docs/reliability.md). Each reader must print what
it prints on the same file with room to spare, exit 0, and leave the file as it was. A crawl
that cannot make the files it needs beside the database is refused in one line before anything
is fetched, saying the disk is full, and the next run with room stores every article.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    crawl,
    database_copy,
    expect_rows,
    integrity,
    tinbao,
    tmpfs,
)
from tests.faults.server import serving

READERS = {
    "export": ("export", "--format", "jsonl"),
    "export_csv": ("export", "--format", "csv"),
    "search": ("search", "OCOP", "--json"),
    "stats": ("stats", "--json"),
    "history": ("history", "--json"),
}


@pytest.fixture(scope="module")
def with_room(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each reader's output on a copy of the crawled mirror on a disk with room."""
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("with_room"))
    outputs = {}
    for name, words in READERS.items():
        done = tinbao(*words, "--db", str(db))
        assert done.returncode == 0, done.stderr
        outputs[name] = done.stdout
    return outputs


def fill_bytes(disk: Path) -> list[Path]:
    """Take every byte the filesystem has left."""
    filler = disk / "filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True)
    assert os.statvfs(disk).f_bavail == 0
    return [filler]


def fill_inodes(disk: Path) -> list[Path]:
    """Take every inode the filesystem has left, with empty files."""
    made = []
    while True:
        file = disk / f"cache-{len(made)}"
        try:
            file.touch()
        except OSError:
            break
        made.append(file)
    assert os.statvfs(disk).f_favail == 0
    assert os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize > 1024 * 1024  # bytes to spare
    return made


FILLS = {"no_byte_left": fill_bytes, "no_inode_left": fill_inodes}


@contextmanager
def full_disk(tmp_path: Path, crawled_mirror: Path, kind: str) -> Iterator[tuple[Path, list]]:
    """A copy of the crawled mirror on a small disk, then the disk filled `kind`'s way."""
    with tmpfs(tmp_path / "disk", "4m,nr_inodes=64") as disk:
        db = database_copy(crawled_mirror, disk)
        before = sorted(p.name for p in disk.iterdir())
        fillers = FILLS[kind](disk)
        yield db, fillers
        for filler in fillers:
            filler.unlink()
        after = sorted(p.name for p in disk.iterdir())
        assert after == before, after  # no file left behind
        assert integrity(db) == "ok"


@pytest.mark.parametrize("kind", list(FILLS))
@pytest.mark.parametrize("reader", list(READERS))
def test_a_reader_of_a_database_on_a_full_disk_prints_what_it_holds(
    tmp_path: Path, crawled_mirror: Path, with_room: dict[str, str], kind: str, reader: str
) -> None:
    with full_disk(tmp_path, crawled_mirror, kind) as (db, _):
        size = db.stat().st_size
        done = tinbao(*READERS[reader], "--db", str(db))
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode == 0, done.stderr
        assert done.stdout == with_room[reader]
        assert done.stderr == ""
        assert db.stat().st_size == size


def test_a_crawl_on_a_disk_with_no_inode_left_is_refused_in_one_line_then_stores_it_all(
    tmp_path: Path,
) -> None:
    with tmpfs(tmp_path / "disk", "8m,nr_inodes=64") as disk:
        db = disk / "news.db"
        fillers = fill_inodes(disk)
        fillers[-1].unlink()  # one inode: the database itself, nothing beside it
        db.touch()
        with serving(MIRROR) as site:
            run = crawl(site, db)
            assert "Traceback" not in run.stderr, run.stderr
            lines = [line for line in run.stderr.splitlines() if line.strip()]
            assert run.returncode == 1, run.output
            assert len(lines) == 1, run.stderr
            assert "disk full" in lines[0] or "No space left on device" in lines[0], lines
            assert site.hits == [], site.paths()
            for filler in fillers[:-1]:
                filler.unlink()
            again = crawl(site, db)
        assert again.returncode == 0, again.output
        expect_rows(db, ARTICLES)
        assert integrity(db) == "ok"
