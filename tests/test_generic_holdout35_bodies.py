"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
thirty-fifth holdout set's sector and trade press (police, army, union, agriculture, health,
education, customs, law, culture, science, youth and ethnic-affairs papers and magazines on
enterprise content products)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://tapchinganh.example.vn/thi-truong/gia-lua-gao-cuoi-nam-1842.html"
TITLE = "Giá lúa gạo cuối năm giữ ở mức cao"
FIRST = "Giá lúa tươi tại các tỉnh đồng bằng sông Cửu Long tuần qua dao động quanh 7.800 đồng/kg."
SECOND = "Các doanh nghiệp cho biết đơn hàng xuất khẩu quý I năm sau đã được ký gần đủ kế hoạch."
THIRD = "Ngành nông nghiệp khuyến cáo nông dân xuống giống vụ đông xuân đúng lịch thời vụ."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
TABLE = (
    "<table><tr><th>Loại</th><th>Giá (đồng/kg)</th></tr><tr><td>Lúa IR 50404</td><td>7.600</td>"
    "</tr><tr><td>Lúa OM 18</td><td>8.100</td></tr></table>"
)
TABLE_ROWS = ("Loại | Giá (đồng/kg)", "Lúa IR 50404 | 7.600", "Lúa OM 18 | 8.100")


def test_a_source_line_under_a_table_of_figures_is_the_table_s() -> None:
    """`<p><em>Nguồn: Sở Nông nghiệp</em></p>` right under a table of figures among the
    paragraphs credits the table's figures: it is no line of the text (the rows are)."""
    block = TABLE + "<p class='source'><em>Nguồn: Sở Nông nghiệp và Môi trường</em></p>"
    body = ARTICLE.record(ARTICLE.between(block))["body"]
    assert body == "\n\n".join((FIRST, *TABLE_ROWS, SECOND, THIRD))


def test_parenthesised_footnote_markers_and_the_notes_they_open_are_no_text() -> None:
    """A law magazine's `…theo quy định<sup>(1)</sup>.` in the text and, under a rule at its
    end, `<p><sup>(1)</sup> Khoản 3 Điều 235 Luật Đất đai.</p>`: the marker in the sentence is
    left out as `[1]` is, and the paragraph a marker opens is the note, not text."""
    marked = "Giá lúa tươi tuần qua dao động quanh 7.800 đồng/kg<sup>(1)</sup>, tăng nhẹ."
    notes = (
        "<hr><div class='footnotes'><p><sup>(1)</sup> Số liệu của Sở Nông nghiệp.</p>"
        "<p><sup>(2)</sup> Khảo sát của Hiệp hội Lương thực.</p></div>"
    )
    page = (
        f"<article><h1>{TITLE}</h1><div class='body'><p>{marked}</p><p>{SECOND}</p>"
        f"<p>{THIRD}<sup>(2)</sup></p>{notes}</div></article>"
    )
    body = ARTICLE.record(page)["body"]
    assert body == "\n\n".join(
        ("Giá lúa tươi tuần qua dao động quanh 7.800 đồng/kg, tăng nhẹ.", SECOND, THIRD)
    )


def test_a_box_labelled_duoc_tai_tro_is_an_ad_slot() -> None:
    """`<div><span>Được tài trợ</span><p><a href="…/click?id=…">Vay vốn …</a></p></div>`
    between paragraphs: `Được tài trợ` (sponsored) labels an ad slot as `Tài trợ` does; neither
    the label nor the ad's link is a line of the text."""
    box = (
        "<div class='adv'><span>Được tài trợ</span><p><a href='https://qc.example.vn/click?id=7'>"
        "Vay vốn sản xuất lãi suất ưu đãi cho nông dân - đăng ký trước 20/12/2026</a></p></div>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_an_italic_summary_in_another_language_opening_the_text_is_no_text() -> None:
    """An ethnic-affairs magazine prints, between the bold lead and the text, the summary in
    Hmong in italics in a box of its own (`<div><p><em>Lus luv: …</em></p></div>`): its words
    carry no Vietnamese letters, unlike the text after it, so it is a version for other
    readers, no line of the text."""
    lead = f"<div class='intro'><p><strong>(DTMN) - {FIRST}</strong></p></div>"
    hmong = (
        "<div class='summary-hmong'><p><em>Lus luv: Xyoo no, tus nqi nplej siab, cov neeg ua liaj"
        " ua teb tau nyiaj ntau dua.</em></p></div>"
    )
    text = f"<div class='text'><p>{SECOND}</p><p>{THIRD}</p></div>"
    page = f"<article><h1>{TITLE}</h1>{lead}{hmong}{text}</article>"
    assert ARTICLE.record(page)["body"] == "\n\n".join((SECOND, THIRD))
