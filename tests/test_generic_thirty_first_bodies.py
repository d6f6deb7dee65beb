"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
thirty-first holdout set's archived and legacy pages (web archive captures and replays, a
mirror, Mambo, a Dreamweaver template, a frameset's content frame, a vBulletin portal, classic
ASP, a print view, Netscape Composer, WebSphere Portal and PHP-Fusion)."""

from __future__ import annotations

from datetime import datetime

from crawler.extract_command import decode_html
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "http://www.baocu.example.vn/inbai.php?id=20417"
TITLE = "Xã vùng cao khánh thành cây cầu treo thứ ba trên sông"
FIRST = "Sáng 04/12, xã Tà Xi khánh thành cầu treo dài 96 m nối hai thôn ở hai bên bờ sông Chảy."
SECOND = "Cầu rộng 1,5 m, cho xe máy qua lại, được làm bằng vốn của tỉnh và ngày công của dân."
THIRD = "Trước đây, mùa mưa lũ học sinh hai thôn phải nghỉ học nhiều ngày vì không qua được sông."
TEXT = [FIRST, SECOND, THIRD]

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_utf8_bytes_under_a_western_charset_are_read_as_utf8() -> None:
    """An old template's `<meta>` declares `iso-8859-1` (or `windows-1252`) over UTF-8 bytes
    (the server's `charset=utf-8` header, which a browser goes by, is lost when the page is
    saved): bytes that are valid UTF-8 beyond ASCII are UTF-8, not Latin-1 mojibake."""
    for label in ("iso-8859-1", "windows-1252"):
        head = f"<meta http-equiv='Content-Type' content='text/html; charset={label}'>"
        page = ARTICLE.html(f"<h1>{TITLE}</h1>", head)
        assert decode_html(page.encode("utf-8")) == page
    latin = "<html><head><meta charset='iso-8859-1'></head><body>Café</body></html>"
    assert decode_html(latin.encode("latin-1")) == latin


def test_a_caption_after_a_line_break_under_a_picture_is_its_caption() -> None:
    """`<div><img><br><span class="chuthich">…</span></div>` inside the text: the line break
    between the picture and its caption-classed line is no line, so the line is the picture's
    caption and no paragraph."""
    caption = "Người dân hai thôn đi qua cầu treo mới trong ngày khánh thành"
    picture = "<img src='/anh/cau-treo.jpg' width='450'>"
    box = f"<div>{picture}<br><span class='chuthich'>{caption}</span></div>"
    record = ARTICLE.record(ARTICLE.between(box))
    assert record["body"] == "\n\n".join(TEXT)
    assert record["images"] == [ARTICLE.picture("cau-treo", caption)]
