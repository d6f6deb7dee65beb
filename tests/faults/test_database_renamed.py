"""The database renamed while a crawl writes it: an operator archiving `news.db` as
`archive.db` with `mv news.db archive.db` (the file alone, its `-wal` and `-shm` left where
they are), and a backup tool that moves it away and back before the run's next write.

README: a record fetched and parsed is stored, or the run says it was not; docs/reliability.md:
the storage pipeline checks before each batch that the path still names the file it opened. A
renamed file is not a deleted one: what the run committed before the rename is in it, whole,
under its new name, with the run's end and the figures `tinbao history` shows for it, and the
run must not say those records are lost, nor say OK. Nothing of
the old database may stay at the old path (a `-wal` left there belongs to another file, and
the next run's new database would take it up), and the next run stores every article in a new
file there. A file moved away and back before the next write is the file the run opened: the
run goes on and ends well.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    crawl,
    crawl_from_terminal,
    expect_rows,
    history_lines,
    integrity,
    stored,
    wait_for_stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_pages import A

NEIGHBOURS = ("-wal", "-shm")


def rename_during_a_crawl(folder: Path, how: str) -> tuple[subprocess.Popen, str, str]:
    """A crawl that has stored every article but A (held back by the server), its database
    renamed as `how` says, then A let through: the crawl, its stdout and stderr."""
    db, archive = folder / "news.db", folder / "archive.db"
    hold = Fault(stall=60)
    with serving(MIRROR, {A: hold}) as site:
        process = crawl_from_terminal(site, db)
        wait_for_stored(db, len(ARTICLES) - 1, process)
        assert A in site.paths()
        os.rename(db, archive)
        if how == "away_and_back":
            os.rename(archive, db)
        hold.release()
        out, err = process.communicate(timeout=120)
    return process, out, err


def test_a_database_renamed_during_a_crawl_keeps_what_it_held_and_the_run_says_so(
    tmp_path: Path,
) -> None:
    db, archive = tmp_path / "news.db", tmp_path / "archive.db"
    process, out, err = rename_during_a_crawl(tmp_path, "away")
    assert process.returncode == ExitCode.SITE_FAILED, out + err
    assert out.startswith("baothaibinh: FAILED: "), out
    assert "Traceback" not in err, err
    errors = [line for line in err.splitlines() if " ERROR: " in line]
    assert any(str(db) in line for line in errors), err
    assert not any("deleted" in line for line in errors), errors
    for suffix in NEIGHBOURS:
        assert not Path(f"{db}{suffix}").exists(), suffix
    assert integrity(archive) == "ok"
    held = {path for path in ARTICLES if path != A}
    expect_rows(archive, held)
    assert history_lines(archive) == [
        "#1 baothaibinh failed: 22 pages, 14 new, 0 refreshed, 1 dropped (missing body: 1), "
        f"1 errors, 0 alarms; failed: 1 records not stored: {db} was moved or renamed during the "
        "run: the records this run stored until then are in that file under its new name, the "
        f"rest are not stored (the next run stores them at {db} again)"
    ]
    with serving(MIRROR) as site:
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    expect_rows(archive, held)


def test_a_database_moved_away_and_back_before_the_next_write_is_the_same_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    process, out, err = rename_during_a_crawl(tmp_path, "away_and_back")
    assert process.returncode == 0, out + err
    assert "Traceback" not in err, err
    assert "ERROR" not in err, err
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert len(stored(db)) == len(ARTICLES)
