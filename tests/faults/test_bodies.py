"""Bodies garbled in transit or not pages at all: compression cut short, corrupt or claimed
falsely, a byte order mark against the header, a PDF, an image or a JSON error for an article,
and an article far longer than any real one."""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli
import pytest

from crawler.compression import gzip_problem
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    article_path,
    crawl_faults,
    crawl_stats,
    dropped,
    expect_rows,
    expected_records,
)
from tests.faults.server import Fault

A = article_path("105870")
B = article_path("104560")
C = article_path("108990")
PAGE = (MIRROR / A.strip("/") / "page.html").read_bytes()
GZIPPED = gzip.compress(PAGE)


def undecodable(url: str, why: str) -> str:
    return (
        f"ERROR: {url}: body not read, its gzip encoding cannot be decoded ({why}); "
        "fetched again next run\n"
    )


def test_a_gzip_body_cut_short_is_never_parsed(tmp_path: Path) -> None:
    """The gzip stream stops at 60 % (its Content-Length says so too, so no transfer error):
    Scrapy kept what it could inflate, and the first half of the article was stored as the
    whole one. Now it is not read, and left to the next run (not a dropped page)."""
    cut = Fault(body=GZIPPED[: len(GZIPPED) * 6 // 10], headers={"Content-Encoding": "gzip"})
    site, run, db = crawl_faults(tmp_path, {A: cut})
    expect_rows(db, set(ARTICLES) - {A})
    assert A not in dropped(db)
    assert undecodable(site.url(A), "gzip stream cut short") in run.stderr
    assert crawl_stats(db)["tinbao/articles/failed/undecodable"] == 1


def test_a_corrupt_gzip_body_is_one_error_line(tmp_path: Path) -> None:
    corrupt = GZIPPED[:200] + bytes(50) + GZIPPED[250:]
    faults = {A: Fault(body=corrupt, headers={"Content-Encoding": "gzip"})}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, set(ARTICLES) - {A})
    assert A not in dropped(db)
    assert "corrupt gzip data: Error -3 while decompressing data" in run.stderr
    assert "Traceback" not in run.stderr
    assert crawl_stats(db)["tinbao/bad_response/undecodable"] == 1


def test_a_plain_page_labelled_gzip_is_one_error_line(tmp_path: Path) -> None:
    """`Content-Encoding: gzip` on an uncompressed page (a proxy's mistake): browsers refuse
    it too."""
    faults = {A: Fault(body=PAGE, headers={"Content-Encoding": "gzip"})}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, set(ARTICLES) - {A})
    assert undecodable(site.url(A), "not gzip data") in run.stderr
    assert "Traceback" not in run.stderr


def test_a_brotli_body_is_read(tmp_path: Path) -> None:
    faults = {A: Fault(body=brotli.compress(PAGE), headers={"Content-Encoding": "br"})}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_a_utf8_byte_order_mark_outweighs_a_latin1_label(tmp_path: Path) -> None:
    faults = {A: Fault(body=b"\xef\xbb\xbf" + PAGE, content_type="text/html; charset=iso-8859-1")}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_a_pdf_an_image_or_a_json_error_is_not_an_article(tmp_path: Path) -> None:
    """Scrapy reads a PDF's bytes as text, so it went to the extractor and was dropped for a
    `missing headline`; each is now what it is: not an HTML page, named by its type."""
    faults = {
        A: Fault(body=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", content_type="application/pdf"),
        B: Fault(body=b"\x89PNG\r\n\x1a\n" + bytes(100), content_type="image/png"),
        C: Fault(body=b'{"error": "not found", "code": 404}', content_type="application/json"),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, set(ARTICLES) - {A, B, C})
    for path, kind in ((A, "application/pdf"), (B, "image/png"), (C, "application/json")):
        assert f"WARNING: {LIVE}{path}: not an HTML page ({kind})\n" in run.stderr
        assert dropped(db)[path] == "not an HTML page"
    assert crawl_stats(db)["tinbao/bad_page/not_html"] == 3


@pytest.mark.slow
def test_an_article_of_five_thousand_paragraphs_is_stored_whole(tmp_path: Path) -> None:
    paragraphs = [f"Đoạn thứ {n} của bài viết dài." for n in range(1, 5001)]
    opening = b'<div class="fr-view info">'
    extra = "".join(f"<p>{text}</p>\n" for text in paragraphs).encode("utf-8")
    page = PAGE.replace(opening, opening + extra, 1)
    site, run, db = crawl_faults(tmp_path, {A: Fault(body=page)})
    body = "\n\n".join(paragraphs) + "\n\n" + expected_records()[A]["body"]
    expect_rows(db, ARTICLES, {A: {"body": body}})


def test_a_gzip_body_is_checked_member_by_member_and_only_up_to_the_size_cap() -> None:
    two = gzip.compress("Thái Bình".encode()) + gzip.compress(" quê lúa".encode())
    assert gzip_problem(two) is None  # two members, as `cat a.gz b.gz` makes
    assert gzip_problem(two + bytes(4)) is None  # zero padding after the last one
    assert gzip_problem(two[:-3]) == "gzip stream cut short"
    assert gzip_problem(two[:-8] + bytes(8)) == (
        "corrupt gzip data: Error -3 while decompressing data: incorrect data check"
    )
    bomb = gzip.compress(bytes(20_000_000))
    assert gzip_problem(bomb, max_size=1_000_000) is None  # past the cap: Scrapy refuses it
