"""One article under many addresses, and discovery files that repeat, lie or are no files.

Vietnamese slugs percent-encoded from composed (NFC) or decomposed (NFD) text, in upper- or
lowercase hex; session ids in the path or the query; the query in another order; the default
port or `www.` written out; canonical and `og:url` written relative; links that name only a
fragment; feeds that list an item three times or date it in 2099; `robots.txt` answered with
an HTML page or two megabytes of rules; a generic listing whose "next" link walks a calendar
forever.

The rules: one article is one row and one fetch, whatever its spelling; discovery goes on
past a bad file, and says so; a chain of listing pages that brings nothing new ends.

Each spelling of a known article is given to an article of its own, and read with the tripled
feed and the HTML `robots.txt` from one crawl; the three new articles share another, and the
generic spider's two new articles a third. The feed dated 2099 (a crawl with `--since`), the
`robots.txt` that forbids a listing and the endless calendar keep their own crawls.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    FaultedCrawl,
    article_path,
    crawl,
    crawl_faults,
    crawl_stats,
    expect_rows,
    integrity,
    page_at,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving
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


def set_link(page: str, canonical: str | None, og_url: str | None) -> bytes:
    page = without_canonical(page)
    tags = ""
    if canonical is not None:
        tags += f'<link rel="canonical" href="{canonical}">'
    if og_url is not None:
        tags += f'<meta property="og:url" content="{og_url}">'
    return page.replace("<head>", "<head>" + tags, 1).encode()


# Each spelling of a known article, by the article given it (read in the crawl `addressed`).
SESSION_NAMED_OTHERWISE = article_path("107903")
PROTOCOL_RELATIVE = article_path("102908")
DEFAULT_PORT = article_path("109650")
WWW = article_path("101877")
OG_URL_ONLY = article_path("102296")
SESSION_LINKS = [f"{B};jsessionid=8F3A2C1D9E", f"{B}?PHPSESSID=q1w2e3r4t5y6", f"{B}?sessionid=77"]
SESSION_NAMED_OTHERWISE_LINKS = [
    f"{SESSION_NAMED_OTHERWISE}?sess_id=4f9a2c7e1b8d3f6a0c5e",
    f"{SESSION_NAMED_OTHERWISE}?zsessionid=a81f3c9e27d4b60f5c1e8a73",
    f"{SESSION_NAMED_OTHERWISE}?BBSESSION=Q2hQz7Lk9XwT4mRb8NcY1vJd",
]
PORT_AND_WWW_LINKS = [
    f"https://baothaibinh.com.vn:443{DEFAULT_PORT}",
    f"https://www.baothaibinh.com.vn{WWW}",
]
SELF_LINKS = ["", "#", "?", "#top", " "]  # on the Thời sự listing: that listing itself
OG_URL_LINK = f"{OG_URL_ONLY}?ref=trang-chu"
HOME = (MIRROR / "page.html").read_bytes()


def triple(feed: bytes) -> bytes:
    """The feed with every item listed three times."""
    items = re.findall(rb"<item>.*?</item>", feed, flags=re.S)
    return feed.replace(b"</channel>", b"".join(items * 2) + b"</channel>")


def served_at(path: str, links: list[str]) -> dict[str, Fault]:
    """The article at `path` with no canonical, served there and at each of `links`."""
    page = without_canonical(page_at(path)).encode()
    return {target: Fault(body=page) for target in (path, *links)}


def addresses() -> dict[str, Fault]:
    """Every spelling of a known article, the tripled feed and the HTML `robots.txt`."""
    linked = SESSION_LINKS + SESSION_NAMED_OTHERWISE_LINKS + PORT_AND_WWW_LINKS + SELF_LINKS
    return {
        **served_at(B, SESSION_LINKS),
        **served_at(SESSION_NAMED_OTHERWISE, SESSION_NAMED_OTHERWISE_LINKS),
        A: Fault(body=set_link(PAGE, A, A)),
        PROTOCOL_RELATIVE: Fault(
            body=set_link(
                page_at(PROTOCOL_RELATIVE), "//baothaibinh.com.vn" + PROTOCOL_RELATIVE, None
            )
        ),
        OG_URL_LINK: Fault(body=set_link(page_at(OG_URL_ONLY), None, OG_URL_ONLY)),
        LISTINGS[0]: Fault(edit=add_links(linked)),
        LISTINGS[1]: Fault(edit=add_links([OG_URL_LINK])),
        FEED: Fault(edit=triple),
        "/robots.txt": Fault(body=HOME, content_type="text/html; charset=utf-8"),
    }


def crawled_with(folder: Path, faults: dict[str, Fault], faulted: set[str]) -> FaultedCrawl:
    """One crawl with `faults` served (the links a probe expects never fetched need not be)."""
    site, run, db = crawl_faults(folder, faults)
    return FaultedCrawl(run, db, stored(db), site.base_url, site.hits, faulted, set())


@pytest.fixture(scope="module")
def addressed(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl with every fault of `addresses()` served."""
    faulted = {B, SESSION_NAMED_OTHERWISE, A, PROTOCOL_RELATIVE}
    return crawled_with(tmp_path_factory.mktemp("addressed"), addresses(), faulted)


