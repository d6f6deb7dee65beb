"""One article under many addresses, and discovery files that repeat, lie or are no files.

Vietnamese slugs percent-encoded from composed (NFC) or decomposed (NFD) text, in upper- or
lowercase hex; session ids in the path or the query; the query in another order; the default
port or `www.` written out; canonical and `og:url` written relative; links that name only a
fragment; feeds that list an item three times or date it in 2099; `robots.txt` answered with
an HTML page or two megabytes of rules; a generic listing whose "next" link walks a calendar
forever.

The rules: one article is one row and one fetch, whatever its spelling; discovery goes on
past a bad file, and says so; a chain of listing pages that brings nothing new ends.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote

from tests.conftest import FIXTURES, ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    crawl,
    crawl_faults,
    crawl_stats,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_links import add_links
from tests.faults.test_pages import PAGE, A, B

SLUG = "Thêm-40-sản-phẩm-đạt-chuẩn-OCOP-năm-nay"
NEW_HEADLINE = "Thêm 40 sản phẩm đạt chuẩn OCOP năm nay"


def without_canonical(page: str) -> str:
    """The page with no `rel=canonical` and no `og:url`: only its address says which it is."""
    page = re.sub(r'<link rel="canonical"[^>]*>', "", page)
    return re.sub(r'<meta property="og:url"[^>]*>', "", page)


def new_article(page: str = PAGE) -> bytes:
    """Article A's page retitled, with no canonical: an article the mirror does not have."""
    return (
        without_canonical(page)
        .replace(">Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh<", f">{NEW_HEADLINE}<")
        .encode()
    )


def test_a_slug_encoded_from_composed_and_decomposed_text_is_one_article(tmp_path: Path) -> None:
    """A listing links one new article three ways: percent-encoded from NFC text, from NFD text
    (the tones as combining marks, as macOS writes file names), and NFC in lowercase hex."""
    nfc = quote(f"/tin-tuc/15/200010/{unicodedata.normalize('NFC', SLUG)}")
    nfd = quote(f"/tin-tuc/15/200010/{unicodedata.normalize('NFD', SLUG)}")
    lower = re.sub(r"%[0-9A-F]{2}", lambda hexa: hexa.group().lower(), nfc)
    assert len({nfc, nfd, lower}) == 3
    body = new_article()
    faults = {
        LISTINGS[1]: Fault(edit=add_links([nfc, nfd, lower])),
        **{path: Fault(body=body) for path in (nfc, nfd, lower)},
    }
    site, run, db = crawl_faults(tmp_path, faults)
    fetched = [path for path in site.paths() if "/200010/" in path]
    assert len(fetched) == 1, fetched
    new = [path for path in stored(db) if "/200010/" in path]
    assert len(new) == 1, new
    assert unicodedata.is_normalized("NFC", new[0].encode().decode())
    assert stored(db)[new[0]]["headline"] == NEW_HEADLINE


def test_session_ids_in_links_give_no_second_row(tmp_path: Path) -> None:
    """Old Java and PHP sites put the visitor's session in every link: `;jsessionid=…` in the
    path, `PHPSESSID=…` in the query. The article (here with no canonical) is one row."""
    page = without_canonical((MIRROR / B.strip("/") / "page.html").read_text(encoding="utf-8"))
    links = [f"{B};jsessionid=8F3A2C1D9E", f"{B}?PHPSESSID=q1w2e3r4t5y6", f"{B}?sessionid=77"]
    faults = {LISTINGS[0]: Fault(edit=add_links(links)), B: Fault(body=page.encode())}
    faults |= {link: Fault(body=page.encode()) for link in links}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert sum(1 for path in site.paths() if path.startswith(B)) == 1


def test_a_session_named_otherwise_gives_no_second_row(tmp_path: Path) -> None:
    """Sites name the visitor's session as they like (`sess_id`, `zsessionid`, `BBSESSION`):
    a parameter whose name holds `sess` and whose value is a long random token is a session,
    whatever its name. The article (with no canonical) is one row, fetched once."""
    page = without_canonical((MIRROR / B.strip("/") / "page.html").read_text(encoding="utf-8"))
    links = [
        f"{B}?sess_id=4f9a2c7e1b8d3f6a0c5e",
        f"{B}?zsessionid=a81f3c9e27d4b60f5c1e8a73",
        f"{B}?BBSESSION=Q2hQz7Lk9XwT4mRb8NcY1vJd",
    ]
    faults = {LISTINGS[0]: Fault(edit=add_links(links)), B: Fault(body=page.encode())}
    faults |= {link: Fault(body=page.encode()) for link in links}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert sum(1 for path in site.paths() if path.startswith(B)) == 1


def test_one_query_in_two_orders_is_one_article(tmp_path: Path) -> None:
    """`?id=200020&cat=15` and `?cat=15&id=200020`: one article."""
    path = "/tin-tuc/15/200020/bai-viet-theo-tham-so"
    links = [f"{path}?id=200020&cat=15", f"{path}?cat=15&id=200020"]
    faults = {LISTINGS[1]: Fault(edit=add_links(links))}
    faults |= {link: Fault(body=new_article()) for link in links}
    site, run, db = crawl_faults(tmp_path, faults)
    assert len([p for p in site.paths() if "/200020/" in p]) == 1
    assert len([p for p in stored(db) if "/200020/" in p]) == 1


