"""Rules the generic extractor learnt for bodies and summaries from the forty-first holdout
set's service news (prices, weather, bulletins, closures, results and schedules on provincial
papers' newsroom and enterprise products): texts holding tables of figures, their source lines
and the boxes set apart among them."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/kinh-te/gia-nong-san-tuan-qua-2291.html"
TITLE = "Giá nông sản tuần qua biến động trái chiều"
FIRST = "Giá cà phê nhân xô tại các đại lý thu mua tuần qua tăng thêm 2.000 đồng mỗi kg."
SECOND = "Các doanh nghiệp cho biết nguồn cung vụ mới về chậm do mưa kéo dài trên diện rộng."
THIRD = "Ngành nông nghiệp khuyến cáo nông dân không ồ ạt mở rộng diện tích cây trồng."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_titled_box_s_title_may_name_its_session_in_brackets() -> None:
    """`<div class="box-note"><p><strong>Giá cao su trên sàn (chốt phiên 3/12)</strong></p>…`:
    a box of figures set apart among the paragraphs, whose bold title names the session its
    figures close in brackets; the bracketed words add length, not a sentence, and the box is
    no text."""
    box = (
        "<div class='box-note'><p><strong>Giá cao su kỳ hạn trên các sàn châu Á (chốt phiên"
        " 3/12)</strong></p><p>Sàn Osaka kỳ hạn 05/2027: 318,6 yen/kg</p>"
        "<p>Sàn Thượng Hải kỳ hạn 01/2027: 15.240 nhân dân tệ/tấn</p></div>"
    )
    body = ARTICLE.record(ARTICLE.between(box))["body"]
    assert body == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_source_line_under_a_table_with_its_update_hour_is_the_table_s() -> None:
    """`<p><em>Nguồn: Công ty …, cập nhật lúc 09:30 ngày 05/12/2026</em></p>` right under a
    table of prices: the source the table's figures come from, with the hour they were read;
    no line of the text, though the hour follows the source after a comma."""
    table = (
        "<table><tr><th>Loại</th><th>Mua vào</th><th>Bán ra</th></tr>"
        "<tr><td>Vàng nhẫn 9999</td><td>149.800</td><td>152.300</td></tr></table>"
    )
    source = (
        "<p class='source'><em>Nguồn: Doanh nghiệp vàng bạc của tỉnh, cập nhật lúc 09:30 ngày"
        " 05/12/2026</em></p>"
    )
    body = ARTICLE.record(ARTICLE.between(table + source))["body"]
    rows = ("Loại | Mua vào | Bán ra", "Vàng nhẫn 9999 | 149.800 | 152.300")
    assert body == "\n\n".join((FIRST, *rows, SECOND, THIRD))


def test_a_table_with_pictograms_beside_its_cells_words_is_a_table_of_figures() -> None:
    """A forecast table whose weather cells open with an icon (`<td><img src="/icons/rain.svg"
    alt=""> Mưa vừa</td>`): the pictograms stand beside the words, no picture of a layout
    table; the rows are the text's lines and the icons no picture of the article."""
    table = (
        "<table class='forecast'><tr><th>Ngày</th><th>Thời tiết</th><th>Nhiệt độ</th></tr>"
        "<tr><td>Thứ Hai 07/12</td><td><img src='/assets/icons/rain.svg' alt=''> Mưa vừa</td>"
        "<td>20 - 24</td></tr><tr><td>Thứ Ba 08/12</td><td><img src='/assets/icons/sun.svg'"
        " alt=''> Nắng nhẹ</td><td>21 - 27</td></tr></table>"
    )
    record = ARTICLE.record(ARTICLE.between(table))
    rows = (
        "Ngày | Thời tiết | Nhiệt độ",
        "Thứ Hai 07/12 | Mưa vừa | 20 - 24",
        "Thứ Ba 08/12 | Nắng nhẹ | 21 - 27",
    )
    assert record["body"] == "\n\n".join((FIRST, *rows, SECOND, THIRD))
    assert record["images"] == []


def test_a_fact_box_table_with_a_header_row_is_a_table_of_figures() -> None:
    """`<table class="factbox-table">` whose first row is the columns' bold header (`Mặt hàng |
    Giá bán | Tăng/giảm`): a table of figures a product classes as a fact box, not a box opened
    by a title of its own (a title is one cell); its rows are the text's lines."""
    table = (
        "<table class='pbs-factbox-table'><tr><td><b>Mặt hàng</b></td><td><b>Giá bán</b></td>"
        "<td><b>Tăng/giảm</b></td></tr><tr><td>Xăng E5 RON 92</td><td>19.870</td><td>-310</td>"
        "</tr><tr><td>Dầu hỏa</td><td>18.690</td><td>-380</td></tr></table>"
    )
    body = ARTICLE.record(ARTICLE.between(table))["body"]
    rows = (
        "Mặt hàng | Giá bán | Tăng/giảm",
        "Xăng E5 RON 92 | 19.870 | -310",
        "Dầu hỏa | 18.690 | -380",
    )
    assert body == "\n\n".join((FIRST, *rows, SECOND, THIRD))


def test_an_ingress_paragraph_is_the_lead() -> None:
    """`<p class="pbs-ingress">` between the date line and the text: the word the Nordic
    newsroom products give the lead (an ingress); it is the summary, not the text's first
    paragraph."""
    lead = "Liên bộ vừa công bố kỳ điều hành giá xăng dầu mới, các mặt hàng đều giảm từ 290 đồng."
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    page = (
        f"<div class='article'><h1>{TITLE}</h1><div class='date'>Đăng ngày 04/12/2026 lúc 16:25"
        f"</div><p class='pbs-ingress'>{lead}</p><div class='pbs-bodytext'>{text}</div></div>"
    )
    record = ARTICLE.record(page, head="<meta name='description' content='Giá xăng giảm.'>")
    assert (record["summary"], record["body"]) == (lead, "\n\n".join(ARTICLE.text))
