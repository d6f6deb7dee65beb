"""Articles the paper updates between two runs, met again by a full re-crawl (`-a full=1`): the
OCOP article gains a paragraph, an update time printed on its publish line (`Thứ 5, 22/09/2022
| 14:20:06 | Cập nhật: 23/09/2022 08:00`) and more views; the Hới article gains only the
update time, its text unchanged.

README: the `articles` row holds the latest values, `modified_at` the last-update time when the
page shows one, `first_seen_at` when tinbao first stored the URL and `last_seen_at` when it
last fetched it; changed headlines, summaries, bodies or bylines are kept as revisions.
docs/reliability.md: a publish time corrected between crawls updates the one row with no
revision (its text did not change). So: the OCOP row holds the new body, views and update
time, with one revision keeping the old text; the Hới row holds the update time and no
revision; every other row is as it was; no row is added; every first sighting is kept and
every last one moved on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawling import next_second
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    article_path,
    crawl,
    database_copy,
    expect_rows,
    expected_record,
    integrity,
    revisions,
    stored,
)
from tests.faults.server import Fault, serving

OCOP = article_path("105870")
HOI = article_path("104560")
PARAGRAPH = "Đến hết tháng 9/2022, toàn tỉnh có 250 sản phẩm đạt chuẩn OCOP."
SIGNATURE = '<p style="text-align: right;"><strong>Hồng Nhung</strong></p>'


def edit_ocop(page: bytes) -> bytes:
    text = page.decode("utf-8")
    text = text.replace(
        '<span class="date">Thứ 5, 22/09/2022 | 14:20:06</span> <span class="views">642 lượt',
        '<span class="date">Thứ 5, 22/09/2022 | 14:20:06 | Cập nhật: 23/09/2022 08:00</span> '
        '<span class="views">700 lượt',
    )
    text = text.replace(SIGNATURE, f"<p>{PARAGRAPH}</p>\n          {SIGNATURE}")
    return text.encode("utf-8")


def edit_hoi(page: bytes) -> bytes:
    text = page.decode("utf-8")
    old = '<span class="date">Thứ 3, 12/04/2022 | 07:48:19</span>'
    assert old in text
    new = '<span class="date">Thứ 3, 12/04/2022 | 07:48:19 | Cập nhật: 13/04/2022 09:15</span>'
    return text.replace(old, new).encode("utf-8")


CHANGED = {
    OCOP: {
        "body": expected_record("105870")["body"] + "\n\n" + PARAGRAPH,
        "views": 700,
        "views_raw": "700 lượt xem",
        "modified_at": "2022-09-23T08:00:00+07:00",
        "published_at": expected_record("105870")["published_at"],
        "published_raw": "Thứ 5, 22/09/2022 | 14:20:06 | Cập nhật: 23/09/2022 08:00",
    },
    HOI: {
        "modified_at": "2022-04-13T09:15:00+07:00",
        "published_at": expected_record("104560")["published_at"],
        "published_raw": "Thứ 3, 12/04/2022 | 07:48:19 | Cập nhật: 13/04/2022 09:15",
    },
}


@pytest.fixture(scope="module")
def updated(
    crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, dict]]:
    """A copy of the crawled mirror re-crawled in full with the two pages updated, and its rows
    before that run."""
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("updated_articles"))
    before = stored(db)
    next_second()
    with serving(MIRROR, {OCOP: Fault(edit=edit_ocop), HOI: Fault(edit=edit_hoi)}) as site:
        run = crawl(site, db, "-a", "full=1")
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert integrity(db) == "ok"
    return db, before


def test_the_updated_articles_hold_their_latest_values_and_the_rest_are_as_they_were(
    updated,
) -> None:
    db, _ = updated
    expect_rows(db, ARTICLES, CHANGED)


def test_the_update_time_is_kept_raw_beside_its_value(updated) -> None:
    db, _ = updated
    rows = stored(db)
    assert "23/09/2022 08:00" in rows[OCOP]["modified_raw"]
    assert "13/04/2022 09:15" in rows[HOI]["modified_raw"]


def test_only_the_changed_text_makes_a_revision(updated) -> None:
    db, _ = updated
    assert [path for path, _ in revisions(db)] == [OCOP]


def test_first_sightings_are_kept_and_last_ones_move_on(updated) -> None:
    db, before = updated
    after = stored(db)
    for path in ARTICLES:
        assert after[path]["first_seen_at"] == before[path]["first_seen_at"], path
        assert after[path]["last_seen_at"] > before[path]["last_seen_at"], path
