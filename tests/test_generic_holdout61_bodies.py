"""Rules the generic extractor learnt for bodies, signatures under the text and boxes inside it
from the sixty-first holdout set's transport, traffic and public works pages on a changelog, a
newsletter's post and podcast sites."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://bantin.example.vn/posts/ban-tin-so-17-cau-thu-thiem-4"
TITLE = "Bản tin số 17: Cầu Thủ Thiêm 4 hợp long nhịp chính"
FIRST = "Cầu Thủ Thiêm 4 đã hợp long nhịp chính dài 150 m vào sáng thứ Ba, sớm hơn dự kiến."
SECOND = "Nhà thầu đang hoàn thiện mặt cầu và hệ thống chiếu sáng trên toàn tuyến dài 2,16 km."
THIRD = "Thành phố đặt mục tiêu thông xe cầu trước ngày 30/4/2027, kịp dịp lễ lớn của năm."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_note_box_among_the_paragraphs_is_no_text() -> None:
    """`<blockquote class="note"><p>Thẻ hỗ trợ: …</p></blockquote>` between a changelog's
    paragraphs: a note set apart from the text, as a callout is."""
    box = (
        "<blockquote class='note'><p>Thẻ hỗ trợ: Visa, Mastercard và thẻ nội địa có chip. Ví điện"
        " tử sẽ được bổ sung sau.</p></blockquote>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_newsletter_s_greeting_opens_its_text_and_its_initials_sign_it() -> None:
    """A newsletter's post opens with `Chào các bạn,` (a letter's greeting, closed by its
    comma: the text's own) and closes with a sign-off and the writer's initials alone
    (`T.M.H.`), the sender's note under them: the initials are the byline, the sign-off and the
    note no text."""
    lines = (
        "Chào các bạn,",
        FIRST,
        SECOND,
        THIRD,
        "Hẹn gặp lại tuần sau,",
        "T.M.H.",
    )
    note = (
        "<p style='font-size:12px'>Bạn nhận được bản tin này vì đã đăng ký. Địa chỉ gửi: 12 Lê "
        "Lợi, TP Hồ Chí Minh. <a href='#'>Hủy đăng ký</a></p>"
    )
    text = "".join(f"<p>{line}</p>" for line in lines) + note
    page = f"<main class='post'><h1>{TITLE}</h1><div class='post__content'>{text}</div></main>"
    record = ARTICLE.record(page)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join(("Chào các bạn,", FIRST, SECOND, THIRD)),
        "T.M.H.",
        ["T.M.H."],
    )


def test_a_show_notes_label_over_an_episode_s_notes_is_no_text() -> None:
    """`<h3>Ghi chú tập</h3>` opening a podcast episode's description: the template's label
    for the box (its show notes), no heading of the text."""
    notes = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    page = (
        f"<div class='episode'><h1>{TITLE}</h1><div class='episode-description'>"
        f"<h3>Ghi chú tập</h3>{notes}</div></div>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))
