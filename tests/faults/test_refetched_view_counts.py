"""View counts that move otherwise than up between two fetches of an article, met by a full
re-crawl (`-a full=1`) of a crawled mirror: the Đại hội article's counter starts again from
`120 lượt xem` (it printed `9,330`), the OCOP article prints no count any more (a layout that
hides the counter), the Vụ đông article prints its same count with a dot (`5.672` where it
printed `5,672`).

README: `views` is the view count shown on the page at fetch time, NULL if none shown; the row
holds the latest values; `9,330` and `9.330` are both 9330. docs/database.md: `view_counts`
holds every view count observed, one row per fetch of a page that showed one; a re-crawl that
changes only `fetched_at`, `views` and `views_raw` is unchanged (no revision). So: the Đại hội
row reads 120 and its history 9330 then 120; the OCOP row reads NULL for both columns and its
history keeps the one count the first crawl saw; the Vụ đông row reads 5672 as printed the
second time, its history 5672 twice; no revision; every other field as the page says.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.crawling import next_second
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    database_copy,
    expected_records,
    integrity,
    revisions,
    stored,
)
from tests.faults.server import Fault, serving

DAI_HOI = article_path("102296")
OCOP = article_path("105870")
VU_DONG = article_path("102908")
META_END = "</span></div>"  # how the publish line's view count closes, on the article alone


def views_printed(old: str, new: str) -> Fault:
    """The page with its own view count `old` printed as `new` ("" drops the counter)."""
    before = f'<span class="views">{old}{META_END}'
    after = f'<span class="views">{new}{META_END}' if new else META_END.removeprefix("</span>")

    def edit(page: bytes) -> bytes:
        text = page.decode("utf-8")
        assert text.count(before) == 1, old
        return text.replace(before, after).encode("utf-8")

    return Fault(edit=edit)


FAULTS = {
    DAI_HOI: views_printed("9,330 lượt xem", "120 lượt xem"),
    OCOP: views_printed("642 lượt xem", ""),
    VU_DONG: views_printed("5,672 lượt xem", "5.672 lượt xem"),
}


def view_history(db: Path, path: str) -> list[tuple[int, str]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT views, views_raw FROM view_counts WHERE url = ? ORDER BY observed_at",
            (LIVE + path,),
        ).fetchall()
    finally:
        conn.close()
    return rows


@pytest.fixture(scope="module")
def refetched(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("refetched_views"))
    next_second()
    with serving(MIRROR, FAULTS) as site:
        run = crawl(site, db, "-a", "full=1")
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.output, run.output
    assert all(site.server.served.get(path) == 1 for path in FAULTS), site.server.served
    assert integrity(db) == "ok"
    return db


def test_a_counter_started_again_is_read_as_printed_and_kept_in_the_history(
    refetched: Path,
) -> None:
    row = stored(refetched)[DAI_HOI]
    assert (row["views"], row["views_raw"]) == (120, "120 lượt xem")
    assert view_history(refetched, DAI_HOI) == [(9330, "9,330 lượt xem"), (120, "120 lượt xem")]


def test_a_counter_no_longer_shown_reads_null_and_adds_no_count(refetched: Path) -> None:
    row = stored(refetched)[OCOP]
    assert (row["views"], row["views_raw"]) == (None, None)
    assert view_history(refetched, OCOP) == [(642, "642 lượt xem")]


def test_a_count_printed_with_a_dot_is_the_same_count(refetched: Path) -> None:
    row = stored(refetched)[VU_DONG]
    assert (row["views"], row["views_raw"]) == (5672, "5.672 lượt xem")
    assert view_history(refetched, VU_DONG) == [(5672, "5,672 lượt xem"), (5672, "5.672 lượt xem")]


def test_no_revision_and_every_other_value_as_its_page_says(refetched: Path) -> None:
    assert revisions(refetched) == []
    rows = stored(refetched)
    assert sorted(rows) == sorted(ARTICLES)
    for path in ARTICLES:
        expected = expected_records()[path]
        if path in FAULTS:
            expected = {k: v for k, v in expected.items() if k not in ("views", "views_raw")}
        assert {key: rows[path][key] for key in expected} == expected, path


def test_every_other_article_counted_once_a_fetch(refetched: Path) -> None:
    for path in set(ARTICLES) - set(FAULTS):
        record = expected_records()[path]
        seen = [] if record["views"] is None else [(record["views"], record["views_raw"])] * 2
        assert view_history(refetched, path) == seen, path
