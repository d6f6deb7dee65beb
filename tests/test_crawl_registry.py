"""Papers without a profile: the registry spider discovers, learns the article URL shape and
stores exactly the mirror's articles, through the real Scrapy engine on 127.0.0.1.

The two mirrors are of registry papers in families no profile covers: Báo Lâm Đồng as a
WordPress site (dated URLs, feed announced in the home page's head) and Báo Điện Biên Phủ as an
ASP.NET WebForms site (`slug-123456.htm`, sitemap announced in robots.txt only).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from crawler.mirror import FIXTURE_SITES, serving
from parsers.record import EXTRACT_KEYS, LIST_KEYS
from parsers.registry import papers
from tests.conftest import ROOT
from tests.crawling import FAST, crawl, expected_pages

DBP = "https://baodienbienphu.info.vn/tin-tuc/"
DBP_IDS = {
    DBP + "kinh-te/muong-ang-thu-hoach-ca-phe-vu-som-213456.htm": "213456",
    DBP + "xa-hoi/dien-bien-phu-don-hon-20-nghin-luot-khach-dip-le-213502.htm": "213502",
    DBP + "kinh-te/hop-tac-xa-che-tua-chua-xuat-lo-che-shan-tuyet-dau-tien-213519.htm": "213519",
}
MIRRORS = {"baolamdong": ("dated", {}), "baodienbienphu": ("slug-id", DBP_IDS)}  # shape, ids


def test_mirrored_papers_have_no_profile() -> None:
    assert [papers()[site].profile for site in MIRRORS] == [None, None]


@pytest.mark.parametrize("site", sorted(MIRRORS))
def test_crawl_without_profile_stores_every_article_exactly(site: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run = crawl(site, db)
    assert run.returncode == 0, run.log[-2000:]
    expected = expected_pages(site)
    assert len(expected) == 3
    rows = {row["url"]: row for row in sqlite_utils.Database(db)["articles"].rows}
    assert sorted(rows) == sorted(expected)
    for url, row in rows.items():
        stored = {k: json.loads(row[k]) if k in LIST_KEYS else row[k] for k in EXTRACT_KEYS}
        assert stored == expected[url]
        assert row["layout"] == "generic"
    shape, ids = MIRRORS[site]
    assert {url: row["site_article_id"] for url, row in rows.items() if ids} == ids
    assert f"{site}: OK (without a profile; article URLs: {shape});" in run.log
    # Nothing off the site, and no tag, author or contact page, was fetched.
    assert all(hit.startswith("/") for hit in run.hits)
    assert not [h for h in run.hits if h.startswith(("/tag/", "/tac-gia/", "/lien-he", "/gioi"))]
    # Of a sitemap index, only the three newest children are read.
    assert sorted(h for h in run.hits if h.startswith("/sitemaps/tin-tuc")) == (
        [
            "/sitemaps/tin-tuc-2024-03.xml",
            "/sitemaps/tin-tuc-2024-04.xml",
            "/sitemaps/tin-tuc-2024-05.xml",
        ]
        if site == "baodienbienphu"
        else []
    )


def test_tinbao_crawl_runs_a_paper_without_profile(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(FIXTURE_SITES / "baodienbienphu") as mirror:
        done = subprocess.run(
            [sys.executable, "-m", "crawler.cli", "crawl", "baodienbienphu", "--db", str(db),
             "-a", f"base_url={mirror.base_url}", *[a for s in FAST for a in ("-s", s)]],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith(
        "baodienbienphu: OK (without a profile; article URLs: slug-id); 18 pages, 3 new,"
    ), summary
    assert sqlite_utils.Database(db)["articles"].count == 3