def set_link(page: str, canonical: str | None, og_url: str | None) -> bytes:
    page = without_canonical(page)
    tags = ""
    if canonical is not None:
        tags += f'<link rel="canonical" href="{canonical}">'
    if og_url is not None:
        tags += f'<meta property="og:url" content="{og_url}">'
    return page.replace("<head>", "<head>" + tags, 1).encode()


def test_a_relative_canonical_is_read_against_the_page(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, {A: Fault(body=set_link(PAGE, A, A))})
    expect_rows(db, ARTICLES)
    assert "tinbao/canonical/refused" not in crawl_stats(db)
    assert "not trusted" not in run.stderr


def test_a_protocol_relative_canonical_is_the_same_article(tmp_path: Path) -> None:
    canonical = "//baothaibinh.com.vn" + A
    site, run, db = crawl_faults(tmp_path, {A: Fault(body=set_link(PAGE, canonical, None))})
    expect_rows(db, ARTICLES)
    assert "tinbao/canonical/refused" not in crawl_stats(db)


def test_links_with_the_default_port_or_www_are_the_same_article(tmp_path: Path) -> None:
    links = [f"https://baothaibinh.com.vn:443{A}", f"https://www.baothaibinh.com.vn{B}"]
    site, run, db = crawl_faults(tmp_path, {LISTINGS[0]: Fault(edit=add_links(links))})
    expect_rows(db, ARTICLES)
    assert (site.paths().count(A), site.paths().count(B)) == (1, 1)


def test_links_to_the_host_written_fully_qualified_are_the_same_site(tmp_path: Path) -> None:
    """`https://baothaibinh.com.vn./…` (the host with its root dot, a valid fully qualified
    name) links a new article twice, once with its default port, and its canonical is written
    so too: the site's article, fetched once, stored under the host without the dot."""
    path = "/tin-tuc/15/200030/bai-viet-tren-ten-day-du"
    dotted = "https://baothaibinh.com.vn."
    links = [dotted + path, f"https://baothaibinh.com.vn.:443{path}"]
    body = set_link(new_article().decode(), dotted + path, None)
    faults = {LISTINGS[1]: Fault(edit=add_links(links)), path: Fault(body=body)}
    site, run, db = crawl_faults(tmp_path, faults)
    assert site.paths().count(path) == 1
    assert [p for p in stored(db) if "/200030/" in p] == [path]
    assert stored(db)[path]["headline"] == NEW_HEADLINE
    assert "tinbao/canonical/refused" not in crawl_stats(db)


def test_links_that_name_only_the_page_itself_fetch_nothing_more(tmp_path: Path) -> None:
    """`href=""`, `href="#"`, `href="?"`, `href="#top"`: the listing itself, fetched once."""
    links = ["", "#", "?", "#top", " "]
    site, run, db = crawl_faults(tmp_path, {LISTINGS[0]: Fault(edit=add_links(links))})
    expect_rows(db, ARTICLES)
    assert site.paths().count(LISTINGS[0]) == 1
    assert [path for path in site.paths() if path.startswith(LISTINGS[0] + "?")] == [
        LISTINGS[0] + "?page=2"  # its own next page, linked by the page itself
    ]


def test_a_feed_listing_each_item_three_times_fetches_each_once(tmp_path: Path) -> None:
    def triple(feed: bytes) -> bytes:
        items = re.findall(rb"<item>.*?</item>", feed, flags=re.S)
        return feed.replace(b"</channel>", b"".join(items * 2) + b"</channel>")

    site, run, db = crawl_faults(tmp_path, {FEED: Fault(edit=triple)})
    expect_rows(db, ARTICLES)
    for path in ARTICLES:
        assert site.paths().count(path) == 1, path


def test_feed_dates_in_2099_never_make_articles_too_new(tmp_path: Path) -> None:
    """Every feed item dated 2099 and a crawl with `--since`: the pages' own dates decide."""

    def future(feed: bytes) -> bytes:
        return re.sub(
            rb"<pubDate>[^<]*</pubDate>",
            b"<pubDate>Thu, 01 Jan 2099 08:00:00 +0700</pubDate>",
            feed,
        )

    db = tmp_path / "news.db"
    with serving(MIRROR, {FEED: Fault(edit=future)}) as site:
        run = crawl(site, db, "--since", "2015-01-01")
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert "cannot be true" in run.stderr


