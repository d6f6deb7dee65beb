"""HTTP answers that are legal but rare, or malformed in ways servers and proxies really send:
interim `1xx` answers, `204`, both `Transfer-Encoding` and `Content-Length`, repeated or
folded headers, `Location`s with spaces, Vietnamese letters or an internationalized host, a
feed that answers nothing at all.

One article (`105870`) or discovery page is served wrong in each test. The crawl stores every
other article exactly, reads the odd answer as the standard says, or logs the article's URL
and leaves it to the next run; nothing off the site is requested and no traceback is logged.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    crawl,
    crawl_faults,
    crawl_stats,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, serving
from tests.faults.test_detours import moved_to
from tests.faults.test_links import add_links
from tests.faults.test_pages import PAGE, A, B
from tests.faults.test_transport import expect_lost_then_recovered

BODY = PAGE.encode("utf-8")


def answer(*head: str, body: bytes = BODY) -> Fault:
    """A hand-framed answer: status line and headers as given, then the body, then close."""
    return Fault(raw="\r\n".join(head).encode("latin-1") + b"\r\n\r\n" + body)


def test_a_100_continue_before_the_answer_is_read(tmp_path: Path) -> None:
    """An interim `100 Continue` the client never asked for, then the real answer."""
    raw = answer(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(BODY)}",
        "Connection: close",
    )
    site, run, db = crawl_faults(tmp_path, {A: raw})
    expect_rows(db, ARTICLES)


def test_a_103_early_hints_before_the_answer_is_read(tmp_path: Path) -> None:
    """CDNs send `103 Early Hints` (preload links) before the page."""
    raw = answer(
        "HTTP/1.1 103 Early Hints",
        "Link: </themes/css/style.css>; rel=preload; as=style\r\n\r\nHTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(BODY)}",
        "Connection: close",
    )
    site, run, db = crawl_faults(tmp_path, {A: raw})
    expect_rows(db, ARTICLES)


def test_a_204_no_content_for_an_article_is_a_failed_fetch_with_its_url(tmp_path: Path) -> None:
    log, hits = expect_lost_then_recovered(tmp_path, Fault(status=204, body=b""))
    assert "Traceback" not in log
    assert A in log and "204" in log


def test_chunked_framing_wins_over_a_content_length_sent_with_it(tmp_path: Path) -> None:
    """Both `Transfer-Encoding: chunked` and a (wrong) `Content-Length`: the chunks frame the
    body (RFC 9112 §6.3), so the whole page is read."""
    chunks = b"".join(
        b"%x\r\n%s\r\n" % (len(BODY[i : i + 1000]), BODY[i : i + 1000])
        for i in range(0, len(BODY), 1000)
    )
    raw = answer(
        "HTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(BODY) // 2}",
        "Transfer-Encoding: chunked",
        "Connection: close",
        body=chunks + b"0\r\n\r\n",
    )
    site, run, db = crawl_faults(tmp_path, {A: raw})
    expect_rows(db, ARTICLES)


def test_two_content_types_that_disagree_still_give_the_article(tmp_path: Path) -> None:
    """A proxy adds its own `Content-Type` (a Latin-1 label) beside the server's."""
    raw = answer(
        "HTTP/1.1 200 OK",
        "Content-Type: text/html; charset=iso-8859-1",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(BODY)}",
        "Connection: close",
    )
    site, run, db = crawl_faults(tmp_path, {A: raw})
    expect_rows(db, ARTICLES)


def test_a_folded_header_line_does_not_lose_the_page(tmp_path: Path) -> None:
    """An old server folds a long header onto a second line (obsolete line folding)."""
    raw = answer(
        "HTTP/1.1 200 OK",
        "Content-Type: text/html;\r\n charset=utf-8",
        "X-Powered-By: ASP.NET,\r\n\tPHP/5.6",
        f"Content-Length: {len(BODY)}",
        "Connection: close",
    )
    site, run, db = crawl_faults(tmp_path, {A: raw})
    expect_rows(db, ARTICLES)


def test_two_locations_one_of_them_off_the_site_send_no_request_there(tmp_path: Path) -> None:
    """A `301` with two `Location` headers, the first on another host: that host is never
    asked, whichever of the two the client takes."""
    with serving(MIRROR) as foreign:
        raw = answer(
            "HTTP/1.1 301 Moved Permanently",
            f"Location: {foreign.url(B)}",
            f"Location: {B}",
            "Content-Length: 0",
            "Connection: close",
            body=b"",
        )
        site, run, db = crawl_faults(tmp_path, {A: raw})
    assert foreign.hits == []
    assert "Traceback" not in run.output
    expect_rows(db, set(ARTICLES) - {A})


def test_a_location_with_spaces_around_it_is_followed(tmp_path: Path) -> None:
    """`Location:   /tin-tuc/…   ` (a template that pads the value) on an old article address
    a listing links: the article it names, never a path with the spaces in it."""
    old = "/tin-tuc/15/200001/bai-cu-da-chuyen"
    faults = {LISTINGS[1]: Fault(edit=add_links([old])), old: moved_to(f"   {A}   ")}
    site, run, db = crawl_faults(tmp_path, faults)
    assert old in site.paths()
    assert [path for path in site.paths() if "%20" in path or " " in path] == []
    expect_rows(db, ARTICLES)
    assert "Traceback" not in run.output


def test_a_location_in_raw_utf8_vietnamese_letters_reaches_the_page(tmp_path: Path) -> None:
    """A `301` whose `Location` carries the slug in UTF-8 bytes, not percent-encoded (as many
    PHP sites send it): the client asks for the page those bytes name."""
    old = "/tin-tuc/15/200002/bai-cu-chuyen-sang-duong-dan-co-dau"
    slug = "/tin-tuc/15/105870/thêm-38-sản-phẩm-đạt-chuẩn-ocop-cấp-tỉnh"
    raw = (
        b"HTTP/1.1 301 Moved Permanently\r\nLocation: "
        + slug.encode("utf-8")
        + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    faults = {
        LISTINGS[1]: Fault(edit=add_links([old])),
        old: Fault(raw=raw),
        quote(slug): Fault(body=BODY),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    assert quote(slug) in site.paths()
    expect_rows(db, ARTICLES)


def test_a_redirect_to_an_internationalized_host_is_refused_in_one_line(tmp_path: Path) -> None:
    """`Location: http://báothaibình.vn/…` (an IDN host, not the site's): refused, logged with
    the article's URL, no traceback."""
    site, run, db = crawl_faults(tmp_path, {A: moved_to("http://báothaibình.vn" + A)})
    expect_rows(db, set(ARTICLES) - {A})
    assert "Traceback" not in run.output
    assert crawl_stats(db)["tinbao/refused/off_site_redirect"] == 1
    assert A in run.stderr


def test_a_location_that_is_no_url_is_a_failed_fetch_with_its_url(tmp_path: Path) -> None:
    """`Location: http://[::1` (a broken IPv6 literal): no URL at all, so nothing to follow."""
    log, hits = expect_lost_then_recovered(tmp_path, moved_to("http://[::1"))
    assert "Traceback" not in log
    assert A in log


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


def test_a_pdf_sent_as_html_for_an_article_is_not_stored(tmp_path: Path) -> None:
    """A PDF of the printed issue answered as `text/html`: never an article."""
    pdf = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
        b"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 712 Td (Bao Thai Binh so 1234) Tj ET\n"
        b"endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n" * 20
    )
    site, run, db = crawl_faults(tmp_path, {A: Fault(body=pdf, content_type="text/html")})
    expect_rows(db, set(ARTICLES) - {A})
    assert A in run.stderr
