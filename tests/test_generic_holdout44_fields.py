"""Rules the generic extractor learnt for categories from the forty-fourth holdout set's
opinion, interview and reader pages on provincial papers' products (a readers' forum among
them)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/dien-dan/record/214-mo-cua-san-truong-cuoi-tuan/"
TITLE = "Nên mở cửa sân trường cho trẻ em vào cuối tuần"
ARTICLE = InventedArticle(
    URL,
    TITLE,
    NOW,
    (
        "Nhiều sân trường khóa cổng suốt hai ngày cuối tuần, trong khi trẻ em không có chỗ chơi.",
        "Mở cửa sân trường có người trông coi là cách làm ít tốn kém mà nhiều nơi đã thử.",
    ),
)


def test_a_trail_classed_as_a_breadcrumb_in_camel_case_gives_the_section() -> None:
    """Invision Community's `<nav class="ipsBreadcrumb">`, its last item the record's own title
    without a link: the class names a breadcrumb in camel case, and the crumb before the title
    is the section."""
    trail = (
        "<nav class='ipsBreadcrumb ipsBreadcrumb_top'><ul>"
        "<li><a href='https://baotinh.example.vn/dien-dan/'><span>Diễn đàn </span></a></li>"
        "<li><a href='https://baotinh.example.vn/dien-dan/y-kien-ban-doc/'><span>Ý kiến bạn"
        f" đọc </span></a></li><li aria-current='location'>{TITLE}</li></ul></nav>"
    )
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    page = f"{trail}<h1>{TITLE}</h1><article class='record-content'>{text}</article>"
    assert ARTICLE.record(page)["category"] == "Ý kiến bạn đọc"
