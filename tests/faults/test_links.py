"""Hostile or wrong links: feeds, listings and redirects never lead the crawler off the site.

Each test serves the Báo Thái Bình mirror with one fault, plus (where needed) a second server on
another port standing for a foreign host: it serves the same mirror, so a page fetched there
would look like a perfectly good article, and every request it receives is a failure.

Faults that do not touch one another, each on an article of its own, share a crawl: the
off-site redirect, the redirect loop, the windows-1258 refresh and the empty feed one; the
pagination off the site and the off-site refresh another. A fault with crawl-wide figures of its
own (the refused feed items, the listing links counted by reason, the HTML feed, the caps, the
generic spider) keeps its own crawl.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    VIDEO,
    FaultedCrawl,
    article_path,
    crawl,
    crawl_stats,
    expect_rows,
    faulted_crawl,
    integrity,
)
from tests.faults.server import Fault, FaultServer, serving

A = article_path("105870")
FEED_ITEMS = [
    "/tin-tuc/0/109901/khai-mac-tuan-van-hoa-du-lich-thai-binh-nam-2024",
    "/tin-tuc/12/109874/chu-dong-ung-pho-mua-lon-bao-dam-an-toan-de-dieu",
    "/tin-tuc/15/109650/khu-kinh-te-thai-binh-thu-hut-them-3-du-an-co-von-dau-tu-nuoc-ngoai",
    "/tin-tuc/12/109512/xu-ly-hon-300-truong-hop-vi-pham-nong-do-con-trong-tuan-cao-diem",
    VIDEO,
    "/tin-tuc/15/108990/nong-dan-quynh-phu-hoan-thanh-gieo-cay-lua-xuan",
    "/tin-tuc/12/108765/thai-binh-co-52-hoc-sinh-doat-giai-ky-thi-chon-hoc-sinh-gioi-quoc-gia",
    "/tin-tuc/15/107903/cum-cong-nghiep-dong-la-hoan-thien-ha-tang-don-nha-dau-tu",
    "/tin-tuc/12/107420/chu-dong-phong-chong-sot-xuat-huyet-trong-mua-mua",
    A,
    "/tin-tuc/15/104560/lang-chieu-hoi-vao-mua-san-xuat-moi",
]


def add_feed_items(links: list[str]):
    """An edit putting extra `<item>`s with these links at the top of the feed."""
    items = "".join(f"<item><title>x</title><link>{link}</link></item>" for link in links)

    def edit(body: bytes) -> bytes:
        return body.replace(b"<item>", items.encode() + b"<item>", 1)

    return edit


def test_feed_items_off_site_or_not_http_are_never_requested(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as foreign:
        hostile = [
            "file:///etc/passwd",
            "file:///tin-tuc/12/100001/bai-viet-tren-dia",  # matches the article pattern
            "javascript:alert(1)",
            "data:text/html,<h1>Tin</h1>",
            "ftp://baothaibinh.com.vn/tin-tuc/12/100002/bai-viet-ftp",
            foreign.url(A),
        ]
        with serving(MIRROR, {FEED: Fault(edit=add_feed_items(hostile))}) as site:
            run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert foreign.hits == []
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    stats = crawl_stats(db)
    assert (stats["tinbao/refused/scheme"], stats["tinbao/refused/off_site"]) == (5, 1)
    assert "0 errors, 6 links refused, coverage" in run.stdout
    assert f"{foreign.url(A)}: not followed (off_site; found in feed {LIVE}{FEED})" in run.stderr
    assert f"file:///etc/passwd: not followed (scheme; found in feed {LIVE}{FEED})" in run.stderr


class AwayCrawl(NamedTuple):
    """A crawl of the mirror beside a foreign host's server (stopped: its hits and URLs kept)."""

    crawled: FaultedCrawl
    foreign: FaultServer


# The faults of the crawl `redirected`, each on an article of its own.
OFF_SITE_REDIRECT = A
LOOPING = article_path("107420")
REFRESHED_IN_1258 = article_path("102908")
REFRESH_TARGET = "/tin-tuc/15/104560/lang-chieu-hoi-vao-mua-san-xuat-moi"


def refresh_in_1258() -> bytes:
    """A page refreshing to REFRESH_TARGET, its "Bài mới" as windows-1258 writes it: ơ, then
    the acute accent as a combining mark."""
    page = f'<html><head><meta http-equiv="refresh" content="0;url={REFRESH_TARGET}"></head>'
    return (page + "<body><p>Bài m\u01a1\u0301i</p></body></html>").encode("cp1258")


