"""Backfill by date: `-a from= -a to=` walks a site's by-date archive newest day first, through
the real Scrapy engine against the fixture mirrors; sites without an archive use their listings."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from tests.crawling import crawl

ONE_AT_A_TIME = ("CONCURRENT_REQUESTS=1",)  # one request at a time: the hit log is the fetch order

BACKFILLS = {
    # site: (from, to, archive path of the newest and oldest day fetched, days, stored articles)
    "baothaibinh": (
        "2024-05-18",
        "2024-06-03",
        "/xem-tin-theo-ngay/03-06-2024",
        "/xem-tin-theo-ngay/18-05-2024",
        17,
        [
            "https://baothaibinh.com.vn/tin-tuc/12/109512/"
            "xu-ly-hon-300-truong-hop-vi-pham-nong-do-con-trong-tuan-cao-diem",
            "https://baothaibinh.com.vn/tin-tuc/15/109650/"
            "khu-kinh-te-thai-binh-thu-hut-them-3-du-an-co-von-dau-tu-nuoc-ngoai",
        ],
    ),
    "baohaiduong": (
        "2024-06-12",
        "2024-06-30",
        "/ngay/30-06-2024",
        "/ngay/12-06-2024",
        19,
        [
            "https://baohaiduong.vn/kinh-te/vai-thieu-thanh-ha-duoc-mua-duoc-gia-386115",
            "https://baohaiduong.vn/thoi-su/tu-1-7-tang-luong-co-so-len-2-34-trieu-dong-thang-386720",
        ],
    ),
    "baothanhhoa": (
        "2024-05-03",
        "2024-05-09",
        "/tin-theo-ngay/2024-05-09",
        "/tin-theo-ngay/2024-05-03",
        7,
        [
            "https://baothanhhoa.vn/thoi-su/"
            "khoi-cong-tuyen-duong-bo-ven-bien-doan-qua-huyen-quang-xuong-212345.htm",
            "https://baothanhhoa.vn/thoi-su/"
            "sam-son-don-gan-800-000-luot-khach-dip-nghi-le-30-4-1-5-212101.htm",
        ],
    ),
}


def stored_urls(db: Path) -> list[str]:
    return sorted(row["url"] for row in sqlite_utils.Database(db).query("select url from articles"))


@pytest.mark.parametrize("site", sorted(BACKFILLS))
def test_backfill_walks_the_archive_newest_day_first(site: str, tmp_path: Path) -> None:
    first, last, newest, oldest, days, articles = BACKFILLS[site]
    db = tmp_path / "news.db"
    run = crawl(site, db, f"from={first}", f"to={last}", settings=ONE_AT_A_TIME)
    assert run.returncode == 0, run.log[-2000:]
    archive_prefix = newest.rsplit("/", 1)[0] + "/"
    archive_hits = [hit for hit in run.hits if hit.startswith(archive_prefix)]
    assert len(archive_hits) == days
    assert (archive_hits[0], archive_hits[-1]) == (newest, oldest)
    assert archive_hits == sorted(archive_hits, key=_day, reverse=True)
    # Only the archive, the articles of its days and robots.txt: no feed, no listing, and none
    # of the out-of-window articles the archive pages' sidebars link to.
    others = [hit for hit in run.hits if hit not in archive_hits and hit != "/robots.txt"]
    assert sorted(others) == sorted("/" + url.split("/", 3)[3] for url in articles)
    assert stored_urls(db) == sorted(articles)


def _day(path: str) -> str:
    """A day folder (`03-06-2024` or `2024-06-03`) as a sortable `2024-06-03`."""
    name = path.rstrip("/").rsplit("/", 1)[1]
    return name if name[4] == "-" else "-".join(reversed(name.split("-")))


def test_backfill_without_archive_pages_the_listing_within_the_window(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run = crawl("baobacgiang", db, "from=2024-06-01", "to=2024-06-07")
    assert run.returncode == 0, run.log[-2000:]
    assert stored_urls(db) == [
        "https://baobacgiang.com.vn/bg/kinh-te/431256/luc-ngan-vai-thieu-som-duoc-gia-nong-dan-phan-khoi.html"
    ]
    assert not any("/431402/" in hit or "/430877/" in hit for hit in run.hits)


def test_to_before_from_is_refused(tmp_path: Path) -> None:
    run = crawl("baothaibinh", tmp_path / "news.db", "from=2024-06-03", "to=2024-05-18")
    assert run.returncode != 0
    assert "to=2024-05-18 is before from=2024-06-03" in run.log
