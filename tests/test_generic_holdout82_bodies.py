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


FORUM_URL = "https://diendan.hanhhuong.example.vn/index.php?t=msg&th=512&start=0"
TOPIC = "Kinh nghiệm đi La Vang dịp lễ Đức Mẹ 2026"


def test_a_post_typed_in_a_span_of_its_cell_keeps_its_paragraphs() -> None:
    """A forum's message cell holding its text in a `<span>` (`<td><span class="MsgBodyText">…
    <br><br>…<div class="signature">`): the span is around a block, so the cell is too, and the
    post's `<br><br>` parts are paragraphs, not the cell's text run into one line."""
    post = (
        f"<span class='MsgBodyText'>{FIRST}<br>\n<br>\n{SECOND}<br>\n<br>\n{THIRD}<br>\n<br>\n"
        "<div class='signature'>--<br>Khải - giáo họ Thái Hà.</div></span>"
    )
    page = (
        f"<div class='content'><b>{TOPIC}</b><table class='MsgTable'>"
        f"<tr><td class='MsgR1'>{TOPIC}</td><td class='MsgR1'>03/12/2026 20:15</td></tr>"
        f"<tr><td class='MsgR3' colspan='2'>{post}</td></tr></table></div>"
    )
    forum = InventedArticle(FORUM_URL, TOPIC, NOW)
    assert forum.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))
