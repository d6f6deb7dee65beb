"""Where a page says what its bytes are, in the places older servers and editors put it: only
in an XML declaration, only in a `charset=utf-16le` header with no byte order mark, in a quoted
header value, in a `<meta>` written after a kilobyte of comments; UTF-16 big-endian; a
`Content-Encoding` sent as two header lines; old Windows and Mac line endings.

Each article of the mirror named below is served in one of these ways, all in one crawl; every
stored row must hold exactly the text a reader sees (NFC), whatever route the label took.
"""

from __future__ import annotations

import gzip

import pytest

from tests.faults.harness import (
    ARTICLES,
    article_path,
    crawl_faults,
    expected_records,
    mirror_page,
    stored,
)
from tests.faults.server import Fault
from tests.faults.test_pages import to_cp1258

META = '<meta charset="utf-8">'
XML_1258 = '<?xml version="1.0" encoding="windows-1258"?>\n'


def as_xhtml_1258(ident: str) -> bytes:
    """An XHTML page in windows-1258 saying so only in its `<?xml … encoding=…?>` line."""
    text = mirror_page(ident).replace(META, "").replace("<!DOCTYPE html>\n", "", 1)
    return to_cp1258(XML_1258 + text)


def after_comments(ident: str) -> bytes:
    """The `<meta>` naming windows-1258 after 2 kB of a template's comments."""
    comment = "<!-- " + "cấu hình giao diện " * 120 + "-->\n"
    body = to_cp1258(mirror_page(ident).replace(META, comment + '<meta charset="windows-1258">'))
    assert body.index(b"windows-1258") > 1024
    return body


def gzipped_twice_in_two_lines(ident: str) -> bytes:
    """Two `Content-Encoding: gzip` lines are one list (`gzip, gzip`): the body gzipped twice."""
    body = gzip.compress(gzip.compress(mirror_page(ident).encode("utf-8")))
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Encoding: gzip\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    )
    return head + body


# Each way of saying what the bytes are, by the id of the article served that way.
LABELS: dict[str, Fault] = {
    "105870": Fault(body=as_xhtml_1258("105870"), content_type="text/html"),
    "104560": Fault(body=as_xhtml_1258("104560"), content_type="application/xhtml+xml"),
    "108990": Fault(
        body=mirror_page("108990").replace(META, "").encode("utf-16-le"),
        content_type="text/html; charset=utf-16le",
    ),
    "102908": Fault(
        body=b"\xfe\xff" + mirror_page("102908").encode("utf-16-be"), content_type="text/html"
    ),
    "107903": Fault(
        body=to_cp1258(mirror_page("107903").replace(META, "")),
        content_type='text/html; charset = "windows-1258"',
    ),
    "109650": Fault(body=after_comments("109650"), content_type="text/html"),
    "109874": Fault(raw=gzipped_twice_in_two_lines("109874")),
    "109512": Fault(body=mirror_page("109512").replace("\n", "\r\n").encode("utf-8")),
    "109901": Fault(body=mirror_page("109901").replace("\n", "\r").encode("utf-8")),
}


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows of one crawl of the mirror with each article of LABELS served its way."""
    faults = {article_path(ident): fault for ident, fault in LABELS.items()}
    site, run, db = crawl_faults(tmp_path_factory.mktemp("byte_labels"), faults)
    assert all(site.server.served.get(path) for path in faults), site.server.served
    return stored(db)


def read_exactly(rows: dict[str, dict], *idents: str) -> None:
    """Every article is stored once and nothing else is; the articles `idents`, served their
    ways, and every article served plainly hold exactly their pages' values."""
    assert sorted(rows) == sorted(ARTICLES), set(rows) ^ set(ARTICLES)
    labelled = {article_path(ident) for ident in LABELS}
    plain = [path for path in ARTICLES if path not in labelled]
    for path in [article_path(ident) for ident in idents] + plain:
        expected = expected_records()[path]
        assert {key: rows[path][key] for key in expected} == expected, path


def test_a_charset_only_in_the_xml_declaration_is_read(rows: dict[str, dict]) -> None:
    read_exactly(rows, "105870")


def test_a_charset_only_in_the_xml_declaration_of_an_xhtml_answer_is_read(
    rows: dict[str, dict],
) -> None:
    """The same kind of page served as `application/xhtml+xml`, as XHTML-era CMSs do."""
    read_exactly(rows, "104560")


def test_utf16le_without_a_byte_order_mark_labelled_in_the_header_is_read(
    rows: dict[str, dict],
) -> None:
    read_exactly(rows, "108990")


def test_utf16_big_endian_with_its_mark_under_a_utf8_meta_is_read(rows: dict[str, dict]) -> None:
    read_exactly(rows, "102908")


def test_a_quoted_charset_with_spaces_in_the_header_is_obeyed(rows: dict[str, dict]) -> None:
    """`charset = "windows-1258"` with spaces and quotes, no `<meta>`: the label still counts."""
    read_exactly(rows, "107903")


def test_a_meta_charset_after_a_kilobyte_of_comments_is_read(rows: dict[str, dict]) -> None:
    read_exactly(rows, "109650")


def test_content_encoding_in_two_header_lines_is_both_layers(rows: dict[str, dict]) -> None:
    read_exactly(rows, "109874")


def test_windows_and_old_mac_line_endings_change_nothing(rows: dict[str, dict]) -> None:
    """One article with CRLF line endings, another with bare CR: both stored as expected."""
    read_exactly(rows, "109512", "109901")
