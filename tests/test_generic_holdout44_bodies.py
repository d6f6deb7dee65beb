"""Rules the generic extractor learnt for bodies, signatures and pictures from the forty-fourth
holdout set's opinion, interview and reader pages (an interview, letters, a legal Q&A, columns,
a round-table, a department's answer, a poll, a book review) on provincial papers' products."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/xa-hoi/thu-ngo-ung-ho-hoc-sinh-vung-lu-2231.html"
LETTER_TITLE = "Thư ngỏ kêu gọi ủng hộ học sinh vùng lũ đến trường"
NOTICE_TITLE = "Thông báo tiếp nhận ủng hộ học sinh vùng lũ đến trường"
LETTER_TEXT = (
    "Kính gửi: Các cơ quan, doanh nghiệp, các nhà hảo tâm trong và ngoài tỉnh.",
    "Đợt lũ vừa qua làm hơn 3.000 học sinh mất sách vở, đồ dùng học tập và quần áo ấm.",
    "Hội Khuyến học tỉnh tha thiết kêu gọi quý vị chung tay giúp các em sớm trở lại lớp.",
    "Trân trọng cảm ơn!",
)
SIGNATURE = (
    "<p style='text-align:right'><strong>TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH<br>CHỦ TỊCH"
    "</strong><br><br><strong>Nguyễn Văn Thành</strong></p>"
)


def _letter(title: str, signature: str) -> dict:
    """The record of the page titled `title` whose text `signature` closes."""
    text = "".join(f"<p>{p}</p>" for p in LETTER_TEXT)
    article = InventedArticle(URL, title, NOW)
    return article.record(
        f"<article><h1>{title}</h1><div class='body'>{text}{signature}</div></article>"
    )


def test_an_open_letter_s_signer_under_its_office_lines_is_its_writer() -> None:
    """`Thư ngỏ …` closed by `TM. BAN THƯỜNG VỤ …<br>CHỦ TỊCH<br><br>` and the chair's name in
    one paragraph: a letter speaks in its signer's voice, so she is its author; the office
    lines are no part of the display, nor is the block a line of the text."""
    record = _letter(LETTER_TITLE, SIGNATURE)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join(LETTER_TEXT),
        "Nguyễn Văn Thành",
        ["Nguyễn Văn Thành"],
    )


def test_an_open_letter_s_signer_on_a_line_of_her_own_is_its_writer() -> None:
    """The same block typed a paragraph a line (`<p>TM. …</p><p>CHỦ TỊCH</p><p>the name</p>`):
    the letter's signer is still its author."""
    block = (
        "<div style='text-align:right'><p><strong>TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH</strong>"
        "</p><p><strong>CHỦ TỊCH</strong></p><p><strong>Nguyễn Văn Thành</strong></p></div>"
    )
    record = _letter(LETTER_TITLE, block)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join(LETTER_TEXT),
        "Nguyễn Văn Thành",
        ["Nguyễn Văn Thành"],
    )


def test_a_notice_s_signer_under_the_same_office_lines_is_no_writer() -> None:
    """The same signature under a notice (`Thông báo …`): the office issues it and its chair
    only signs for it, so the page names no author."""
    record = _letter(NOTICE_TITLE, SIGNATURE)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join(LETTER_TEXT),
        None,
        [],
    )


def test_a_notice_s_signature_a_line_a_paragraph_is_known_by_its_post_alone() -> None:
    """`<p>GIÁM ĐỐC</p><p>the name</p>` under a notice, with no signing mark and no `(Đã ký)`:
    the post in capitals over the name tells the block, as it does where the same lines are
    broken by `<br>`s in one paragraph; no line of the text, no author."""
    block = (
        "<div style='text-align:right'><p><strong>GIÁM ĐỐC</strong></p>"
        "<p><strong>Nguyễn Văn Thành</strong></p></div>"
    )
    record = _letter(NOTICE_TITLE, block)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join(LETTER_TEXT),
        None,
        [],
    )


INTERVIEW_URL = "https://baotinh.example.vn/phong-van/du-lieu-dat-dai-4410.html"
INTERVIEW_TITLE = "Giám đốc Sở Nông nghiệp: Dữ liệu đất đai phải thông suốt"
QUESTION = "Người dân được lợi gì khi dữ liệu được liên thông, thưa ông?"
ANSWER = (
    "Ông Lê Văn Hòa: Hồ sơ chuyển nhượng nay chỉ qua một cửa, mục tiêu là mỗi thửa đất chỉ có"
    " một mã và một hồ sơ điện tử duy nhất."
)
CLOSING = "Xin cảm ơn ông!"
INTERVIEW = InventedArticle(INTERVIEW_URL, INTERVIEW_TITLE, NOW, (QUESTION, ANSWER, CLOSING))


def test_a_pull_quote_lifted_from_a_sentence_s_middle_with_a_capital_is_no_text() -> None:
    """`<blockquote class="pullquote">“Mỗi thửa đất chỉ có …”</blockquote>` set apart from `…
    mục tiêu là mỗi thửa đất chỉ có …`: the words lifted from the middle of a sentence open
    with a capital where they are set apart; the text prints them again, so the quote is no
    line of its own."""
    quote = (
        "<blockquote class='pullquote'><p>“Mỗi thửa đất chỉ có một mã và một hồ sơ điện tử duy"
        " nhất”</p></blockquote>"
    )
    page = INTERVIEW.between(quote)
    assert INTERVIEW.record(page)["body"] == "\n\n".join(INTERVIEW.text)


COLUMN_URL = "https://baothanhpho.example.vn/y-kien/goc-nhin/nuoc-ngot-chung.html"
COLUMN_TITLE = "Đồng bằng cần một chiến lược nước ngọt chung"
COLUMN = InventedArticle(
    COLUMN_URL,
    COLUMN_TITLE,
    NOW,
    (
        "Mỗi mùa khô, các xã ven biển lại đóng cống ngăn mặn và chở từng can nước ngọt.",
        "Nước phải được quản lý theo lưu vực chứ không theo ranh giới hành chính.",
    ),
)


def test_a_writer_s_card_with_her_portrait_and_her_name_in_bold_gives_no_picture() -> None:
    """`<div><img alt="TS. …"><p><strong>TS. Phan Quốc Huy</strong> là giảng viên …</p></div>`
    closing a guest column: the writer's card, her portrait beside the line that says who she
    is, the name opening it in bold with her title; no picture of the article, no text."""
    card = (
        "<div class='author-bio'><img src='/anh/tac-gia/phan-quoc-huy.jpg' alt='TS. Phan Quốc Huy'>"
        "<p><strong>TS. Phan Quốc Huy</strong> là giảng viên Khoa Kinh tế, Trường Đại học Cần"
        " Thơ, nghiên cứu kinh tế tài nguyên nước từ năm 2012.</p></div>"
    )
    figure = (
        "<figure><img src='/anh/cong-ngan-man.jpg'><figcaption>Một cống ngăn mặn. Ảnh: Minh Khoa"
        "</figcaption></figure>"
    )
    record = COLUMN.record(
        COLUMN.between(figure).replace("</div></article>", f"{card}</div></article>")
    )
    assert (record["body"], record["images"]) == (
        "\n\n".join(COLUMN.text),
        [COLUMN.picture("cong-ngan-man", "Một cống ngăn mặn. Ảnh: Minh Khoa")],
    )
