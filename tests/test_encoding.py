"""Charset validation, legacy font encodings and canonical URL trust, as pure functions."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from crawler.extract_command import decode_html
from parsers.canonical import record_url
from parsers.page import Page, UnreadablePage, decode_page
from parsers.sites import profile_for
from parsers.vietnamese.dates import LOCAL_TZ
from parsers.vietnamese.encoding import (
    TCVN3,
    from_tcvn3,
    from_utf8_misread,
    from_viqr,
    legacy_encoding,
    misdecoded,
    reads_as_vietnamese,
)

TEXT = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh; Thái Bình được công nhận"
PAGE = f'<html><head><meta charset="utf-8"></head><body><h1>{TEXT}</h1></body></html>'
THAI_BINH = profile_for("baothaibinh.com.vn")
ARTICLE = "https://baothaibinh.com.vn/tin-tuc/15/105870/them-38-san-pham-dat-chuan-ocop-cap-tinh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UTF-8's bytes read as windows-1252, the undefined 0x9D shown as its C1 control
        (TEXT.encode("utf-8").decode("cp1252"), TEXT),
        ("3 giá»\x9d trÆ°á»›c", "3 giờ trước"),
        # Vietnamese as it is, and Latin-1 text that is no UTF-8, are none
        (TEXT, None),
        ("Café à Paris", None),
    ],
)
def test_utf8_read_as_windows_1252_is_undone(text: str, expected: str | None) -> None:
    assert from_utf8_misread(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nga`y 13 tha'ng 10 na(m 2024", "Ngày 13 tháng 10 năm 2024"),
        ("DDa(ng lu'c 21:15, Thu+' Ba^?y", "Đăng lúc 21:15, Thứ Bẩy"),
        ("2 gio+` tru+o+'c", "2 giờ trước"),
        # a mark that makes no Vietnamese letter stays
        ("Date(1728828900000)", "Date(1728828900000)"),
    ],
)
def test_viqr_is_read_as_its_letters(text: str, expected: str) -> None:
    assert from_viqr(text) == expected


def test_vietnamese_reads_and_mojibake_does_not() -> None:
    assert reads_as_vietnamese(TEXT)
    assert not reads_as_vietnamese(TEXT.encode("utf-8").decode("cp1252", "replace"))
    assert not reads_as_vietnamese(TEXT.encode("utf-8").decode("latin-1"))
    assert not reads_as_vietnamese("Breaking news in English")
    assert misdecoded(TEXT.encode("utf-8").decode("latin-1"))
    assert not misdecoded(TEXT + " © 2024")


def test_letters_that_are_also_vni_codes_are_letters() -> None:
    # `ù` and `õ` are also VNI's tone codes: only after a vowel are they a VNI mark.
    assert reads_as_vietnamese("Gù gõ cửa")
    assert not misdecoded("Gù gõ cửa")
    assert not reads_as_vietnamese("Vieät Nam ñaït")


@pytest.mark.parametrize(
    ("legacy", "encoding", "unicode"),
    [
        ("Thªm 38 s¶n phÈm ®¹t chuÈn", "TCVN3", "Thêm 38 sản phẩm đạt chuẩn"),
        ("Th¸i B×nh, ViÖt Nam, ng­êi d©n", "TCVN3", "Thái Bình, Việt Nam, người dân"),
        ("Theâm 38 saûn phaåm ñaït chuaån", "VNI", None),
    ],
)
def test_legacy_font_encodings(legacy: str, encoding: str, unicode: str | None) -> None:
    assert legacy_encoding(legacy) == encoding
    assert not reads_as_vietnamese(legacy)
    if unicode:
        assert from_tcvn3(legacy) == unicode


def test_unicode_text_is_never_taken_for_a_legacy_encoding() -> None:
    assert legacy_encoding(TEXT) is None
    assert legacy_encoding("Xuân về trên quê hương, luôn luôn yêu thương") is None


def test_decode_page_tries_the_labels_then_utf8_then_windows_1258() -> None:
    raw = PAGE.encode("utf-8")
    assert decode_page(raw, ["iso-8859-1", "utf-8"]) == (PAGE, "utf-8")
    assert decode_page(raw, ["utf-8", None]) == (PAGE, "utf-8")
    assert decode_page(raw.replace(b"38 ", b"38\x00 "), [None, None]) == (PAGE, "utf-8")
    in_tcvn3 = {letter: code for code, letter in TCVN3.items()}
    legacy = "".join(in_tcvn3.get(char, char) for char in PAGE)
    assert decode_page(legacy.encode("utf-8"), ["utf-8", None]) == (PAGE, "TCVN3")


def test_an_xhtml_page_opening_with_its_xml_declaration_is_read() -> None:
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + PAGE
    text, _ = decode_page(xhtml.encode("utf-8"), [None, None])
    page = Page(text, ARTICLE, datetime(2026, 3, 7, 12, 0, tzinfo=LOCAL_TZ))
    assert page.root.findtext(".//h1") == TEXT


def test_a_lone_surrogate_does_not_end_the_page() -> None:
    broken = PAGE.replace("38 ", "38\ud800 ")
    page = Page(broken, ARTICLE, datetime(2026, 3, 7, 12, 0, tzinfo=LOCAL_TZ))
    assert page.root.findtext(".//h1") == TEXT.replace("38 ", "38\ufffd\ufffd\ufffd ")


def test_decode_page_refuses_what_no_decoding_reads() -> None:
    with pytest.raises(UnreadablePage, match="no decoding reads as Vietnamese text"):
        decode_page(bytes(range(256)) * 20, ["utf-8", None])


@pytest.mark.parametrize(
    ("claimed", "key", "reason"),
    [
        (ARTICLE, ARTICLE, None),
        (ARTICLE.replace("https://", "http://www.") + "?utm_source=rss", None, None),
        ("https://baothaibinh.com.vn/tin-tuc/15/105870/ten-moi", None, None),
        (None, ARTICLE, None),
        ("https://baothaibinh.com.vn/tin-tuc/15/104560/lang-chieu-hoi", ARTICLE, "another page"),
        ("https://baothaibinh.com.vn/", ARTICLE, "another page"),
        ("https://evil.example/tin-tuc/15/105870/x", ARTICLE, "another site"),
        ("javascript:alert(1)", ARTICLE, "not http(s)"),
        ("file:///etc/passwd", ARTICLE, "not http(s)"),
    ],
)
def test_canonical_trusted_only_for_the_same_article(claimed, key, reason) -> None:
    result = record_url(claimed, ARTICLE, THAI_BINH)
    assert result.url == (key or claimed)
    assert result.reason == reason
    assert result.refused == (claimed if reason else None)


@pytest.mark.parametrize(
    ("fetched", "copy"),
    [
        (ARTICLE, False),
        (ARTICLE + "?utm_source=rss", False),
        (ARTICLE + "?lang=en", True),
        ("https://baothaibinh.com.vn/tin-tuc/15/105870/ten-cu", True),
    ],
)
def test_a_page_naming_its_article_by_id_alone_is_a_copy(fetched: str, copy: bool) -> None:
    """A page whose canonical URL is the same article by the site's id, at another address."""
    assert record_url(ARTICLE, fetched, THAI_BINH) == (ARTICLE, None, None, copy)


