"""Answers whose headers are odd but whose page is whole: a header of 64 kB, five hundred
cookies, the page sent as `application/octet-stream` or with no type at all, `x-gzip` and
`GZIP` for gzip, a status line with no reason, raw UTF-8 bytes in a header, and an HTTP
`Refresh` header naming another host.

Each article of the mirror named below is served so, all in one crawl: each is stored exact
with every other article, and nothing is requested off the site.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    Run,
    article_path,
    crawl,
    expected_records,
    integrity,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving

OK_HTML = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8"


def page(ident: str) -> bytes:
    """The mirror's page of the article with id `ident`, as its file holds it."""
    return (MIRROR / article_path(ident).strip("/") / "page.html").read_bytes()


def raw_answer(head: bytes, body: bytes) -> Fault:
    """`head` (status line and headers, CRLF-separated, without the blank line) and `body`,
    framed by its length, the connection closed after it."""
    return Fault(raw=head + b"\r\nContent-Length: %d\r\n\r\n" % len(body) + body)


# Each odd answer, by the id of the article answered so (the Refresh header's is made with the
# other host's address, in `crawled`).
LONG_HEADER = "104560"
COOKIES = "108990"
OCTET_STREAM = "102908"
NO_TYPE = "107903"
X_GZIP = "109650"
GZIP_IN_CAPITALS = "109874"
NO_REASON = "109512"
RAW_UTF8_HEADER = "109901"
REFRESH_ELSEWHERE = "105870"
ODD: dict[str, Fault] = {
    LONG_HEADER: Fault(body=page(LONG_HEADER), headers={"X-Trace": "a" * 65536}),
    COOKIES: raw_answer(
        OK_HTML + b"".join(b"\r\nSet-Cookie: c%d=%d; Path=/" % (n, n) for n in range(500)),
        page(COOKIES),
    ),
    OCTET_STREAM: Fault(body=page(OCTET_STREAM), content_type="application/octet-stream"),
    NO_TYPE: raw_answer(b"HTTP/1.1 200 OK\r\nServer: old", page(NO_TYPE)),
    X_GZIP: raw_answer(OK_HTML + b"\r\nContent-Encoding: x-gzip", gzip.compress(page(X_GZIP))),
    GZIP_IN_CAPITALS: raw_answer(
        OK_HTML + b"\r\nContent-Encoding: GZIP", gzip.compress(page(GZIP_IN_CAPITALS))
    ),
    NO_REASON: raw_answer(
        b"HTTP/1.1 200\r\nContent-Type: text/html; charset=utf-8", page(NO_REASON)
    ),
    RAW_UTF8_HEADER: raw_answer(
        OK_HTML + "\r\nX-Tieu-De: Thêm 38 sản phẩm đạt chuẩn OCOP".encode(),
        page(RAW_UTF8_HEADER),
    ),
}


@dataclass
class Crawled:
    """One crawl of the mirror with each article of ODD answered its way, and the other host
    the Refresh header names."""

    run: Run
    rows: dict[str, dict]
    integrity: str
    elsewhere: FaultServer

    def stored_exact(self, *idents: str) -> None:
        """The run ended well with no traceback and a sound file; every article is stored
        once and nothing else is; the articles `idents`, answered their ways, and every
        article answered plainly hold exactly their pages' values."""
        assert self.run.returncode == 0, self.run.output
        assert "Traceback" not in self.run.stderr, self.run.stderr
        assert self.integrity == "ok"
        assert sorted(self.rows) == sorted(ARTICLES)
        odd = {article_path(ident) for ident in [*ODD, REFRESH_ELSEWHERE]}
        plain = [path for path in ARTICLES if path not in odd]
        for path in [*(article_path(ident) for ident in idents), *plain]:
            expected = expected_records()[path]
            assert {key: self.rows[path][key] for key in expected} == expected, path


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    db = tmp_path_factory.mktemp("odd_headers") / "news.db"
    with serving(MIRROR) as elsewhere:
        refresh = f"0; url={elsewhere.url(article_path(REFRESH_ELSEWHERE))}"
        faults = {article_path(ident): fault for ident, fault in ODD.items()}
        faults[article_path(REFRESH_ELSEWHERE)] = Fault(
            body=page(REFRESH_ELSEWHERE), headers={"Refresh": refresh}
        )
        with serving(MIRROR, faults) as site:
            run = crawl(site, db)
        assert all(site.server.served.get(path) for path in faults), site.server.served
        yield Crawled(run, stored(db), integrity(db), elsewhere)


def test_a_header_of_sixty_four_kilobytes_still_gives_the_page(crawled: Crawled) -> None:
    crawled.stored_exact(LONG_HEADER)


def test_five_hundred_cookies_still_give_the_page(crawled: Crawled) -> None:
    crawled.stored_exact(COOKIES)


def test_a_page_sent_as_octet_stream_is_read(crawled: Crawled) -> None:
    crawled.stored_exact(OCTET_STREAM)


def test_a_page_sent_with_no_content_type_is_read(crawled: Crawled) -> None:
    crawled.stored_exact(NO_TYPE)


def test_x_gzip_is_gzip(crawled: Crawled) -> None:
    crawled.stored_exact(X_GZIP)


def test_gzip_in_capitals_is_gzip(crawled: Crawled) -> None:
    crawled.stored_exact(GZIP_IN_CAPITALS)


def test_a_status_line_with_no_reason_is_read(crawled: Crawled) -> None:
    crawled.stored_exact(NO_REASON)


def test_raw_utf8_bytes_in_a_header_do_not_lose_the_page(crawled: Crawled) -> None:
    crawled.stored_exact(RAW_UTF8_HEADER)


def test_a_refresh_header_naming_another_host_sends_no_request_there(crawled: Crawled) -> None:
    assert crawled.elsewhere.paths() == []
    crawled.stored_exact(REFRESH_ELSEWHERE)
