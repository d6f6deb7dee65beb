"""Addresses that name one article or two: a slug with its hyphens percent-encoded, an AMP copy
under a trailing `/amp`, empty query parameters; and, the other way, two articles whose
addresses differ only in `id=7` and `id=07`, in `đ` and `d`, in the case of their path or of a
parameter's name.

One article is one fetch and one row; two articles are never folded into one row, whatever
their addresses have in common. The profile cases crawl the Báo Thái Bình mirror; the others
a small site for the generic `site` spider, its pages with no canonical.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.faults.harness import ARTICLES, LISTINGS, LIVE, crawl_faults, expect_rows, integrity
from tests.faults.server import Fault, serving
from tests.faults.test_addresses import generic_site, site_crawl
from tests.faults.test_links import add_links
from tests.faults.test_merged_domains import HEADLINE, page, urls
from tests.faults.test_pages import PAGE, A

# The generic spider follows only links shaped like an article's (a slug and a long id).
SHAPED = "/kinh-te/gia-lua-gao-4712345.html"


def article(headline: str, price: str) -> Fault:
    """An article of the generic site: its own headline and its own figure in the text."""
    return Fault(body=page(None, headline).replace(b"8.200", price.encode()))


def two_articles(tmp_path: Path, first: str, second: str) -> None:
    """A listing links `first` and `second`, two different articles: two rows, each its own."""
    root = generic_site(tmp_path, [first, second])
    faults = {
        first: article("Giá lúa gạo tăng mạnh đầu năm", "8.200"),
        second: article("Giá cà phê giảm sâu cuối tuần", "9.700"),
    }
    db = tmp_path / "news.db"
    with serving(root, faults) as site:
        done = site_crawl(site.url("/"), db)
        assert done.returncode == 0, done.stderr
        assert urls(db) == sorted([site.url(first), site.url(second)])
        headlines = {path: site_headline(db, site.url(path)) for path in (first, second)}
    assert headlines == {
        first: "Giá lúa gạo tăng mạnh đầu năm",
        second: "Giá cà phê giảm sâu cuối tuần",
    }
    assert integrity(db) == "ok"


def site_headline(db: Path, url: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT headline FROM articles WHERE url = ?", (url,)).fetchone()[0]
    finally:
        conn.close()


# `%2D` is `-` (RFC 3986 lets any unreserved letter be written encoded); `…/slug/amp` (no slash
# after) is the AMP copy some CMSs serve, canonical to the article.
TWINS = {
    "percent-encoded-hyphens": A.rsplit("/", 1)[0] + "/" + A.rsplit("/", 1)[1].replace("-", "%2D"),
    "trailing-amp": A + "/amp",
}


@pytest.mark.parametrize("twin", TWINS.values(), ids=TWINS.keys())
def test_another_spelling_of_an_articles_address_is_the_same_article(
    tmp_path: Path, twin: str
) -> None:
    faults = {
        LISTINGS[0]: Fault(edit=add_links([LIVE + twin])),
        twin: Fault(body=PAGE.encode("utf-8")),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert site.paths().count(A) + site.paths().count(twin) == 1


def test_empty_query_parameters_name_the_same_article(tmp_path: Path) -> None:
    """`…?id=7`, `…?id=7&` and `…?&id=7`: one article."""
    links = [f"{SHAPED}?id=7", f"{SHAPED}?id=7&", f"{SHAPED}?&id=7"]
    root = generic_site(tmp_path, links)
    faults = {link: Fault(body=page(None)) for link in links}
    db = tmp_path / "news.db"
    with serving(root, faults) as site:
        done = site_crawl(site.url("/"), db)
        assert done.returncode == 0, done.stderr
        assert urls(db) == [site.url(links[0])]
        assert sum(site.paths().count(link) for link in links) == 1
    assert site_headline(db, site.url(links[0])) == HEADLINE


def test_id_7_and_id_07_are_two_articles_when_the_site_says_so(tmp_path: Path) -> None:
    two_articles(tmp_path, f"{SHAPED}?id=7", f"{SHAPED}?id=07")


def test_slugs_differing_only_in_d_with_a_stroke_are_two_articles(tmp_path: Path) -> None:
    """`đ` is not `d`: `/đi-bo-…` and `/di-bo-…` are two addresses."""
    two_articles(tmp_path, "/kinh-te/" + quote("đi-bo-123.html"), "/kinh-te/di-bo-123.html")


def test_paths_differing_only_in_case_are_two_articles(tmp_path: Path) -> None:
    two_articles(tmp_path, "/kinh-te/Gia-Lua-123.html", "/kinh-te/gia-lua-123.html")


def test_parameter_names_differing_only_in_case_are_two_articles(tmp_path: Path) -> None:
    two_articles(tmp_path, f"{SHAPED}?ID=7", f"{SHAPED}?id=7")
