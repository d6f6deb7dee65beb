"""Rules the generic extractor learnt for bylines, leads and tags from the sixtieth holdout set's
labour, jobs and social welfare pages on newsroom platforms, community blogs, site builders and
an e-mail campaign's web version."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://giaovien.example.vn/blogs/post/2217"
TITLE = "Trường vùng cao tuyển thêm 14 giáo viên hợp đồng cho năm học mới"
TEXT = (
    "Sở Giáo dục tỉnh vừa cho phép các trường trung học cơ sở vùng cao ký hợp đồng với 14 giáo"
    " viên dạy tiếng Anh và tin học.",
    "Mỗi giáo viên hợp đồng được hưởng lương 7,2 triệu đồng/tháng và phụ cấp thu hút 70%.",
    "Hồ sơ nhận đến 17:00 ngày 15/12/2026 tại phòng tổ chức của các trường trung học cơ sở.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_poster_s_line_ends_before_a_day_with_the_month_in_words() -> None:
    """`Đăng bởi <a>Lò Thị Hoa</a> <span class="timestamp">04 Tháng 12, 2026 10:15 SA</span>`:
    the day, its month in words, is no part of the name."""
    meta = (
        "<div class='entry-date'>Đăng bởi <a href='/profile/lothihoa'>Lò Thị Hoa</a> "
        "<span class='timestamp'>04 Tháng 12, 2026 10:15 SA</span> · Danh mục: "
        "<a href='/blogs?category=3'>Tuyển dụng</a></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Lò Thị Hoa", ["Lò Thị Hoa"])


def test_a_department_in_a_box_classed_as_the_author_signs_with_no_person() -> None:
    """`<span class="blog-post-author">Phòng Tổ chức - Cán bộ</span>` beside the post's time:
    the school's department signs the post, the byline with no person in it."""
    meta = (
        "<div class='post-meta'><span class='blog-post-date'>08:30 - 03/12/2026</span> "
        "<span class='blog-post-author'>Phòng Tổ chức - Cán bộ</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Phòng Tổ chức - Cán bộ", [])


def test_a_description_spelling_out_the_site_s_abbreviated_name_is_no_lead() -> None:
    """`<title>… | Diễn đàn Giáo viên THCS</title>` and the description `Diễn đàn trực tuyến
    của giáo viên các trường trung học cơ sở`: the site's name, its `THCS` spelled out, on
    every page, no lead; the post has none."""
    head = (
        "<meta name='description' content='Diễn đàn trực tuyến của giáo viên các trường trung "
        "học cơ sở'>"
    )
    article = InventedArticle(URL, f"{TITLE} | Diễn đàn Giáo viên THCS", NOW, TEXT)
    page = f"<div class='post'><h1>{TITLE}</h1><div class='post-text'>{PARAGRAPHS}</div></div>"
    assert article.record(page, head)["summary"] is None


def test_pills_in_a_box_whose_accessible_name_is_the_tags_label_are_the_tags() -> None:
    """A blog theme's page info prints the tags as pills with no links, the box named for
    screen readers only (`<span class="page-tag-info" aria-label="Thẻ🏷"><span>…</span>…`)."""
    meta = (
        "<div class='page-info'><span class='page-date-info'>03/12/2026 15:30</span>"
        "<span class='page-tag-info' aria-label='Thẻ🏷'><span class='page-tag-item'>Tuyển dụng"
        "</span><span class='page-tag-item'>Vùng cao</span></span></div>"
    )
    assert ARTICLE.under_headline(meta)["tags"] == ["Tuyển dụng", "Vùng cao"]
