"""Rules the generic extractor learnt for bodies, pictures and boxes set apart from the sixtieth
holdout set's labour, jobs and social welfare pages on newsroom platforms, community blogs,
site builders and an e-mail campaign's web version."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://ldld.example.vn/tin-tuc/ho-tro-cong-nhan-thue-tro.html"
TITLE = "Hỗ trợ tiền thuê trọ cho 480 công nhân bị giảm giờ làm"
FIRST = "Liên đoàn Lao động tỉnh vừa chi 1,44 tỷ đồng hỗ trợ tiền thuê trọ cho 480 công nhân."
SECOND = "Mỗi công nhân nhận 3 triệu đồng, chuyển thẳng vào tài khoản trước ngày 20/12/2026."
THIRD = "Năm 2027, Liên đoàn dự kiến mở rộng hỗ trợ cho công nhân các khu công nghiệp mới."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_campaign_s_rows_of_text_typed_in_their_cells_are_the_text() -> None:
    """The web version of an e-mail campaign lays the story out in rows of one cell each, the
    paragraphs typed in the cells (`<tr><td style="font-size:15px">…</td></tr>`), the picture
    and its caption in rows of their own: each cell a paragraph, the caption the picture's."""
    cell = "<tr><td style='font-size:15px;padding:0 24px'>{}</td></tr>"
    rows = (
        "<tr><td><a href='/t/view-email'>Xem trên trình duyệt</a></td></tr>"
        f"<tr><td><h1>{TITLE}</h1></td></tr>"
        + cell.format(FIRST)
        + "<tr><td><img src='/anh/nha-tro.jpg' width='552' alt=''></td></tr>"
        "<tr><td style='font-style:italic'>Công nhân nhận tiền hỗ trợ. Ảnh: Minh Thư</td></tr>"
        + cell.format(SECOND)
        + cell.format(THIRD)
    )
    layout = f"<table class='layout'>{rows}</table>"
    page = f"<table role='presentation'><tr><td>{layout}</td></tr></table>"
    record = ARTICLE.record(page)
    assert (record["body"], record["images"]) == (
        "\n\n".join((FIRST, SECOND, THIRD)),
        [ARTICLE.picture("nha-tro", "Công nhân nhận tiền hỗ trợ. Ảnh: Minh Thư")],
    )


def test_a_spoiler_among_the_paragraphs_is_set_apart() -> None:
    """A community's spoiler, a box the reader opens with a click (`<div
    class="lia-spoiler-container"><p class="lia-spoiler-link">…</p><p>…</p></div>`): its title
    and the note folded under it are set apart from the text."""
    box = (
        "<div class='lia-spoiler-container'><p class='lia-spoiler-link'>Cách tính mức hỗ trợ</p>"
        "<p class='lia-spoiler-content'>Mức hỗ trợ tính theo số tháng công nhân bị giảm giờ làm"
        " trong năm, chốt ngày 30/11/2026.</p></div>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_quotation_block_closing_with_a_hotline_is_set_apart() -> None:
    """`<blockquote><p>Công nhân chưa nhận được tiền hỗ trợ phản ánh về Công đoàn, đường dây
    nóng: 0207 3855 123.</p></blockquote>` among the paragraphs: advice to the reader with the
    number to call, set apart from the text, where a quote of a person's words gives none."""
    box = (
        "<blockquote class='post-quote'><p>Công nhân chưa nhận được tiền hỗ trợ có thể phản ánh"
        " ngay với Công đoàn cơ sở hoặc đường dây nóng của Liên đoàn: 0207 3855 123.</p>"
        "</blockquote>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join((FIRST, SECOND, THIRD))
