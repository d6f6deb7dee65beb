"""Rules the generic extractor learnt from the blind table of headlines, categories and tags on
whole pages of other stacks (`tests/fixtures/placements/taxonomy2.json`), on invented pages of
their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://tinvungbien.example.vn/tin-tuc/lang-chai-son-tra-don-mua-ca-com-a7731.html"
TITLE = "Làng chài Sơn Trà đón mùa cá cơm bội thu"
TEXT = (
    "<p>Từ rạng sáng, hàng chục thuyền thúng đã cập bờ với khoang đầy cá cơm.</p>"
    "<p>Thương lái thu mua ngay tại bãi, giá dao động 18.000 đồng mỗi ký.</p>"
    "<p>Hội nghề cá phường cho biết sản lượng năm nay tăng gần gấp đôi.</p>"
)
MENU = (
    "<nav class='menu'><a href='/thoi-su'>Thời sự</a><a href='/kinh-te'>Kinh tế</a>"
    "<a href='/van-hoa'>Văn hóa</a></nav>"
)


def record(header: str = "", meta: str = "", after: str = "") -> dict:
    """The record of an article page: `header` over the headline in the article's header,
    `meta` under it, `after` after the text."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<header><a href='/'>Tin Vùng Biển</a>{MENU}</header>"
        f"<main><article class='post'><header class='post-header'>{header}<h1>{TITLE}</h1>"
        f"</header>{meta}<div class='post-content'>{TEXT}</div>{after}</article></main>"
        "<footer>© 2025 Tin Vùng Biển</footer></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_tag_label_opening_the_lines_own_text_lists_its_keywords() -> None:
    got = record(after="<p class='keywords'>Từ khóa: cá cơm, Sơn Trà; nghề biển</p>")
    assert got["tags"] == ["cá cơm", "Sơn Trà", "nghề biển"]


def test_one_phrase_after_a_label_in_the_lines_own_text_is_no_list() -> None:
    assert record(after="<p>Tags: mùa cá cơm bội thu ở Sơn Trà</p>")["tags"] == []


def test_camel_case_category_box_after_filed_in_words_names_the_section() -> None:
    got = record(
        meta="<div class='itemCategory'><span>Đăng trong</span> "
        "<a href='/kinh-te'>Kinh tế</a></div>"
    )
    assert got["category"] == "Kinh tế"


def test_primary_tag_over_the_headline_is_the_section_though_repeated_in_the_tags() -> None:
    got = record(
        header="<div class='article-tag post-card-primary-tag'>"
        "<a href='/tag/kinh-te/'>Kinh tế</a></div>",
        after="<div class='post-tags'>Thẻ: <a href='/tag/kinh-te/'>Kinh tế</a>, "
        "<a href='/tag/ca-com/'>cá cơm</a></div>",
    )
    assert (got["category"], got["tags"]) == ("Kinh tế", ["Kinh tế", "cá cơm"])


def test_a_tag_link_over_the_headline_repeated_in_the_tags_is_still_no_section() -> None:
    got = record(
        header="<div class='article-tag'><a href='/tag/ca-com/'>cá cơm</a></div>",
        after="<div class='post-tags'>Thẻ: <a href='/tag/ca-com/'>cá cơm</a>, "
        "<a href='/tag/son-tra/'>Sơn Trà</a></div>",
    )
    assert got["category"] is None
