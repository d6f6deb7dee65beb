"""Rules the generic extractor learnt for bodies from the thirty-eighth holdout set's everyday
article pages of provincial and national papers, city wards and communes on Vietnamese vendors'
CMS and portal products."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/kinh-te/cang-bien-don-tau-lon/41207.htm"
TITLE = "Cảng biển của tỉnh đón thêm tàu trọng tải lớn trong tháng 11"
TEXT = (
    "Trong tháng 11, cảng biển của tỉnh đón 146 lượt tàu, có 9 tàu trọng tải trên 50.000 tấn.",
    "Sản lượng hàng hóa thông qua cảng đạt 2,4 triệu tấn, tăng 18% so với cùng kỳ năm trước.",
    "Doanh nghiệp cảng đang mở rộng bến số 5 để đón tàu container từ quý II năm sau.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_shaded_box_of_figures_among_the_paragraphs_is_no_part_of_the_text() -> None:
    """A box shaded apart from the text (`style="background:#eef4f8"`, a `…-box` class) holding
    lines that are each a figure and what it counts (`146 lượt tàu`, `2,4 triệu tấn hàng
    hóa`), closing no sentence: the text's numbers shown again in large type, not its text. A
    box of sentences opening with figures is the text's."""
    figures = (
        "<div class='stat-box' style='background:#eef4f8;padding:8px'>"
        "<p>146 lượt tàu</p><p>2,4 triệu tấn hàng hóa</p><p>+18% so với cùng kỳ</p></div>"
    )
    assert ARTICLE.record(ARTICLE.between(figures))["body"] == "\n\n".join(TEXT)
    sentences = (
        "<div class='stat-box' style='background:#eef4f8;padding:8px'>"
        "<p>146 lượt tàu đã cập cảng.</p><p>9 tàu có trọng tải trên 50.000 tấn.</p></div>"
    )
    told = ("146 lượt tàu đã cập cảng.", "9 tàu có trọng tải trên 50.000 tấn.")
    assert ARTICLE.record(ARTICLE.between(sentences))["body"] == "\n\n".join(
        (TEXT[0], *told, *TEXT[1:])
    )
