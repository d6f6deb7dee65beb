"""Rules the generic extractor learnt from the twelfth holdout set's families (a national paper's
correction, a magazine's article in pages, a business paper's premium article): lead and body."""

from __future__ import annotations

from parsers.extract import extract
from tests.test_generic_ninth_bodies import FIRST, NOW, SECOND, THIRD, URL, article

FOURTH = (
    "Theo kế hoạch, đến năm 2027 hợp tác xã sẽ có thêm một xưởng sơ chế đạt chuẩn và một "
    "điểm giới thiệu sản phẩm ngay tại đồi chè cho khách tham quan."
)
FIFTH = (
    "Ủy ban nhân dân xã cho biết sẽ tiếp tục hỗ trợ kinh phí cấp chứng nhận hữu cơ cho các hộ "
    "mới tham gia trong hai năm tới, ưu tiên các hộ có diện tích liền vùng."
)
TEXT = [FIRST, SECOND, THIRD, FOURTH, FIFTH]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_correction_closing_the_text_is_no_text() -> None:
    """`Đính chính (15:20 ngày 21/11/2025): Trong bài viết …`, like `Correction: An earlier
    version …`: the paper's note on what it changed in the article, not the article."""
    correction = (
        "<div class='note'><p><strong>Đính chính</strong> <em>(16:40 ngày 02/3/2026)</em>: "
        "Bài viết trước đây ghi diện tích chè hữu cơ là 54 ha; số đúng là 45 ha. "
        "Chúng tôi xin cáo lỗi cùng bạn đọc.</p></div>"
    )
    english = "<p>Correction: An earlier version of this article misstated the area.</p>"
    for note in (correction, english):
        assert extract(article(PARAGRAPHS + note), URL, fetched_at=NOW).paragraphs == TEXT


def test_a_part_ending_in_to_be_continued_ends_before_it() -> None:
    """`(Còn nữa)`, `(Còn tiếp)`, `(Kỳ sau: …)` under a part of a series or a page of a long
    article: the announcement that more follows, not text."""
    for marker in ("<p><em>(Còn nữa)</em></p>", "<p>(Kỳ sau: Đưa chè hữu cơ ra thế giới)</p>"):
        assert extract(article(PARAGRAPHS + marker), URL, fetched_at=NOW).paragraphs == TEXT


def test_a_subscription_box_closing_a_premium_teaser_is_no_text() -> None:
    """A premium article shown to a reader without membership ends in the paper's offer
    (`Đăng ký để đọc tiếp`, `Bài viết này dành riêng cho hội viên …`, prices, a log-in line):
    a paywall message like those in other languages, and the text ends before it."""
    paywall = (
        "<div class='locked'></div><div class='offer'><h3>Đăng ký để đọc tiếp</h3>"
        "<p>Nội dung này dành riêng cho hội viên. Còn 900 chữ.</p>"
        "<ul><li>Gói tháng: 49.000 đ</li></ul><p>Đã là hội viên? <a href='/dn'>Đăng nhập</a></p>"
        "</div>"
    )
    assert extract(article(PARAGRAPHS + paywall), URL, fetched_at=NOW).paragraphs == TEXT


def test_a_lead_block_holding_the_whole_text_is_the_text() -> None:
    """A photo story whose only text is two short paragraphs in a block classed as the intro,
    then pictures with their captions: those paragraphs are the text, with no lead over them."""
    gallery = "".join(
        f"<div class='item'><img src='/anh/{n}.jpg'><div class='caption'><p>Ảnh {n}: đồi chè "
        "hữu cơ của hợp tác xã vào mùa thu hoạch búp tươi.</p></div></div>"
        for n in (1, 2, 3)
    )
    page = article(f"<div class='intro'><p>{FIRST}</p><p>{SECOND}</p></div>{gallery}")
    result = extract(page, URL, fetched_at=NOW)
    assert result.summary is None
    assert result.paragraphs == [FIRST, SECOND]
