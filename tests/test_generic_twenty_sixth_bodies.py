"""Rules the generic extractor learnt from the twenty-sixth holdout set's families (a social
insurance office on Jester, a theatre on Kemal, a port authority on Wicket, a notary office on
Tapestry): the boxes a site sets among the text's paragraphs."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://trungtamvanhoa.example.vn/tin-tuc/dem-nhac-dan-toc-a2207.html"
TITLE = "Đêm nhạc dân tộc gây quỹ cho học sinh nghèo vùng biên"
FIRST = "Hơn hai mươi nghệ sĩ biểu diễn các tiết mục đàn bầu, đàn tranh và hát then trong ba giờ."
SECOND = "Khán giả ủng hộ tổng cộng 86 triệu đồng, được chuyển ngay cho quỹ khuyến học của huyện."
THIRD = "Trung tâm dự kiến tổ chức đêm nhạc tương tự tại hai xã vùng cao vào đầu năm sau."
TEXT = [FIRST, SECOND, THIRD]

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def body_with(box: str) -> str:
    """The body read when `box` sits between the text's first and second paragraphs."""
    return ARTICLE.record(ARTICLE.between(box))["body"]


def test_a_box_classed_with_a_word_ending_in_box_under_its_own_heading_is_no_text() -> None:
    """`<div class="…-ticketbox"><h4>…</h4><p>…</p></div>`: a box set apart under a title of its
    own, its class a word run into `box`."""
    box = (
        "<div class='ttvh-ticketbox'><h4>Buổi diễn tiếp theo</h4>"
        "<p>Tối chủ nhật 13/12, 20h00. Vé 50.000 đồng tại quầy.</p></div>"
    )
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_bold_label_with_its_colon_after_it_alone_in_a_box_is_no_text() -> None:
    """`<div><p><b>Tra cứu lịch diễn</b>: nhắn tin … gửi 8168.</p></div>`: the colon after the
    bold label, outside it; the site's notice."""
    box = "<div class='ttvh-hop'><p><b>Tra cứu lịch diễn</b>: nhắn tin LD gửi 8168.</p></div>"
    assert body_with(box) == "\n\n".join(TEXT)


def test_words_up_to_a_colon_before_a_phone_number_alone_in_a_box_are_no_text() -> None:
    """`<div><p>Đường dây nóng …: <b>0236 …</b></p></div>`: a plain label, then the number to
    call; the site's notice."""
    box = "<div class='ttvh-lienhe'><p>Đường dây nóng đặt vé: <b>0236 3821 456</b></p></div>"
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_labelled_line_with_a_link_and_a_phone_number_alone_in_a_box_is_no_text() -> None:
    """`Đăng ký chỗ ngồi trước: <a>trực tuyến</a> hoặc gọi 0236 …`: the site's notice."""
    box = (
        "<div class='ttvh-dangky'><p>Đăng ký chỗ ngồi trước: <a href='/dang-ky'>trực tuyến</a>"
        " hoặc gọi 0236 3821 457.</p></div>"
    )
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_quoted_clock_in_a_box_is_no_label() -> None:
    """A box of one line whose colon is a clock's (`lúc 20:00`) and which prints a number to
    call is a line of the text, not a notice labelled up to the colon."""
    line = "Buổi diễn lúc 20:00 được truyền hình trực tiếp, khán giả ủng hộ qua số 0236 3821 458."
    body = body_with(f"<div class='ttvh-doan'><p>{line}</p></div>")
    assert body == "\n\n".join([FIRST, line, SECOND, THIRD])


def test_a_plain_block_classed_as_the_description_right_over_the_text_is_the_lead() -> None:
    """`<div class="…-desc"><p>…</p></div>` between the publish line and the text's box, set in
    no bold or italics, the page's description the site's blurb: the lead, no part of the body."""
    lead = "Tối 4/12, Trung tâm Văn hóa tỉnh tổ chức đêm nhạc dân tộc gây quỹ cho học sinh nghèo."
    page = (
        f"<article><h1>{TITLE}</h1><div class='meta'>Đăng lúc 08:15 ngày 05/12/2026</div>"
        f"<div class='ttvh-desc'><p>{lead}</p></div><div class='ttvh-content'>"
        + "".join(f"<p>{p}</p>" for p in TEXT)
        + "</div></article>"
    )
    head = "<meta name='description' content='Trung tâm Văn hóa tỉnh – tin tức, lịch diễn.'>"
    record = ARTICLE.record(page, head)
    assert (record["summary"], record["body"]) == (lead, "\n\n".join(TEXT))
