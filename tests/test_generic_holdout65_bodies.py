"""Rules the generic extractor learnt for bodies, pictures and captions from the sixty-fifth
holdout set's court, police and public-order pages on e-mail campaigns' web versions, wikis,
help centres and podcast hosts."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://bantin.doanluatsu.example.vn/view.html?x=a1b2&m=Kq7"
TITLE = "Bào chữa chỉ định năm 2026: 280 vụ án, thù lao chưa thanh toán đủ"
GREETING = "Kính gửi Quý Luật sư,"
FIRST = "Trong năm 2026, luật sư của Đoàn đã bào chữa chỉ định trong 280 vụ án, tăng 12%."
SECOND = "Ban Chủ nhiệm đề nghị Sở Tư pháp thanh toán dứt điểm thù lao còn nợ trong tháng 12."
THIRD = "Các văn phòng luật gửi danh sách luật sư nhận bào chữa năm 2027 trước ngày 20/12/2026."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def _cells(*paragraphs: str) -> str:
    return "".join(
        f"<tr><td class='gr-text'><p style='margin:0'>{p}</p></td></tr>" for p in paragraphs
    )


def test_a_greeting_under_the_headline_s_cell_opens_the_text() -> None:
    """A campaign prints its headline in a cell of the table its paragraphs are cells of, then
    `Kính gửi Quý Luật sư,`: the greeting opens the text under the headline and stays."""
    page = (
        f"<table class='wrapper'><tr><td><h1>{TITLE}</h1></td></tr>"
        f"{_cells(GREETING, FIRST, SECOND, THIRD)}</table>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((GREETING, FIRST, SECOND, THIRD))


def test_a_campaign_s_sign_off_closes_the_story_and_the_rows_under_it_are_not_text() -> None:
    """A campaign's story cell closes with its team's sign-off set right (`Đội ngũ An Khang
    Camera`): the byline, naming nobody; the rows under it (a product block with its pictures,
    an offer, the footer) are the campaign's, neither text nor the article's pictures."""
    story = (
        f"<tr><td class='kl-text'><div><h1>{TITLE}</h1>"
        + "".join(f"<p>{p}</p><p>&nbsp;</p>" for p in (FIRST, SECOND, THIRD))
        + "<p style='text-align:right;'>Đội ngũ An Khang Camera</p></div></td></tr>"
    )
    products = (
        "<tr><td class='kl-product-block'><table><tr><td><img src='/anh/camera.png'><br><strong>"
        "Camera Wi-Fi</strong><br><s>1.290.000đ</s> 990.000đ<br><a href='https://shop.example"
        ".vn/camera'>Mua ngay</a></td></tr></table></td></tr>"
        "<tr><td class='kl-text'><div><p>Ưu đãi đến 25% áp dụng đến 23 giờ 59 ngày 20/12/2026."
        "</p></div></td></tr><tr><td class='kl-text'><div><p>An Khang Camera · 214 Nguyễn Văn "
        "Linh</p><p>Không muốn nhận thư? <a href='/unsubscribe'>Hủy đăng ký</a>.</p></div></td>"
        "</tr>"
    )
    record = ARTICLE.record(f"<table><tbody>{story}{products}</tbody></table>")
    assert (record["byline"], record["authors"], record["body"], record["images"]) == (
        "Đội ngũ An Khang Camera",
        [],
        "\n\n".join((FIRST, SECOND, THIRD)),
        [],
    )


def test_a_quoted_duty_line_with_a_landline_is_no_text() -> None:
    """`<blockquote><p>Trực ban xã: 0270 3 861 113 (24/7). Báo cáo …</p></blockquote>` among the
    paragraphs: a landline grouped from its first digit is a number to call, and the labelled
    line a notice, no part of the text."""
    quote = (
        "<blockquote><p>Trực ban xã: 0270 3 861 113 (24/7). Báo cáo kết quả trước 16 giờ thứ "
        "Hai hằng tuần.</p></blockquote>"
    )
    assert ARTICLE.record(ARTICLE.between(quote))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_an_episode_s_show_notes_are_not_text() -> None:
    """A podcast episode's notes after its text: the guests (`Khách mời: …`), its chapters typed
    on one line (`00:00 Mở đầu · 03:15 …`), the credit and when the next episodes air: none of
    them is text, and the credit is the byline."""
    notes = (
        "<p>Khách mời: Thẩm phán Phan Thị Liên; chị Lê Thị Hà, phụ huynh.</p>"
        "<p>00:00 Mở đầu · 03:15 Cáo trạng · 11:40 Trò chuyện với thẩm phán</p>"
        "<p>Thực hiện: Hồng Nhung - Quốc Thái</p>"
        "<p>Nghe các tập mới vào 6 giờ sáng thứ Sáu hằng tuần trên ứng dụng của Đài.</p>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    record = ARTICLE.record(
        f"<div class='libsyn-item'><div class='libsyn-item-title'><a href='{URL}'>{TITLE}</a>"
        f"</div><div class='libsyn-item-body'>{text}{notes}</div></div>"
    )
    assert (record["body"], record["authors"]) == (
        "\n\n".join((FIRST, SECOND, THIRD)),
        ["Hồng Nhung", "Quốc Thái"],
    )


def test_a_programme_s_hours_on_one_line_stay() -> None:
    """`08:00 Khai mạc · 09:30 Tham quan · 11:00 Bế mạc`: a programme starting later than
    `00:00` is no recording's chapters, and stays a line of the text."""
    line = "08:00 Khai mạc · 09:30 Tham quan · 11:00 Bế mạc"
    body = ARTICLE.record(ARTICLE.between(f"<p>{line}</p>"))["body"]
    assert body == "\n\n".join((FIRST, line, SECOND, THIRD))
