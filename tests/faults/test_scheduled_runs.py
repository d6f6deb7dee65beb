"""The same site crawled again on a schedule, after it changed: an article edited, deleted
(`404`, `410`, a `200` apology, a redirect to the home page), merged into another, its view
count moved on, the feed gone.

A full re-crawl (`-a full=1`) follows each change. An edit updates the one row and keeps a
revision; a deletion keeps the record as it was (what was published stays published); nothing
is ever stored twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    FEED,
    MIRROR,
    crawl,
    expect_rows,
    integrity,
    revisions,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_pages import PAGE, A, B

FIRST_PARAGRAPH = "có 6 sản phẩm đạt 4 sao và 32 sản phẩm đạt 3 sao"
CORRECTED = "có 7 sản phẩm đạt 4 sao và 31 sản phẩm đạt 3 sao"


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


def test_an_article_edited_between_runs_updates_its_row_and_keeps_a_revision(
    tmp_path: Path,
) -> None:
    edited = PAGE.replace(FIRST_PARAGRAPH, CORRECTED).encode()
    _, _, db, before = two_runs(tmp_path, {A: Fault(body=edited)})
    body = before[A]["body"].replace(FIRST_PARAGRAPH, CORRECTED)
    expect_rows(db, ARTICLES, {A: {"body": body}})
    assert [path for path, _ in revisions(db)] == [A]


@pytest.mark.parametrize("status", [404, 410])
def test_an_article_deleted_by_the_site_keeps_its_record(tmp_path: Path, status: int) -> None:
    """The paper took A down: the record of what it published stays, unchanged, and the run
    names A."""
    site, again, db, before = two_runs(tmp_path, {A: Fault(status=status, body=b"Not Found")})
    assert A in site.paths()
    expect_rows(db, ARTICLES)
    assert stored(db)[A] == before[A]
    assert site.url(A) in again.stderr


def test_an_article_replaced_by_a_200_apology_keeps_its_record(tmp_path: Path) -> None:
    apology = PAGE.replace("Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh", "Thông báo")
    start = apology.index("<p>Trong số 38")
    end = apology.index("Hồng Nhung</strong></p>") + len("Hồng Nhung</strong></p>")
    apology = apology[:start] + "<p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>" + apology[end:]
    _, _, db, before = two_runs(tmp_path, {A: Fault(body=apology.encode())})
    expect_rows(db, ARTICLES)
    assert stored(db)[A] == before[A]
    assert revisions(db) == []


def test_an_article_redirected_to_the_home_page_keeps_its_record(tmp_path: Path) -> None:
    """A deleted article that `301`s to the home page (a common CMS default)."""
    moved = Fault(status=301, headers={"Location": "/"}, body=b"")
    _, _, db, before = two_runs(tmp_path, {A: moved})
    expect_rows(db, ARTICLES)
    assert stored(db)[A] == before[A]


def test_an_article_merged_into_another_between_runs_is_not_stored_twice(tmp_path: Path) -> None:
    """By the second run A answers `301` to B: A's record stays, B stays one row."""
    moved = Fault(status=301, headers={"Location": B}, body=b"")
    _, _, db, before = two_runs(tmp_path, {A: moved})
    expect_rows(db, ARTICLES)
    assert stored(db)[A] == before[A]
    assert revisions(db) == []


def test_a_new_view_count_updates_the_row_without_a_revision(tmp_path: Path) -> None:
    counted = PAGE.replace("642 lượt xem", "1.205 lượt xem").encode()
    _, _, db, _ = two_runs(tmp_path, {A: Fault(body=counted)})
    expect_rows(db, ARTICLES, {A: {"views": 1205, "views_raw": "1.205 lượt xem"}})
    assert revisions(db) == []


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