# The new articles (not in the mirror), each linked from the Kinh tế listing.
SLUGGED = "/tin-tuc/15/200010/"
QUERIED = "/tin-tuc/15/200020/bai-viet-theo-tham-so"
QUALIFIED = "/tin-tuc/15/200030/bai-viet-tren-ten-day-du"
DOTTED = "https://baothaibinh.com.vn."


def slug_links() -> list[str]:
    """The new article's link percent-encoded from NFC text, from NFD text (the tones as
    combining marks, as macOS writes file names), and from NFC in lowercase hex."""
    nfc = quote(f"{SLUGGED}{unicodedata.normalize('NFC', SLUG)}")
    nfd = quote(f"{SLUGGED}{unicodedata.normalize('NFD', SLUG)}")
    lower = re.sub(r"%[0-9A-F]{2}", lambda hexa: hexa.group().lower(), nfc)
    return [nfc, nfd, lower]


QUERY_LINKS = [f"{QUERIED}?id=200020&cat=15", f"{QUERIED}?cat=15&id=200020"]
QUALIFIED_LINKS = [DOTTED + QUALIFIED, f"https://baothaibinh.com.vn.:443{QUALIFIED}"]


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl with the three new articles linked, each in its spellings."""
    links = slug_links() + QUERY_LINKS + QUALIFIED_LINKS
    faults = {LISTINGS[1]: Fault(edit=add_links(links))}
    faults |= {link: Fault(body=new_article()) for link in slug_links() + QUERY_LINKS}
    faults[QUALIFIED] = Fault(body=set_link(new_article().decode(), DOTTED + QUALIFIED, None))
    return crawled_with(tmp_path_factory.mktemp("added"), faults, set())


def test_a_slug_encoded_from_composed_and_decomposed_text_is_one_article(
    added: FaultedCrawl,
) -> None:
    """A listing links one new article three ways: percent-encoded from NFC text, from NFD text
    (the tones as combining marks, as macOS writes file names), and NFC in lowercase hex."""
    assert len(set(slug_links())) == 3
    fetched = [path for path in added.paths if "/200010/" in path]
    assert len(fetched) == 1, fetched
    new = [path for path in added.rows if "/200010/" in path]
    assert len(new) == 1, new
    assert unicodedata.is_normalized("NFC", new[0].encode().decode())
    assert added.rows[new[0]]["headline"] == NEW_HEADLINE


def test_session_ids_in_links_give_no_second_row(addressed: FaultedCrawl) -> None:
    """Old Java and PHP sites put the visitor's session in every link: `;jsessionid=…` in the
    path, `PHPSESSID=…` in the query. The article (here with no canonical) is one row."""
    expect_rows(addressed.db, ARTICLES)
    assert sum(1 for path in addressed.paths if path.startswith(B)) == 1


def test_a_session_named_otherwise_gives_no_second_row(addressed: FaultedCrawl) -> None:
    """Sites name the visitor's session as they like (`sess_id`, `zsessionid`, `BBSESSION`):
    a parameter whose name holds `sess` and whose value is a long random token is a session,
    whatever its name. The article (with no canonical) is one row, fetched once."""
    expect_rows(addressed.db, ARTICLES)
    fetched = [path for path in addressed.paths if path.startswith(SESSION_NAMED_OTHERWISE)]
    assert len(fetched) == 1, fetched


def test_one_query_in_two_orders_is_one_article(added: FaultedCrawl) -> None:
    """`?id=200020&cat=15` and `?cat=15&id=200020`: one article."""
    assert len([p for p in added.paths if "/200020/" in p]) == 1
    assert len([p for p in added.rows if "/200020/" in p]) == 1


def test_a_relative_canonical_is_read_against_the_page(addressed: FaultedCrawl) -> None:
    expect_rows(addressed.db, ARTICLES)
    assert "tinbao/canonical/refused" not in crawl_stats(addressed.db)
    assert "not trusted" not in addressed.run.stderr


def test_a_protocol_relative_canonical_is_the_same_article(addressed: FaultedCrawl) -> None:
    expect_rows(addressed.db, ARTICLES)
    assert "tinbao/canonical/refused" not in crawl_stats(addressed.db)


def test_links_with_the_default_port_or_www_are_the_same_article(
    addressed: FaultedCrawl,
) -> None:
    expect_rows(addressed.db, ARTICLES)
    assert (addressed.paths.count(DEFAULT_PORT), addressed.paths.count(WWW)) == (1, 1)


def test_links_to_the_host_written_fully_qualified_are_the_same_site(added: FaultedCrawl) -> None:
    """`https://baothaibinh.com.vn./…` (the host with its root dot, a valid fully qualified
    name) links a new article twice, once with its default port, and its canonical is written
    so too: the site's article, fetched once, stored under the host without the dot."""
    assert added.paths.count(QUALIFIED) == 1
    assert [p for p in added.rows if "/200030/" in p] == [QUALIFIED]
    assert added.rows[QUALIFIED]["headline"] == NEW_HEADLINE
    assert "tinbao/canonical/refused" not in crawl_stats(added.db)


