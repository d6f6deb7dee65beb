"""Rules the generic extractor learnt from the blind table of whole articles with furniture at the
body's start and inside it (`tests/fixtures/placements/inside.json`): which blocks opening the
text or set between its paragraphs are the site's, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://tinmiennui.example.vn/xa-hoi/cho-phien-vung-cao-b7731.html"
TITLE = "Chợ phiên vùng cao nhộn nhịp ngày cuối tuần"
LEAD = "Mỗi sáng chủ nhật, chợ phiên ở trung tâm xã lại đông kín người từ các bản xa về mua bán."
TEXT = [
    "Từ tờ mờ sáng, những con đường đất dẫn về chợ đã rộn tiếng xe máy và tiếng người gọi nhau.",
    "Người dân mang theo gà, lợn con, rau rừng và những tấm vải lanh tự dệt để bán.",
    "Bà Vàng Thị Mỷ, 62 tuổi, đi bộ gần hai tiếng từ bản Lùng Phìn để bán mấy bó rau cải.",
    "Với nhiều người, chợ phiên không chỉ là nơi mua bán mà còn là nơi gặp gỡ bạn bè, họ hàng.",
    "Xã đang làm lại mái che và khu vệ sinh để đón khách du lịch đến chợ dịp cuối năm.",
]
BODY = "\n\n".join(TEXT)


def record(opening: str = "", middle: str = "", closing: str = "") -> dict:
    """The page with `opening` set in the text's container before its first paragraph, `middle`
    after its second paragraph and `closing` after its last."""
    text = "".join(f"<p>{line}</p>" for line in TEXT[:2]) + middle
    text += "".join(f"<p>{line}</p>" for line in TEXT[2:])
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><p class='sapo'>{LEAD}</p>"
        f"<div class='q7Rt2'>{opening}{text}{closing}</div></article>"
        "<footer><p>Tin Miền Núi, trang tin điện tử của huyện.</p></footer></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_a_sign_up_box_whose_mail_field_is_in_no_form_is_no_text() -> None:
    """A sign-up box a script sends, its e-mail field in no `<form>`, is a sign-up box: its
    title and its pitch are no text, whatever its class."""
    box = (
        "<div class='Signup_card__e4Rt7'><p><strong>Đăng ký nhận bản tin</strong></p>"
        "<p>Nhận tin nổi bật mỗi sáng qua email của bạn.</p>"
        "<input type='email' placeholder='Email của bạn'><button>Đăng ký</button></div>"
    )
    assert record(middle=box)["body"] == BODY


def test_a_note_marked_with_an_asterisk_closing_the_text_is_no_text() -> None:
    """`(*) Tên nhân vật đã được thay đổi.` under the text is the paper's note on it (a
    footnote), not its last paragraph; a sentence with `(*)` in it stays."""
    for note in (
        "<p><em>(*) Tên một số nhân vật trong bài đã được thay đổi.</em></p>",
        "<p class='Note_star__f5Gh0'>(*) Bài viết thể hiện quan điểm riêng của tác giả.</p>",
    ):
        assert record(closing=note)["body"] == BODY, note
    sentence = "Những mặt hàng có dấu (*) được bán với giá niêm yết của hợp tác xã."
    assert record(closing=f"<p>{sentence}</p>")["body"] == f"{BODY}\n\n{sentence}"


def test_a_fact_box_typed_as_paragraphs_is_no_text() -> None:
    """A box of a bold title and `Label: value` paragraphs closing no sentence, in a `<div>`
    or a table's one cell, its lines dashed or not, is a fact box as one holding a list is; a
    box of steps closing their sentences stays."""
    facts = (
        "<p><strong>Bạn có biết?</strong></p><p>Diện tích chợ: 4.000 m2</p>"
        "<p>Số gian hàng: 160</p><p>Họp chợ: sáng chủ nhật hằng tuần</p>"
    )
    assert record(middle=f"<div class='Facts_card__w1Ve5'>{facts}</div>")["body"] == BODY
    table = f"<table border='1' width='40%' align='right'><tr><td>{facts}</td></tr></table>"
    assert record(middle=table)["body"] == BODY
    dashed = facts.replace("<p>Số", "<p>- Số").replace("<p>Họp", "<p>- Họp")
    assert record(middle=f"<div class='f1'>{dashed}</div>")["body"] == BODY
    steps = ["Bước 1: Đăng ký gian hàng với ban quản lý chợ.", "Bước 2: Nộp phí vệ sinh theo ngày."]
    box = "<div class='k3'><p><strong>Cách đăng ký</strong></p>"
    box += "".join(f"<p>{step}</p>" for step in steps) + "</div>"
    want = [*TEXT[:2], "Cách đăng ký", *steps, *TEXT[2:]]
    assert record(middle=box)["body"] == "\n\n".join(want)


def test_a_box_closed_by_who_posted_it_and_when_is_no_text() -> None:
    """An embedded social post as a box of its own, closed by `Đăng bởi … vào <day>`, is someone
    else's words with its attribution, whatever the box's class."""
    post = (
        "<div class='nhung-facebook'><p>Hôm nay chúng tôi đã về chợ phiên và ghi lại những hình"
        " ảnh thật đẹp. Cảm ơn bà con đã đón tiếp!</p>"
        "<p>Đăng bởi Fanpage Tuổi trẻ huyện vào 1 tháng 12, 2025</p></div>"
    )
    assert record(middle=post)["body"] == BODY


def test_a_name_in_bold_opening_the_text_is_its_byline_whatever_its_class() -> None:
    """Full names in bold opening the text are its byline when a byline class marks the line
    too (`Byline_name__b7Tq2`), and under a share bar's line."""
    for opening in (
        "<p class='Byline_name__b7Tq2'><strong>Lê Thảo Nguyên</strong></p>",
        "<p>Chia sẻ: <a href='#'>Facebook (214)</a> <a href='#'>Zalo (57)</a></p>"
        "<p class='Byline_name__b7Tq2'><strong>Lê Thảo Nguyên</strong></p>",
    ):
        got = record(opening=opening)
        assert (got["body"], got["byline"]) == (BODY, "Lê Thảo Nguyên"), opening


