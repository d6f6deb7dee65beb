"""The database's folder reached through a symbolic link repointed while a crawl writes:
`data -> disk-a`, the crawl given `data/news.db`, and `ln -sfn disk-b data` run mid-crawl (a
move to a new disk, or a deploy switching a `current` link), `disk-b` empty or holding a
database of its own.

docs/reliability.md (thirty-seventh round): a database link pointed at another file under a
crawl leaves the run storing into the file it opened and whose lock it holds, with a warning,
and the other file untouched; the next run stores into the file the link now names. A folder
link is the same path turned to another file: every article stored in `disk-a/news.db`, the
run's dropped page (the video) recorded there too, the run ends well, and nothing is written
in `disk-b` (no log, shared-memory or lock file, the database there byte for byte as it was);
the next run stores every article in `disk-b`.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    VIDEO,
    Run,
    crawl_changed_midway,
    crawl_mirror,
    database_copy,
    dropped,
    expect_rows,
    holds_only,
    integrity,
)


def repointed_mid_crawl(tmp_path: Path) -> tuple[Run, Path, Path, Path]:
    """A crawl of `data/news.db` with `data -> disk-a` turned to `disk-b` once every article
    but one is stored: the run, the database path and the two folders."""
    disk_a, disk_b, data = tmp_path / "disk-a", tmp_path / "disk-b", tmp_path / "data"
    disk_a.mkdir()
    disk_b.mkdir(exist_ok=True)
    data.symlink_to(disk_a)
    db = data / "news.db"

    def repoint() -> None:
        turning = tmp_path / "data.new"
        turning.symlink_to(disk_b)
        os.replace(turning, data)  # what `ln -sfn` does, in one step

    return crawl_changed_midway(db, repoint), db, disk_a, disk_b


def ends_well_in_its_own_file(run: Run, disk_a: Path) -> None:
    assert run.returncode == 0, run.output
    assert run.stdout.startswith("baothaibinh: OK"), run.stdout
    assert "Traceback" not in run.stderr, run.stderr
    assert " ERROR: " not in run.stderr, run.stderr
    expect_rows(disk_a / "news.db", ARTICLES)
    assert dropped(disk_a / "news.db") == {VIDEO: "missing body"}
    assert integrity(disk_a / "news.db") == "ok"
    holds_only(disk_a, "news.db", [".lock"])


def test_a_folder_link_turned_to_an_empty_folder_leaves_that_folder_empty(
    tmp_path: Path,
) -> None:
    run, db, disk_a, disk_b = repointed_mid_crawl(tmp_path)
    ends_well_in_its_own_file(run, disk_a)
    warnings = [line for line in run.stderr.splitlines() if " WARNING: " in line]
    assert any(str(disk_a / "news.db") in line for line in warnings), run.stderr
    assert list(disk_b.iterdir()) == []
    again = crawl_mirror(db)
    assert again.returncode == 0, again.output
    expect_rows(disk_b / "news.db", ARTICLES)


def test_a_folder_link_turned_to_another_database_leaves_that_database_as_it_was(
    tmp_path: Path, crawled_mirror: Path
) -> None:
    disk_b = tmp_path / "disk-b"
    disk_b.mkdir()
    other = database_copy(crawled_mirror, disk_b)
    before = other.read_bytes()
    run, _, disk_a, _ = repointed_mid_crawl(tmp_path)
    ends_well_in_its_own_file(run, disk_a)
    assert sorted(p.name for p in disk_b.iterdir()) == ["news.db"]
    assert other.read_bytes() == before
