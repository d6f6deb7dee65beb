"""Rules the generic extractor learnt from the blind table of categories and tags
(`tests/fixtures/placements/taxonomy.json`): where a page names the article's section and
prints its tags, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://tinbiengioi.example.vn/tin/doi-bien-phong-mo-lop-hoc-tinh-thuong-b7731.html"
TITLE = "Đồn biên phòng mở lớp học tình thương cho trẻ em bản Pa Vệ"
TEXT = (
    "<p>Lớp học đặt ngay trong khuôn viên đồn, mỗi tối có hai mươi em đến học chữ.</p>"
    "<p>Các chiến sĩ thay nhau đứng lớp, dạy đọc, viết và làm toán cho các em.</p>"
    "<p>Đồn còn xin được hai tủ sách và ba mươi bộ bàn ghế từ các nhà hảo tâm.</p>"
)


def taxonomy(head: str = "", above: str = "", under: str = "", after: str = "") -> tuple:
    """The record's `category` and `tags` for an article page: `head` in its `<head>`, `above`
    over the article, `under` between headline and text, `after` after the text."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title>{head}</head><body>"
        "<header><a href='/'>Tin Biên Giới</a><nav><a href='/thoi-su'>Thời sự</a>"
        "<a href='/xa-hoi'>Xã hội</a></nav></header>"
        f"<main>{above}<article><h1>{TITLE}</h1>{under}<div class='content'>{TEXT}</div>"
        f"{after}</article></main><footer>© 2025 Tin Biên Giới</footer></body></html>"
    )
    record = extract_record(page, URL, NOW)
    return record["category"], record["tags"]


def test_a_json_ld_article_section_names_the_section_of_a_page_printing_none() -> None:
    ld = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "headline": "x", "articleSection": %s}</script>'
    )
    assert taxonomy(head=ld % '"Biên giới"') == ("Biên giới", [])
    assert taxonomy(head=ld % '["Quốc phòng", "Thời sự"]') == ("Quốc phòng", [])


def test_a_plain_section_line_ends_at_the_next_field_of_the_line() -> None:
    line = "<div class='info'>Chuyên mục: Biên giới - Biển đảo | 05/12/2025 07:30</div>"
    assert taxonomy(under=line) == ("Biên giới - Biển đảo", [])


def test_a_section_label_opening_a_field_of_a_line_names_its_link() -> None:
    line = (
        "<div class='info'>07:30 05/12/2025 | Chuyên mục: <a href='/bien-gioi'>Biên giới</a></div>"
    )
    assert taxonomy(under=line) == ("Biên giới", [])


def test_a_trail_of_one_link_closes_with_its_unlinked_section() -> None:
    trail = (
        "<ol class='breadcrumb'><li class='breadcrumb-item'><a href='/'>Trang chủ</a></li>"
        "<li class='breadcrumb-item active'>Biên giới</li></ol>"
    )
    assert taxonomy(above=trail) == ("Biên giới", [])
    joomla = (
        "<nav><ol class='mod-breadcrumbs'><li class='mod-breadcrumbs__item'><a href='/'>"
        "Trang chủ</a></li><li class='mod-breadcrumbs__item active'><span>Quốc phòng</span>"
        "</li></ol></nav>"
    )
    assert taxonomy(above=joomla) == ("Quốc phòng", [])


def test_one_phrase_after_a_keyword_label_is_one_tag_but_after_chu_de_a_theme() -> None:
    assert taxonomy(after="<p><b>Từ khóa:</b> lớp học tình thương</p>") == (
        None,
        ["lớp học tình thương"],
    )
    assert taxonomy(after="<p><b>Chủ đề:</b> Biên phòng vì dân</p>") == (None, [])


def test_a_plain_line_of_hashtags_is_the_tags() -> None:
    line = "<p class='ht'>#biên phòng #Pa Vệ #lớp học tình thương</p>"
    assert taxonomy(after=line) == (None, ["biên phòng", "Pa Vệ", "lớp học tình thương"])
    assert taxonomy(after="<p>Màu chủ đạo #c0392b trên bảng tin</p>") == (None, [])