EMPTY_FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'


@pytest.fixture(scope="module")
def redirected(tmp_path_factory: pytest.TempPathFactory) -> AwayCrawl:
    """One crawl with an article redirected off the site, one redirected to itself, one
    refreshing to another in windows-1258, and the feed empty (its own article, 109901, lost)."""
    with serving(MIRROR) as foreign:
        faults = {
            OFF_SITE_REDIRECT: Fault(
                status=302, headers={"Location": foreign.url(OFF_SITE_REDIRECT)}, body=b""
            ),
            LOOPING: Fault(status=302, headers={"Location": LOOPING}, body=b""),
            REFRESHED_IN_1258: Fault(
                body=refresh_in_1258(), content_type="text/html; charset=windows-1258"
            ),
            FEED: Fault(body=EMPTY_FEED, content_type="application/rss+xml"),
        }
        lost = {OFF_SITE_REDIRECT, LOOPING, REFRESHED_IN_1258, FEED_ITEMS[0]}
        crawled = faulted_crawl(tmp_path_factory.mktemp("redirected"), faults, lost, lost)
    return AwayCrawl(crawled, foreign)


# The faults of the crawl `led_away`: the Thời sự listing's next page on the foreign host, and
# an article refreshing there.
REFRESHED_AWAY = A
# The articles linked only from that next page wait for a run that reaches it; the seed
# article, also on page 2, is linked from the "Đọc nhiều" sidebar of the crawled pages.
ONLY_PAGE_2 = {
    "/tin-tuc/12/103907/cu-tri-san-sang-cho-ngay-bau-cu-dai-bieu-quoc-hoi-va-hdnd-cac-cap",
    "/tin-tuc/12/103355/gan-2000-thanh-nien-thai-binh-len-duong-nhap-ngu",
    "/tin-tuc/12/101877/dien-tap-phong-chong-lut-bao-va-tim-kiem-cuu-nan-tai-huyen-thai-thuy",
}


@pytest.fixture(scope="module")
def led_away(tmp_path_factory: pytest.TempPathFactory) -> AwayCrawl:
    """One crawl with the Thời sự listing's next page and an article's refresh on the foreign
    host."""
    listing = LISTINGS[0]
    with serving(MIRROR) as foreign:
        next_page = f"{foreign.base_url}{listing}?page=2".encode()

        def edit(body: bytes) -> bytes:
            return body.replace(f"{LIVE}{listing}?page=2".encode(), next_page)

        away = foreign.url(REFRESHED_AWAY)
        page = (
            f'<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL={away}">'
            "</head><body><p>Bài đã chuyển</p></body></html>"
        )
        faults = {
            listing: Fault(edit=edit),
            REFRESHED_AWAY: Fault(
                body=page.encode("utf-8"), content_type="text/html; charset=utf-8"
            ),
        }
        lost = ONLY_PAGE_2 | {REFRESHED_AWAY}
        crawled = faulted_crawl(tmp_path_factory.mktemp("led_away"), faults, lost, lost)
    return AwayCrawl(crawled, foreign)


def test_listing_pagination_off_site_is_not_followed(led_away: AwayCrawl) -> None:
    crawled, foreign = led_away
    next_page = f"{foreign.base_url}{LISTINGS[0]}?page=2"
    assert crawled.run.returncode == 0, crawled.run.output
    assert foreign.hits == []
    stats = crawl_stats(crawled.db)
    assert stats["tinbao/refused/off_site"] == 1
    assert f"{next_page}: not followed (off_site; found in listing" in crawled.run.stderr
    crawled.exactly()
    assert not ONLY_PAGE_2 & set(crawled.rows)
    assert integrity(crawled.db) == "ok"


def add_links(hrefs: list[str]):
    """An edit putting links with these targets at the end of a page's body."""
    links = "".join(f'<a href="{href}">x</a>' for href in hrefs).encode()
    return lambda body: body.replace(b"</body>", links + b"</body>", 1)


