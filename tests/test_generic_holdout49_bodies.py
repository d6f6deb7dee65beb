"""Rules the generic extractor learnt for bodies from the forty-ninth holdout set's election,
congress and session coverage (provincial papers, People's Council offices and commune portals
on products no earlier set has)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baolamson.example.vn/post/4410.html"
TITLE = "Hỗ trợ học phí cho học sinh vùng biên giới từ năm học mới"
FIRST = "HĐND tỉnh vừa thông qua nghị quyết hỗ trợ học phí cho học sinh các xã biên giới."
SECOND = "Mức hỗ trợ bằng toàn bộ học phí công lập, chi trả theo từng học kỳ qua nhà trường."
THIRD = "Sở Giáo dục và Đào tạo hướng dẫn các trường lập danh sách trước ngày 15/9/2026."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_quick_q_and_a_box_under_a_bold_title_is_no_text() -> None:
    """`<blockquote class="giai-dap"><p><strong>Giải đáp nhanh</strong></p><p>Câu hỏi: …?</p>
    <p>Trả lời: …</p></blockquote>` among the paragraphs: a question and its answer, each line
    opened by its label, set apart under a bold title of their own, are no line of the text."""
    box = (
        "<blockquote class='giai-dap'><p><strong>Giải đáp nhanh</strong></p>"
        "<p>Câu hỏi: Học sinh chuyển trường giữa năm có được hỗ trợ tiếp không?</p>"
        "<p>Trả lời: Có. Trường mới lập hồ sơ bổ sung cho học kỳ còn lại.</p></blockquote>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_part_of_the_text_under_a_bold_heading_in_a_block_stays_text() -> None:
    """A block of the text's own paragraphs under a bold heading, its lines opened by no
    question's or answer's label, is a part of the text, not a Q&A box."""
    part = f"<div class='doan'><p><strong>Đối tượng</strong></p><p>{SECOND}</p><p>{THIRD}</p></div>"
    body = ARTICLE.record(ARTICLE.between(part))["body"]
    assert body == "\n\n".join((FIRST, "Đối tượng", SECOND, THIRD, SECOND, THIRD))
