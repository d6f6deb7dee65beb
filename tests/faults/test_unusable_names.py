"""Database paths the filesystem cannot use as the crawl needs them: a file name that fits
the filesystem's 255 bytes while the names of its side files (`-wal`, `.lock`, a few bytes
longer) do not, a file name longer than 255 bytes, a symbolic link that points at itself (or
two in a circle), a symbolic link into a disk that is not mounted.

Vietnamese letters take two or three bytes each in UTF-8, so a name of ninety letters (a
headline pasted as a file name, a site name spelled out) is already at the limit.

docs/database.md and the README: every command's error is one line with a non-zero exit, never
a traceback; tests/faults/test_storage_strain.py's promise: a file the run cannot use is one
line and a non-zero exit before anything is fetched. Nothing is created where the link
points (a disk not mounted stays an empty mount point).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity, tinbao
from tests.faults.server import serving

LETTER = "ữ"  # three bytes in UTF-8


def named(tmp_path: Path, size: int) -> Path:
    """A database path in `tmp_path` whose file name is `size` bytes long (UTF-8)."""
    stem = "tin-" + LETTER * ((size - 7) // 3)
    name = stem + "x" * (size - len((stem + ".db").encode())) + ".db"
    assert len(name.encode()) == size, len(name.encode())
    return tmp_path / name


def refused_in_one_line(run, fetched: list[str]) -> None:
    assert run.returncode != 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert fetched == [], fetched


@pytest.mark.parametrize("size", [250, 253])
def test_a_name_whose_side_files_do_not_fit_is_one_line_before_anything_is_fetched(
    tmp_path: Path, size: int
) -> None:
    """`news…db` fits; `news…db-journal` (8 bytes longer: 258, 261) does not, nor, at 253,
    `-wal`, `-shm` or `.lock`."""
    db = named(tmp_path, size)
    with serving(MIRROR) as site:
        run = crawl(site, db, timeout=60)
        fetched = site.paths()
    refused_in_one_line(run, fetched)
    assert "too long" in run.stderr, run.stderr


def test_a_name_that_fits_with_its_side_files_is_crawled(tmp_path: Path) -> None:
    """The control: 247 bytes, 255 with `-journal`: every article stored."""
    db = named(tmp_path, 247)
    with serving(MIRROR) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_name_longer_than_the_filesystem_takes_is_one_line(tmp_path: Path) -> None:
    db = named(tmp_path, 300)
    with serving(MIRROR) as site:
        run = crawl(site, db, timeout=60)
        fetched = site.paths()
    refused_in_one_line(run, fetched)
    assert "too long" in run.stderr, run.stderr


@pytest.mark.parametrize("command", ["stats", "export", "history"])
def test_a_reader_given_a_name_too_long_is_one_line(tmp_path: Path, command: str) -> None:
    done = tinbao(command, "--db", str(named(tmp_path, 300)), timeout=60)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "too long" in done.stderr, done.stderr


@pytest.mark.parametrize("shape", ["itself", "circle"])
def test_a_link_that_leads_round_in_a_circle_is_one_line(tmp_path: Path, shape: str) -> None:
    db = tmp_path / "news.db"
    if shape == "itself":
        os.symlink("news.db", db)
    else:
        os.symlink("other.db", db)
        os.symlink("news.db", tmp_path / "other.db")
    with serving(MIRROR) as site:
        run = crawl(site, db, timeout=60)
        fetched = site.paths()
    refused_in_one_line(run, fetched)
    done = tinbao("stats", "--db", str(db), timeout=60)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_link_into_a_disk_not_mounted_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    """`news.db -> /mnt/data/tinbao/news.db` with /mnt/data an empty mount point."""
    mount = tmp_path / "mnt-data"
    mount.mkdir()
    db = tmp_path / "news.db"
    os.symlink(mount / "tinbao" / "news.db", db)
    with serving(MIRROR) as site:
        run = crawl(site, db, timeout=60)
        fetched = site.paths()
    refused_in_one_line(run, fetched)
    assert list(mount.iterdir()) == []
    assert "news.db" in run.stderr, run.stderr
