"""Bodies garbled in transit or not pages at all: compression cut short, corrupt or claimed
falsely, a byte order mark against the header, a PDF, an image or a JSON error for an article,
and an article far longer than any real one.

Each article named below is served garbled its own way, all in one crawl: the crawl stores every
other article exactly, never stores a body it could not read, and counts each refusal once.
"""

from __future__ import annotations

import gzip

import brotli
import pytest

from crawler.compression import gzip_problem
from tests.faults.harness import (
    LIVE,
    FaultedCrawl,
    article_path,
    crawl_stats,
    dropped,
    expected_records,
    faulted_crawl,
    page_bytes,
)
from tests.faults.server import Fault

# Each article served garbled; those whose gzip cannot be decoded are left to the next run.
LONG = article_path("105870")
CUT = article_path("104560")
CORRUPT = article_path("108990")
PLAIN_AS_GZIP = article_path("102908")
BROTLI = article_path("107903")
BOM = article_path("109650")
PDF = article_path("101877")
IMAGE = article_path("102296")
JSON_ERROR = article_path("103355")
UNDECODABLE = {CUT, CORRUPT, PLAIN_AS_GZIP}
NOT_HTML = {PDF, IMAGE, JSON_ERROR}
PARAGRAPHS = [f"Đoạn thứ {n} của bài viết dài." for n in range(1, 5001)]


def gzipped(path: str) -> bytes:
    return gzip.compress(page_bytes(path))


def long_page() -> bytes:
    """LONG's page with five thousand paragraphs before its own text."""
    opening = b'<div class="fr-view info">'
    extra = "".join(f"<p>{text}</p>\n" for text in PARAGRAPHS).encode("utf-8")
    return page_bytes(LONG).replace(opening, opening + extra, 1)


def garbled() -> dict[str, Fault]:
    """What the site sends for each article served garbled."""
    cut, corrupt = gzipped(CUT), gzipped(CORRUPT)
    return {
        # The gzip stream stops at 60 % (its Content-Length says so too: no transfer error).
        CUT: Fault(body=cut[: len(cut) * 6 // 10], headers={"Content-Encoding": "gzip"}),
        CORRUPT: Fault(
            body=corrupt[:200] + bytes(50) + corrupt[250:], headers={"Content-Encoding": "gzip"}
        ),
        PLAIN_AS_GZIP: Fault(body=page_bytes(PLAIN_AS_GZIP), headers={"Content-Encoding": "gzip"}),
        BROTLI: Fault(body=brotli.compress(page_bytes(BROTLI)), headers={"Content-Encoding": "br"}),
        BOM: Fault(
            body=b"\xef\xbb\xbf" + page_bytes(BOM), content_type="text/html; charset=iso-8859-1"
        ),
        PDF: Fault(body=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", content_type="application/pdf"),
        IMAGE: Fault(body=b"\x89PNG\r\n\x1a\n" + bytes(100), content_type="image/png"),
        JSON_ERROR: Fault(
            body=b'{"error": "not found", "code": 404}', content_type="application/json"
        ),
        LONG: Fault(body=long_page()),
    }


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every article of `garbled()` served so."""
    faults = garbled()
    unstored = UNDECODABLE | NOT_HTML
    return faulted_crawl(tmp_path_factory.mktemp("bodies"), faults, set(faults), unstored)


def undecodable(url: str, why: str) -> str:
    return (
        f"ERROR: {url}: body not read, its gzip encoding cannot be decoded ({why}); "
        "fetched again next run\n"
    )


def test_a_gzip_body_cut_short_is_never_parsed(bodies: FaultedCrawl) -> None:
    """The gzip stream stops at 60 % (its Content-Length says so too, so no transfer error):
    Scrapy kept what it could inflate, and the first half of the article was stored as the
    whole one. Now it is not read, and left to the next run (not a dropped page)."""
    bodies.lost_to_this_run(CUT)
    assert undecodable(bodies.url(CUT), "gzip stream cut short") in bodies.run.stderr
    # One count for each of the three gzip bodies that cannot be decoded.
    assert crawl_stats(bodies.db)["tinbao/articles/failed/undecodable"] == len(UNDECODABLE)


def test_a_corrupt_gzip_body_is_one_error_line(bodies: FaultedCrawl) -> None:
    bodies.lost_to_this_run(CORRUPT)
    [line] = [line for line in bodies.logged(bodies.url(CORRUPT)) if "ERROR" in line]
    assert "corrupt gzip data: Error -3 while decompressing data" in line, line
    assert crawl_stats(bodies.db)["tinbao/bad_response/undecodable"] == len(UNDECODABLE)


def test_a_plain_page_labelled_gzip_is_one_error_line(bodies: FaultedCrawl) -> None:
    """`Content-Encoding: gzip` on an uncompressed page (a proxy's mistake): browsers refuse
    it too."""
    bodies.lost_to_this_run(PLAIN_AS_GZIP)
    assert undecodable(bodies.url(PLAIN_AS_GZIP), "not gzip data") in bodies.run.stderr


def test_a_brotli_body_is_read(bodies: FaultedCrawl) -> None:
    bodies.exactly(BROTLI)


def test_a_utf8_byte_order_mark_outweighs_a_latin1_label(bodies: FaultedCrawl) -> None:
    bodies.exactly(BOM)


def test_a_pdf_an_image_or_a_json_error_is_not_an_article(bodies: FaultedCrawl) -> None:
    """Scrapy reads a PDF's bytes as text, so it went to the extractor and was dropped for a
    `missing headline`; each is now what it is: not an HTML page, named by its type."""
    bodies.exactly()
    for path, kind in (
        (PDF, "application/pdf"),
        (IMAGE, "image/png"),
        (JSON_ERROR, "application/json"),
    ):
        assert path not in bodies.rows
        assert f"WARNING: {LIVE}{path}: not an HTML page ({kind})\n" in bodies.run.stderr
        assert dropped(bodies.db)[path] == "not an HTML page"
    assert crawl_stats(bodies.db)["tinbao/bad_page/not_html"] == 3


def test_an_article_of_five_thousand_paragraphs_is_stored_whole(bodies: FaultedCrawl) -> None:
    body = "\n\n".join(PARAGRAPHS) + "\n\n" + expected_records()[LONG]["body"]
    bodies.exactly(LONG, changed={"body": body})


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
