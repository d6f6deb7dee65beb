"""Charset labels that contradict each other or the bytes, and pages in more than one encoding.

Each article of the mirror named below is served with another label or in other bytes, all in
one crawl; whatever the labels say, every stored row must hold exactly the text a reader sees
(NFC), or the page must be dropped with its reason, never stored as mojibake.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    Run,
    article_path,
    crawl_faults,
    crawl_stats,
    dropped,
    expected_records,
    mirror_page,
    stored,
)
from tests.faults.server import Fault
from tests.faults.test_pages import to_cp1258

META = '<meta charset="utf-8">'


def in_1258(ident: str, meta: str) -> bytes:
    """The article's page in windows-1258 bytes, its `<meta>` charset replaced by `meta`."""
    return to_cp1258(mirror_page(ident).replace(META, meta))


def with_1252_footer(ident: str) -> bytes:
    """The template's footer pasted from an old Windows file: a few bytes are cp1252 (`©`,
    `á`), the article around them UTF-8."""
    footer = "<footer>\u00a9 2009 B\u00e1o Th\u00e1i B\u00ecnh</footer>".encode("cp1252")
    return mirror_page(ident).encode("utf-8").replace(b"</body>", footer + b"</body>", 1)


def mostly_1252(ident: str) -> bytes:
    """Half the text is not UTF-8: 400 characters of the article's text in cp1258 bytes."""
    text = unicodedata.normalize("NFC", mirror_page(ident))
    start = text.index("Trong số 38 sản phẩm")
    latin = text[start : start + 400].encode("cp1258", "replace")
    return text[:start].encode("utf-8") + latin + text[start + 400 :].encode("utf-8")


# Each label or encoding, by the id of the article served with it.
BOM_OVER_META = "104560"
LABELLED_1258 = "108990"
META_1258_ONLY = "102908"
UTF8_LABELLED_1258 = "107903"
UTF8_LABELLED_UTF16 = "109650"
UNKNOWN_LABEL = "109874"
FOOTER_1252 = "109512"
MOSTLY_1252 = "105870"
UTF16_WITH_BOM = "109901"
SERVED: dict[str, Fault] = {
    BOM_OVER_META: Fault(
        body=b"\xef\xbb\xbf"
        + mirror_page(BOM_OVER_META).replace(META, '<meta charset="windows-1258">').encode("utf-8"),
        content_type="text/html",
    ),
    LABELLED_1258: Fault(
        body=in_1258(LABELLED_1258, '<meta charset="windows-1258">'),
        content_type="text/html; charset=windows-1258",
    ),
    META_1258_ONLY: Fault(
        body=in_1258(
            META_1258_ONLY,
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
        ),
        content_type="text/html",
    ),
    UTF8_LABELLED_1258: Fault(content_type="text/html; charset=windows-1258"),
    UTF8_LABELLED_UTF16: Fault(content_type="text/html; charset=utf-16"),
    UNKNOWN_LABEL: Fault(content_type="text/html; charset=vn-unicode-2"),
    FOOTER_1252: Fault(body=with_1252_footer(FOOTER_1252)),
    MOSTLY_1252: Fault(body=mostly_1252(MOSTLY_1252)),
    UTF16_WITH_BOM: Fault(
        body=mirror_page(UTF16_WITH_BOM).encode("utf-16")
    ),  # little-endian, marked
}


@dataclass
class Crawled:
    """One crawl of the mirror with each article of SERVED served its way."""

    run: Run
    rows: dict[str, dict]
    stats: dict
    dropped: dict[str, str]

    def read_exactly(self, *idents: str) -> None:
        """Every article but the one dropped is stored once and nothing else is; the articles
        `idents`, served their ways, and every article served plainly hold exactly their pages'
        values."""
        assert sorted(self.rows) == sorted(set(ARTICLES) - {article_path(MOSTLY_1252)})
        served = {article_path(ident) for ident in SERVED}
        plain = [path for path in ARTICLES if path not in served]
        for path in [*(article_path(ident) for ident in idents), *plain]:
            expected = expected_records()[path]
            assert {key: self.rows[path][key] for key in expected} == expected, path


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    faults = {article_path(ident): fault for ident, fault in SERVED.items()}
    site, run, db = crawl_faults(tmp_path_factory.mktemp("charsets"), faults)
    assert all(site.server.served.get(path) for path in faults), site.server.served
    return Crawled(run, stored(db), crawl_stats(db), dropped(db))


def test_a_byte_order_mark_outweighs_a_meta_charset(crawled: Crawled) -> None:
    crawled.read_exactly(BOM_OVER_META)


def test_a_windows_1258_page_labelled_so_is_stored_composed(crawled: Crawled) -> None:
    """Tones written as combining marks after the letter, as windows-1258 does; stored NFC."""
    assert "\u0301".encode("cp1258") in SERVED[LABELLED_1258].body
    crawled.read_exactly(LABELLED_1258)
    assert f"{LIVE}{article_path(LABELLED_1258)}: charset label" not in crawled.run.stderr


def test_a_windows_1258_page_labelled_only_in_its_meta_is_read(crawled: Crawled) -> None:
    crawled.read_exactly(META_1258_ONLY)


def test_a_utf8_page_labelled_windows_1258_is_read_as_utf8(crawled: Crawled) -> None:
    crawled.read_exactly(UTF8_LABELLED_1258)
    url = f"{LIVE}{article_path(UTF8_LABELLED_1258)}"
    assert f"{url}: charset label cp1258 is wrong; read as utf-8" in crawled.run.stderr


def test_a_utf8_page_labelled_utf16_is_read_as_utf8(crawled: Crawled) -> None:
    crawled.read_exactly(UTF8_LABELLED_UTF16)


def test_an_unknown_charset_label_is_ignored(crawled: Crawled) -> None:
    crawled.read_exactly(UNKNOWN_LABEL)


def test_a_utf8_page_with_a_windows_1252_footer_keeps_its_article(crawled: Crawled) -> None:
    """The article is read as UTF-8; the stray bytes become U+FFFD in the footer only, and the
    page says so."""
    crawled.read_exactly(FOOTER_1252)
    url = f"{LIVE}{article_path(FOOTER_1252)}"
    assert f"{url}: 4 bytes are not utf-8 and were replaced" in crawled.run.stderr
    assert crawled.stats["tinbao/charset/replaced_bytes"] == 1


def test_a_page_mostly_in_windows_1252_bytes_is_not_read_as_utf8(crawled: Crawled) -> None:
    """Replacing would lose letters of the article, so no."""
    crawled.read_exactly()
    assert crawled.dropped[article_path(MOSTLY_1252)] == "unreadable page"


def test_a_utf16_page_with_its_byte_order_mark_is_read(crawled: Crawled) -> None:
    """Saved as "Unicode" by an old Windows editor: UTF-16 with a byte order mark, labelled
    `utf-8` by the server and by its own `<meta>`."""
    assert SERVED[UTF16_WITH_BOM].body.startswith(b"\xff\xfe")
    crawled.read_exactly(UTF16_WITH_BOM)
