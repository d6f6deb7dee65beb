"""A second look at the same site: a publish time the paper corrected, another program holding
the database's write lock, a crawl stopped by SIGTERM (systemd, `kill`) and run again."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    integrity,
    revisions,
    write_lock_held,
)
from tests.faults.rows import EXPECTED, crawl_rows, expect_articles, stored
from tests.faults.server import Fault, serving
from tests.faults.test_runs import stop_midway, tinbao_crawl

A = article_path("105870")
PAGE = (MIRROR / A.strip("/") / "page.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_publish_time_corrected_between_crawls_updates_the_one_row(tmp_path: Path) -> None:
    """The paper changes 22/09/2022 14:20:06 to 23/09/2022 08:05:00; a full re-crawl updates the
    row (time and its raw text), adds no row and no revision (the text did not change)."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        first = crawl(site, db)
        site.faults[A] = Fault(
            body=PAGE.replace("22/09/2022 | 14:20:06", "23/09/2022 | 08:05:00").encode()
        )
        again = crawl(site, db, "-a", "full=1")
    assert (first.returncode, again.returncode) == (0, 0), again.output
    corrected = {
        "published_at": "2022-09-23T08:05:00+07:00",
        "published_raw": "Thứ 5, 23/09/2022 | 08:05:00",
    }
    expect_rows(db, ARTICLES, {A: corrected})
    assert revisions(db) == []
    assert integrity(db) == "ok"


@pytest.mark.slow
def test_a_write_lock_held_by_another_program_is_waited_out(tmp_path: Path) -> None:
    """`sqlite3 news.db` with `BEGIN IMMEDIATE` open for 2 s while the crawl starts: the crawl
    waits (busy timeout) and stores everything."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        assert crawl(site, db, "-a", "limit=1").returncode == 0  # the schema exists
        with write_lock_held(db, seconds=2) as holder:
            run = crawl(site, db)
            assert holder.wait() == 0
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


@pytest.mark.slow
def test_sigterm_is_an_interrupted_run_and_the_next_run_stores_the_rest(tmp_path: Path) -> None:
    root, db, out, err, code = stop_midway(tmp_path, signal.SIGTERM)
    assert code == ExitCode.INTERRUPTED, out + err
    assert out.startswith("baothaibinh: INTERRUPTED; "), out
    assert crawl_rows(db) == [("baothaibinh", "interrupted")]
    kept = stored(db)
    assert 3 <= len(kept) < len(EXPECTED)
    for url, row in kept.items():
        assert row == EXPECTED[url]

    run = tinbao_crawl(root, db)
    assert run.returncode == ExitCode.OK, run.stdout + run.stderr
    assert crawl_rows(db) == [("baothaibinh", "interrupted"), ("baothaibinh", "finished")]
    expect_articles(db)
    assert integrity(db) == "ok"