def test_links_that_name_only_the_page_itself_fetch_nothing_more(addressed: FaultedCrawl) -> None:
    """`href=""`, `href="#"`, `href="?"`, `href="#top"`: the listing itself, fetched once."""
    expect_rows(addressed.db, ARTICLES)
    assert addressed.paths.count(LISTINGS[0]) == 1
    assert [path for path in addressed.paths if path.startswith(LISTINGS[0] + "?")] == [
        LISTINGS[0] + "?page=2"  # its own next page, linked by the page itself
    ]


def test_a_feed_listing_each_item_three_times_fetches_each_once(addressed: FaultedCrawl) -> None:
    expect_rows(addressed.db, ARTICLES)
    for path in ARTICLES:
        assert addressed.paths.count(path) == 1, path


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


def test_a_robots_txt_that_is_an_html_page_does_not_stop_the_crawl(
    addressed: FaultedCrawl,
) -> None:
    """The site's home page answered for `/robots.txt` (a catch-all route)."""
    assert addressed.paths.count("/robots.txt") == 1
    expect_rows(addressed.db, ARTICLES)


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


GENERIC_NFC_NFD = "/kinh-te/"  # the section of the new article linked in NFC and NFD
GENERIC_SESSIONS = "/xa-hoi/"  # the section of the new article linked with session ids


def generic_links() -> dict[str, list[str]]:
    """The links of each new article of the generic crawl, by its section."""
    slug = "giá-lúa-gạo-tăng-mạnh-đầu-năm-4712345.html"
    article = f"{GENERIC_SESSIONS}gia-lua-gao-tang-manh-4712399.html"
    return {
        GENERIC_NFC_NFD: [
            quote(GENERIC_NFC_NFD + unicodedata.normalize("NFC", slug)),
            quote(GENERIC_NFC_NFD + unicodedata.normalize("NFD", slug)),
        ],
        GENERIC_SESSIONS: [
            f"{article};jsessionid=A1B2C3",
            f"{article}?PHPSESSID=9z8y7x",
            f"{article}?JSESSIONID=0F0F",
            article,
        ],
    }


@pytest.fixture(scope="module")
def generic_crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[FaultServer, Path]:
    """One crawl by the generic spider of a listing linking both of `generic_links()`'s new
    articles in every spelling: the site (its requests) and the database."""
    folder = tmp_path_factory.mktemp("generic")
    links = [link for spelled in generic_links().values() for link in spelled]
    root = generic_site(folder, links)
    page = without_canonical(GENERIC_PAGE).encode()
    db = folder / "news.db"
    with serving(root, {link: Fault(body=page) for link in links}) as site:
        done = site_crawl(site.url("/"), db)
    assert done.returncode == 0, done.stderr
    return site, db


def generic_fetched_and_stored(generic_crawled: tuple[FaultServer, Path], section: str) -> None:
    """The generic crawl fetched the new article of `section` once and stored it once."""
    site, db = generic_crawled
    assert len([p for p in site.paths() if p.startswith(section)]) == 1, site.paths()
    assert len([url for url in stored(db) if section in url]) == 1
    assert len(stored(db)) == len(generic_links())


def test_the_generic_spider_fetches_an_nfc_and_an_nfd_link_once(
    generic_crawled: tuple[FaultServer, Path],
) -> None:
    generic_fetched_and_stored(generic_crawled, GENERIC_NFC_NFD)


def test_the_generic_spider_fetches_links_differing_by_session_id_once(
    generic_crawled: tuple[FaultServer, Path],
) -> None:
    generic_fetched_and_stored(generic_crawled, GENERIC_SESSIONS)


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


def test_a_relative_og_url_alone_keys_the_same_article(addressed: FaultedCrawl) -> None:
    """No canonical, `og:url` written relative, the article reached by a link with `?ref=`."""
    expect_rows(addressed.db, ARTICLES)
    assert f"{LIVE}{OG_URL_LINK}" not in {row["url"] for row in addressed.rows.values()}
