"""The database named the ways docs/database.md allows: by the environment variable
`TINBAO_DB` alone, for every reading command and for a crawl, run from a folder holding no
database; and by `--db` and `TINBAO_DB` at once, naming two files.

docs/database.md: everything lives in `news.db` in the working directory "unless the Scrapy
setting `TINBAO_DB` (or the environment variable of the same name) says otherwise". So each
command reads or writes the file the variable names, never a `news.db` of the working
directory, and `--db`, given on the command line, names the file over the environment.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, FAST, MIRROR, SITE, database_copy, expect_rows, tinbao
from tests.faults.server import serving


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))


def tinbao_in(folder: Path, db: Path | None, *words: str) -> subprocess.CompletedProcess:
    """`tinbao WORDS…` run in `folder`, with `TINBAO_DB` naming `db` (or unset)."""
    env = {k: v for k, v in os.environ.items() if k != "TINBAO_DB"}
    if db is not None:
        env["TINBAO_DB"] = str(db)
    return tinbao(*words, timeout=120, cwd=folder, env=env)


def first(out: str) -> dict:
    """The first object of a `--json` output, which is JSON Lines: one object a line."""
    return json.loads(out.splitlines()[0])


READERS = {
    "export": (("export",), lambda out: len(out.splitlines()) == len(ARTICLES)),
    "search": (("search", "OCOP", "--json"), lambda out: len(out.splitlines()) >= 1),
    "stats": (("stats", "--json"), lambda out: first(out)["articles"] == len(ARTICLES)),
    "history": (("history", "--json"), lambda out: first(out)["status"] == "finished"),
    "reparse": (("reparse",), lambda out: True),
}


@pytest.mark.parametrize("command", sorted(READERS))
def test_every_reader_reads_the_database_the_environment_names(
    crawled: Path, tmp_path: Path, command: str
) -> None:
    words, holds = READERS[command]
    done = tinbao_in(tmp_path, crawled, *words)
    assert done.returncode == 0, done.stderr
    assert holds(done.stdout), done.stdout[:2000]
    assert list(tmp_path.iterdir()) == []


def test_a_crawl_writes_the_database_the_environment_names(tmp_path: Path) -> None:
    db = tmp_path / "data" / "news.db"
    db.parent.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    with serving(MIRROR) as site:
        words = ["crawl", SITE, "-a", f"base_url={site.base_url}"]
        for setting in FAST:
            words += ["-s", setting]
        done = tinbao_in(work, db, *words)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    expect_rows(db, ARTICLES)
    assert list(work.iterdir()) == []


def test_db_on_the_command_line_names_the_file_over_the_environment(
    crawled: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.db"
    done = tinbao_in(tmp_path, other, "export", "--db", str(crawled))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == len(ARTICLES)
    assert not other.exists()
