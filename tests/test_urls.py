"""Article URLs: one key per article however it is linked, and a clean URL stored.

The crawl test runs the Báo Quảng Ninh spider with the real Scrapy engine against a copy of its
mirror on 127.0.0.1, into a real SQLite file, and counts what the server is asked for.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from crawler.mirror import FIXTURE_SITES
from parsers.sites import profile_for
from parsers.urls import clean_url, resolve_href, url_key, without_amp
from tests.crawling import crawl

QN_HOSTS = profile_for("baoquangninh.vn").hosts
ARTICLE = (
    "https://baoquangninh.vn/cang-cai-lan-don-chuyen-tau-container-dau-tien-nam-2026-3390388.html"
)


@pytest.mark.parametrize(
    ("link", "clean"),
    [
        (ARTICLE, ARTICLE),
        (ARTICLE + "#comment", ARTICLE),
        (ARTICLE + "?utm_source=fb&utm_medium=social&fbclid=IwAR0xyz", ARTICLE),
        (ARTICLE + "?zarsrc=31&utm_source=zalo&gidzl=a1b2", ARTICLE),
        (ARTICLE + "?gclid=Cj0K&UTM_Campaign=tet#top", ARTICLE),
        (ARTICLE + "?print=1", ARTICLE),
        (ARTICLE + "?Print=true&utm_source=fb", ARTICLE),
        (ARTICLE.replace("https://", "http://"), ARTICLE),
        (ARTICLE.replace("baoquangninh.vn", "baoquangninh.com.vn"), ARTICLE),
        (ARTICLE.replace("https://baoquangninh.vn", "http://www.baoquangninh.com.vn"), ARTICLE),
        (ARTICLE.replace("baoquangninh.vn", "baoquangninh.vn:443"), ARTICLE),
        (ARTICLE.replace("baoquangninh.vn", "baoquangninh.vn."), ARTICLE),  # fully qualified
        # the article's own parameters stay, as written and in their order
        (ARTICLE + "?page=2&utm_source=fb&b=%C4%91", ARTICLE + "?page=2&b=%C4%91"),
    ],
)
def test_clean_url_drops_tracking_fragment_and_old_hosts(link: str, clean: str) -> None:
    assert clean_url(link, QN_HOSTS) == clean


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("sess_id=4f9a2c7e1b8d3f6a0c5e", ""),  # a session by its name and random value
        ("zsessionid=a81f3c9e27d4b60f5c1e8a73&id=7", "id=7"),
        ("BBSESSION=Q2hQz7Lk9XwT4mRb8NcY1vJd", ""),
        ("phpsessid=7", ""),  # a name known as a session's, whatever its value
        ("session=15", "session=15"),  # the fifteenth sitting of a council, not a visitor
        ("sessionYear=2024", "sessionYear=2024"),  # digits only: a year, not a token
        ("session=ky-hop-thu-nhat-hoi-dong", "session=ky-hop-thu-nhat-hoi-dong"),  # a slug
        ("sid=4f9a2c7e1b8d3f6a0c5e", "sid=4f9a2c7e1b8d3f6a0c5e"),  # a story's id, maybe
        ("token=4f9a2c7e1b8d3f6a0c5e", "token=4f9a2c7e1b8d3f6a0c5e"),  # a draft's, maybe
    ],
)
def test_a_session_is_known_by_its_name_and_its_random_value(query: str, kept: str) -> None:
    assert clean_url(f"{ARTICLE}?{query}", QN_HOSTS) == ARTICLE + (f"?{kept}" if kept else "")


def test_other_hosts_keep_their_host_and_scheme() -> None:
    link = "http://example.org/bai-viet.html?utm_source=fb&id=7#binh-luan"
    assert clean_url(link, QN_HOSTS) == "http://example.org/bai-viet.html?id=7"
    assert clean_url(link) == "http://example.org/bai-viet.html?id=7"


def test_a_site_host_on_a_port_of_its_own_keeps_scheme_and_port() -> None:
    link = "http://baoquangninh.vn:8080/bai-viet-3390388.html?utm_source=fb"
    assert clean_url(link, QN_HOSTS) == "http://baoquangninh.vn:8080/bai-viet-3390388.html"


def test_one_key_for_every_spelling_of_a_link() -> None:
    spellings = [
        "https://baoquangninh.vn/tin.html?b=2&a=1",
        "https://BaoQuangNinh.vn/tin.html?a=1&b=2&utm_source=fb",
        "http://www.baoquangninh.com.vn/tin.html?a=1&fbclid=x&b=2#comment",
    ]
    assert {url_key(link, QN_HOSTS) for link in spellings} == {
        "https://baoquangninh.vn/tin.html?a=1&b=2"
    }
    assert url_key("https://baoquangninh.vn/tin-tức.html", QN_HOSTS) == (
        "https://baoquangninh.vn/tin-t%E1%BB%A9c.html"
    )
    assert url_key("https://baoquangninh.vn/tin.html?a=2") != url_key(
        "https://baoquangninh.vn/tin.html?a=1"
    )


def test_a_fully_qualified_host_is_the_host() -> None:
    assert url_key("https://example.org./tin.html") == "https://example.org/tin.html"
    assert url_key("http://example.org.:8080/tin.html") == "http://example.org:8080/tin.html"


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("https://x.vn/a/b-1.html/amp", "https://x.vn/a/b-1.html"),
        ("https://x.vn/a/b-1/amp/?x=1", "https://x.vn/a/b-1?x=1"),
        ("https://x.vn/amp/a/b-1.html", "https://x.vn/a/b-1.html"),
        ("https://x.vn/amp/", None),  # an AMP home page is no article's copy
        ("https://x.vn/a/amp-1.html", None),
        ("https://x.vn/a/b-1.html", None),
    ],
)
def test_an_amp_address_names_its_article_by_its_path(url: str, article: str | None) -> None:
    assert without_amp(url) == article


def test_a_trailing_slash_is_no_part_of_the_key() -> None:
    assert url_key("https://baoquangninh.vn/thoi-su/tin-123/") == (
        "https://baoquangninh.vn/thoi-su/tin-123"
    )
    assert url_key("https://baoquangninh.vn/a/?x=1") == "https://baoquangninh.vn/a?x=1"
    assert url_key("https://baoquangninh.vn/") == "https://baoquangninh.vn/"


def test_a_plus_in_a_path_is_the_space_it_stands_for() -> None:
    """A CMS that left spaces in its slugs: linked with `%20` and with `+`, one article; a `+`
    in the query is left to the query's own rules."""
    assert url_key("https://baoquangninh.vn/15/200050/san+pham+ocop") == (
        "https://baoquangninh.vn/15/200050/san%20pham%20ocop"
    )
    assert url_key("https://baoquangninh.vn/15/200050/san%20pham%20ocop") == (
        "https://baoquangninh.vn/15/200050/san%20pham%20ocop"
    )
    assert url_key("https://baoquangninh.vn/tim?q=a+b") == "https://baoquangninh.vn/tim?q=a+b"


