"""Text boundaries the generic extractor learnt from the eighty-second holdout set's religion,
festival and heritage pages: a wiki's edit links, contents and references, and a forum's post
typed in a span of its cell."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://wiki.disan.example.vn/wiki/vi/Tu_bo_dinh_Phong_Dien"
TITLE = "Tu bổ đình Phong Điền 2026"
FIRST = "Đình Phong Điền được tu bổ mái ngói và 12 cột gỗ từ tháng 3 đến tháng 10/2026."
SECOND = "Đơn vị thi công lợp lại 820 m² mái ngói âm dương, giữ lại khoảng 40% ngói cũ."
THIRD = "Tổng kinh phí 6,8 tỷ đồng, trong đó 1,2 tỷ đồng do người dân đóng góp."
ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def _edit_link(section: int) -> str:
    """A wiki's control to edit one section on its edit page, before the heading's words."""
    href = f"/wiki/vi/Special:Edit?topic=Tu_bo_dinh_Phong_Dien&amp;section={section}"
    return f"<span class='editsection'>[<a href='{href}'>sửa</a>]</span>"


def _wiki_page(inside: str) -> str:
    return f"<div id='contents-header'>{TITLE}</div><div id='content-article'>{inside}</div>"


def test_an_edit_link_opening_a_heading_is_no_text() -> None:
    """A wiki heading opening with `[sửa]`, a link to the wiki's edit page for that section
    (JAMWiki's `Special:Edit?topic=…&section=1`, no `action=edit`): a tool for the editors, so
    the sub-heading is its own words alone."""
    heading = f"<h2>{_edit_link(1)}<span id='Hang_muc'>Hạng mục</span></h2>"
    page = _wiki_page(f"<p>{FIRST}</p>{heading}<p>{SECOND}</p><p>{THIRD}</p>")
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, "Hạng mục", SECOND, THIRD))


def test_a_contents_title_over_its_links_alone_is_no_heading() -> None:
    """A wiki's table of contents (`<h2>Mục lục</h2>` over its list of links to the sections,
    which the text leaves out), a sub-heading of the text right after it: the contents'
    title, no heading of the text."""
    contents = (
        "<table id='toc'><tr><td><div id='toctitle'><h2>Mục lục</h2></div><ul>"
        "<li><a href='#Hang_muc'>1 Hạng mục</a></li><li><a href='#Kinh_phi'>2 Kinh phí</a></li>"
        "</ul></td></tr></table>"
    )
    page = _wiki_page(
        f"<p>{FIRST}</p>{contents}<h2>Hạng mục</h2><p>{SECOND}</p><h2>Kinh phí</h2><p>{THIRD}</p>"
    )
    body = ARTICLE.record(page)["body"]
    assert body == "\n\n".join((FIRST, "Hạng mục", SECOND, "Kinh phí", THIRD))


def test_a_tham_khao_heading_opens_the_references() -> None:
    """A wiki page closing with `<h2>Tham khảo</h2>` over its reference list (Vietnamese
    Wikipedia's title for it, `Tài liệu tham khảo` shortened): the page's apparatus, no text."""
    references = (
        "<h2>Tham khảo</h2><ol class='references'><li>Sở Văn hóa, Thể thao và Du lịch,"
        " Biên bản nghiệm thu ngày 28/10/2026.</li></ol>"
    )
    page = _wiki_page(f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>{references}")
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))
