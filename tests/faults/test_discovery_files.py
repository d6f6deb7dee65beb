"""Feeds and sitemaps that loop, hide their type or try to make the parser work for them.

Sitemap scenarios crawl Báo Điện Biên Phủ, a registry paper found through robots.txt and its
sitemap index (the newest sitemap is the only link to article 213519); feed scenarios crawl
the Báo Thái Bình mirror through its RSS feed.
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

from crawler.mirror import FIXTURE_SITES
from tests.crawling import crawl as registry_crawl
from tests.faults.harness import ARTICLES, FEED, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving
from tests.faults.test_discovery_pages import FEED_XML, stored_urls
from tests.test_crawl_registry import DBP

LIVE_DBP = "https://baodienbienphu.info.vn"
INDEX = "/sitemaps/sitemap-index.xml"
NEWEST = "/sitemaps/tin-tuc-2024-05.xml"
ONLY_IN_NEWEST = DBP + "kinh-te/hop-tac-xa-che-tua-chua-xuat-lo-che-shan-tuyet-dau-tien-213519.htm"


def dbp_copy(tmp_path: Path) -> Path:
    root = tmp_path / "mirror"
    shutil.copytree(FIXTURE_SITES / "baodienbienphu", root)
    return root


def test_a_sitemap_index_listing_itself_is_read_once(tmp_path: Path) -> None:
    """The index names itself (and a child names the index) with the newest `lastmod`."""
    root = dbp_copy(tmp_path)
    index = root / INDEX.strip("/")
    itself = f"<sitemap><loc>{LIVE_DBP}{INDEX}</loc><lastmod>2030-01-01</lastmod></sitemap>"
    index.write_text(
        index.read_text(encoding="utf-8").replace("<sitemap>", itself + "<sitemap>", 1),
        encoding="utf-8",
    )
    child = root / "sitemaps" / "tin-tuc-2024-03.xml"
    child.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{LIVE_DBP}{INDEX}</loc></sitemap></sitemapindex>",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)  # before: never ended (killed at 300 s)
    assert run.returncode == 0, run.log[-2000:]
    assert run.hits.count(INDEX) == 1
    assert ONLY_IN_NEWEST in stored_urls(db)


def test_a_gzipped_sitemap_served_without_its_encoding_is_read(tmp_path: Path) -> None:
    """`tin-tuc-2024-05.xml.gz` sent as gzip bytes under a plain XML type (no
    `Content-Encoding`), as a server does for a file it has on disk already compressed."""
    root = dbp_copy(tmp_path)
    plain = root / NEWEST.strip("/")
    packed = plain.with_name(plain.name + ".gz")
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    plain.unlink()
    index = root / INDEX.strip("/")
    index.write_text(
        index.read_text(encoding="utf-8").replace(NEWEST, NEWEST + ".gz"), encoding="utf-8"
    )
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert NEWEST + ".gz" in run.hits
    assert ONLY_IN_NEWEST in stored_urls(db)


def test_a_feed_with_an_entity_bomb_is_read_without_expanding_it(tmp_path: Path) -> None:
    """A billion-laughs DOCTYPE (10 levels of 10 references) and an item that uses it."""
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    doctype = f"<!DOCTYPE rss [{''.join(levels)}]>"
    bomb = "<item><title>&lol9;</title><link>&lol9;</link></item>"
    feed = FEED_XML.replace("?>", "?>" + doctype, 1).replace("<item>", bomb + "<item>", 1)
    db = tmp_path / "news.db"
    with serving(MIRROR, {FEED: Fault(body=feed.encode("utf-8"))}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert not any("lol" in path for path in site.paths())


def test_a_feed_naming_a_local_file_as_an_entity_reads_no_file(tmp_path: Path) -> None:
    """XXE: an external entity naming `/etc/hostname`, used as an item's link."""
    doctype = '<!DOCTYPE rss [<!ENTITY here SYSTEM "file:///etc/hostname">]>'
    item = "<item><title>x</title><link>&here;</link></item>"
    feed = FEED_XML.replace("?>", "?>" + doctype, 1).replace("<item>", item + "<item>", 1)
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    db = tmp_path / "news.db"
    with serving(MIRROR, {FEED: Fault(body=feed.encode("utf-8"))}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    if hostname:
        assert not any(hostname in path for path in site.paths())
        assert hostname not in run.output
