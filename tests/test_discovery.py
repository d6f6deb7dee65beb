"""Learning a site's article URL shape from its own links (crawler/discovery.py)."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from parsel import Selector

from crawler.discovery import FEED_WEIGHT, learn_article_shape, sitemap_lines
from crawler.mirror import FIXTURE_SITES
from parsers.registry import papers

MIRRORS = sorted(path.name for path in FIXTURE_SITES.iterdir() if path.is_dir())


def _links(urls: list[str], weight: int = 1) -> list[tuple[str, int]]:
    return [(url, weight) for url in urls]


@pytest.mark.parametrize(
    ("urls", "name", "regex"),
    [
        (
            [
                "https://x.vn/kinh-te/gia-lua-tang-post12345.html",
                "https://x.vn/xa-hoi/mua-lon-o-vung-cao-post12399.html",
                "https://x.vn/thoi-su/hop-bao-chinh-phu-post12001.html",
                "https://x.vn/kinh-te/",
            ],
            "post-id",
            r"^(?:/[^/]+){1}/[a-z0-9]+(?:-[a-z0-9]+)*-post(?P<id>\d{4,})\.html$",
        ),
        (
            [
                "https://x.vn/tin-tuc/12/102296/bao-dam-an-toan",
                "https://x.vn/tin-tuc/0/109901/khai-mac-tuan-van-hoa",
                "https://x.vn/tin-tuc/15/102001/gia-vang-giam",
                "https://x.vn/tin-tuc/12/thoi-su",
            ],
            "id-slug",
            r"^(?:/[^/]+){2}/(?P<id>\d{5,})/[a-z0-9]+(?:-[a-z0-9]+)*/?$",
        ),
        (
            [
                "https://x.vn/thoi-su/202405/hoi-nghi-tinh-uy-1a2b3c4/",
                "https://x.vn/xa-hoi/202406/mua-lu-0f0f0f0/",
                "https://x.vn/kinh-te/202406/gia-ca-phe-0f0f0f1/",
            ],
            "dated",
            r"^(?:/[^/]+){1}/20\d\d[01]\d/[a-z0-9]+(?:-[a-z0-9]+)*-(?P<id>[0-9a-f]{7})/?$",
        ),
    ],
)
def test_shape_learned_from_links(urls: list[str], name: str, regex: str) -> None:
    shape = learn_article_shape(_links(urls))
    assert (shape.name, shape.regex) == (name, regex)


def test_too_few_links_give_no_shape_but_one_feed_entry_counts_three() -> None:
    two = ["https://x.vn/a-b-c-12345678.html", "https://x.vn/d-e-f-12345679.html"]
    assert learn_article_shape(_links(two)) is None
    assert learn_article_shape(_links(two[:1], FEED_WEIGHT)).name == "slug-id"


def test_listing_tag_and_author_links_never_count() -> None:
    urls = [
        "https://x.vn/tag/ca-phe-12345.html",
        "https://x.vn/tac-gia/hoang-lan-12346.html",
        "https://x.vn/tim-kiem/dai-hoi-12347.html",
    ]
    assert learn_article_shape(_links(urls)) is None


def test_sitemap_lines() -> None:
    robots = "User-agent: *\nDisallow: /admin/\nSitemap: https://x.vn/a.xml\nsitemap:https://x.vn/b.xml\n"
    assert sitemap_lines(robots) == ["https://x.vn/a.xml", "https://x.vn/b.xml"]


def _mirror_links(site: str) -> list[tuple[str, int]]:
    """Links of a mirror's non-article pages, and its feed and sitemap entries (weighted)."""
    paper = papers()[site]
    home = f"https://{paper.hosts[0]}/"
    links = []
    for page in (FIXTURE_SITES / site).rglob("page*.html"):
        if not (page.parent / "page.json").exists():
            for href in Selector(page.read_text(encoding="utf-8")).css("a::attr(href)").getall():
                links.append((urljoin(home, href), 1))
    for path in [
        *FIXTURE_SITES.joinpath(site).rglob("*.rss"),
        *FIXTURE_SITES.joinpath(site).rglob("*.xml"),
    ]:
        feed = Selector(path.read_text(encoding="utf-8"), type="xml")
        feed.remove_namespaces()
        links += [
            (u.strip(), FEED_WEIGHT)
            for u in feed.xpath("//item/link/text()|//url/loc/text()").getall()
        ]
    return [(url, w) for url, w in links if urlsplit(url).hostname in paper.all_hosts]


@pytest.mark.parametrize("site", MIRRORS)
def test_shape_learned_on_every_mirror_takes_its_articles_and_no_listing(site: str) -> None:
    """Learned from each site's own listings and feeds, never from its profile."""
    shape = learn_article_shape(_mirror_links(site))
    root = FIXTURE_SITES / site
    articles = [json.loads(p.read_text(encoding="utf-8"))["url"] for p in root.rglob("page.json")]
    listings = [
        "/" + str(p.parent.relative_to(root)).removeprefix(".")
        for p in root.rglob("page.html")
        if not (p.parent / "page.json").exists()
    ]
    assert [u for u in articles if not re.search(shape.regex, urlsplit(u).path)] == []
    assert [p for p in listings if re.search(shape.regex, p)] == []
