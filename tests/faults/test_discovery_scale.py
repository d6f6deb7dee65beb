"""Discovery files at scale or out of true: a sitemap of 60,000 URLs, a chain of sitemap
indexes that never ends, three indexes in a circle, an index whose `lastmod` is 1970 or 2099,
a news sitemap whose `publication_date` disagrees with the page, `robots.txt` that stalls past
the timeout or asks for a password, every article link sent to the home page.

Sitemap scenarios crawl Báo Điện Biên Phủ (a registry paper found through robots.txt and its
sitemap index; the newest sitemap is the only link to article 213519); the others crawl the
Báo Thái Bình mirror. Discovery ends, each file is read once, the page's own values are
stored, and a run that could store nothing fails.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from crawler.mirror import FIXTURE_SITES
from tests.crawling import crawl as registry_crawl
from tests.faults.harness import ARTICLES, MIRROR, VIDEO, crawl, expect_rows, integrity, stored
from tests.faults.server import Fault, serving
from tests.faults.test_discovery_files import INDEX, LIVE_DBP, NEWEST, ONLY_IN_NEWEST
from tests.faults.test_discovery_pages import stored_urls

HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
INDEXSET = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'


def dbp_copy(tmp_path: Path) -> Path:
    root = tmp_path / "mirror"
    shutil.copytree(FIXTURE_SITES / "baodienbienphu", root)
    return root


def mirror_indexing(tmp_path: Path, child: str) -> Path:
    """A copy of the mirror whose sitemap index also names the index `child`."""
    root = dbp_copy(tmp_path)
    index = root / INDEX.strip("/")
    index.write_text(
        index.read_text(encoding="utf-8").replace(
            "</sitemapindex>",
            f"<sitemap><loc>{LIVE_DBP}{child}</loc>"
            "<lastmod>2024-05-17T09:00:00+07:00</lastmod></sitemap></sitemapindex>",
        ),
        encoding="utf-8",
    )
    return root


def index_of(*children: str, lastmod: str = "2024-05-17T08:00:00+07:00") -> str:
    entries = "".join(
        f"<sitemap><loc>{LIVE_DBP}{child}</loc><lastmod>{lastmod}</lastmod></sitemap>"
        for child in children
    )
    return f"{HEAD}{INDEXSET}{entries}</sitemapindex>"


def test_a_sitemap_of_sixty_thousand_urls_is_read_and_its_article_stored(tmp_path: Path) -> None:
    """60,000 topic pages (no article among them) before the one article the sitemap links."""
    root = dbp_copy(tmp_path)
    sitemap = root / NEWEST.strip("/")
    topics = "".join(
        f"<url><loc>{LIVE_DBP}/chu-de/chu-de-so-{n}</loc></url>" for n in range(60_000)
    )
    text = sitemap.read_text(encoding="utf-8").replace(URLSET, URLSET + topics, 1)
    sitemap.write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    began = time.monotonic()
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert ONLY_IN_NEWEST in stored_urls(db)
    assert time.monotonic() - began < 60
    assert len(run.hits) < 100


def test_a_chain_of_sitemap_indexes_that_never_ends_is_not_walked_to_its_end(
    tmp_path: Path,
) -> None:
    """The index names `chain-1.xml`, an index naming `chain-2.xml`, … to `chain-300.xml`."""
    root = mirror_indexing(tmp_path, "/sitemaps/chain-1.xml")
    for n in range(1, 301):
        (root / "sitemaps" / f"chain-{n}.xml").write_text(
            index_of(f"/sitemaps/chain-{n + 1}.xml"), encoding="utf-8"
        )
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert ONLY_IN_NEWEST in stored_urls(db)
    chain = [hit for hit in run.hits if "/chain-" in hit]
    assert chain == ["/sitemaps/chain-1.xml", "/sitemaps/chain-2.xml", "/sitemaps/chain-3.xml"]
    assert (
        f"WARNING: {LIVE_DBP}/sitemaps/chain-3.xml: sitemap index nested more than 3 deep; "
        "its sitemaps are not read\n" in run.log
    )


def test_three_sitemap_indexes_in_a_circle_are_each_read_once(tmp_path: Path) -> None:
    root = mirror_indexing(tmp_path, "/sitemaps/vong-a.xml")
    (root / "sitemaps" / "vong-a.xml").write_text(index_of("/sitemaps/vong-b.xml"), "utf-8")
    (root / "sitemaps" / "vong-b.xml").write_text(index_of(INDEX), "utf-8")
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert ONLY_IN_NEWEST in stored_urls(db)
    for path in (INDEX, "/sitemaps/vong-a.xml", "/sitemaps/vong-b.xml"):
        assert run.hits.count(path) == 1, (path, run.hits.count(path))


@pytest.mark.parametrize(
    ("lastmod", "window"),
    [
        ("1970-01-01T00:00:00+00:00", ("since=2024-05-01",)),
        ("2099-05-17T08:00:00+07:00", ("since=2024-05-01", "to=2024-05-31")),
    ],
)
def test_an_index_date_that_cannot_be_true_never_skips_its_sitemap(
    tmp_path: Path, lastmod: str, window: tuple[str, ...]
) -> None:
    root = dbp_copy(tmp_path)
    index = root / INDEX.strip("/")
    index.write_text(
        index.read_text(encoding="utf-8").replace("2024-05-17T08:00:00+07:00", lastmod),
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, *window, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert NEWEST in run.hits
    assert ONLY_IN_NEWEST in stored_urls(db)


def test_a_news_sitemap_date_that_disagrees_with_the_page_is_not_stored(tmp_path: Path) -> None:
    """The news sitemap dates 213519 the 10th; its page says the 17th, 07:40. The page is
    the record."""
    root = dbp_copy(tmp_path)
    sitemap = root / NEWEST.strip("/")
    news = (
        "<news:news><news:publication><news:name>Báo Điện Biên Phủ</news:name>"
        "<news:language>vi</news:language></news:publication>"
        "<news:publication_date>2024-05-10T06:00:00+07:00</news:publication_date>"
        "<news:title>Tin khác hẳn</news:title></news:news>"
    )
    text = sitemap.read_text(encoding="utf-8")
    text = text.replace(
        URLSET,
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    )
    text = text.replace("</lastmod>\n  </url>", "</lastmod>" + news + "\n  </url>", 1)
    sitemap.write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, "since=2024-05-01", root=root)
    assert run.returncode == 0, run.log[-2000:]
    import sqlite3

    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT published_at, headline FROM articles WHERE url = ?", (ONLY_IN_NEWEST,)
    ).fetchone()
    conn.close()
    assert row is not None
    assert row[0].startswith("2024-05-17T"), row
    assert row[1] != "Tin khác hẳn"


def test_a_robots_txt_that_stalls_past_the_timeout_does_not_stop_the_crawl(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, {"/robots.txt": Fault(stall=4)}) as site:
        run = crawl(site, db, settings=("DOWNLOAD_TIMEOUT=1", "RETRY_TIMES=0"))
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)


def test_a_robots_txt_behind_a_password_does_not_stop_the_crawl(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    faults = {"/robots.txt": Fault(status=401, body=b"Unauthorized", content_type="text/plain")}
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)


def test_every_article_sent_to_the_home_page_fails_the_run(tmp_path: Path) -> None:
    """Feed items and listing links all answer `301` to `/` (a paper that took its archive
    down): nothing can be stored, and the run says so."""
    faults = {
        path: Fault(status=301, headers={"Location": "/"}, body=b"") for path in [*ARTICLES, VIDEO]
    }
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 4, run.output
    assert "FAILED: 16 of 16 article fetches failed (not_article: 16)" in run.output
    assert stored(db) == {}
    assert integrity(db) == "ok"