def test_a_share_line_naming_the_networks_with_their_counts_is_no_text() -> None:
    """`Chia sẻ: Facebook (214) Zalo (57)` opening the text is a bar of share buttons and the
    counts they show, as `Chia sẻ (6)` is."""
    for line in (
        "Chia sẻ: <a href='#'>Facebook (214)</a> <a href='#'>Zalo (57)</a>",
        "<a href='#'>Facebook</a> | <a href='#'>Twitter</a> | <a href='#'>Zalo</a>",
    ):
        assert record(opening=f"<p>{line}</p>")["body"] == BODY, line


def test_a_quote_set_apart_in_a_div_of_its_own_repeating_the_text_is_no_text() -> None:
    """A `<div>` or a centred paragraph holding only words in quotation marks that the text
    prints again is a pull quote, as a `<blockquote>` is; one whose words the text prints
    nowhere else is body."""
    repeated = "“Bà Vàng Thị Mỷ, 62 tuổi, đi bộ gần hai tiếng từ bản Lùng Phìn”"
    assert record(middle=f"<div class='qt'>{repeated}</div>")["body"] == BODY
    own = "“Chợ phiên là nơi giữ hồn của bản làng, mất chợ là mất cả một phần ký ức”"
    want = [*TEXT[:2], own, *TEXT[2:]]
    assert record(middle=f"<div class='qt'>{own}</div>")["body"] == "\n\n".join(want)
    centred = "<p style='text-align:center'><strong><em>{}</em></strong></p>"
    assert record(middle=centred.format(repeated))["body"] == BODY
    assert record(middle=centred.format(own))["body"] == "\n\n".join(want)
    shouted = "<p align='CENTER'><strong><em>{}</em></strong></p>"  # HTML reads any case
    assert record(middle=shouted.format(repeated))["body"] == BODY


def test_a_writers_line_under_its_label_opening_the_text_is_its_byline() -> None:
    """`Bài: Minh Anh – Ảnh: Quốc Tuấn` in bold over the first paragraph credits the text's
    writer, as it does under the text."""
    got = record(opening="<p><strong>Bài: Minh Anh – Ảnh: Quốc Tuấn</strong></p>")
    assert (got["body"], got["byline"]) == (BODY, "Minh Anh")


def test_a_box_of_another_articles_title_over_its_teaser_is_no_text() -> None:
    """A box holding a link to another article on a line of its own (its picture's link beside
    it) and one teaser paragraph under it is a card of that article, whatever its class; a
    box whose sentence opens with a link is text."""
    card = (
        "<div class='c1'><a href='/b/9.html'><img src='/t.jpg'></a>"
        "<a href='/b/9.html'>Chợ tình Khâu Vai mùa xuân</a>"
        "<p>Mỗi năm một lần, chợ tình lại họp ở xã vùng cao.</p></div>"
    )
    assert record(middle=card)["body"] == BODY
    sentence = "Lùng Phìn là xã có phiên chợ đông nhất huyện, họp vào sáng chủ nhật."
    linked = sentence.replace("Lùng Phìn", "<a href='/dia-danh/lung-phin.html'>Lùng Phìn</a>", 1)
    want = [*TEXT[:2], sentence, *TEXT[2:]]
    assert record(middle=f"<div>{linked}</div>")["body"] == "\n\n".join(want)
