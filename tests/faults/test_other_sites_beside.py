"""Two papers crawled into one database by two cron lines, `tinbao crawl baothaibinh` and
`tinbao crawl baonghean --db` the same file: the second started while the first still runs, and
after the first was killed outright (SIGKILL, the OOM killer) midway.

docs/scheduling.md: the lock is per database file, so a second crawl of any site exits 3 while
another holds it, in one line naming the holder, having started no run; a run killed outright
stays `running` until the next `tinbao crawl` takes over its lock and marks it `killed`. Which
site that next crawl is for does not matter: it is the database's lock. Each paper's rows are
its own, exact, and a later run of the killed paper stores the rest.
"""

from __future__ import annotations

import json
import signal
import sqlite3
from pathlib import Path

from crawler.exitcodes import ExitCode
from crawler.mirror import FIXTURE_SITES
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    article_path,
    crawl,
    crawl_from_terminal,
    integrity,
    stored,
    stored_exactly,
    tinbao,
    wait_for_stored,
)
from tests.faults.server import Fault, serving

OTHER = "baonghean"
OTHER_MIRROR = FIXTURE_SITES / OTHER
OTHER_LIVE = "https://baonghean.vn"
HELD = article_path("105870")


def other_records() -> dict[str, dict]:
    """The records a reader expects of the Nghệ An mirror's articles, keyed by URL."""
    records = {}
    for file in sorted(OTHER_MIRROR.glob("*/page.json")):
        expected = json.loads(file.read_text(encoding="utf-8"))["expected"]
        records[expected["url"]] = expected
    return records


def crawl_other(db: Path) -> tuple[int, str, str]:
    """`tinbao crawl baonghean --db DB` against its own mirror: exit code, stdout, stderr."""
    words = ["crawl", OTHER, "--db", str(db)]
    with serving(OTHER_MIRROR) as site:
        words += ["-a", f"base_url={site.base_url}"]
        for setting in FAST:
            words += ["-s", setting]
        done = tinbao(*words, timeout=120)
    return done.returncode, done.stdout, done.stderr


def other_rows_exact(db: Path) -> None:
    """The Nghệ An articles are stored, each exactly its page's record."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        rows = {
            row["url"]: dict(row)
            for row in conn.execute("SELECT * FROM articles WHERE site = ?", [OTHER])
        }
    finally:
        conn.close()
    expected = other_records()
    assert sorted(rows) == sorted(expected)
    for url, record in expected.items():
        row = {**rows[url]}
        for name in ("authors", "tags", "images"):
            row[name] = json.loads(row[name]) if row[name] is not None else None
        assert {key: row[key] for key in record} == record, url


def runs(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT spider, status FROM crawls ORDER BY id").fetchall()
    finally:
        conn.close()


def own_rows(db: Path) -> dict[str, dict]:
    """The Thái Bình rows, keyed by path."""
    return {path: row for path, row in stored(db).items() if not path.startswith(OTHER_LIVE)}


def test_a_second_paper_started_while_the_first_runs_is_refused_in_one_line(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    hold = Fault(stall=60)
    with serving(MIRROR, {HELD: hold}) as site:
        first = crawl_from_terminal(site, db)
        wait_for_stored(db, len(ARTICLES) - 1, first)
        code, out, err = crawl_other(db)
        hold.release()
        first_out, first_err = first.communicate(timeout=120)
    assert code == ExitCode.LOCKED, out + err
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert f"pid {first.pid} " in err, err
    assert first.returncode == 0, first_out + first_err
    assert runs(db) == [("baothaibinh", "finished")]
    code, out, err = crawl_other(db)
    assert code == 0, out + err
    other_rows_exact(db)
    expect_rows_of_own(db)
    assert runs(db) == [("baothaibinh", "finished"), (OTHER, "finished")]
    assert integrity(db) == "ok"


def expect_rows_of_own(db: Path) -> None:
    """The Thái Bình articles are stored, each exactly its page's record."""
    rows = own_rows(db)
    assert sorted(rows) == sorted(ARTICLES)
    for path in ARTICLES:
        stored_exactly(rows, path)


def test_a_run_killed_outright_is_marked_killed_by_the_next_run_of_another_paper(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    hold = Fault(stall=60)
    with serving(MIRROR, {HELD: hold}) as site:
        first = crawl_from_terminal(site, db)
        wait_for_stored(db, 3, first)
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=60)
        hold.release()
    assert runs(db) == [("baothaibinh", "running")]
    code, out, err = crawl_other(db)
    assert code == 0, out + err
    assert "took over the lock of a dead run" in err, err
    assert f"pid {first.pid} " in err, err
    assert runs(db) == [("baothaibinh", "killed"), (OTHER, "finished")]
    other_rows_exact(db)
    with serving(MIRROR) as site:
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows_of_own(db)
    assert runs(db) == [("baothaibinh", "killed"), (OTHER, "finished"), ("baothaibinh", "finished")]
    other_rows_exact(db)