def test_a_robots_txt_that_is_an_html_page_does_not_stop_the_crawl(tmp_path: Path) -> None:
    """The site's home page answered for `/robots.txt` (a catch-all route)."""
    home = (MIRROR / "page.html").read_bytes()
    faults = {"/robots.txt": Fault(body=home, content_type="text/html; charset=utf-8")}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_a_robots_txt_of_two_megabytes_is_obeyed_without_stalling(tmp_path: Path) -> None:
    """100,000 rules (a generated file), the one that matters last: `/tin-tuc/12/thoi-su` is
    not fetched, everything else is."""
    rules = "".join(f"Disallow: /khong-co/{n}\n" for n in range(100_000))
    robots = f"User-agent: *\n{rules}Disallow: {LISTINGS[0]}\n".encode()
    assert len(robots) > 2_000_000
    db = tmp_path / "news.db"
    with serving(MIRROR, {"/robots.txt": Fault(body=robots, content_type="text/plain")}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert LISTINGS[0] not in site.paths()
    assert integrity(db) == "ok"
    assert "forbidden by robots.txt" in run.stderr


def generic_site(tmp_path: Path, links: list[str]) -> Path:
    """A one-page listing for the generic `site` spider, linking `links`."""
    root = tmp_path / "generic"
    root.mkdir()
    anchors = "".join(f'<a href="{link}">Giá lúa gạo tăng mạnh</a>' for link in links)
    (root / "page.html").write_text(f"<html><body>{anchors}</body></html>", encoding="utf-8")
    return root


GENERIC_PAGE = (FIXTURES / "generic" / "vnexpress-like" / "page.html").read_text(encoding="utf-8")


def site_crawl(start: str, db: Path, *args: str) -> subprocess.CompletedProcess:
    """`scrapy crawl site -a start=…` storing into `db`."""
    command = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"start={start}"]
    for setting in (*FAST, f"TINBAO_DB={db}"):
        command += ["-s", setting]
    for arg in args:
        command += ["-a", arg]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_the_generic_spider_fetches_an_nfc_and_an_nfd_link_once(tmp_path: Path) -> None:
    slug = "giá-lúa-gạo-tăng-mạnh-đầu-năm-4712345.html"
    nfc = quote("/kinh-te/" + unicodedata.normalize("NFC", slug))
    nfd = quote("/kinh-te/" + unicodedata.normalize("NFD", slug))
    root = generic_site(tmp_path, [nfc, nfd])
    page = without_canonical(GENERIC_PAGE).encode()
    db = tmp_path / "news.db"
    with serving(root, {nfc: Fault(body=page), nfd: Fault(body=page)}) as site:
        done = site_crawl(site.url("/"), db)
    assert done.returncode == 0, done.stderr
    assert len([p for p in site.paths() if p.startswith("/kinh-te/")]) == 1, site.paths()
    assert len(stored(db)) == 1


def test_the_generic_spider_fetches_links_differing_by_session_id_once(tmp_path: Path) -> None:
    article = "/kinh-te/gia-lua-gao-tang-manh-4712345.html"
    links = [
        f"{article};jsessionid=A1B2C3",
        f"{article}?PHPSESSID=9z8y7x",
        f"{article}?JSESSIONID=0F0F",
        article,
    ]
    root = generic_site(tmp_path, links)
    page = without_canonical(GENERIC_PAGE).encode()
    db = tmp_path / "news.db"
    with serving(root, {link: Fault(body=page) for link in links}) as site:
        done = site_crawl(site.url("/"), db)
    assert done.returncode == 0, done.stderr
    assert len([p for p in site.paths() if p.startswith("/kinh-te/")]) == 1, site.paths()
    assert len(stored(db)) == 1


def test_a_calendar_of_next_links_that_never_ends_is_stopped(tmp_path: Path) -> None:
    """Each day's page lists the same article and links the next day with `rel=next`, for 300
    days: pagination stops once a page brings no new article."""
    article = "/kinh-te/gia-lua-gao-tang-manh-4712345.html"
    root = generic_site(tmp_path, [article])
    (root / "kinh-te").mkdir()
    shutil.copy(FIXTURES / "generic" / "vnexpress-like" / "page.html", root / article.strip("/"))
    days = [f"/lich/2024-{1 + n // 28:02d}-{1 + n % 28:02d}" for n in range(300)]
    faults = {
        "/": Fault(
            body=f'<html><body><a href="{article}">Giá lúa</a><a rel="next" href="{days[0]}">'
            "Hôm sau</a></body></html>".encode()
        )
    }
    for day, following in zip(days, [*days[1:], days[0]], strict=True):
        faults[day] = Fault(
            body=f'<html><body><a href="{article}">Giá lúa</a><a rel="next" href="{following}">'
            "Hôm sau</a></body></html>".encode()
        )
    db = tmp_path / "news.db"
    with serving(root, faults) as site:
        done = site_crawl(site.url("/"), db)
    assert done.returncode == 0, done.stderr
    assert len([p for p in site.paths() if p.startswith("/lich/")]) <= 2, len(site.paths())
    assert len(stored(db)) == 1
    assert "Traceback" not in done.stderr


def test_a_relative_og_url_alone_keys_the_same_article(tmp_path: Path) -> None:
    """No canonical, `og:url` written relative, the article reached by a link with `?ref=`."""
    linked = f"{A}?ref=trang-chu"
    faults = {
        LISTINGS[1]: Fault(edit=add_links([linked])),
        linked: Fault(body=set_link(PAGE, None, A)),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert f"{LIVE}{linked}" not in {row["url"] for row in stored(db).values()}
