"""A run's verdict at the edges of its thresholds: failed article fetches just at and just past
`TINBAO_MAX_FETCH_FAILURE_RATE`, a run shorter than `TINBAO_FETCH_FAILURE_MIN_PAGES`, error
lines at and past `TINBAO_MAX_ERRORS`; a site named twice; an unknown site named beside a known
one.

README: more article fetches than `TINBAO_MAX_FETCH_FAILURE_RATE` (0.5) failed: the site failed
(exit 4), judged only once a run requested `TINBAO_FETCH_FAILURE_MIN_PAGES` article pages; more
ERROR lines than `TINBAO_MAX_ERRORS`: the site failed. docs/scheduling.md: a URL that cannot be
fetched for a network reason is one ERROR line naming it. The mirror has 16 article pages (the
video page is fetched and dropped), so 8 failing is half, not more.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    VIDEO,
    crawl,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, serving

PATHS = sorted(ARTICLES)


def last_status(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT status FROM crawls ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def crawl_with_failing(tmp_path: Path, failing: list[str], fault: Fault, *settings: str):
    db = tmp_path / "news.db"
    with serving(MIRROR, dict.fromkeys(failing, fault)) as site:
        run = crawl(site, db, settings=settings)
    assert integrity(db) == "ok"
    expect_rows(db, [path for path in PATHS if path not in failing])
    return run, db


def test_nine_of_sixteen_failed_fetches_fail_the_site(tmp_path: Path) -> None:
    run, db = crawl_with_failing(tmp_path, PATHS[:9], Fault(status=500, body=b"oops"))
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert run.stdout.startswith("baothaibinh: FAILED"), run.stdout
    assert last_status(db) == "failed"


def test_eight_of_sixteen_failed_fetches_are_not_more_than_half(tmp_path: Path) -> None:
    run, db = crawl_with_failing(tmp_path, PATHS[:8], Fault(status=500, body=b"oops"))
    assert run.returncode == 0, run.output
    assert "8 URLs unreachable (500)" in run.stdout, run.stdout
    assert last_status(db) == "finished"


def test_a_run_shorter_than_the_minimum_is_not_judged_on_its_fetches(tmp_path: Path) -> None:
    run, db = crawl_with_failing(
        tmp_path, PATHS[:9], Fault(status=500, body=b"oops"), "TINBAO_FETCH_FAILURE_MIN_PAGES=17"
    )
    assert run.returncode == 0, run.output
    assert last_status(db) == "finished"


@pytest.mark.parametrize(("most", "code"), [(3, 0), (2, ExitCode.SITE_FAILED)])
def test_error_lines_at_and_past_the_most_allowed(tmp_path: Path, most: int, code: int) -> None:
    run, db = crawl_with_failing(
        tmp_path, PATHS[:3], Fault(reset=True), f"TINBAO_MAX_ERRORS={most}", "RETRY_TIMES=1"
    )
    errors = [
        line
        for line in run.stderr.splitlines()
        if "ERROR" in line and any(path in line for path in PATHS[:3])
    ]
    assert len(errors) == 3, run.stderr
    assert "3 errors" in run.stdout, run.stdout
    assert run.returncode == code, run.output


def test_a_site_named_twice_is_crawled_once(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db, "baothaibinh")
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    articles = [hit.path for hit in site.hits if hit.path in ARTICLES or hit.path == VIDEO]
    assert sorted(articles) == sorted([*ARTICLES, VIDEO])
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM crawls").fetchone()[0] == 1
    finally:
        conn.close()


def test_an_unknown_site_beside_a_known_one_fetches_nothing(tmp_path: Path) -> None:
    with serving(MIRROR) as site:
        run = crawl(site, tmp_path / "news.db", "baonosuch")
    assert run.returncode == 2, run.output
    assert "Traceback" not in run.stderr
    assert "baonosuch" in run.stderr.strip().splitlines()[-1]
    assert site.hits == []
