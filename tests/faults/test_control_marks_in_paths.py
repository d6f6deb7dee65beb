"""A database whose path holds control characters, as a name pasted from a web page or made by
a script with a stray `\\n` gets them: the folder `dữ\\nliệu` (a line break) and the file
`tin\\ttức.db` (a tab), for a crawl and every reader; and a missing database named with a line
break, for the readers and for a crawl into a missing folder.

README: any path names the database (`--db FILE`); docs/database.md: the readers' errors are
one line on stderr, exit 1, for a database that is missing; docs/reliability.md: a database in
a missing folder is one line, non-zero, nothing created or fetched. So the crawl writes that
file and no other (its side files beside it), the readers read it, and a missing file's error
stays one line whatever its name holds, the name written so that it does not break the line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    crawl,
    expect_rows,
    holds_only,
    integrity,
    json_lines,
    succeeds,
    tinbao,
)
from tests.faults.server import serving

FOLDER = "dữ\nliệu"
NAME = "tin\ttức.db"
READERS = (
    ("export", "--format", "jsonl"),
    ("search", "OCOP"),
    ("stats",),
    ("history",),
)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("marks") / FOLDER
    folder.mkdir()
    db = folder / NAME
    with serving(MIRROR) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert run.stdout.startswith("baothaibinh: OK; "), run.stdout
    assert "Traceback" not in run.output, run.output
    return db


def test_the_crawl_writes_the_file_named_and_no_other(crawled: Path) -> None:
    expect_rows(crawled, ARTICLES)
    assert integrity(crawled) == "ok"
    holds_only(crawled.parent, NAME, ["-wal", "-shm", ".lock"])
    assert sorted(p.name for p in crawled.parent.parent.iterdir()) == [FOLDER]


def test_every_reader_reads_it(crawled: Path) -> None:
    exported = json_lines(succeeds("export", "--format", "jsonl", "--db", str(crawled)))
    assert len(exported) == len(ARTICLES)
    found = json_lines(succeeds("search", "OCOP", "--json", "--db", str(crawled)))
    assert found, "search found nothing"
    (site,) = json_lines(succeeds("stats", "--json", "--db", str(crawled)))
    assert site["articles"] == len(ARTICLES), site
    (run,) = json_lines(succeeds("history", "--json", "--db", str(crawled)))
    assert run["status"] == "finished", run


@pytest.mark.parametrize("words", READERS, ids=[words[0] for words in READERS])
def test_a_missing_file_named_with_a_line_break_is_one_line(
    tmp_path: Path, words: tuple[str, ...]
) -> None:
    db = tmp_path / "no\nsuch.db"
    done = tinbao(*words, "--db", str(db))
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("Error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "such.db" in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_crawl_into_a_missing_folder_named_with_a_line_break_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "no\nfolder" / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db)
        asked = site.paths()
    assert run.returncode not in (0, -9, -15), run.output
    assert run.stdout == ""
    assert run.stderr.startswith("Error: ") and run.stderr.count("\n") == 1, run.stderr
    assert "news.db" in run.stderr, run.stderr
    assert asked == []
    assert list(tmp_path.iterdir()) == []
