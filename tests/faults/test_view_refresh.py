"""Stored articles fetched again to record their view counts: a count that rose, one that fell,
one gone from the page; a refresh that meets a maintenance page or a `404`; and the run after a
refresh.

The refresh schedule is `published_at` and `fetched_at` of the article row (docs/scheduling.md):
the tests move one article's last fetch back to the day after it was published, with a
refresh window wide enough to hold the mirror's years-old articles, so that article alone is
due. Each fetch that shows a count adds a `view_counts` row; nothing shown is nothing recorded,
and no page that is not the article changes its row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    Run,
    article_path,
    crawl,
    expect_rows,
    integrity,
    mirror_copy,
    revisions,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving

PATH = article_path("105870")  # published 2022-09-22T14:20:06+07:00, `642 lượt xem`
COUNT = '<span class="views">642 lượt xem</span>'
WIDE = ("TINBAO_REFRESH_WINDOW_DAYS=100000",)


def make_due(db: Path) -> None:
    """The article's last fetch set to the day after it was published: its 24 h, 3 d and 7 d
    refreshes are due."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "UPDATE articles SET fetched_at = '2022-09-23T09:00:00+07:00' WHERE url = ?",
            (LIVE + PATH,),
        )
    conn.close()


def counts(db: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT views, views_raw FROM view_counts WHERE url = ? ORDER BY observed_at",
            (LIVE + PATH,),
        ).fetchall()
    finally:
        conn.close()


def last_crawl(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT refreshed, items_new FROM crawls ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()


def page_file(root: Path) -> Path:
    return root / PATH.lstrip("/") / "page.html"


def first_run(site: FaultServer, db: Path) -> None:
    run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    make_due(db)
    site.hits.clear()


def refresh_with_count(tmp_path: Path, printed: str | None) -> tuple[Path, Run]:
    """Run 1 stores the mirror; the article then prints `printed` (None: no count at all) and
    run 2 refreshes it: the database and run 2."""
    root = mirror_copy(tmp_path)
    db = tmp_path / "news.db"
    with serving(root) as site:
        first_run(site, db)
        file = page_file(root)
        html = file.read_text(encoding="utf-8")
        assert html.count(COUNT) == 1
        new = "" if printed is None else f'<span class="views">{printed}</span>'
        file.write_text(html.replace(COUNT, new), encoding="utf-8")
        run = crawl(site, db, settings=WIDE)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    assert site.paths().count(PATH) == 1, site.paths()
    assert last_crawl(db)[0] == 1, run.output  # the refreshed page was read into a record
    return db, run


def test_a_refreshed_count_is_stored_and_added_to_the_history(tmp_path: Path) -> None:
    db, _ = refresh_with_count(tmp_path, "1,642 lượt xem")
    expect_rows(db, ARTICLES, {PATH: {"views": 1642, "views_raw": "1,642 lượt xem"}})
    assert counts(db) == [(642, "642 lượt xem"), (1642, "1,642 lượt xem")]
    assert last_crawl(db) == (1, 0)
    assert revisions(db) == []


def test_a_count_that_went_down_is_stored_as_printed(tmp_path: Path) -> None:
    db, _ = refresh_with_count(tmp_path, "12 lượt xem")
    expect_rows(db, ARTICLES, {PATH: {"views": 12, "views_raw": "12 lượt xem"}})
    assert counts(db) == [(642, "642 lượt xem"), (12, "12 lượt xem")]


def test_a_count_gone_from_the_page_adds_nothing_to_the_history(tmp_path: Path) -> None:
    db, _ = refresh_with_count(tmp_path, None)
    assert counts(db) == [(642, "642 lượt xem")]
    assert revisions(db) == []
    row = stored(db)[PATH]
    expected = ARTICLES[PATH]
    for name in ("headline", "summary", "body", "byline", "published_at", "published_raw"):
        assert row[name] == expected[name], name


def test_a_refreshed_article_is_not_fetched_again_by_the_next_run(tmp_path: Path) -> None:
    db, refresh = refresh_with_count(tmp_path, "700 lượt xem")
    observed = [(642, "642 lượt xem"), (700, "700 lượt xem")]
    assert counts(db) == observed, refresh.output
    site_again = FaultServer(tmp_path / "mirror").start()
    try:
        run = crawl(site_again, db, settings=WIDE)
    finally:
        site_again.stop()
    assert run.returncode == 0, run.output
    assert PATH not in site_again.paths()
    assert counts(db) == observed, run.output


MAINTENANCE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Bảo trì hệ thống</title>"
    "</head><body><h1>Hệ thống đang bảo trì</h1><p>Xin vui lòng quay lại sau ít phút.</p>"
    "</body></html>"
).encode()


def refresh_answering(tmp_path: Path, fault: Fault) -> tuple[FaultServer, Path, str]:
    db = tmp_path / "news.db"
    root = mirror_copy(tmp_path)
    with serving(root) as site:
        first_run(site, db)
        site.faults[PATH] = fault
        run = crawl(site, db, settings=WIDE)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    assert PATH in site.paths()
    return site, db, run.stderr


def test_a_maintenance_page_met_on_refresh_changes_nothing(tmp_path: Path) -> None:
    site, db, stderr = refresh_answering(tmp_path, Fault(body=MAINTENANCE))
    expect_rows(db, ARTICLES)
    assert counts(db) == [(642, "642 lượt xem")]
    assert revisions(db) == []
    assert any("105870" in line for line in stderr.splitlines() if "WARNING" in line), stderr


def test_a_refresh_answering_404_keeps_the_row_and_its_history(tmp_path: Path) -> None:
    site, db, stderr = refresh_answering(tmp_path, Fault(status=404, body=b"Not found"))
    expect_rows(db, ARTICLES)
    assert counts(db) == [(642, "642 lượt xem")]
    assert "105870" in stderr