# --- through the engine --------------------------------------------------------------------

SITE = "baoquangninh"
LIVE = "https://baoquangninh.vn"
HA_LONG = "/vinh-ha-long-don-hon-200-nghin-luot-khach-dip-tet-duong-lich-3390512.html"
CAI_LAN = "/cang-cai-lan-don-chuyen-tau-container-dau-tien-nam-2026-3390388.html"
MONG_CAI = "/mong-cai-day-nhanh-tien-do-du-an-khu-cong-nghiep-hai-yen-3390176.html"
NEW = "/ha-long-mo-them-tuyen-xe-buyt-ra-cang-tau-khach-3391004.html"
LISTING = "kinh-te/page.html"


def card(href: str, title: str) -> str:
    return (
        f'<article class="card"><div class="card-body"><h3 class="card-title">'
        f'<a href="{href}">{title}</a></h3><span class="card-time">15/01/2026 08:00</span>'
        "</div></article>\n"
    )


def article_hits(hits: list[str]) -> list[str]:
    """Article pages the server was asked for, as paths without their query."""
    return [hit.split("?")[0] for hit in hits if hit.split("?")[0].endswith(".html")]


def test_a_stored_article_linked_another_way_is_not_fetched_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TINBAO_REFRESH_WINDOW_DAYS", "0")  # discovery alone: no refresh
    root, db = tmp_path / "mirror", tmp_path / "news.db"
    shutil.copytree(FIXTURE_SITES / SITE, root)
    first = crawl(SITE, db, root=root)
    assert first.returncode == 0, first.log[-2000:]
    assert sorted(article_hits(first.hits)) == sorted([HA_LONG, CAI_LAN, MONG_CAI])

    # The listing now links the three stored articles on the old host, with share tracking and
    # with a fragment, and a new article (without a canonical link) through Zalo's tracking.
    new_page = root / NEW.strip("/") / "page.html"
    new_page.parent.mkdir()
    html = (root / HA_LONG.strip("/") / "page.html").read_text(encoding="utf-8")
    html = re.sub(r'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>', "", html)
    html = html.replace(
        "Vịnh Hạ Long đón hơn 200 nghìn lượt khách dịp Tết Dương lịch</h1>",
        "Hạ Long mở thêm tuyến xe buýt ra cảng tàu khách</h1>",
    )
    new_page.write_text(html, encoding="utf-8")
    listing = root / LISTING
    links = (
        card(f"http://baoquangninh.com.vn{HA_LONG}", "Vịnh Hạ Long đón khách")
        + card(f"{LIVE}{CAI_LAN}?utm_source=fb&utm_medium=social&fbclid=IwAR0xyz", "Cảng Cái Lân")
        + card(f"https://www.baoquangninh.vn{MONG_CAI}#comment", "Móng Cái")
        + card(f"{LIVE}{NEW}?zarsrc=31&utm_source=zalo", "Tuyến xe buýt mới")
    )
    text = listing.read_text(encoding="utf-8")
    assert text.count('<div class="list-card">') == 1
    listing.write_text(text.replace('<div class="list-card">', '<div class="list-card">' + links))

    second = crawl(SITE, db, root=root)
    assert second.returncode == 0, second.log[-2000:]
    assert article_hits(second.hits) == [NEW]
    assert not [hit for hit in second.hits if "utm_" in hit or "zarsrc" in hit]
    urls = [row["url"] for row in sqlite_utils.Database(db).query("select url from articles")]
    assert sorted(urls) == sorted(LIVE + path for path in (HA_LONG, CAI_LAN, MONG_CAI, NEW))

    third = crawl(SITE, db, root=root)
    assert third.returncode == 0, third.log[-2000:]
    assert article_hits(third.hits) == []


