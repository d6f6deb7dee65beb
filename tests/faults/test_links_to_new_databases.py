"""A database path that is a symbolic link to a file not made yet: an operator who prepares
`news.db -> store/news.db` (relative, as `ln -s store/news.db news.db` writes it, the crawl
run from another working directory) before the first crawl, so that the data lands on another
disk.

docs/scheduling.md: the lock is per database file, whatever path names it, the path resolved
first. README: the database is made on the first run. So the first run makes the file the link
names, `store/news.db` (read beside the link, not the working directory), stores every article
there and leaves the link a link; the side files and the lock are the target's, beside it, none
beside the link; and every reader given the link reads that file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    OCOP,
    Run,
    crawl_mirror,
    expect_rows,
    holds_only,
    integrity,
    json_lines,
    succeeds,
)


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Run]:
    """A first crawl given `news.db -> store/news.db`, the target not made yet: the folder
    holding the link, the link and the run."""
    folder = tmp_path_factory.mktemp("links_to_new_databases")
    (folder / "store").mkdir()
    link = folder / "news.db"
    link.symlink_to(Path("store") / "news.db")
    return folder, link, crawl_mirror(link)


def test_the_first_crawl_makes_the_file_the_link_names(linked) -> None:
    folder, link, run = linked
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert link.is_symlink()
    assert os.readlink(link) == os.path.join("store", "news.db")
    target = folder / "store" / "news.db"
    assert integrity(target) == "ok"
    expect_rows(target, ARTICLES)


def test_nothing_of_the_database_is_made_beside_the_link(linked) -> None:
    folder, _, _ = linked
    assert sorted(p.name for p in folder.iterdir()) == ["news.db", "store"]
    holds_only(folder / "store", "news.db", [".lock"])


def test_every_reader_given_the_link_reads_the_file_it_names(linked) -> None:
    folder, link, _ = linked
    lines = succeeds("export", "--db", str(link), "--format", "jsonl").splitlines()
    assert sorted(json.loads(line)["url"] for line in lines) == sorted(
        f"https://baothaibinh.com.vn{path}" for path in ARTICLES
    )
    stats = json.loads(succeeds("stats", "--db", str(link), "--json"))
    assert (stats["site"], stats["articles"]) == ("baothaibinh", len(ARTICLES))
    found = json_lines(succeeds("search", "OCOP", "--db", str(link), "--json"))
    target = folder / "store" / "news.db"
    assert found == json_lines(succeeds("search", "OCOP", "--db", str(target), "--json"))
    assert found[0]["url"] == f"https://baothaibinh.com.vn{OCOP}"
