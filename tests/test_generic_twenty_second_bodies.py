"""Rules the generic extractor learnt from the twenty-second holdout set's families (a craft
village association on Bludit, an archives centre on Pelican, a religious affairs department on
Jahia): lead, body and pictures."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoinghe.example.vn/tin-hoi-vien/lang-may-tre-dan-a2291.html"
TITLE = "Làng mây tre đan nhận đơn hàng xuất khẩu đầu năm"
FIRST = "Các hộ trong làng đã nhận đủ đơn hàng giỏ và khay mây cho ba tháng đầu năm tới."
SECOND = "Nguyên liệu mây được thu mua từ các huyện miền núi, phơi khô trước khi đan."
THIRD = "Hội đang mở thêm một lớp dạy nghề cho thanh niên trong làng vào mùa nông nhàn."
TEXT = [FIRST, SECOND, THIRD]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)
LEAD = (
    "Sau một năm khó khăn, các cơ sở mây tre đan trong làng đã có đơn hàng ổn định nhờ "
    "tham gia hội chợ xuất khẩu."
)

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
record, between = ARTICLE.record, ARTICLE.between


def test_a_quotation_classed_as_a_box_with_a_title_is_no_text() -> None:
    """An editor's `<blockquote>` classed as a box, opening with a bold title of its own (a
    member's contact between paragraphs): set apart from the text, as a `<div>` box is."""
    box = (
        "<blockquote class='contact-box'><p><strong>Cơ sở tiêu biểu</strong></p>"
        "<p>Cơ sở mây tre Hòa Bình, hội viên từ năm 2011, điện thoại: 0988 123 xxx.</p>"
        "</blockquote>"
    )
    assert record(between(box))["body"] == "\n\n".join(TEXT)


def test_the_posts_footer_inside_the_text_is_no_text() -> None:
    """A blog theme's `<footer>` opening the text with the post's time, its writer and its
    category and tag lines: the post's information, not paragraphs of it."""
    footer = (
        "<footer class='post-meta'><time datetime='2026-12-02T08:00:00+07:00'>02/12/2026</time>"
        "<address>Đăng bởi <a href='/author/le-hoa.html'>Lê Hoa</a></address>"
        "<p>Trong <a href='/category/tin-hoi-vien.html'>Tin hội viên</a>.</p>"
        "<p>Thẻ: <a href='/tag/may-tre.html'>mây tre</a></p></footer>"
    )
    page = f"<article><h1>{TITLE}</h1><div class='entry'>{footer}{PARAGRAPHS}</div></article>"
    assert record(page)["body"] == "\n\n".join(TEXT)


def test_a_description_naming_the_site_in_its_footer_is_no_lead() -> None:
    """The description is the site's name, which its footer prints in capitals: no lead, so
    the bold paragraph opening the text is."""
    head = "<meta name='description' content='Cổng thông tin Hội Làng nghề tỉnh Bắc Giang'>"
    page = (
        f"<article><h1>{TITLE}</h1><div class='noi-dung'><p><b>{LEAD}</b></p>{PARAGRAPHS}</div>"
        "</article><footer class='site-footer'><p><b>CỔNG THÔNG TIN HỘI LÀNG NGHỀ TỈNH BẮC"
        " GIANG</b></p><p>Địa chỉ: số 5 đường Hoàng Văn Thụ.</p></footer>"
    )
    found = record(page, head)
    assert (found["summary"], found["body"]) == (LEAD, "\n\n".join(TEXT))
