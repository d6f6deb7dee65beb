"""Database names holding the marks SQLite reads in a URI: `#`, `?`, `%41`, a name opening with
`file:`, and `:memory:`, given to `--db` as a relative path from the folder the command runs in:
every reader on a copy of the crawled mirror under such a name, a crawl into `file:news.db` and
one into `:memory:`.

README: `--db FILE` (or `TINBAO_DB`) names the SQLite database every command reads or writes.
A name is a file name: `tin #2?x=%41#y.db` is that file, not `tin ` with a query and a
fragment; `file:news.db` is the file of that name in the working folder. So a crawl writes
exactly the file named, whole, and no other file appears beside it; every reader reads it. And
since a crawl's records must be stored or the run must say they were not, `:memory:` either
names a file that holds them afterwards or is refused before anything is fetched.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    FAST,
    LIVE,
    MIRROR,
    OCOP,
    SITE,
    copies_named,
    expect_rows,
    holds_only,
    integrity,
    tinbao,
)
from tests.faults.server import serving

# Every mark in one name (a space, `#`, `?`, `=`, `%41`), and a name opening with `file:`.
NAMES = ["tin #2?x=%41#y.db", "file:news.db"]
SIDE_FILES = ("-wal", "-shm", "-journal", ".lock")


def leaves_alone(folder: Path, name: str) -> None:
    """`folder` holds the database `name` and at most its side files, nothing else."""
    holds_only(folder, name, SIDE_FILES)
    assert (folder / name).is_file()


@pytest.fixture(scope="module")
def named(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A copy of the crawled mirror under each name, each in a folder of its own."""
    return copies_named(crawled_mirror, NAMES, tmp_path_factory)


def read(folder: Path, *words: str) -> str:
    """`tinbao WORDS…` run in `folder`, which must succeed quietly: its standard output."""
    done = tinbao(*words, cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr
    return done.stdout


@pytest.mark.parametrize("name", NAMES)
def test_every_reader_reads_the_file_named(named: dict[str, Path], name: str) -> None:
    folder = named[name]
    out = read(folder, "export", "--format", "jsonl", "--db", name)
    urls = sorted(json.loads(line)["url"] for line in out.splitlines())
    assert urls == sorted(LIVE + path for path in ARTICLES)
    stats = [
        json.loads(line) for line in read(folder, "stats", "--json", "--db", name).splitlines()
    ]
    assert [(row["site"], row["articles"]) for row in stats] == [(SITE, len(ARTICLES))]
    runs = read(folder, "history", "--json", "--db", name).splitlines()
    assert [json.loads(line)["status"] for line in runs] == ["finished"]
    hits = read(folder, "search", "OCOP", "--json", "--db", name).splitlines()
    assert LIVE + OCOP in [json.loads(line)["url"] for line in hits]
    leaves_alone(folder, name)


def crawl_into(folder: Path, name: str) -> tuple[int, str, str]:
    """`tinbao crawl` of the mirror run in `folder` with `--db NAME`."""
    words = ["crawl", SITE, "--db", name]
    with serving(MIRROR) as site:
        words += ["-a", f"base_url={site.base_url}"]
        for setting in FAST:
            words += ["-s", setting]
        done = tinbao(*words, cwd=folder, timeout=120)
        asked = len(site.hits)
    return done.returncode, done.stdout + done.stderr, asked


def test_a_crawl_writes_the_file_named_and_no_other(tmp_path: Path) -> None:
    name = "file:news.db"
    code, output, _ = crawl_into(tmp_path, name)
    assert code == 0, output
    assert "Traceback" not in output, output
    leaves_alone(tmp_path, name)
    assert integrity(tmp_path / name) == "ok"
    expect_rows(tmp_path / name, ARTICLES)


def test_a_crawl_into_memory_keeps_its_records_or_is_refused(tmp_path: Path) -> None:
    code, output, asked = crawl_into(tmp_path, ":memory:")
    assert "Traceback" not in output, output
    if code == 0:
        leaves_alone(tmp_path, ":memory:")
        expect_rows(tmp_path / ":memory:", ARTICLES)
    else:
        assert code in (1, 2), output
        assert len(output.strip().splitlines()) == 1, output
        assert asked == 0
        assert list(tmp_path.iterdir()) == []
