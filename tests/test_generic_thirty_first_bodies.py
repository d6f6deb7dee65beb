"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
thirty-first holdout set's archived and legacy pages (web archive captures and replays, a
mirror, Mambo, a Dreamweaver template, a frameset's content frame, a vBulletin portal, classic
ASP, a print view, Netscape Composer, WebSphere Portal and PHP-Fusion)."""

from __future__ import annotations

from datetime import datetime

from crawler.extract_command import decode_html
from pipelines.normalize import extract_record
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


def test_a_headline_naming_the_place_a_host_is_named_for_is_no_site_name() -> None:
    """`<title>Cổng thông tin huyện Ea Súp - Ea Súp khánh thành …</title>` on `easup.…`: the
    sentence naming the place is the headline, not the site's name, so the description
    `Cổng thông tin điện tử huyện Ea Súp, tỉnh Đắk Lắk` is the site describing itself (its
    name spelt out), no lead of the article."""
    portal = "Cổng thông tin huyện Ea Súp"
    title = "Ea Súp khánh thành cây cầu treo thứ ba trên sông Chảy"
    head = "<meta name='description' content='Cổng thông tin điện tử huyện Ea Súp, tỉnh Đắk Lắk'>"
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<html><head><title>{portal} - {title}</title>{head}</head><body>"
        f"<table><tr><td class='contentheading'>{title}</td></tr></table>"
        f"<table><tr><td>{text}</td></tr></table></body></html>"
    )
    url = "http://www.easup.daklak.example.vn/index.php?option=com_content&task=view&id=412"
    record = extract_record(page, url, NOW)
    assert (record["headline"], record["summary"]) == (title, None)


def test_a_repost_note_naming_the_paper_s_issue_day_is_no_text() -> None:
    """`(Bài đã đăng trên báo X số ra ngày 02/12/2026. Mình đăng lại …)` in italics after the
    caps signature of a blog's repost: the note that the article ran in print, by the issue's
    day rather than its number, no text; the signature before it stays the byline."""
    note = (
        "<p><i>(Bài đã đăng trên báo Yên Bái số ra ngày 02/12/2026. Mình đăng lại để bạn bè"
        " cùng đọc.)</i></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    signature = "<p style='text-align:right'><b>THU TRANG</b></p>"
    page = f"<article><h1>{TITLE}</h1><div class='content'>{text}{signature}{note}</div></article>"
    record = ARTICLE.record(page)
    assert (record["body"], record["authors"]) == ("\n\n".join(TEXT), ["THU TRANG"])


def test_a_picture_in_a_script_link_opening_that_picture_is_the_article_s() -> None:
    """`<a href="javascript:mo('…/cau-treo.jpg')"><img src="…/cau-treo.jpg"></a>` (an old
    page's link opening the picture in a window): a zoom, not a toolbar's script button."""
    caption = "Cầu treo mới nối hai thôn bên sông Chảy"
    box = (
        "<table><tr><td align='center'><a href=\"javascript:mo('/anh/cau-treo.jpg')\">"
        "<img border='1' src='/anh/cau-treo.jpg' width='340' height='240'></a></td></tr>"
        f"<tr><td align='center'><i>{caption}</i></td></tr></table>"
    )
    record = ARTICLE.record(ARTICLE.between(box))
    assert record["images"] == [ARTICLE.picture("cau-treo", caption)]
