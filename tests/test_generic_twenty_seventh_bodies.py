"""Rules the generic extractor learnt from the twenty-seventh holdout set's families (a people's
credit fund on web2py, a border-gate quarantine station on Javalin, a martial arts federation on
actix-web, a chamber of commerce's branch on Luminus): the boxes a site sets among the text's
paragraphs and the lead it marks by a utility class."""

from __future__ import annotations

from datetime import datetime

import time_machine

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoivuonkieng.example.vn/tin-hoat-dong/trien-lam-hoa-kieng-a5120.html"
TITLE = "Triển lãm hoa kiểng mùa xuân thu hút hơn năm nghìn lượt khách tham quan"
FIRST = "Hơn ba trăm chậu mai, bonsai và lan rừng của hội viên được trưng bày trong bốn ngày."
SECOND = "Ban giám khảo chấm điểm theo dáng thế, độ khỏe của cây và sự hài hòa giữa cây với chậu."
THIRD = "Hội dự kiến đưa triển lãm thành hoạt động thường niên vào dịp rằm tháng Chạp mỗi năm."
TEXT = [FIRST, SECOND, THIRD]

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def body_with(box: str) -> str:
    """The body read when `box` sits between the text's first and second paragraphs."""
    return ARTICLE.record(ARTICLE.between(box))["body"]


def test_a_block_under_its_own_heading_with_the_text_going_on_after_it_is_no_text() -> None:
    """`<div><h5>…</h5><p>…</p><p>…</p></div>` between paragraphs, no box word in its class:
    the next shows under a heading of their own, the text's paragraphs resuming after them."""
    box = (
        "<div class='hvk-sapdien'><h5>Các đợt trưng bày sắp tới</h5>"
        "<p>20/12/2026: Lan rừng Tây Nguyên - 8:00 tại nhà văn hóa phường.</p>"
        "<p>09/01/2027: Mai vàng Bình Định - 7:30 tại công viên trung tâm.</p></div>"
    )
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_rate_under_its_own_heading_with_a_link_to_the_full_list_is_no_text() -> None:
    """`<div><h4>…</h4><p>…</p><p><a>Xem đầy đủ</a></p></div>`: a price box inside the text."""
    box = (
        "<div class='khung-gia'><h4>Giá thuê gian hàng</h4>"
        "<p>Từ 1,2 triệu đồng mỗi gian trong bốn ngày; hội viên được giảm 20%.</p>"
        "<p><a href='/bang-gia'>Xem bảng giá đầy đủ</a></p></div>"
    )
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_block_titled_by_a_line_in_capitals_over_phone_lines_is_no_text() -> None:
    """`<div><p>ĐƯỜNG DÂY NÓNG …</p><p>…: 0263 …</p></div>`: a title in capitals, not in bold."""
    box = (
        "<div class='hvk-lienhe'><p>ĐƯỜNG DÂY NÓNG BAN TỔ CHỨC</p>"
        "<p>Văn phòng Hội: 0263 3 822 410</p><p>Thường trực triển lãm: 0263 3 822 411</p></div>"
    )
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_part_of_the_text_under_its_heading_closing_the_text_is_kept() -> None:
    """A heading and its paragraph wrapped in a block after the text's last paragraph: no text
    resumes after it, so it is the text's last part, not a box among its paragraphs."""
    last = "Hội muốn mời thêm nghệ nhân từ các tỉnh lân cận."
    part = f"<div><h3>Kỳ vọng năm sau</h3><p>{last}</p></div>"
    html = ARTICLE.between("").replace("</div></article>", f"{part}</div></article>")
    body = ARTICLE.record(html)["body"]
    assert body == "\n\n".join([*TEXT, "Kỳ vọng năm sau", last])


def test_a_first_paragraph_bold_by_a_has_text_weight_class_is_the_lead() -> None:
    """`<p class="has-text-weight-bold">` opening the text (Bulma's bold): the lead, not text."""
    text = f"<p class='has-text-weight-bold'>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"
    page = f"<article><h1>{TITLE}</h1><div class='content'>{text}</div></article>"
    record = ARTICLE.record(page)
    assert record["summary"] == FIRST
    assert record["body"] == "\n\n".join([SECOND, THIRD])


def test_a_publish_line_classed_as_the_subtitle_is_no_lead_whatever_the_clock() -> None:
    """`<p class="subtitle">8 giờ 15 sáng thứ Năm, 3-12-2026 Đã đọc: 1.440</p>` under the
    headline is the publish line, read against the fetch time: on a machine whose clock is
    before that day it is still a date, no deck."""
    head = "<meta name='description' content='Hội Sinh vật cảnh tỉnh - tin của hội viên'>"
    line = (
        "<p class='subtitle is-6'><span>8 giờ 15 sáng thứ Năm, 3-12-2026</span>"
        " <span>Đã đọc: 1.440</span></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<article><h1 class='title'>{TITLE}</h1>{line}<div class='content'>{text}</div></article>"
    )
    with time_machine.travel(datetime.fromisoformat("2025-06-01T09:00:00+07:00"), tick=False):
        record = ARTICLE.record(page, head)
    assert record["published_at"] == "2026-12-03T08:15:00+07:00"
    assert record["summary"] is None
