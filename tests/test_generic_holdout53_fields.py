"""Rules the generic extractor learnt for headlines, dates, views and categories from the
fifty-third holdout set's article pages whose surroundings echo the article (comment threads,
most-read boxes listing the article, split articles, correction and update notes)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://xabanmuong.example.vn/post/318"
TITLE = "Khánh thành nhà văn hóa thôn Nà Pồng sau sáu tháng thi công"
TEXT = (
    "Nhà văn hóa thôn Nà Pồng được xây dựng trên diện tích 300 m2, tổng kinh phí 1,2 tỷ đồng.",
    "Người dân trong thôn đã đóng góp hơn 400 ngày công san nền, vận chuyển vật liệu.",
    "Xã sẽ bố trí kinh phí mua sắm bàn ghế, loa đài cho nhà văn hóa trong quý I năm sau.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
MENU = (
    "<div id='nav'><ul><li><a href='/'>Trang chủ</a></li>"
    "<li><a href='/sort/tin-tuc'>Tin tức</a></li>"
    "<li><a href='/sort/van-hoa'>Văn hóa - Xã hội</a></li>"
    "<li><a href='/sort/thong-bao'>Thông báo</a></li></ul></div>"
)


def _blog_entry(info: str) -> str:
    """A blog's entry: the menu, the `<h2>` title, `info` (its date line) and the text."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        f"{MENU}<div id='content'><h2>{TITLE}</h2>{info}<div class='log-content'>{text}</div></div>"
    )


def test_the_date_line_s_link_to_a_section_of_the_menu_is_the_category() -> None:
    """emlog prints no trail: its date line links the category (`/sort/van-hoa`), an address
    the menu over the headline lists as a section. That link names the section the entry is
    filed under."""
    info = (
        "<p class='date'>Tác giả: <a href='/author/1'>admin</a> "
        "<span class='post-date'>Đăng lúc 2026-12-5 8:30</span> "
        "<a href='/sort/van-hoa'>Văn hóa - Xã hội</a></p>"
    )
    assert ARTICLE.record(_blog_entry(info))["category"] == "Văn hóa - Xã hội"


def test_a_count_beside_the_section_s_link_is_the_article_s_views() -> None:
    """`<a href="/sort/van-hoa">Văn hóa - Xã hội</a> <span class="post-views">Lượt đọc
    (1532)</span>` in the entry's date line: the link is a section of the menu, not another
    article listed with its own count, so the count is the entry's (the footer's site total
    is none)."""
    info = (
        "<p class='date'><span class='post-date'>Đăng lúc 2026-12-5 8:30</span> "
        "<a href='/sort/van-hoa'>Văn hóa - Xã hội</a> "
        "<span class='post-views'>Lượt đọc (1532)</span></p>"
    )
    footer = "<div id='footer'><a href='/stats'>Tổng lượt truy cập: 412.886</a></div>"
    record = ARTICLE.record(_blog_entry(info) + footer)
    assert (record["views"], record["views_raw"]) == (1532, "Lượt đọc (1532)")


def test_a_full_width_bar_parts_the_title_from_the_site_s_name() -> None:
    """SHIRASAGI titles a page `Headline｜Site` with a full-width bar: the headline printed in
    the page's `<header>` is the title's part before it, not the whole title."""
    site = "Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa"
    article = InventedArticle(URL, f"{TITLE}｜{site}", NOW, TEXT)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div id='main'><header><h1 id='page-header'>{TITLE}</h1></header>"
        f"<article class='body'>{text}</article></div>"
    )
    assert article.record(page)["headline"] == TITLE


def test_a_site_s_name_after_a_hyphen_typed_without_spaces_leaves_the_title() -> None:
    """PbootCMS's default title `{title}-{sitename}`: `…-Tạp chí Văn nghệ An Giang`, the
    hyphen typed without spaces; the site's name after it is no part of the headline printed
    in an `<h2>`."""
    article = InventedArticle(URL, f"{TITLE}-Tạp chí Văn nghệ An Giang", NOW, TEXT)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<div class='col-md-9'><h2 class='text-center'>{TITLE}</h2><div>{text}</div></div>"
    assert article.record(page)["headline"] == TITLE


def test_a_hyphen_inside_a_place_s_name_closing_the_title_stays() -> None:
    """`…tỉnh Bà Rịa-Vũng Tàu`: a hyphen typed without spaces before two words is a place's
    name, not the site's, whatever the host."""
    title = "Khánh thành cầu cảng cá mới ở Bà Rịa-Vũng Tàu"
    article = InventedArticle("https://baobariavungtau.example.vn/bai/1.html", title, NOW, TEXT)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<article><h1>{title}</h1><div class='body'>{text}</div></article>"
    assert article.record(page)["headline"] == title


def test_an_update_note_s_stamp_at_the_end_of_the_text_is_the_modified_time() -> None:
    """`<p><em>Cập nhật lúc 21:40 ngày 05/12/2026: UBND phường … có thể lùi …</em></p>` closing
    the text: a note of what changed, its hour and day before the colon; too long for a date
    line, its stamp still says when the article was updated."""
    note = (
        "<p><em>Cập nhật lúc 21:40 ngày 05/12/2026: UBND xã cho biết lễ khánh thành có thể lùi "
        "sang ngày 20/12/2026, thông báo chính thức sẽ được phát trên loa truyền thanh.</em></p>"
    )
    record = ARTICLE.under_headline("<time>05/12/2026 09:12</time>", after_text=note)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-05T09:12:00+07:00",
        "2026-12-05T21:40:00+07:00",
    )


def test_a_correction_note_s_stamp_is_the_modified_time() -> None:
    """`Đính chính lúc 16:30 ngày 04/12/2026: Bài viết đã sửa lại số ca …` in a box at the end
    of the text: the correction's hour and day are when the article changed."""
    note = (
        "<div class='correction'><p><em>Đính chính lúc 16:30 ngày 04/12/2026: Bài viết đã sửa "
        "lại tổng kinh phí (1,2 tỷ đồng, không phải 2,1 tỷ đồng như bản đăng trước).</em></p></div>"
    )
    record = ARTICLE.under_headline("<time>04/12/2026 10:15</time>", after_text=note)
    assert record["modified_at"] == "2026-12-04T16:30:00+07:00"