def test_listing_links_off_the_site_are_counted_by_reason(tmp_path: Path) -> None:
    """Share buttons, other papers, `mailto:`: skipped, counted by reason, one line per listing
    (page furniture, so not a warning per link), never requested."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as foreign:
        first = [
            "https://www.facebook.com/sharer/sharer.php?u=https://baothaibinh.com.vn/",
            "https://zalo.me/share?u=https://baothaibinh.com.vn/",
            "https://baonamdinh.com.vn/tin-tuc/12/100003/bai-bao-khac",  # shaped like an article
            foreign.url(A),
            "javascript:void(0)",
            "mailto:toasoan@baothaibinh.com.vn",
            "tel:02273831234",
        ]
        faults = {
            LISTINGS[0]: Fault(edit=add_links(first)),
            LISTINGS[1]: Fault(edit=add_links(["https://www.facebook.com/baothaibinh"])),
        }
        with serving(MIRROR, faults) as site:
            run = crawl(site, db, settings=("LOG_LEVEL=INFO",))
    assert run.returncode == 0, run.output
    assert foreign.hits == []
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    stats = crawl_stats(db)
    skipped = {k: v for k, v in stats.items() if k.startswith("tinbao/skipped/listing_link")}
    assert skipped == {
        "tinbao/skipped/listing_link/off_site": 5,
        "tinbao/skipped/listing_link/scheme": 3,
    }
    assert "tinbao/refused" not in stats
    assert (
        f"{LIVE}{LISTINGS[0]}: 7 links off the site not followed (off_site: 4, scheme: 3)\n"
        in run.stderr
    )
    assert f"{LIVE}{LISTINGS[1]}: 1 links off the site not followed (off_site: 1)\n" in run.stderr
    assert run.stderr.count("links off the site not followed") == 2  # the other pages have none
    assert ", 8 listing links off the site skipped (off site: 5, scheme: 3), " in run.stdout


def test_off_site_redirect_of_an_article_is_not_stored(redirected: AwayCrawl) -> None:
    crawled, foreign = redirected
    assert crawled.run.returncode == 0, crawled.run.output
    assert foreign.hits == []
    crawled.exactly()
    assert OFF_SITE_REDIRECT not in crawled.rows
    assert integrity(crawled.db) == "ok"
    assert crawl_stats(crawled.db)["tinbao/refused/off_site_redirect"] == 1
    assert (
        f"{foreign.url(OFF_SITE_REDIRECT)}: not followed (off_site_redirect; found in the "
        f"redirect of {crawled.url(OFF_SITE_REDIRECT)})" in crawled.run.stderr
    )


def test_redirect_loop_is_stopped_at_the_first_repeat(redirected: AwayCrawl) -> None:
    crawled = redirected.crawled
    assert crawled.run.returncode == 0, crawled.run.output
    assert crawled.paths.count(LOOPING) == 1
    crawled.exactly()
    assert LOOPING not in crawled.rows
    assert integrity(crawled.db) == "ok"
    assert crawl_stats(crawled.db)["tinbao/refused/redirect_loop"] == 1
    assert f"{crawled.url(LOOPING)}: not followed (redirect_loop;" in crawled.run.stderr


def test_meta_refresh_off_site_is_refused_in_any_case_of_the_word(led_away: AwayCrawl) -> None:
    crawled, foreign = led_away
    assert crawled.run.returncode == 0, crawled.run.output
    assert foreign.hits == []
    crawled.exactly()
    assert REFRESHED_AWAY not in crawled.rows
    assert crawl_stats(crawled.db)["tinbao/refused/off_site_redirect"] == 1
    assert (
        f"{foreign.url(REFRESHED_AWAY)}: not followed (off_site_redirect; found in the redirect "
        f"of {crawled.url(REFRESHED_AWAY)})" in crawled.run.stderr
    )


def test_meta_refresh_in_a_windows_1258_page_is_followed(redirected: AwayCrawl) -> None:
    crawled = redirected.crawled
    assert crawled.run.returncode == 0, crawled.run.output
    crawled.exactly()  # the page it refreshes to is stored, once
    assert REFRESHED_IN_1258 not in crawled.rows
    assert (
        f"{LIVE}{REFRESHED_IN_1258}: redirected to another article, {LIVE}{REFRESH_TARGET}; "
        "stored as that" in crawled.run.stderr
    )


def test_empty_feed_is_reported(redirected: AwayCrawl) -> None:
    crawled = redirected.crawled
    assert crawled.run.returncode == 0, crawled.run.output
    crawled.exactly()
    assert FEED_ITEMS[0] not in crawled.rows  # 109901 is only in the feed
    assert crawl_stats(crawled.db)["tinbao/feed/empty"] == 1
    assert integrity(crawled.db) == "ok"
    assert f"{LIVE}{FEED}: feed has no items; no article found in it" in crawled.run.stderr


def test_html_page_served_as_the_feed_is_reported(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    home = (MIRROR / "page.html").read_bytes()
    with serving(MIRROR, {FEED: Fault(body=home, content_type="text/html")}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, set(ARTICLES) - {FEED_ITEMS[0]})
    assert crawl_stats(db)["tinbao/feed/not_a_feed"] == 1
    assert integrity(db) == "ok"
    assert f"{LIVE}{FEED}: feed is an HTML page; no article found in it" in run.stderr


def test_listing_of_ten_thousand_links_is_capped(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    listing = LISTINGS[1]
    links = "".join(
        f'<a href="{LIVE}/tin-tuc/15/{200000 + i}/bai-so-{i}">Bài {i}</a>' for i in range(10_000)
    ).encode()
    fault = Fault(edit=lambda body: body.replace(b"</body>", links + b"</body>"))
    # The links that can be followed lead to a real page (fetches that fail would fail the site).
    page = (MIRROR / A.strip("/") / "page.html").read_bytes()
    flood_pages = {f"/tin-tuc/15/{200000 + i}/bai-so-{i}": Fault(body=page) for i in range(40)}
    with serving(MIRROR, {listing: fault, **flood_pages}) as site:
        run = crawl(site, db, settings=("TINBAO_MAX_LINKS_PER_LISTING=20",))
    assert run.returncode == 0, run.output
    # The cap counts every new article link of the page: its own entries not yet requested
    # from the feed come first, and the flood gets what is left of the 20.
    flood = [path for path in site.paths() if "/bai-so-" in path]
    assert 0 < len(flood) <= 20
    assert crawl_stats(db)["tinbao/capped/listing"] >= 1
    assert (
        f"{LIVE}{listing}: listing page capped at 20 new article links "
        "(TINBAO_MAX_LINKS_PER_LISTING); the rest wait for the next run" in run.stderr
    )
    assert integrity(db) == "ok"


def test_articles_per_run_are_capped_and_the_rest_come_next_run(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    no_listings = {listing: Fault(status=404, body=b"") for listing in LISTINGS}
    cap = ("TINBAO_MAX_ARTICLES_PER_RUN=5",)
    with serving(MIRROR, no_listings) as site:
        first = crawl(site, db, settings=cap)
        expect_rows(db, [path for path in FEED_ITEMS[:5] if path != VIDEO])
        second = crawl(site, db, settings=cap)
        # The video page dropped in the first run is tried again and takes one of the five.
        expect_rows(db, [path for path in FEED_ITEMS[:9] if path != VIDEO])
    for run in (first, second):
        assert "baothaibinh: 5 article requests, the per-run cap" in run.stderr, run.output
        assert "link cap reached" in run.stdout
    assert crawl_stats(db)["tinbao/capped/run"] == 5
    assert integrity(db) == "ok"


def generic_site(tmp_path: Path) -> tuple[Path, str]:
    """A one-listing site for the generic `site` spider, and the path of its one article."""
    root = tmp_path / "generic"
    article = "/kinh-te/gia-lua-gao-tang-manh-4712345.html"
    (root / article.strip("/")).parent.mkdir(parents=True)
    shutil.copy(FIXTURES / "generic" / "vnexpress-like" / "page.html", root / article.strip("/"))
    (root / "page.html").write_text(
        f'<html><body><a href="{article}">Giá lúa gạo tăng mạnh</a></body></html>',
        encoding="utf-8",
    )
    return root, article


def scrapy_site_crawl(start: str, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"start={start}"]
    for setting in (*FAST, "TINBAO_STORAGE_ENABLED=0"):
        command += ["-s", setting]
    for arg in args:
        command += ["-a", arg]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_generic_spider_stays_on_the_start_host_unless_told(tmp_path: Path) -> None:
    root, article = generic_site(tmp_path)
    with serving(root) as foreign:
        faults = {article: Fault(status=302, headers={"Location": foreign.url(article)}, body=b"")}
        with serving(root, faults) as site:
            kept = scrapy_site_crawl(site.url("/"))
            assert foreign.hits == []
            allowed = scrapy_site_crawl(site.url("/"), f"hosts={urlsplit(foreign.base_url).netloc}")
            assert foreign.paths() == ["/robots.txt", article]
    assert kept.returncode == allowed.returncode == 0
    assert (
        f"{foreign.url(article)}: not followed (off_site_redirect; found in the redirect of "
        f"{site.url(article)})" in kept.stderr
    )
    assert "not followed" not in allowed.stderr
