"""Rules the generic extractor learnt from the twenty-fifth holdout set's families (a project
board on ColdFusion, a planning institute on NestJS, a children's shelter on Sinatra, a
children's house on Koa, a vocational college on Laminas, a post office on PrimeFaces): bodies,
summaries and pictures."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://baotanglang.example.vn/tin-hoat-dong/trung-bay-nong-cu-xua-a2207.html"
TITLE = "Trưng bày bộ sưu tập nông cụ xưa của các làng ven sông"
FIRST = "Bộ sưu tập gồm hơn hai trăm hiện vật do người dân các làng trao tặng trong ba năm qua."
SECOND = "Mỗi hiện vật có một tấm thẻ ghi tên gọi, nơi tìm thấy và cách người xưa sử dụng nó."
THIRD = "Phòng trưng bày mở cửa miễn phí cho học sinh vào các buổi sáng trong tuần."
TEXT = [FIRST, SECOND, THIRD]

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
record, between = ARTICLE.record, ARTICLE.between


def test_a_link_to_the_heading_opening_it_is_no_part_of_its_text() -> None:
    """`<h2 id="a"><a href="#a">#</a> Cách trưng bày</h2>`: the mark a site opens each heading
    with links to the heading itself; the heading is its words."""
    heading = (
        "<h2 id='cach-trung-bay'><a class='anchor' href='#cach-trung-bay' aria-hidden='true'>#"
        "</a> Cách trưng bày</h2>"
    )
    body = record(between(heading))["body"]
    assert body == "\n\n".join([FIRST, "Cách trưng bày", SECOND, THIRD])


def test_a_component_librarys_widget_class_on_the_articles_panel_makes_no_furniture() -> None:
    """`<div class="ui-panel ui-widget ui-widget-content">` around the headline, an italic
    description and the text (PrimeFaces, jQuery UI: every component is a `ui-widget`): the
    article's panel; its italic description over the text is the lead."""
    lead = "Bảo tàng vừa mở phòng trưng bày mới với hơn hai trăm nông cụ do người dân trao tặng."
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    panel = (
        "<div class='ui-panel ui-widget ui-widget-content'><div class='ui-panel-content"
        f" ui-widget-content'><h1 class='tieu-de'>{TITLE}</h1><div class='mo-ta'><em>{lead}"
        f"</em></div><div class='noi-dung'>{text}</div></div></div>"
    )
    found = record(panel)
    assert (found["summary"], found["body"]) == (lead, "\n\n".join(TEXT))


def test_a_stamp_over_the_text_holds_no_picture_of_the_article() -> None:
    """`<div class="stamp"><img …> DI SẢN</div>` between the headline and the text's box (a
    kind's icon and its name over each of its articles): no picture of this one."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<article><h1>{TITLE}</h1><div class='stamp'><img src='/anh/tem-di-san.png' alt=''>"
        f" DI SẢN</div><div class='noi-dung'>{text}<p><img src='/anh/nong-cu.jpg' alt=''></p>"
        "</div></article>"
    )
    assert record(page)["images"] == [ARTICLE.picture("nong-cu")]


def test_a_box_opening_with_a_line_its_class_calls_a_title_is_no_text() -> None:
    """`<div class="box-lich"><p class="box-title">…</p><p>…</p></div>` between paragraphs: a
    box of opening days set apart from the text, its title a plain line its class names, longer
    than a bold title would be."""
    box = (
        "<div class='box-lich'><p class='box-title'>Lịch mở cửa phòng trưng bày dịp cuối năm"
        " (20/12 - 31/12/2026)</p><p>Thứ Ba đến Chủ nhật: 8:00 - 17:00. Thứ Hai nghỉ.</p></div>"
    )
    assert record(between(box))["body"] == "\n\n".join(TEXT)


def test_a_table_classed_as_a_box_opening_with_a_bold_cell_is_no_text() -> None:
    """`<table class="box-gia">` between paragraphs, its first row a bold title and its second
    the facts: a box drawn as a table, set apart from the text."""
    box = (
        "<table class='box-gia' border='1'><tr><td><b>Giá vé tham quan năm 2027</b></td></tr>"
        "<tr><td>Người lớn: 20.000 đồng - Học sinh: 10.000 đồng</td></tr></table>"
    )
    assert record(between(box))["body"] == "\n\n".join(TEXT)


def test_a_classed_block_of_a_bold_title_and_one_paragraph_is_no_text() -> None:
    """`<div class="ghi-chu"><p><b>…</b></p><p>…</p></div>` between the text's paragraphs: a
    note under a bold title of its own (visiting hours), set apart from the text."""
    box = (
        "<div class='ghi-chu'><p><b>Đón khách tham quan</b></p><p>Các đoàn học sinh muốn đến"
        " xem vui lòng đăng ký trước với phòng hành chính của bảo tàng.</p></div>"
    )
    assert record(between(box))["body"] == "\n\n".join(TEXT)
