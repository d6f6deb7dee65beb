"""HTTP answers that are legal but rare, or malformed in ways servers and proxies really send:
interim `1xx` answers, `204`, both `Transfer-Encoding` and `Content-Length`, repeated or
folded headers, `Location`s with spaces, Vietnamese letters or an internationalized host, a
feed that answers nothing at all.

Each odd answer is given to an article of its own, made from that article's own page, and all
are read in one crawl; the articles it leaves to the next run are fetched by a second run over a
copy of its file. The empty feed, which alone links one article, keeps a crawl of its own. The
crawl stores every other article exactly, reads the odd answer as the standard says, or logs the
article's URL and leaves it to the next run; nothing off the site is requested and no traceback
is logged.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    FaultedCrawl,
    article_path,
    crawl,
    crawl_stats,
    faulted_crawl,
    integrity,
    page_at,
    stored_exactly,
)
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_detours import moved_to
from tests.faults.test_links import add_links

# Each odd answer's article.
CONTINUE = article_path("101877")
EARLY_HINTS = article_path("102296")
NO_CONTENT = article_path("108765")
CHUNKED = article_path("103907")
TWO_TYPES = article_path("107420")
FOLDED = article_path("103355")
TWO_LOCATIONS = article_path("105870")  # moved to MOVED_HERE, and to another host first
MOVED_HERE = article_path("104560")
PADDED = article_path("109512")  # named, with spaces around it, by an old address's Location
RAW_UTF8 = article_path("109874")  # named in raw UTF-8 letters by an old address's Location
IDN = article_path("108990")
NO_URL = article_path("109650")
PDF = article_path("107903")
# Old addresses the Kinh tế listing links, each moved to an article by an odd Location.
OLD_PADDED = "/tin-tuc/15/200001/bai-cu-da-chuyen"
OLD_RAW_UTF8 = "/tin-tuc/15/200002/bai-cu-chuyen-sang-duong-dan-co-dau"
RAW_UTF8_SLUG = "/tin-tuc/12/109874/chủ-động-ứng-phó-mưa-lớn-bảo-đảm-an-toàn-đê-điều"
# Not stored in the crawl; those left to the next run are stored by it.
NEXT_RUN = {NO_CONTENT, NO_URL}
NOT_STORED = {TWO_LOCATIONS, IDN, PDF, *NEXT_RUN}
ODD = {CONTINUE, EARLY_HINTS, CHUNKED, TWO_TYPES, FOLDED, *NOT_STORED}  # answered oddly at home


def answer(*head: str, body: bytes) -> Fault:
    """A hand-framed answer: status line and headers as given, then the body, then close."""
    return Fault(raw="\r\n".join(head).encode("latin-1") + b"\r\n\r\n" + body)


def after_continue() -> Fault:
    """An interim `100 Continue` the client never asked for, then the real answer."""
    page = page_at(CONTINUE).encode("utf-8")
    return answer(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(page)}",
        "Connection: close",
        body=page,
    )


def after_early_hints() -> Fault:
    """CDNs send `103 Early Hints` (preload links) before the page."""
    page = page_at(EARLY_HINTS).encode("utf-8")
    return answer(
        "HTTP/1.1 103 Early Hints",
        "Link: </themes/css/style.css>; rel=preload; as=style\r\n\r\nHTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(page)}",
        "Connection: close",
        body=page,
    )


def chunked_with_a_length() -> Fault:
    """Both `Transfer-Encoding: chunked` and a (wrong) `Content-Length`."""
    page = page_at(CHUNKED).encode("utf-8")
    chunks = b"".join(
        b"%x\r\n%s\r\n" % (len(page[i : i + 1000]), page[i : i + 1000])
        for i in range(0, len(page), 1000)
    )
    return answer(
        "HTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(page) // 2}",
        "Transfer-Encoding: chunked",
        "Connection: close",
        body=chunks + b"0\r\n\r\n",
    )


def two_content_types() -> Fault:
    """A proxy adds its own `Content-Type` (a Latin-1 label) beside the server's."""
    page = page_at(TWO_TYPES).encode("utf-8")
    return answer(
        "HTTP/1.1 200 OK",
        "Content-Type: text/html; charset=iso-8859-1",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(page)}",
        "Connection: close",
        body=page,
    )


def folded_headers() -> Fault:
    """An old server folds a long header onto a second line (obsolete line folding)."""
    page = page_at(FOLDED).encode("utf-8")
    return answer(
        "HTTP/1.1 200 OK",
        "Content-Type: text/html;\r\n charset=utf-8",
        "X-Powered-By: ASP.NET,\r\n\tPHP/5.6",
        f"Content-Length: {len(page)}",
        "Connection: close",
        body=page,
    )


def two_locations(foreign: FaultServer) -> Fault:
    """A `301` with two `Location` headers, the first on the host `foreign`."""
    return answer(
        "HTTP/1.1 301 Moved Permanently",
        f"Location: {foreign.url(MOVED_HERE)}",
        f"Location: {MOVED_HERE}",
        "Content-Length: 0",
        "Connection: close",
        body=b"",
    )


def raw_utf8_location() -> Fault:
    """A `301` whose `Location` carries the slug in UTF-8 bytes, not percent-encoded."""
    return Fault(
        raw=b"HTTP/1.1 301 Moved Permanently\r\nLocation: "
        + RAW_UTF8_SLUG.encode("utf-8")
        + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )


PDF_BODY = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 712 Td (Bao Thai Binh so 1234) Tj ET\n"
    b"endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n" * 20
)


