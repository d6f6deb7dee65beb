"""Where a page says what its bytes are, in the places older servers and editors put it: only
in an XML declaration, only in a `charset=utf-16le` header with no byte order mark, in a quoted
header value, in a `<meta>` written after a kilobyte of comments; UTF-16 big-endian; a
`Content-Encoding` sent as two header lines; old Windows and Mac line endings.

Article A (`105870`) is served in each of these ways; the stored row must hold exactly the
text a reader sees (NFC), whatever route the label took.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving
from tests.faults.test_pages import PAGE, A, crawl_faults, to_cp1258

META = '<meta charset="utf-8">'
XML_1258 = '<?xml version="1.0" encoding="windows-1258"?>\n'


def test_a_charset_only_in_the_xml_declaration_is_read(tmp_path: Path) -> None:
    """An XHTML page in windows-1258 saying so only in its `<?xml … encoding=…?>` line."""
    page = PAGE.replace(META, "").replace("<!DOCTYPE html>\n", "", 1)
    body = to_cp1258(XML_1258 + page)
    run, db = crawl_faults(tmp_path, {A: Fault(body=body, content_type="text/html")})
    expect_rows(db, ARTICLES)


def test_a_charset_only_in_the_xml_declaration_of_an_xhtml_answer_is_read(tmp_path: Path) -> None:
    """The same page served as `application/xhtml+xml`, as XHTML-era CMSs do."""
    page = PAGE.replace(META, "").replace("<!DOCTYPE html>\n", "", 1)
    body = to_cp1258(XML_1258 + page)
    fault = Fault(body=body, content_type="application/xhtml+xml")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)


def test_utf16le_without_a_byte_order_mark_labelled_in_the_header_is_read(
    tmp_path: Path,
) -> None:
    body = PAGE.replace(META, "").encode("utf-16-le")
    fault = Fault(body=body, content_type="text/html; charset=utf-16le")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)


def test_utf16_big_endian_with_its_mark_under_a_utf8_meta_is_read(tmp_path: Path) -> None:
    body = b"\xfe\xff" + PAGE.encode("utf-16-be")
    run, db = crawl_faults(tmp_path, {A: Fault(body=body, content_type="text/html")})
    expect_rows(db, ARTICLES)


def test_a_quoted_charset_with_spaces_in_the_header_is_obeyed(tmp_path: Path) -> None:
    """`charset = "windows-1258"` with spaces and quotes, no `<meta>`: the label still counts."""
    body = to_cp1258(PAGE.replace(META, ""))
    fault = Fault(body=body, content_type='text/html; charset = "windows-1258"')
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)


def test_a_meta_charset_after_a_kilobyte_of_comments_is_read(tmp_path: Path) -> None:
    """The `<meta>` naming windows-1258 comes after 2 kB of a template's comments."""
    comment = "<!-- " + "cấu hình giao diện " * 120 + "-->\n"
    page = PAGE.replace(META, comment + '<meta charset="windows-1258">')
    body = to_cp1258(page)
    assert body.index(b"windows-1258") > 1024
    run, db = crawl_faults(tmp_path, {A: Fault(body=body, content_type="text/html")})
    expect_rows(db, ARTICLES)


def test_content_encoding_in_two_header_lines_is_both_layers(tmp_path: Path) -> None:
    """Two `Content-Encoding: gzip` lines are one list (`gzip, gzip`): the body is gzipped twice."""
    body = gzip.compress(gzip.compress(PAGE.encode("utf-8")))
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Encoding: gzip\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    )
    run, db = crawl_faults(tmp_path, {A: Fault(raw=head + body)})
    expect_rows(db, ARTICLES)


def test_windows_and_old_mac_line_endings_change_nothing(tmp_path: Path) -> None:
    """Article A with CRLF line endings, another with bare CR: both stored as expected."""
    other = next(path for path in ARTICLES if path != A)
    other_page = (MIRROR / other.strip("/") / "page.html").read_bytes()
    faults = {
        A: Fault(body=PAGE.replace("\n", "\r\n").encode("utf-8")),
        other: Fault(body=other_page.replace(b"\n", b"\r")),
    }
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
