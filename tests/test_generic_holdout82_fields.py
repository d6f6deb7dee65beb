"""Rules the generic extractor learnt for dates, bylines, headlines, categories, tags and
pictures from the eighty-second holdout set's religion, festival and heritage pages on wikis,
forums and photo sites."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
WIKI_URL = "https://wiki.disan.example.vn/wiki/vi/Tu_bo_dinh_Phong_Dien"
WIKI_TITLE = "Tu bổ đình Phong Điền 2026"
TEXT = (
    "Đình Phong Điền được tu bổ mái ngói và 12 cột gỗ từ tháng 3 đến tháng 10/2026.",
    "Đơn vị thi công lợp lại 820 m² mái ngói âm dương, giữ lại khoảng 40% ngói cũ.",
)
WIKI = InventedArticle(WIKI_URL, f"Wiki Di sản - {WIKI_TITLE}", NOW, TEXT)


def _wiki_page(before_text: str = "", after_text: str = "", footer: str = "") -> dict:
    """A wiki's page: the topic over its text, `before_text` and `after_text` around the
    paragraphs, then the wiki's footer holding `footer`."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return WIKI.record(
        f"<div id='wiki-content'><div id='contents-header'>{WIKI_TITLE}</div>"
        f"<div id='content-article'>{before_text}{text}</div>{after_text}</div>"
        f"<div id='wiki-footer'>{footer}</div>"
    )


def test_a_wiki_footer_s_whole_sentence_is_its_raw_date() -> None:
    """A wiki footer naming the page as last changed in a sentence longer than a label
    (`Trang này được sửa đổi lần cuối vào 16:42, ngày 3 tháng 12 năm 2026`, the clock before
    the day): the page's only date, printed with its whole sentence as `published_raw`."""
    line = "Trang này được sửa đổi lần cuối vào 16:42, ngày 3 tháng 12 năm 2026"
    footer = (
        f"<div id='footer-lastmod'>{line}</div><div id='footer-user'>Người sửa cuối:"
        " <a href='/wiki/vi/User:DiSan'>DiSan</a></div>"
    )
    record = _wiki_page(footer=footer)
    assert (record["published_at"], record["published_raw"]) == ("2026-12-03T16:42:00+07:00", line)


CATEGORY_LINKS = (
    "<div class='category-links'>Thể loại: "
    "<a href='/wiki/vi/Category:%C4%90%C3%ACnh_%E1%BB%9F_Hu%E1%BA%BF'>Đình ở Huế</a> | "
    "<a href='/wiki/vi/Category:Tu_b%E1%BB%95_di_t%C3%ADch'>Tu bổ di tích</a></div>"
)


def test_a_line_of_links_to_category_pages_lists_the_tags() -> None:
    """A wiki's categories typed in a line after `Thể loại:`, links parted by bars, each to a
    page of the wiki's `Category:` namespace (JAMWiki's `category-links`): the words the page is
    filed under, its tags, as MediaWiki's list of them is."""
    assert _wiki_page(after_text=CATEGORY_LINKS)["tags"] == ["Đình ở Huế", "Tu bổ di tích"]


def test_a_line_of_links_to_category_pages_names_no_section() -> None:
    """The same line: its first link after the `Thể loại:` label is one of the page's tags,
    no section the page is filed in."""
    assert _wiki_page(after_text=CATEGORY_LINKS)["category"] is None


def test_a_floated_box_of_facts_holds_no_picture_of_the_text() -> None:
    """A wiki's infobox floated beside the text (`<table class="infobox" style="float:right">`):
    a thumbnail in a row of its own, then rows of a label and its value; a box of facts, whose
    picture is no figure of the text (its caption would be the facts)."""
    infobox = (
        "<table class='infobox' style='float:right;width:260px'><tr><th colspan='2'>Đình Phong"
        " Điền</th></tr><tr><td colspan='2'><img src='/anh/dinh-mat-tien-220px.jpg' alt=''"
        " width='220'></td></tr><tr><td>Địa chỉ</td><td>12 đường Phú Lễ</td></tr>"
        "<tr><td>Xây dựng</td><td>1878</td></tr><tr><td>Diện tích</td><td>2.400 m²</td></tr>"
        "</table>"
    )
    record = _wiki_page(before_text=infobox)
    assert (record["images"], record["body"]) == ([], "\n\n".join(TEXT))
