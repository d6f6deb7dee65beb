"""Charset labels that contradict each other or the bytes, and pages in more than one encoding.

Article A (`105870`) is served with another label or in other bytes; whatever the labels say,
the stored row must hold exactly the text a reader sees (NFC), or the page must be dropped
with its reason, never stored as mojibake.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from tests.faults.harness import ARTICLES, LIVE, crawl_stats, dropped, expect_rows
from tests.faults.server import Fault
from tests.faults.test_pages import PAGE, A, crawl_faults, to_cp1258

META = '<meta charset="utf-8">'


def test_a_byte_order_mark_outweighs_a_meta_charset(tmp_path: Path) -> None:
    page = PAGE.replace(META, '<meta charset="windows-1258">')
    fault = Fault(body=b"\xef\xbb\xbf" + page.encode("utf-8"), content_type="text/html")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)


def test_a_windows_1258_page_labelled_so_is_stored_composed(tmp_path: Path) -> None:
    """Tones written as combining marks after the letter, as windows-1258 does; stored NFC."""
    body = to_cp1258(PAGE.replace(META, '<meta charset="windows-1258">'))
    assert "\u0301".encode("cp1258") in body
    fault = Fault(body=body, content_type="text/html; charset=windows-1258")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)
    assert "charset label" not in run.stderr


def test_a_windows_1258_page_labelled_only_in_its_meta_is_read(tmp_path: Path) -> None:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
    body = to_cp1258(PAGE.replace(META, meta))
    run, db = crawl_faults(tmp_path, {A: Fault(body=body, content_type="text/html")})
    expect_rows(db, ARTICLES)


def test_a_utf8_page_labelled_windows_1258_is_read_as_utf8(tmp_path: Path) -> None:
    fault = Fault(content_type="text/html; charset=windows-1258")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)
    assert f"{LIVE}{A}: charset label cp1258 is wrong; read as utf-8" in run.stderr


def test_a_utf8_page_labelled_utf16_is_read_as_utf8(tmp_path: Path) -> None:
    fault = Fault(content_type="text/html; charset=utf-16")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)


def test_an_unknown_charset_label_is_ignored(tmp_path: Path) -> None:
    fault = Fault(content_type="text/html; charset=vn-unicode-2")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)


def test_a_utf8_page_with_a_windows_1252_footer_keeps_its_article(tmp_path: Path) -> None:
    """The template's footer was pasted from an old Windows file: a few bytes are cp1252
    (`©`, `á`), the article around them UTF-8. The article is read as UTF-8; the stray bytes
    become U+FFFD in the footer only, and the page says so."""
    footer = "<footer>\u00a9 2009 B\u00e1o Th\u00e1i B\u00ecnh</footer>".encode("cp1252")
    body = PAGE.encode("utf-8").replace(b"</body>", footer + b"</body>", 1)
    run, db = crawl_faults(tmp_path, {A: Fault(body=body)})
    expect_rows(db, ARTICLES)
    assert f"{LIVE}{A}: 4 bytes are not utf-8 and were replaced" in run.stderr
    assert crawl_stats(db)["tinbao/charset/replaced_bytes"] == 1


def test_a_page_mostly_in_windows_1252_bytes_is_not_read_as_utf8(tmp_path: Path) -> None:
    """Half the text is not UTF-8: replacing would lose letters of the article, so no."""
    text = unicodedata.normalize("NFC", PAGE)
    start = text.index("Trong số 38 sản phẩm")
    latin = text[start : start + 400].encode("cp1258", "replace")
    body = text[:start].encode("utf-8") + latin + text[start + 400 :].encode("utf-8")
    run, db = crawl_faults(tmp_path, {A: Fault(body=body)})
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "unreadable page"


def test_a_utf16_page_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Saved as "Unicode" by an old Windows editor: UTF-16 with a byte order mark, labelled
    `utf-8` by the server and by its own `<meta>`."""
    body = PAGE.encode("utf-16")  # little-endian, with its mark
    assert body.startswith(b"\xff\xfe")
    run, db = crawl_faults(tmp_path, {A: Fault(body=body)})
    expect_rows(db, ARTICLES)