def test_generic_page_canonical_must_stay_on_the_fetched_host() -> None:
    fetched = "https://tinmoi.example.vn/gia-lua-tang-4712345.html"
    same = "https://www.tinmoi.example.vn/gia-lua-tang-4712345.html"
    assert record_url(same, fetched, None).url == same
    other = "https://khac.example.vn/gia-lua-tang-4712345.html"
    assert record_url(other, fetched, None).reason == "another site"


def test_a_canonical_on_a_host_the_crawl_allows_is_trusted_for_the_same_path_only() -> None:
    """A province's old and new domains, both allowed: the fetched URL moved to the new domain
    is trusted; another article there, or a host not allowed, is not."""
    fetched = "http://baothaibinh.example.vn/kinh-te/gia-lua-tang-4712345.html"
    moved = "https://baohungyen.example.vn/kinh-te/gia-lua-tang-4712345.html"
    allowed = ("baothaibinh.example.vn", "baohungyen.example.vn")
    assert record_url(moved, fetched, None, allowed) == (moved, None, None, False)
    other = "https://baohungyen.example.vn/kinh-te/xuat-khau-gao-4712399.html"
    assert record_url(other, fetched, None, allowed).reason == "another page"
    assert record_url(moved, fetched, None, allowed[:1]).reason == "another site"


def test_decoded_pages_are_recomposed() -> None:
    """Tone marks written as combining characters (windows-1258 always, some editors in UTF-8)
    come out composed, so every pattern meets `đọc` rather than `đo` + U+0323."""
    decomposed = unicodedata.normalize("NFD", PAGE)
    assert decode_page(decomposed.encode("utf-8"), ["utf-8"]) == (PAGE, "utf-8")
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    legacy = "".join(
        unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", ch) if c not in tones)
        )
        + "".join(c for c in unicodedata.normalize("NFD", ch) if c in tones)
        for ch in PAGE
    )
    assert decode_page(legacy.encode("cp1258"), ["windows-1258"]) == (PAGE, "cp1258")
    assert decode_html(legacy.encode("cp1258").replace(b"utf-8", b"windows-1258")) == PAGE.replace(
        "utf-8", "windows-1258"
    )


@pytest.mark.parametrize(
    ("opening", "kind"),
    [("%PDF-1.7\n%âãÏÓ\n", "a PDF document"), ("\nPK\x03\x04\x14\x00", "a ZIP archive")],
)
def test_a_file_under_an_html_label_is_no_page(opening: str, kind: str) -> None:
    """An edition's PDF or a Word file a server labels `text/html`, however it was decoded."""
    with pytest.raises(UnreadablePage, match=kind):
        Page(opening + "<title>Thêm 38 sản phẩm</title>" * 3, ARTICLE, datetime.now(LOCAL_TZ))
