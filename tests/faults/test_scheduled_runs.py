"""The same site crawled again on a schedule, after it changed: an article edited, deleted
(`404`, `410`, a `200` apology, a redirect to the home page), merged into another, its view
count moved on, the feed gone.

A full re-crawl (`-a full=1`) follows each change. An edit updates the one row and keeps a
revision; a deletion keeps the record as it was (what was published stays published); nothing
is ever stored twice.

Each change to an article is given to an article of its own and read from one pair of runs;
the feed gone and the run with nothing changed keep their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    FEED,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    integrity,
    mirror_page,
    revisions,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_pages import PAGE, A, B

# Set by every fetch: a re-crawl moves them on whatever the page says.
BOOKKEEPING = ("fetched_at", "last_seen_at")


def content(rows: dict[str, dict]) -> dict[str, dict]:
    """The rows without the columns each fetch sets."""
    return {
        path: {key: value for key, value in row.items() if key not in BOOKKEEPING}
        for path, row in rows.items()
    }


def two_runs(tmp_path: Path, change: dict[str, Fault]):
    """A clean crawl, then a full one with `change` served; both must end well."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        first = crawl(site, db)
        before = stored(db)
        site.faults.update(change)
        site.hits.clear()
        again = crawl(site, db, "-a", "full=1")
    assert first.returncode == 0, first.output
    assert again.returncode == 0, again.output
    assert integrity(db) == "ok"
    return site, again, db, before


# Each change between the runs, by the article given it (read in `rerun`).
EDITED = article_path("107903")
DELETED = {404: article_path("108990"), 410: article_path("109650")}
APOLOGISED = A  # replaced by a 200 apology
SENT_HOME = article_path("103907")  # redirected to the home page
MERGED = article_path("102908")  # redirected to B
RECOUNTED = article_path("109512")  # its view count moved on
FIGURES = "có diện tích 48,5 ha, tổng vốn đầu tư hạ tầng gần 290 tỷ đồng"
CORRECTED = "có diện tích 48,6 ha, tổng vốn đầu tư hạ tầng gần 295 tỷ đồng"


def apology() -> bytes:
    """A's page with its headline and text replaced by a notice that the article is gone."""
    page = PAGE.replace("Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh", "Thông báo")
    start = page.index("<p>Trong số 38")
    end = page.index("Hồng Nhung</strong></p>") + len("Hồng Nhung</strong></p>")
    return (page[:start] + "<p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>" + page[end:]).encode()


def changes() -> dict[str, Fault]:
    """Every change the second run is served, by the page changed."""
    recounted = mirror_page("109512").replace(
        '<span class="views">87 lượt xem</span>', '<span class="views">1.205 lượt xem</span>'
    )
    return {
        EDITED: Fault(body=mirror_page("107903").replace(FIGURES, CORRECTED).encode()),
        **{path: Fault(status=status, body=b"Not Found") for status, path in DELETED.items()},
        APOLOGISED: Fault(body=apology()),
        SENT_HOME: Fault(status=301, headers={"Location": "/"}, body=b""),
        MERGED: Fault(status=301, headers={"Location": B}, body=b""),
        RECOUNTED: Fault(body=recounted.encode()),
    }


@dataclass
class Rerun:
    """A clean crawl, then a full one with every change of `changes()` served."""

    site: FaultServer  # its hits those of the second run
    again: str  # the second run's log
    db: Path
    before: dict[str, dict]  # the rows after the first run

    def exactly(self) -> None:
        """Every article is one row holding its page's values but the edit and the new count,
        and the edit is the one revision."""
        body = self.before[EDITED]["body"].replace(FIGURES, CORRECTED)
        changed = {
            EDITED: {"body": body},
            RECOUNTED: {"views": 1205, "views_raw": "1.205 lượt xem"},
        }
        expect_rows(self.db, ARTICLES, changed)
        assert [path for path, _ in revisions(self.db)] == [EDITED]

    def kept(self, path: str) -> None:
        """The article at `path` keeps its row as the first run stored it, with no revision."""
        assert stored(self.db)[path] == self.before[path]
        assert [revised for revised, _ in revisions(self.db) if revised == path] == []


@pytest.fixture(scope="module")
def rerun(tmp_path_factory: pytest.TempPathFactory) -> Rerun:
    faults = changes()
    site, again, db, before = two_runs(tmp_path_factory.mktemp("rerun"), faults)
    assert all(site.server.served.get(path) for path in faults), site.server.served
    return Rerun(site, again.stderr, db, before)


def test_an_article_edited_between_runs_updates_its_row_and_keeps_a_revision(
    rerun: Rerun,
) -> None:
    rerun.exactly()  # the edit is in the row, and is the one revision


@pytest.mark.parametrize("status", [404, 410])
def test_an_article_deleted_by_the_site_keeps_its_record(rerun: Rerun, status: int) -> None:
    """The paper took the article down: the record of what it published stays, unchanged, and
    the run names it."""
    path = DELETED[status]
    assert path in rerun.site.paths()
    rerun.exactly()
    rerun.kept(path)
    assert rerun.site.url(path) in rerun.again


def test_an_article_replaced_by_a_200_apology_keeps_its_record(rerun: Rerun) -> None:
    rerun.exactly()
    rerun.kept(APOLOGISED)


def test_an_article_redirected_to_the_home_page_keeps_its_record(rerun: Rerun) -> None:
    """A deleted article that `301`s to the home page (a common CMS default)."""
    rerun.exactly()
    rerun.kept(SENT_HOME)


def test_an_article_merged_into_another_between_runs_is_not_stored_twice(rerun: Rerun) -> None:
    """By the second run the article answers `301` to B: its record stays, B stays one row."""
    rerun.exactly()
    rerun.kept(MERGED)


def test_a_new_view_count_updates_the_row_without_a_revision(rerun: Rerun) -> None:
    rerun.exactly()
    assert [path for path, _ in revisions(rerun.db) if path == RECOUNTED] == []


def test_a_feed_gone_by_the_second_run_leaves_every_record(tmp_path: Path) -> None:
    """The feed answers `404` on the second run: the listings are crawled, nothing is lost."""
    site, again, db, before = two_runs(tmp_path, {FEED: Fault(status=404, body=b"")})
    expect_rows(db, ARTICLES)
    assert content(stored(db)) == content(before)
    assert site.url(FEED) in again.stderr


def test_a_second_run_with_nothing_changed_changes_nothing(tmp_path: Path) -> None:
    _, _, db, before = two_runs(tmp_path, {})
    assert content(stored(db)) == content(before)
    assert revisions(db) == []
