"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
twenty-eighth holdout set's document shapes (a Word page, a newsletter archive, a feed reader's
item, a Fediverse post, pdf2htmlEX, MediaWiki, Quarto, a translation proxy, a messenger embed, a
reader view, a published online document and a LibreOffice export)."""

from __future__ import annotations

from datetime import datetime

import time_machine

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoikhuyenhoc.example.vn/tin-tuc/trao-hoc-bong-mua-dong-a5120.html"
TITLE = "Trao 80 suất học bổng mùa đông cho học sinh vùng cao"
FIRST = "Sáng 02/12, Hội Khuyến học huyện trao 80 suất học bổng cho học sinh ở bốn xã vùng cao."
SECOND = "Mỗi suất gồm một triệu đồng tiền mặt, một chiếc áo ấm và bộ sách giáo khoa của năm học."
THIRD = "Hội dự kiến vận động thêm 50 suất học bổng để trao vào dịp Tết Nguyên đán năm sau."
TEXT = [FIRST, SECOND, THIRD]

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def body_with(box: str) -> str:
    """The body read when `box` sits between the text's first and second paragraphs."""
    return ARTICLE.record(ARTICLE.between(box))["body"]


def test_a_bordered_box_under_a_bold_title_alone_is_no_text() -> None:
    """`<div style="border:…"><p><b>Title</b></p><p>…</p></div>`: a notice framed apart from
    the text under a bold title with no colon after it."""
    box = (
        "<div style='border:1px solid #999;padding:8px'><p><b>Địa chỉ nhận hồ sơ</b></p>"
        "<p>Văn phòng Hội, tầng 1 trụ sở xã; điện thoại 0209 3 812 440 trong giờ hành chính.</p>"
        "</div>"
    )
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_one_cell_table_under_a_bold_title_over_broken_lines_is_no_text() -> None:
    """`<table><tr><td><strong>Title</strong><br>line<br>line</td></tr></table>`: a schedule in
    a frame laid out as a table of one cell."""
    box = (
        "<table width='100%' style='background:#f4f4f4'><tr><td><strong>Lịch trao tiếp theo"
        "</strong><br>09/12/2026, 8:00 - Xã Nậm Cang<br>11/12/2026, 14:00 - Xã Tả Van</td></tr>"
        "</table>"
    )
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_date_line_opening_the_text_is_read_against_the_fetch_time() -> None:
    """`<p><strong>Thứ năm, ngày 3 tháng 12 năm 2026</strong></p>` opening the text of a page
    fetched in December 2026 is its date line, no text, whatever the machine's clock says (a
    page read again years before or after it was fetched)."""
    line = (
        "<p><strong><span title='2026-12-03'>Thứ năm, ngày 3 tháng 12 năm 2026</span></strong></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    body = f"<h1>{TITLE}</h1><div class='noi-dung'>{line}{text}</div>"
    bodies = []
    for clock in ("2025-06-01T09:00:00+07:00", "2033-02-01T09:00:00+07:00"):
        with time_machine.travel(datetime.fromisoformat(clock), tick=False):
            bodies.append(ARTICLE.record(body)["body"])
    assert bodies == ["\n\n".join(TEXT)] * 2
