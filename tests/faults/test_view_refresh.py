"""Stored articles fetched again to record their view counts: a count that rose, one that fell,
one gone from the page; a refresh that meets a maintenance page or a `404`; and the run after a
refresh.

The refresh schedule is `published_at` and `fetched_at` of the article row (docs/scheduling.md):
the tests move the last fetch of some articles back to the day after each was published, with
a refresh window wide enough to hold the mirror's years-old articles, so those articles alone
are due. Each fetch that shows a count adds a `view_counts` row; nothing shown is nothing
recorded, and no page that is not the article changes its row.

One first run stores the mirror; each refresh is given to an article of its own, those that
find a count (or none) read from one run over a copy of that file and those met by a
maintenance page or a `404` from another; the run after the refresh is one more, over a copy
of its file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.crawling import next_second
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    Run,
    article_path,
    crawl,
    database_copy,
    expect_rows,
    expected_records,
    integrity,
    mirror_copy,
    revisions,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving

WIDE = ("TINBAO_REFRESH_WINDOW_DAYS=100000",)
# Each count the refresh finds printed in place of the article's own (None: no count at all),
# by the article printing it.
PRINTED = {
    article_path("105870"): "1,642 lượt xem",  # 642 before: it rose
    article_path("101877"): "12 lượt xem",  # 2,761 before: it went down
    article_path("103907"): None,
    article_path("104560"): "700 lượt xem",  # 3,107 before: the run after is read of it
}
ROSE, WENT_DOWN, COUNT_GONE, REFRESHED = PRINTED
MAINTAINED = article_path("108990")  # a maintenance page answered on refresh
NOT_FOUND = article_path("109874")  # a 404 answered on refresh


def make_due(db: Path, paths: Iterable[str]) -> None:
    """The last fetch of each article at `paths` set to 09:00 the day after it was published:
    its 24 h, 3 d and 7 d refreshes are due."""
    conn = sqlite3.connect(db)
    with conn:
        for path in paths:
            published = datetime.fromisoformat(expected_records()[path]["published_at"])
            fetched = (published + timedelta(days=1)).replace(hour=9, minute=0, second=0)
            conn.execute(
                "UPDATE articles SET fetched_at = ? WHERE url = ?",
                (fetched.isoformat(), LIVE + path),
            )
    conn.close()


def counts(db: Path, path: str) -> list[tuple[int, str]]:
    """The view counts observed of the article at `path`, in order."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT views, views_raw FROM view_counts WHERE url = ? ORDER BY observed_at",
            (LIVE + path,),
        ).fetchall()
    finally:
        conn.close()


def first_count(path: str) -> tuple[int, str]:
    """The count the first run observed of the article at `path`: its page's."""
    expected = expected_records()[path]
    return expected["views"], expected["views_raw"]


