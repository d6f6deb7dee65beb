"""Feeds in the older or rarer dialects that CMSs of the 2000s still generate: RSS 1.0 (RDF,
items beside the channel), RSS 0.91 with Netscape's DOCTYPE naming an external DTD, RSS 2.0 in
Userland's namespace, Atom 0.3, and the Atom and RSS items of plugins whose first link is not
the page (`rel="self"`, `rel="replies"`, `rel="enclosure"`, an `atom:link` inside an RSS item).

README: an article linked only from the feed is found through it, fetched once and stored.
The Báo Thái Bình feed is the only link to one article (`109901`); each feed here names it
(and two other articles) in the dialect under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, FEED, LIVE, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving

FEED_ONLY = "/tin-tuc/0/109901/khai-mac-tuan-van-hoa-du-lich-thai-binh-nam-2024"
ITEMS = (
    (FEED_ONLY, "Khai mạc Tuần Văn hóa - Du lịch Thái Bình năm 2024"),
    ("/tin-tuc/12/109874/chu-dong-ung-pho-mua-lon-bao-dam-an-toan-de-dieu", "Chủ động ứng phó"),
    ("/tin-tuc/15/105870/them-38-san-pham-dat-chuan-ocop-cap-tinh", "Thêm 38 sản phẩm OCOP"),
)
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def rss10() -> str:
    seq = "".join(f'<rdf:li rdf:resource="{LIVE}{path}"/>' for path, _ in ITEMS)
    items = "".join(
        f'<item rdf:about="{LIVE}{path}"><title>{title}</title><link>{LIVE}{path}</link>'
        f"<dc:date>2024-07-02T19:45:22+07:00</dc:date></item>"
        for path, title in ITEMS
    )
    return (
        f"{DECLARATION}<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'"
        " xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        f"<channel rdf:about='{LIVE}/rss/home.rss'><title>Báo Thái Bình</title>"
        f"<link>{LIVE}/</link><description>Tin</description>"
        f"<items><rdf:Seq>{seq}</rdf:Seq></items></channel>{items}</rdf:RDF>"
    )


def rss091() -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{LIVE}{path}</link></item>" for path, title in ITEMS
    )
    return (
        f'{DECLARATION}<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">'
        f'<rss version="0.91"><channel><title>Báo Thái Bình</title><link>{LIVE}/</link>'
        f"<description>Tin</description><language>vi</language>{items}</channel></rss>"
    )


def rss_userland() -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{LIVE}{path}</link></item>" for path, title in ITEMS
    )
    return (
        f'{DECLARATION}<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel>'
        f"<title>Báo Thái Bình</title><link>{LIVE}/</link><description>Tin</description>"
        f"{items}</channel></rss>"
    )


def atom03() -> str:
    entries = "".join(
        f"<entry><title>{title}</title>"
        f'<link rel="alternate" type="text/html" href="{LIVE}{path}"/>'
        f"<id>tag:baothaibinh.com.vn,2024:{path}</id><issued>2024-07-02T19:45:22+07:00</issued>"
        f"<modified>2024-07-02T19:45:22+07:00</modified></entry>"
        for path, title in ITEMS
    )
    return (
        f'{DECLARATION}<feed version="0.3" xmlns="http://purl.org/atom/ns#">'
        f'<title>Báo Thái Bình</title><link rel="alternate" type="text/html" href="{LIVE}/"/>'
        f"<modified>2024-07-02T19:45:22+07:00</modified>{entries}</feed>"
    )


def atom_links_first() -> str:
    """Atom 1.0 whose entries name their API copy, comments and picture before the page."""
    entries = "".join(
        f"<entry><title>{title}</title>"
        f'<link rel="self" type="application/atom+xml" href="{LIVE}/api/entries{path}"/>'
        f'<link rel="replies" type="text/html" href="{LIVE}{path}#binh-luan" thr:count="3"/>'
        f'<link rel="enclosure" type="image/jpeg" href="{LIVE}/uploads/2024/07/anh.jpg"/>'
        f'<link rel="alternate" type="text/html" href="{LIVE}{path}"/>'
        f"<id>{LIVE}{path}</id><updated>2024-07-02T19:45:22+07:00</updated></entry>"
        for path, title in ITEMS
    )
    return (
        f'{DECLARATION}<feed xmlns="http://www.w3.org/2005/Atom"'
        ' xmlns:thr="http://purl.org/syndication/thread/1.0">'
        f"<title>Báo Thái Bình</title><id>{LIVE}/</id>"
        f"<updated>2024-07-02T19:45:22+07:00</updated>{entries}</feed>"
    )


def rss_atom_link_first() -> str:
    """RSS 2.0 whose items open with an `atom:link rel="self"` (a WordPress plugin's)."""
    items = "".join(
        f'<item><atom:link href="{LIVE}/rss/home.rss" rel="self" type="application/rss+xml"/>'
        f"<title>{title}</title><link>{LIVE}{path}</link></item>"
        for path, title in ITEMS
    )
    return (
        f'{DECLARATION}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>Báo Thái Bình</title><link>{LIVE}/</link><description>Tin</description>"
        f"{items}</channel></rss>"
    )


DIALECTS = {
    "rss-1.0-rdf": (rss10, "application/rdf+xml"),
    "rss-0.91-doctype": (rss091, "application/rss+xml"),
    "rss-2.0-userland-namespace": (rss_userland, "application/rss+xml"),
    "atom-0.3": (atom03, "application/atom+xml"),
    "atom-links-before-the-page": (atom_links_first, "application/atom+xml"),
    "rss-atom-link-first": (rss_atom_link_first, "application/rss+xml"),
}


@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_article_only_a_feed_in_this_dialect_links_is_stored(
    tmp_path: Path, dialect: str
) -> None:
    make, kind = DIALECTS[dialect]
    db = tmp_path / "news.db"
    with serving(MIRROR, {FEED: Fault(body=make().encode(), content_type=kind)}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)
    assert site.paths().count(FEED_ONLY) == 1, site.paths()
    asked = set(site.paths())
    assert not {p for p in asked if p.startswith(("/api/", "/uploads/"))}, sorted(asked)
    assert integrity(db) == "ok"
