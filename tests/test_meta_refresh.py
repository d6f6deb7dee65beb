"""`MetaRefreshMiddleware` skips decoding a page only when Scrapy's own check would find no
`<meta>` refresh in it: checked on every fixture page, with and without a refresh tag."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.response import get_base_url, get_meta_refresh

from crawler.middlewares import may_refresh
from tests.conftest import FIXTURES

PAGES = sorted(page for page in FIXTURES.glob("**/*.html") if page.is_file())
TAG = '<meta http-equiv="Refresh" content="0; url=/moi">'


def response(body: bytes, content_type: str = "text/html; charset=utf-8") -> HtmlResponse:
    return HtmlResponse("https://example.vn/bai", body=body, headers={"Content-Type": content_type})


def test_every_fixture_page_is_checked() -> None:
    assert len(PAGES) >= 150


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_a_page_skipped_has_no_refresh_for_scrapy_either(page) -> None:
    body = page.read_bytes()
    plain = response(body)
    assert get_meta_refresh(plain) == (None, None)  # no fixture page refreshes
    if b"refresh" not in body.lower():  # a page naming it anywhere (a script, a button) is read
        assert not may_refresh(plain)
    with_tag = response(body.replace(b"<head>", b"<head>" + TAG.upper().encode(), 1))
    if b"<head>" in body:  # the tag's address is read against the page's `<base href>`, if any
        assert may_refresh(with_tag)
        assert get_meta_refresh(with_tag) == (0.0, urljoin(get_base_url(plain), "/MOI"))


def test_windows_1258_page_is_scanned_in_its_bytes() -> None:
    label = "text/html; charset=windows-1258"
    skipped = response("<p>Bài m\u01a1\u0301i</p>".encode("cp1258"), label)
    kept = response(f"{TAG}<p>Bài</p>".encode("cp1258"), label)
    assert (may_refresh(skipped), may_refresh(kept)) == (False, True)
    assert get_meta_refresh(kept) == (0.0, "https://example.vn/moi")


def test_utf16_page_always_goes_to_scrapys_check() -> None:
    """UTF-16 writes `refresh` with a zero byte after each letter: the bytes say nothing."""
    page = f"{TAG}<p>Bài</p>".encode("utf-16")  # with its byte order mark
    assert may_refresh(response(page, "text/html"))
    assert get_meta_refresh(response(page, "text/html")) == (0.0, "https://example.vn/moi")
    assert may_refresh(response("<p>Bài</p>".encode("utf-16"), "text/html; charset=utf-8"))


def test_unknown_charset_label_is_read_as_scrapy_reads_it() -> None:
    """Scrapy ignores a label it does not know and infers the encoding from the bytes."""
    label = "text/html; charset=x-no-such-codec"
    skipped, kept = response(b"<p>x</p>", label), response(TAG.encode() + b"<p>x</p>", label)
    assert (may_refresh(skipped), may_refresh(kept)) == (False, True)
    assert get_meta_refresh(kept) == (0.0, "https://example.vn/moi")
