"""Sitemaps in the other forms the sitemaps.org protocol and its older users allow: a text file
of one URL a line (the protocol's plain-text sitemap, with CRLF line ends), a urlset in
Google's first namespace (`…/schemas/sitemap/0.84`) or in none, `<loc>`s wrapped in CDATA and
line breaks, a sitemap named in the index by an address with a query whose `&` is written
`&amp;` (as XML requires), and robots.txt naming the index with the field in small letters
after a byte order mark.

README and docs/architecture.md: a registry paper is crawled from its home page, robots.txt and
sitemaps. Báo Điện Biên Phủ's newest sitemap is the only link to article 213519: a sitemap that
is not read loses it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawling import crawl as registry_crawl
from tests.faults.test_discovery_files import INDEX, LIVE_DBP, NEWEST, ONLY_IN_NEWEST, dbp_copy
from tests.faults.test_discovery_pages import stored_urls

URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'


def rewritten(root: Path, path: str, old: str, new: str) -> None:
    """Replace `old` by `new` in the mirror's file at `path` (which must hold it)."""
    file = root / path.strip("/")
    text = file.read_text(encoding="utf-8")
    assert old in text, (path, old)
    file.write_text(text.replace(old, new), encoding="utf-8")


def newest_urls(root: Path) -> list[str]:
    """The URLs the newest sitemap names, in its order."""
    text = (root / NEWEST.strip("/")).read_text(encoding="utf-8")
    return [part.split("</loc>")[0].strip() for part in text.split("<loc>")[1:]]


def text_sitemap(root: Path) -> None:
    urls = newest_urls(root)
    (root / "sitemaps" / "tin-tuc-2024-05.txt").write_bytes("\r\n".join(urls).encode() + b"\r\n")
    (root / NEWEST.strip("/")).unlink()
    rewritten(root, INDEX, NEWEST, NEWEST.replace(".xml", ".txt"))


def google_084(root: Path) -> None:
    rewritten(root, NEWEST, URLSET, '<urlset xmlns="http://www.google.com/schemas/sitemap/0.84">')


def no_namespace(root: Path) -> None:
    rewritten(root, NEWEST, URLSET, "<urlset>")


def cdata_locs(root: Path) -> None:
    for url in newest_urls(root):
        rewritten(root, NEWEST, f"<loc>{url}</loc>", f"<loc>\n  <![CDATA[{url}]]>\n</loc>")


QUERY = "/sitemaps/tin-tuc.xml?thang=2024-05&loai=tin-tuc"


def query_address(root: Path) -> None:
    """The newest sitemap at an address with a query of two parameters, which the index
    writes with `&amp;` (the mirror serves a path's file whatever its query)."""
    (root / NEWEST.strip("/")).rename(root / "sitemaps" / "tin-tuc.xml")
    rewritten(root, INDEX, f"{LIVE_DBP}{NEWEST}", f"{LIVE_DBP}{QUERY.replace('&', '&amp;')}")


def robots_lowercase(root: Path) -> None:
    file = root / "robots.txt"
    text = file.read_text(encoding="utf-8").replace("Sitemap:", "sitemap:")
    file.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())


FORMS = {
    "text-file": text_sitemap,
    "google-0.84-namespace": google_084,
    "no-namespace": no_namespace,
    "loc-in-cdata": cdata_locs,
    "query-with-amp": query_address,
    "robots-field-in-small-letters": robots_lowercase,
}


@pytest.mark.parametrize("form", FORMS)
def test_the_article_only_a_sitemap_of_this_form_links_is_stored(tmp_path: Path, form: str) -> None:
    root = dbp_copy(tmp_path)
    FORMS[form](root)
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert "Traceback" not in run.log, run.log[-3000:]
    assert ONLY_IN_NEWEST in stored_urls(db), (run.hits, run.log[-2000:])
    if form == "query-with-amp":
        assert QUERY in run.hits and not [hit for hit in run.hits if "amp;" in hit], run.hits


@pytest.mark.parametrize(
    "body", [b'<?xml version="1.0" encoding="UTF-8"?>\n', b"\n  \n"], ids=["declaration", "blank"]
)
def test_a_sitemap_with_no_element_is_one_warning_and_the_crawl_goes_on(
    tmp_path: Path, body: bytes
) -> None:
    """The newest sitemap answered with its XML declaration alone (a CMS that died after
    printing it) or with blank lines: said in one warning naming it, and the run ends well."""
    root = dbp_copy(tmp_path)
    (root / NEWEST.strip("/")).write_bytes(body)
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert "Traceback" not in run.log, run.log[-3000:]
    warnings = [line for line in run.log.splitlines() if f"{LIVE_DBP}{NEWEST}" in line]
    assert [line for line in warnings if "is not well-formed XML" in line], warnings
    assert ONLY_IN_NEWEST not in stored_urls(db)