def odd_answers(foreign: FaultServer) -> dict[str, Fault]:
    """Every odd answer, by the target it is given for; `foreign` is the other host."""
    return {
        CONTINUE: after_continue(),
        EARLY_HINTS: after_early_hints(),
        NO_CONTENT: Fault(status=204, body=b""),
        CHUNKED: chunked_with_a_length(),
        TWO_TYPES: two_content_types(),
        FOLDED: folded_headers(),
        TWO_LOCATIONS: two_locations(foreign),
        LISTINGS[1]: Fault(edit=add_links([OLD_PADDED, OLD_RAW_UTF8])),
        OLD_PADDED: moved_to(f"   {PADDED}   "),
        OLD_RAW_UTF8: raw_utf8_location(),
        quote(RAW_UTF8_SLUG): Fault(body=page_at(RAW_UTF8).encode("utf-8")),
        IDN: moved_to("http://báothaibình.vn" + IDN),
        NO_URL: moved_to("http://[::1"),
        PDF: Fault(body=PDF_BODY, content_type="text/html"),
    }


@pytest.fixture(scope="module")
def answered(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every answer of `odd_answers` given."""
    with serving(MIRROR) as foreign:
        folder = tmp_path_factory.mktemp("answers")
        crawled = faulted_crawl(folder, odd_answers(foreign), ODD, NOT_STORED)
    crawled.elsewhere = foreign.hits
    return crawled


@pytest.fixture(scope="module")
def next_run(answered: FaultedCrawl, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows after a second run over a copy of the crawl's file: every article but the one
    the crawl saw moved to another (remembered so, not asked again)."""
    rows = answered.next_run(tmp_path_factory.mktemp("answers_next_run"))
    read = set(ARTICLES) - {TWO_LOCATIONS}
    assert sorted(rows) == sorted(read), set(rows) ^ read
    return rows


def test_a_100_continue_before_the_answer_is_read(answered: FaultedCrawl) -> None:
    answered.exactly(CONTINUE)


def test_a_103_early_hints_before_the_answer_is_read(answered: FaultedCrawl) -> None:
    answered.exactly(EARLY_HINTS)


def test_a_204_no_content_for_an_article_is_a_failed_fetch_with_its_url(
    answered: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    answered.lost_to_this_run(NO_CONTENT)
    assert any(NO_CONTENT in line and "204" in line for line in answered.run.stderr.splitlines())
    stored_exactly(next_run, NO_CONTENT)


def test_chunked_framing_wins_over_a_content_length_sent_with_it(answered: FaultedCrawl) -> None:
    """The chunks frame the body (RFC 9112 §6.3), so the whole page is read."""
    answered.exactly(CHUNKED)


def test_two_content_types_that_disagree_still_give_the_article(answered: FaultedCrawl) -> None:
    answered.exactly(TWO_TYPES)


def test_a_folded_header_line_does_not_lose_the_page(answered: FaultedCrawl) -> None:
    answered.exactly(FOLDED)


def test_two_locations_one_of_them_off_the_site_send_no_request_there(
    answered: FaultedCrawl,
) -> None:
    """That host is never asked, whichever of the two the client takes."""
    assert answered.elsewhere == []
    answered.exactly(MOVED_HERE)
    assert TWO_LOCATIONS not in answered.rows


def test_a_location_with_spaces_around_it_is_followed(answered: FaultedCrawl) -> None:
    """`Location:   /tin-tuc/…   ` (a template that pads the value) on an old article address
    a listing links: the article it names, never a path with the spaces in it."""
    assert OLD_PADDED in answered.paths
    assert [path for path in answered.paths if "%20" in path or " " in path] == []
    answered.exactly(PADDED)


def test_a_location_in_raw_utf8_vietnamese_letters_reaches_the_page(answered: FaultedCrawl) -> None:
    """A `301` whose `Location` carries the slug in UTF-8 bytes, not percent-encoded (as many
    PHP sites send it): the client asks for the page those bytes name."""
    assert quote(RAW_UTF8_SLUG) in answered.paths
    answered.exactly(RAW_UTF8)


def test_a_redirect_to_an_internationalized_host_is_refused_in_one_line(
    answered: FaultedCrawl,
) -> None:
    """`Location: http://báothaibình.vn/…` (an IDN host, not the site's): refused, logged with
    the article's URL, no traceback."""
    answered.exactly()
    assert IDN not in answered.rows
    assert crawl_stats(answered.db)["tinbao/refused/off_site_redirect"] == 1
    assert IDN in answered.run.stderr


def test_a_location_that_is_no_url_is_a_failed_fetch_with_its_url(
    answered: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """`Location: http://[::1` (a broken IPv6 literal): no URL at all, so nothing to follow."""
    answered.lost_to_this_run(NO_URL)
    stored_exactly(next_run, NO_URL)


def test_an_empty_feed_answer_is_reported_with_its_url(tmp_path: Path) -> None:
    """The feed answers `200` with no bytes at all: said, not taken for a feed without items
    silently; the listings still give their articles."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {FEED: Fault(body=b"", content_type="application/rss+xml")}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    assert f"{LIVE}{FEED}: " in run.stderr
    assert "Traceback" not in run.output


def test_a_pdf_sent_as_html_for_an_article_is_not_stored(answered: FaultedCrawl) -> None:
    """A PDF of the printed issue answered as `text/html`: never an article."""
    answered.exactly()
    assert PDF not in answered.rows
    assert PDF in answered.run.stderr
