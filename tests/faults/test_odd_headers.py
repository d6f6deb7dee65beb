"""Answers whose headers are odd but whose page is whole: a header of 64 kB, five hundred
cookies, the page sent as `application/octet-stream` or with no type at all, `x-gzip` and
`GZIP` for gzip, a status line with no reason, raw UTF-8 bytes in a header, and an HTTP
`Refresh` header naming another host.

Article A (`105870`) is served so in each test: it is stored exact with every other article,
and nothing is requested off the site.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from tests.faults.harness import ARTICLES, MIRROR, crawl, crawl_faults, expect_rows, integrity
from tests.faults.server import Fault, serving
from tests.faults.test_pages import PAGE, A

BODY = PAGE.encode("utf-8")


def raw_answer(head: bytes, body: bytes = BODY) -> Fault:
    """`head` (status line and headers, CRLF-separated, without the blank line) and `body`,
    framed by its length, the connection closed after it."""
    return Fault(raw=head + b"\r\nContent-Length: %d\r\n\r\n" % len(body) + body)


def expect_stored(faults: dict, tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert "Traceback" not in run.stderr


def test_a_header_of_sixty_four_kilobytes_still_gives_the_page(tmp_path: Path) -> None:
    expect_stored({A: Fault(body=BODY, headers={"X-Trace": "a" * 65536})}, tmp_path)


def test_five_hundred_cookies_still_give_the_page(tmp_path: Path) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8"
    head += b"".join(b"\r\nSet-Cookie: c%d=%d; Path=/" % (n, n) for n in range(500))
    expect_stored({A: raw_answer(head)}, tmp_path)


def test_a_page_sent_as_octet_stream_is_read(tmp_path: Path) -> None:
    expect_stored({A: Fault(body=BODY, content_type="application/octet-stream")}, tmp_path)


def test_a_page_sent_with_no_content_type_is_read(tmp_path: Path) -> None:
    expect_stored({A: raw_answer(b"HTTP/1.1 200 OK\r\nServer: old")}, tmp_path)


def test_x_gzip_is_gzip(tmp_path: Path) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: x-gzip"
    expect_stored({A: raw_answer(head, gzip.compress(BODY))}, tmp_path)


def test_gzip_in_capitals_is_gzip(tmp_path: Path) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: GZIP"
    expect_stored({A: raw_answer(head, gzip.compress(BODY))}, tmp_path)


def test_a_status_line_with_no_reason_is_read(tmp_path: Path) -> None:
    expect_stored(
        {A: raw_answer(b"HTTP/1.1 200\r\nContent-Type: text/html; charset=utf-8")}, tmp_path
    )


def test_raw_utf8_bytes_in_a_header_do_not_lose_the_page(tmp_path: Path) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
    head += "X-Tieu-De: Thêm 38 sản phẩm đạt chuẩn OCOP".encode()
    expect_stored({A: raw_answer(head)}, tmp_path)


def test_a_refresh_header_naming_another_host_sends_no_request_there(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as foreign:
        target = foreign.url(A)
        with serving(
            MIRROR, {A: Fault(body=BODY, headers={"Refresh": f"0; url={target}"})}
        ) as site:
            run = crawl(site, db)
        assert foreign.paths() == []
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