def last_crawl(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT refreshed, items_new FROM crawls ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()


def page_file(root: Path, path: str) -> Path:
    return root / path.lstrip("/") / "page.html"


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database of a first run over the mirror, every article stored."""
    db = tmp_path_factory.mktemp("first_run") / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    return db


def refresh(root: Path, db: Path, due: Iterable[str], faults: dict[str, Fault]) -> Run:
    """Run 2 over `db`, the articles `due` due for a refresh, the mirror at `root` served with
    `faults`: each article due requested once, the run ending well with a sound file."""
    make_due(db, due)
    next_second()
    with serving(root, faults) as site:
        run = crawl(site, db, settings=WIDE)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    for path in due:
        assert site.paths().count(path) == 1, site.paths()
    return run


def print_count(root: Path, path: str, printed: str | None) -> None:
    """The article at `path` in the mirror at `root` printing `printed` in place of its count."""
    file = page_file(root, path)
    html = file.read_text(encoding="utf-8")
    count = f'<span class="views">{expected_records()[path]["views_raw"]}</span>'
    assert html.count(count) == 1
    new = "" if printed is None else f'<span class="views">{printed}</span>'
    file.write_text(html.replace(count, new), encoding="utf-8")


MAINTENANCE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Bảo trì hệ thống</title>"
    "</head><body><h1>Hệ thống đang bảo trì</h1><p>Xin vui lòng quay lại sau ít phút.</p>"
    "</body></html>"
).encode()


@dataclass
class Refreshed:
    """Run 2 over a copy of the first run's file, each article of PRINTED printing its count."""

    root: Path  # the mirror served, as run 2 read it
    db: Path
    run: Run  # run 2

    def exactly(self) -> None:
        """Every article is one row holding its page's values but the counts as now printed
        (none where none is); each article printing a count was read into a record, and no
        article is revised."""
        changed = {
            path: {"views": int(printed.split()[0].replace(",", "")), "views_raw": printed}
            for path, printed in PRINTED.items()
            if printed is not None
        }
        expect_rows(self.db, ARTICLES, changed | {COUNT_GONE: {"views": None, "views_raw": None}})
        assert last_crawl(self.db) == (len(PRINTED), 0), self.run.output
        assert revisions(self.db) == []


@pytest.fixture(scope="module")
def refreshed(first_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Refreshed:
    folder = tmp_path_factory.mktemp("refreshed")
    root = mirror_copy(folder)
    for path, printed in PRINTED.items():
        print_count(root, path, printed)
    db = database_copy(first_run, folder)
    return Refreshed(root, db, refresh(root, db, PRINTED, {}))


@pytest.fixture(scope="module")
def refused(first_run: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run]:
    """Run 2 over a copy of the first run's file, MAINTAINED answering a maintenance page and
    NOT_FOUND a 404: the database and run 2."""
    db = database_copy(first_run, tmp_path_factory.mktemp("refused"))
    faults = {MAINTAINED: Fault(body=MAINTENANCE), NOT_FOUND: Fault(status=404, body=b"Not found")}
    return db, refresh(MIRROR, db, faults, faults)


def test_a_refreshed_count_is_stored_and_added_to_the_history(refreshed: Refreshed) -> None:
    refreshed.exactly()
    assert counts(refreshed.db, ROSE) == [(642, "642 lượt xem"), (1642, "1,642 lượt xem")]


def test_a_count_that_went_down_is_stored_as_printed(refreshed: Refreshed) -> None:
    refreshed.exactly()
    assert counts(refreshed.db, WENT_DOWN) == [(2761, "2,761 lượt xem"), (12, "12 lượt xem")]


def test_a_count_gone_from_the_page_adds_nothing_to_the_history(refreshed: Refreshed) -> None:
    assert counts(refreshed.db, COUNT_GONE) == [first_count(COUNT_GONE)]
    assert revisions(refreshed.db) == []
    row = stored(refreshed.db)[COUNT_GONE]
    expected = ARTICLES[COUNT_GONE]
    for name in ("headline", "summary", "body", "byline", "published_at", "published_raw"):
        assert row[name] == expected[name], name


def test_a_refreshed_article_is_not_fetched_again_by_the_next_run(
    refreshed: Refreshed, tmp_path: Path
) -> None:
    observed = [(3107, "3,107 lượt xem"), (700, "700 lượt xem")]
    assert counts(refreshed.db, REFRESHED) == observed, refreshed.run.output
    db = database_copy(refreshed.db, tmp_path)
    site_again = FaultServer(refreshed.root).start()
    try:
        run = crawl(site_again, db, settings=WIDE)
    finally:
        site_again.stop()
    assert run.returncode == 0, run.output
    assert REFRESHED not in site_again.paths()
    assert counts(db, REFRESHED) == observed, run.output


def test_a_maintenance_page_met_on_refresh_changes_nothing(refused: tuple[Path, Run]) -> None:
    db, run = refused
    expect_rows(db, ARTICLES)
    assert counts(db, MAINTAINED) == [first_count(MAINTAINED)]
    assert revisions(db) == []
    ident = MAINTAINED.split("/")[3]
    warned = [line for line in run.stderr.splitlines() if "WARNING" in line]
    assert any(ident in line for line in warned), run.stderr


def test_a_refresh_answering_404_keeps_the_row_and_its_history(refused: tuple[Path, Run]) -> None:
    db, run = refused
    expect_rows(db, ARTICLES)
    assert counts(db, NOT_FOUND) == [first_count(NOT_FOUND)]
    assert NOT_FOUND.split("/")[3] in run.stderr