@pytest.mark.parametrize(
    "href",
    [
        "\\tin-tuc\\15\\7\\bai-viet",
        "https:\\\\bao.vn\\tin-tuc\\15\\7\\bai-viet",
        "https://bao.vn/tin-tuc/15/ds/../7/./bai-viet",
        "../15/7/./bai-viet",
        "\n\t https://bao.vn/tin-tuc/15/7/bai-\nviet \n",
        "https://bao\u3002vn/tin-tuc/15/7/bai-viet",
        "https://BAO\uff0evn/tin-tuc/15/7/bai-viet",
        "https://bao%2Evn/tin-tuc/15/7/bai-viet",
        "//bao%2evn/tin-tuc/15/7/bai-viet",
    ],
)
def test_a_link_is_resolved_as_a_browser_resolves_it(href: str) -> None:
    assert (
        resolve_href("https://bao.vn/tin-tuc/15/ds", href) == "https://bao.vn/tin-tuc/15/7/bai-viet"
    )


def test_a_backslash_in_a_query_or_another_scheme_is_kept() -> None:
    base = "https://bao.vn/tin-tuc/15/ds"
    assert resolve_href(base, "/a?q=b\\c#d\\e") == "https://bao.vn/a?q=b\\c#d\\e"
    assert resolve_href(base, "javascript:a\\b") == "javascript:a\\b"
